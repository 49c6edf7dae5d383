"""Facts as people read them: who did what, when and where, in one sentence; no Flask here.

:func:`read_facts` gathers facts (their kind, modality, the entities in each role, dates and
other values, the earliest publication date of an article reporting them) through a
:class:`kg.search.SparqlReader` — the query path of ``/sparql``, with its timeout — and
:func:`title` says what a fact says::

    >>> fact = Fact("f", "Ratification", "asserted",
    ...             roles={"state": [Ref("s", "Chile")], "agreement": [Ref("a", "Lauca Treaty")],
    ...                    "body": [Ref("b", "Senate")]}, values={"date": ["2025-12-02"]})
    >>> title(fact)
    'Chile ratified Lauca Treaty through Senate, 2 December 2025'
    >>> title(Fact("v", "Visit", "planned", roles={"visitor": [Ref("p", "Ana Sobral")],
    ...     "destination": [Ref("d", "Peru")]}, values={"startDate": ["2024-07-08"], "endDate": ["2024-07-09"]}))
    'Ana Sobral is to visit Peru, 8–9 July 2024'
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import pyoxigraph as ox

from kg.rdf.namespaces import KG, RDF

_KG = str(KG._NS)
_TYPE = str(RDF.type)
_LITERAL_ROLES = frozenset({"modality"})
CHUNK = 400  # IRIs per VALUES block: bounded queries however many facts a page shows


class Reader(Protocol):
    """What reads the store: :class:`kg.search.SparqlReader` (kg's prefixes, the query path)."""

    def select(self, query: str) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class Ref:
    """An entity or concept a fact names: its IRI and label."""

    iri: str
    label: str


@dataclass
class Fact:
    """One fact node: its kind (the ontology's class name), modality, roles and values."""

    iri: str
    kind: str
    modality: str
    roles: dict[str, list[Ref]] = field(default_factory=dict)
    values: dict[str, list[str]] = field(default_factory=dict)
    reported: str = ""  # earliest publication date of an article reporting it (ISO), if any

    def first(self, role: str) -> Ref | None:
        found = self.roles.get(role)
        return found[0] if found else None

    def value(self, name: str) -> str:
        found = self.values.get(name)
        return found[0] if found else ""

    @property
    def start(self) -> str:
        """When it happened (ISO date), from its own dates; "" when the article gives none."""
        return self.value("date") or self.value("startDate")

    @property
    def end(self) -> str:
        return self.value("endDate")

    @property
    def title(self) -> str:
        return title(self)


# -- reading ------------------------------------------------------------------------------------

def values_block(iris: Iterable[str]) -> str:
    """IRIs for a VALUES block; each checked by pyoxigraph, so nothing else reaches the query."""
    return " ".join(str(ox.NamedNode(i)) for i in iris)


def read_facts(reader: Reader, iris: Sequence[str]) -> list[Fact]:
    """The facts named by ``iris`` (in that order; IRIs that are no fact are left out)."""
    facts: dict[str, Fact] = {}
    wanted = list(dict.fromkeys(iris))
    for start in range(0, len(wanted), CHUNK):
        block = values_block(wanted[start:start + CHUNK])
        rows = reader.select(f"""SELECT DISTINCT ?fact ?p ?o ?label WHERE {{
          VALUES ?fact {{ {block} }} ?fact kg:modality ?m ; ?p ?o . FILTER(?p != kg:evidence)
          OPTIONAL {{ ?o rdfs:label|skos:prefLabel ?label FILTER(LANG(?label) IN ("en", "")) }}
        }}""")
        labels: dict[str, str] = {}
        for row in rows:
            if row["label"] is not None:
                iri = row["o"].value
                labels[iri] = min(labels.get(iri, row["label"].value), row["label"].value, key=lambda s: (len(s), s))
        for row in rows:
            iri, prop, obj = row["fact"].value, row["p"].value, row["o"]
            fact = facts.setdefault(iri, Fact(iri, "Fact", ""))
            name = prop.removeprefix(_KG)
            if prop == _TYPE:
                if obj.value.startswith(_KG):
                    fact.kind = obj.value[len(_KG):]
            elif name == "modality":
                fact.modality = obj.value
            elif isinstance(obj, ox.NamedNode):
                refs = fact.roles.setdefault(name, [])
                if all(r.iri != obj.value for r in refs):
                    refs.append(Ref(obj.value, labels.get(obj.value) or _local(obj.value)))
            elif obj.value not in fact.values.setdefault(name, []):
                fact.values[name].append(obj.value)
        for row in reader.select(f"""SELECT ?fact (MIN(STR(?d)) AS ?reported) WHERE {{
          VALUES ?fact {{ {block} }} ?fact kg:evidence/prov:wasQuotedFrom/schema:datePublished ?d
        }} GROUP BY ?fact"""):
            if row["fact"].value in facts and row["reported"] is not None:
                facts[row["fact"].value].reported = row["reported"].value
    for fact in facts.values():
        for refs in fact.roles.values():
            refs.sort(key=lambda r: (r.label.casefold(), r.iri))
        for vals in fact.values.values():
            vals.sort()
    return [facts[i] for i in wanted if i in facts]


def facts_of(reader: Reader, iri: str, *, limit: int = 1000) -> list[str]:
    """IRIs of the facts ``iri`` takes part in (in any role), or ``iri`` itself if it is a fact."""
    node = ox.NamedNode(iri)
    rows = reader.select(f"""SELECT DISTINCT ?fact WHERE {{
      {{ ?fact ?role {node} }} UNION {{ BIND({node} AS ?fact) }} ?fact kg:modality ?m
    }} ORDER BY ?fact LIMIT {int(limit)}""")
    return [r["fact"].value for r in rows]


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# -- saying it ----------------------------------------------------------------------------------

def format_date(iso: str) -> str:
    """``2025-12-02`` -> ``2 December 2025``; anything else as given."""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def format_range(start: str, end: str) -> str:
    """``8–9 July 2024``, ``30 August – 1 September 2025``, or one date."""
    if not end or end == start:
        return format_date(start) if start else ""
    if not start:
        return "until " + format_date(end)
    try:
        a, b = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(end[:10])
    except ValueError:
        return f"{start} – {end}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%B %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%B} – {b.day} {b:%B %Y}"
    return f"{format_date(start)} – {format_date(end)}"


def names(refs: Sequence[Ref], *, most: int = 4) -> str:
    """``A``, ``A and B``, ``A, B and C``; beyond ``most``: ``A, B, C and 5 others``."""
    labels = [r.label for r in refs]
    if len(labels) > most:
        rest = len(labels) - (most - 1)
        labels = labels[:most - 1] + [f"{rest} others"]
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


# kind -> (asserted, planned, negated) verb phrases
_VERBS: dict[str, tuple[str, str, str]] = {
    "Ratification": ("ratified", "is to ratify", "did not ratify"),
    "Signing": ("signed", "is to sign", "did not sign"),
    "AgreementParty": ("is a party to", "is to become a party to", "is not a party to"),
    "Visit": ("visited", "is to visit", "did not visit"),
    "Membership": ("is a member of", "is to join", "is not a member of"),
    "Permission": ("permits", "is to permit", "does not permit"),
    "OfficeHolding": ("is", "is to become", "is not"),
    "AccessArrangement": ("may use", "is to gain the use of", "may not use"),
    "SummitMeeting": ("met", "is to meet", "did not meet"),
}


def _verb(fact: Fact) -> str:
    asserted, planned, negated = _VERBS.get(fact.kind, ("", "", ""))
    return {"planned": planned, "negated": negated}.get(fact.modality, asserted)


def title(fact: Fact) -> str:
    """What ``fact`` says, as a sentence without its full stop (its page's title)."""
    r = fact.roles
    verb = _verb(fact)
    when = format_range(fact.start, fact.end)
    at = lambda role: f" in {names(r[role])}" if r.get(role) else ""
    dated = lambda text: f"{text}, {when}" if when else text
    kind = fact.kind
    if kind == "Ratification":
        body = f" through {names(r['body'])}" if r.get("body") else ""
        return dated(f"{names(r.get('state', [])) or 'A state'} {verb} {names(r.get('agreement', []))}{body}")
    if kind == "Signing":
        agreement = names(r.get("agreement", []))
        if r.get("signatory"):
            return dated(f"{names(r['signatory'])} {verb} {agreement}{at('place')}")
        passive = {"planned": "is to be signed", "negated": "was not signed"}.get(fact.modality, "was signed")
        return dated(f"{agreement} {passive}{at('place')}")
    if kind == "Visit":
        purpose = f" for {names(r['purpose'])}" if r.get("purpose") else ""
        return dated(f"{names(r.get('visitor', []))} {verb} {names(r.get('destination', []))}{purpose}")
    if kind == "SummitMeeting":
        ordinal = fact.value("ordinal")
        summit = names(r.get("summit", [])) + (f" ({_ordinal(ordinal)})" if ordinal else "")
        text = dated(f"{summit} {verb}{at('location')}")
        return f"{text}, with {names(r['participant'])}" if r.get("participant") else text
    if kind == "OfficeHolding":
        office = names(r.get("office", []))
        holder = f" of {names(r['officeOf'])}" if r.get("officeOf") else ""
        return f"{names(r.get('person', []))} {verb} {office}{holder}"
    if kind == "AccessArrangement":
        kinds = names(r.get("facilityKind", [])) or "facilities"
        under = f" under {names(r['agreement'])}" if r.get("agreement") else ""
        return f"{names(r.get('user', []))} {verb} {kinds} facilities in {names(r.get('host', []))}{under}"
    pairs = {"AgreementParty": ("party", "agreement"), "Membership": ("member", "organization"),
             "Permission": ("agreement", "activity")}
    if kind in pairs:
        subject, obj = pairs[kind]
        return f"{names(r.get(subject, []))} {verb} {names(r.get(obj, []))}"
    everything = [ref for refs in r.values() for ref in refs]
    return f"{kind}: {names(everything)}" if everything else kind


def _ordinal(number: str) -> str:
    try:
        n = int(number)
    except ValueError:
        return number
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
