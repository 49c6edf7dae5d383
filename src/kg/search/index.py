"""The entities of a store and every name they go by, held in memory for fast fuzzy search.

An :class:`EntityIndex` is read from the store with two SELECTs (names, types and Wikidata
links; the number of article graphs each entity appears in) and rebuilt by
:class:`IndexCache` whenever the store changes. Each pattern is deduplicated before joining:
the union of the article graphs repeats every shared triple once per graph.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pyoxigraph as ox

from kg.model import ENTITY_TYPES
from kg.rdf.identity import initials
from kg.rdf.namespaces import ID, KG, OWL, RDF, RDFS, SKOS, WD
from kg.search.reader import SparqlReader
from kg.text import compact_key, name_key

ID_BASE = str(ID)
WIKIDATA = str(WD)
_CLASSES = {str(KG[name]): name for name in ENTITY_TYPES}
_TYPE_VALUES = " ".join(f"kg:{name}" for name in ENTITY_TYPES)

#: Types whose names are abbreviated to initials ("PLA Navy" for "People's Liberation Army Navy");
#: people's and places' initials say little.
INITIALS_TYPES = frozenset({"Legislature", "ArmedForces", "Organization", "InternationalOrganization", "Agreement",
                            "Summit", "MilitaryBase", "Facility"})
# Kinds of name, in the order a tie between them is broken.
LABEL, ALIAS, ACRONYM = 0, 1, 2

NAMES_QUERY = f"""SELECT DISTINCT ?e ?p ?v WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{ VALUES ?t {{ {_TYPE_VALUES} }} ?e a ?t }} }}
  VALUES ?p {{ rdf:type rdfs:label skos:altLabel kg:acronym owl:sameAs }}
  ?e ?p ?v .
}}"""
ARTICLES_QUERY = f"""SELECT ?e (COUNT(DISTINCT ?g) AS ?n) WHERE {{
  VALUES ?t {{ {_TYPE_VALUES} }} GRAPH ?g {{ ?e a ?t }}
}} GROUP BY ?e"""


@dataclass(frozen=True)
class Entity:
    """One entity as search shows it: its kg id (``state/Q30``), names, types and links."""

    iri: str
    label: str
    types: tuple[str, ...]  # kg class names, in FORMAT.md's order
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    qids: tuple[str, ...] = ()
    articles: int = 0

    @property
    def id(self) -> str:
        """The IRI without kg's id/ base: what reconciliation clients see and store."""
        return entity_id(self.iri)


def entity_id(iri: str) -> str:
    """``https://w3id.org/kg-news/id/state/Q30`` -> ``state/Q30`` (other IRIs unchanged)."""
    return iri.removeprefix(ID_BASE)


def entity_iri(identifier: str) -> str:
    """The IRI a client's id names: a kg id (``state/Q30``), or a whole IRI."""
    return identifier if "://" in identifier else ID_BASE + identifier


@dataclass
class EntityIndex:
    """Entities and their names as parallel arrays (what rapidfuzz's batch scorers take)."""

    entities: list[Entity]
    keys: list[str] = field(default_factory=list)  # one name key per (entity, name)
    texts: list[str] = field(default_factory=list)  # each name as the entity writes it
    owners: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    kinds: list[int] = field(default_factory=list)
    positions: list[list[int]] = field(default_factory=list)  # per entity: its name positions
    by_iri: dict[str, int] = field(default_factory=dict)
    by_qid: dict[str, list[int]] = field(default_factory=dict)
    by_key: dict[str, list[int]] = field(default_factory=dict)  # name key -> name positions
    by_compact: dict[str, list[int]] = field(default_factory=dict)
    by_initials: dict[str, list[int]] = field(default_factory=dict)  # "PLAN" -> "PLA Navy", "People's…"
    articles: np.ndarray = field(default_factory=lambda: np.zeros(0))
    _type_masks: dict[tuple[str, ...], np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        owners = []
        for i, entity in enumerate(self.entities):
            self.by_iri[entity.iri] = i
            for qid in entity.qids:
                self.by_qid.setdefault(qid, []).append(i)
            names = [(entity.label, LABEL), *((a, ALIAS) for a in entity.aliases),
                     *((a, ACRONYM) for a in entity.acronyms)]
            seen: set[str] = set()
            self.positions.append([])
            for text, kind in names:
                key = name_key(text)
                if not key or key in seen:
                    continue
                seen.add(key)
                position = len(self.keys)
                self.keys.append(key)
                self.texts.append(text)
                self.positions[i].append(position)
                self.kinds.append(kind)
                owners.append(i)
                self.by_key.setdefault(key, []).append(position)
                self.by_compact.setdefault(key.replace(" ", ""), []).append(position)
                if INITIALS_TYPES.intersection(entity.types) and (letters := initials(text)):
                    self.by_initials.setdefault(letters, []).append(position)
        self.owners = np.asarray(owners, dtype=np.int64)
        self.articles = np.asarray([e.articles for e in self.entities], dtype=np.float64)

    def __len__(self) -> int:
        return len(self.entities)

    def get(self, iri: str) -> Entity | None:
        i = self.by_iri.get(iri)
        return None if i is None else self.entities[i]

    def exact(self, text: str) -> list[int]:
        """Name positions whose key (or compact key) is ``text``'s."""
        key = name_key(text)
        if not key:
            return []
        return sorted(set(self.by_key.get(key, ())) | set(self.by_compact.get(compact_key(text), ())))

    def type_mask(self, types: tuple[str, ...]) -> np.ndarray:
        """Per entity: True when it has one of ``types`` (kg class names)."""
        mask = self._type_masks.get(types)
        if mask is None:
            wanted = set(types)
            mask = np.asarray([bool(wanted.intersection(e.types)) for e in self.entities], dtype=bool)
            self._type_masks[types] = mask
        return mask


def read_index(reader: SparqlReader) -> EntityIndex:
    """The index of the store ``reader`` reads (two queries through kg's one query path)."""
    labels: dict[str, list[ox.Literal]] = {}
    found: dict[str, dict[str, set[str]]] = {}
    for row in reader.select_all(NAMES_QUERY, order_by="?e ?p ?v"):
        entity, prop, value = row["e"], row["p"], row["v"]
        if not isinstance(entity, ox.NamedNode):
            continue
        slot = found.setdefault(entity.value, {"types": set(), "alias": set(), "acronym": set(), "qid": set()})
        if prop.value == str(RDF.type):
            if value.value in _CLASSES:
                slot["types"].add(_CLASSES[value.value])
        elif prop.value == str(RDFS.label) and isinstance(value, ox.Literal):
            labels.setdefault(entity.value, []).append(value)
        elif prop.value == str(SKOS.altLabel) and isinstance(value, ox.Literal):
            slot["alias"].add(value.value)
        elif prop.value == str(KG.acronym) and isinstance(value, ox.Literal):
            slot["acronym"].add(value.value)
        elif prop.value == str(OWL.sameAs) and value.value.startswith(WIKIDATA):
            slot["qid"].add(value.value[len(WIKIDATA):])
    counts = {row["e"].value: int(row["n"].value) for row in reader.select_all(ARTICLES_QUERY, order_by="?e")
              if isinstance(row["e"], ox.NamedNode)}
    entities = []
    for iri in sorted(found):
        slot = found[iri]
        label, other_labels = _pick_label(labels.get(iri, []), iri)
        entities.append(Entity(
            iri=iri,
            label=label,
            types=tuple(t for t in ENTITY_TYPES if t in slot["types"]),
            aliases=tuple(sorted((slot["alias"] | other_labels) - {label})),
            acronyms=tuple(sorted(slot["acronym"])),
            qids=tuple(sorted(slot["qid"])),
            articles=counts.get(iri, 0),
        ))
    return EntityIndex(entities)


def _pick_label(labels: Iterable[ox.Literal], iri: str) -> tuple[str, set[str]]:
    """The English label first (then untagged, then any), shortest then first in order;
    the entity's other labels are searched as aliases."""
    ranked = sorted(labels, key=lambda l: (0 if l.language == "en" else 1 if not l.language else 2,
                                           len(l.value), l.value))
    if not ranked:
        return iri.rstrip("/").rsplit("/", 1)[-1], set()
    return ranked[0].value, {l.value for l in ranked[1:]}


class IndexCache:
    """The index of one store, read on first use and again whenever the store changes.

    Shared by the threads of one server process; a rebuild happens once, under a lock.
    """

    def __init__(self, reader: SparqlReader) -> None:
        self.reader = reader
        self._lock = threading.Lock()
        self._index: EntityIndex | None = None
        self._version: str | None = None

    def get(self) -> EntityIndex:
        version = self.reader.version()
        with self._lock:
            if self._index is None or version != self._version:
                self._index = read_index(self.reader)
                self._version = version
            return self._index
