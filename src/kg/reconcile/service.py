"""The reconciliation service, whatever the protocol version: candidates, values, suggestions.

:class:`ReconcileService` answers in plain dataclasses; ``kg.reconcile.protocol`` writes them
as the JSON of API 0.2 or 1.0-draft and ``kg.web.reconcile`` serves them. Names are searched
in the store's :class:`~kg.search.IndexCache`; property values are read through
``kg.sparql.execute``, one query per property for a whole batch.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rapidfuzz import fuzz

from kg.errors import UserInputError
from kg.reconcile.properties import (
    PROPERTIES,
    Property,
    Value,
    applies_to,
    fetch,
    get_property,
    modalities,
)
from kg.reconcile.types import Type, all_types, member_types, resolve_type, type_names
from kg.search import (
    Entity,
    EntityIndex,
    Hit,
    IndexCache,
    Query,
    complete,
    entity_iri,
    match,
    name_key,
    qid_of,
)
from kg.search.rank import safe_match
from kg.search.reader import values as sparql_values

DEFAULT_LIMIT = 10
MAX_LIMIT = 100
#: How far a candidate's score falls when none of the query's property values fit it.
PROPERTY_WEIGHT = 0.3
#: Similarity (rapidfuzz ratio of name keys) above which two written values are the same.
SAME_TEXT = 90.0
#: Property values shown per property on a preview card.
PREVIEW_VALUES = 4


@dataclass(frozen=True)
class Condition:
    """A property the candidate should have: any (or all, or none) of ``values``."""

    property: Property
    values: tuple[Any, ...]  # str, number, bool, or {"id": ..., "name": ...} for an entity
    required: bool = False  # drop candidates that do not satisfy it (1.0-draft)
    quantifier: str = "any"  # any | all | none


@dataclass(frozen=True)
class ReconQuery:
    """One reconciliation query in either protocol version."""

    text: str = ""
    types: tuple[str, ...] = ()  # type ids as the client gave them
    limit: int = DEFAULT_LIMIT
    conditions: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """An entity proposed for a query, with its score, match decision and the features behind them."""

    entity: Entity
    score: float
    match: bool
    name_score: float
    exact: bool
    type_match: bool | None
    properties_matched: float | None  # share of the query's conditions it satisfies


@dataclass
class Extension:
    """Values of properties for entities: (property, values per entity id)."""

    properties: list[Property]
    rows: dict[str, dict[str, list[Value]]] = field(default_factory=dict)


class ReconcileService:
    """Reconciliation over the store a :class:`~kg.search.IndexCache` reads."""

    def __init__(self, cache: IndexCache) -> None:
        self.cache = cache
        self.reader = cache.reader

    # -- reconciliation ----------------------------------------------------------------------

    def reconcile(self, queries: Sequence[ReconQuery]) -> list[list[Candidate]]:
        """Candidates for each query, best first, at most ``query.limit`` each."""
        index = self.cache.get()
        searches = [Query(q.text, member_types(list(q.types))) for q in queries]
        named = [i for i, q in enumerate(queries) if q.text.strip()]
        ranked: dict[int, list[Hit]] = dict(zip(named, match(index, [searches[i] for i in named])))
        for i, query in enumerate(queries):
            if i not in ranked:
                ranked[i] = self._hits_from_conditions(index, query, searches[i].types)
        values = self._condition_values(queries, ranked)
        return [self._candidates(index, query, ranked[i], values) for i, query in enumerate(queries)]

    def _hits_from_conditions(self, index: EntityIndex, query: ReconQuery, types: tuple[str, ...]) -> list[Hit]:
        """Without a name: the entities one of the conditions points at (a QID, or an entity value)."""
        if not query.conditions:
            raise UserInputError("a reconciliation query needs a name ('query') or properties")
        found: list[int] = []
        for condition in query.conditions:
            if condition.property.id == "wikidata":
                found = [i for v in condition.values if (q := qid_of(_text(v))) for i in index.by_qid.get(q, ())]
            elif condition.property.kind == "entity":
                found = self._entities_with(index, condition)
            if found:
                break
        typed = bool(types)
        hits = []
        for i in dict.fromkeys(found):
            entity = index.entities[i]
            type_match = bool(set(types) & set(entity.types)) if typed else None
            hits.append(Hit(entity, 100.0, entity.label, type_match=type_match))
        return hits

    def _entities_with(self, index: EntityIndex, condition: Condition) -> list[int]:
        """Entities that have one of the condition's entity values (reverse of the property)."""
        targets = {index.entities[i].iri for v in condition.values for i in _entity_refs(index, v)}
        if not targets:
            return []
        prop = condition.property
        listed = sparql_values(ox.NamedNode(t) for t in sorted(targets))
        rows = self.reader.select(f"SELECT DISTINCT ?entity WHERE {{ {prop.where_value(listed)} }}")
        return [i for row in rows if (i := index.by_iri.get(row["entity"].value)) is not None]

    def _condition_values(self, queries: Sequence[ReconQuery], ranked: dict[int, list[Hit]]) -> dict[str, dict[str, list[Value]]]:
        """Per property: the values of every candidate that a query with that property will weigh."""
        wanted: dict[str, set[str]] = {}
        for i, query in enumerate(queries):
            shortlist = [h.entity.iri for h in ranked[i][: max(query.limit, DEFAULT_LIMIT) * 2]]
            shortlist += [h.entity.iri for h in ranked[i] if h.exact or h.by_id]
            for condition in query.conditions:
                wanted.setdefault(condition.property.id, set()).update(shortlist)
        return {pid: fetch(self.reader, get_property(pid), iris) for pid, iris in wanted.items()}

    def _candidates(self, index: EntityIndex, query: ReconQuery, hits: list[Hit],
                    values: dict[str, dict[str, list[Value]]]) -> list[Candidate]:
        scored = []
        for hit in hits:
            verdicts = [_satisfies(index, c, values.get(c.property.id, {}).get(hit.entity.iri)) for c in query.conditions]
            if any(v is not True and c.required for v, c in zip(verdicts, query.conditions)):
                continue
            # a value the store does not know counts half: neither confirmed nor contradicted
            share = sum(1.0 if v is True else 0.5 if v is None else 0.0 for v in verdicts) / len(verdicts) if verdicts else None
            score = hit.score * (1 - PROPERTY_WEIGHT * (1 - share)) if share is not None else hit.score
            scored.append((hit, verdicts, share, round(score, 2)))
        scored.sort(key=lambda s: (-s[3], not s[0].by_id, not s[0].exact, s[0].name_kind, -s[0].entity.articles,
                                   s[0].entity.label.casefold()))
        # Only a candidate the query's own values contradict is ruled out of a certain match:
        # one whose values are unknown might still be the one meant.
        eligible = [s for s in scored if False not in s[1]]
        chosen = _certain(query, eligible)
        limit = max(1, min(query.limit, MAX_LIMIT))
        return [Candidate(hit.entity, score, hit is chosen, hit.score, hit.exact, hit.type_match, share)
                for hit, _verdicts, share, score in scored[:limit]]

    # -- data extension ----------------------------------------------------------------------

    def extend(self, ids: Sequence[str], requests: Sequence[tuple[str, dict[str, Any]]]) -> Extension:
        """Values of each requested property (with its settings) for each entity id."""
        index = self.cache.get()
        iris = {identifier: entity_iri(identifier) for identifier in ids}
        out = Extension([get_property(pid) for pid, _ in requests], {identifier: {} for identifier in ids})
        for prop, (_, settings) in zip(out.properties, requests):
            limit = _limit_setting(settings.get("limit"))
            found = fetch(self.reader, prop, _valid_iris(iris.values()), modality=modalities(settings.get("modality")))
            for identifier, iri in iris.items():
                vals = [_named(index, v) for v in found.get(iri, [])]
                out.rows[identifier][prop.id] = vals[:limit] if limit else vals
        return out

    def propose(self, type_id: str | None, limit: int | None = None) -> list[Property]:
        """Properties worth fetching for entities of ``type_id`` (all of them without a type)."""
        if type_id:
            members = resolve_type(type_id).members
            props = [p for p in PROPERTIES if p.domain and applies_to(p, members)]
            props += [p for p in PROPERTIES if not p.domain]
        else:
            props = list(PROPERTIES)
        return props[:limit] if limit else props

    # -- suggest and preview -----------------------------------------------------------------

    def suggest_entities(self, prefix: str, *, types: Sequence[str] = (), cursor: int = 0,
                         limit: int = DEFAULT_LIMIT) -> list[Hit]:
        """Autocomplete for entities (the search box's search, too)."""
        return complete(self.cache.get(), prefix, types=member_types(list(types)), offset=cursor, limit=limit)

    def suggest_types(self, prefix: str, *, cursor: int = 0, limit: int = DEFAULT_LIMIT) -> list[Type]:
        key = name_key(prefix)
        found = [t for t in all_types().values() if _starts(key, t.id, t.name)]
        return found[cursor:cursor + limit]

    def suggest_properties(self, prefix: str, *, type_id: str | None = None, cursor: int = 0,
                           limit: int = DEFAULT_LIMIT) -> list[Property]:
        key = name_key(prefix)
        found = [p for p in self.propose(type_id) if _starts(key, p.id, p.name)]
        return found[cursor:cursor + limit]

    def entity(self, identifier: str) -> Entity | None:
        return self.cache.get().get(entity_iri(identifier))

    def facts(self, entity: Entity) -> list[tuple[Property, list[Value]]]:
        """For a preview card: the entity's values of the properties its types have."""
        index = self.cache.get()
        shown = [p for p in PROPERTIES if p.domain and applies_to(p, entity.types)]
        out = []
        for prop in shown:
            vals = fetch(self.reader, prop, [entity.iri]).get(entity.iri, [])
            if vals:
                out.append((prop, [_named(index, v) for v in vals[:PREVIEW_VALUES]]))
        return out


# -- helpers ---------------------------------------------------------------------------------

def describe(entity: Entity) -> str:
    """A candidate's one-line description: type, Wikidata ID, how many articles mention it."""
    names = type_names()
    parts = [", ".join(names.get(t, t) for t in entity.types)]
    if entity.qids:
        parts.append("Wikidata " + ", ".join(entity.qids))
    parts.append(f"{entity.articles} article{'s' if entity.articles != 1 else ''}")
    return " · ".join(p for p in parts if p)


def _certain(query: ReconQuery, eligible: list[tuple[Hit, list[Any], Any, float]]) -> Hit | None:
    """The match: an id or a matching QID property first, then a name no other eligible entity has."""
    qid_checked = [i for i, c in enumerate(query.conditions) if c.property.id == "wikidata" and c.quantifier != "none"]
    by_qid = [s[0] for s in eligible if any(s[1][i] is True for i in qid_checked) and s[0].type_match is not False]
    if len(by_qid) == 1 and (by_qid[0].exact or by_qid[0].by_id or by_qid[0].score >= SAME_TEXT or not query.text):
        return by_qid[0]
    if not query.text.strip():  # found by properties alone: certain when they fit one entity only
        fitting = [s[0] for s in eligible if all(v is True for v in s[1]) and s[0].type_match is not False]
        return fitting[0] if len(fitting) == 1 else None
    return safe_match([s[0] for s in eligible])


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("id") or value.get("name") or "")
    return str(value)


def _entity_refs(index: EntityIndex, value: Any) -> list[int]:
    """Entities a condition value names: by id, QID or exact name."""
    if isinstance(value, dict) and value.get("id"):
        identifier = str(value["id"])
        qid = qid_of(identifier)
        if qid:
            return list(index.by_qid.get(qid, ()))
        i = index.by_iri.get(entity_iri(identifier))
        return [] if i is None else [i]
    text = _text(value)
    qid = qid_of(text)
    if qid:
        return list(index.by_qid.get(qid, ()))
    return sorted({int(index.owners[p]) for p in index.exact(text)})


def _satisfies(index: EntityIndex, condition: Condition, found: list[Value] | None) -> bool | None:
    """True when the entity's values fit the condition, False when they contradict it, None
    when the store knows no value for it."""
    if not found:  # nothing known: "none of these" holds, "any" or "all" cannot be told
        return True if condition.quantifier == "none" else None
    hits = [any(_same(index, condition.property, v, wanted) for v in found) for wanted in condition.values]
    if condition.quantifier == "all":
        return all(hits)
    if condition.quantifier == "none":
        return not any(hits)
    return any(hits)


def _same(index: EntityIndex, prop: Property, value: Value, wanted: Any) -> bool:
    """Whether a stored value is the one a client wrote (an id, a QID, a name, a date, a number)."""
    if value.kind == "entity":
        if isinstance(wanted, dict) and wanted.get("id"):
            return index.by_iri.get(value.text) in _entity_refs(index, wanted) or value.text == entity_iri(str(wanted["id"]))
        entity = index.get(value.text)
        names = [value.name] + ([entity.label, *entity.aliases, *entity.acronyms] if entity else [])
        qid = qid_of(_text(wanted))
        if qid:
            return bool(entity and qid in entity.qids)
        return any(_same_text(n, _text(wanted)) for n in names if n)
    text = _text(wanted).strip()
    if prop.kind == "qid":
        return qid_of(text) == value.text
    if value.kind == "date":
        return bool(text) and value.text.startswith(text[:10])
    if value.kind == "int":
        try:
            return float(text) == float(value.text)
        except ValueError:
            return False
    return _same_text(value.text, text)


def _same_text(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    return bool(ka and kb) and (ka == kb or fuzz.ratio(ka, kb) >= SAME_TEXT)


def _named(index: EntityIndex, value: Value) -> Value:
    """An entity value with the name the index gives it (else the store's label, else its id)."""
    if value.kind != "entity":
        return value
    entity = index.get(value.text)
    return Value("entity", value.text, entity.label if entity else value.name or value.text.rsplit("/", 1)[-1])


def _valid_iris(iris: Any) -> list[str]:
    out = []
    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError:
            continue  # not an IRI: an id kg never minted, so it has no values
        out.append(iri)
    return out


def _limit_setting(value: Any) -> int:
    if value in (None, ""):
        return 0
    try:
        limit = int(float(value))
    except (TypeError, ValueError):
        raise UserInputError(f"the limit setting must be a number, not {value!r}") from None
    return max(0, limit)


def _starts(key: str, *texts: str) -> bool:
    """Whether a word of one of ``texts`` starts with ``key`` ("" starts everything)."""
    if not key:
        return True
    return any((" " + key) in (" " + name_key(t)) or name_key(t).startswith(key) or
               (" " + key) in (" " + name_key(_split_camel(t))) for t in texts)


def _split_camel(text: str) -> str:
    return "".join(" " + ch if ch.isupper() else ch for ch in text)
