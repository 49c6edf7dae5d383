"""Events in time and space: what the timeline and the map show; no Flask here.

An event is a fact that happens at a time — a signing, a ratification, a summit, a visit — and,
for the map, also where access to bases is granted. Events are dated by the fact's own dates;
an event the articles give no date for is placed at the publication date of the first article
reporting it, and says so (``dated_by == "article"``). Planned and negated events keep their
modality, so the pages can show them apart from asserted ones.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.web.facts import Fact, Reader, Ref, facts_of, read_facts, values_block
from kg.web.places import Places, Point, as_json

#: Fact kinds on the timeline, with the word a person uses for them.
TIMELINE_KINDS: dict[str, str] = {"Signing": "signing", "Ratification": "ratification",
                                   "SummitMeeting": "summit", "Visit": "visit"}
#: Fact kinds on the map, and the role that says where.
PLACE_ROLES: dict[str, str] = {"Signing": "place", "SummitMeeting": "location", "Visit": "destination",
                               "AccessArrangement": "host"}
MAP_WORDS = {**TIMELINE_KINDS, "AccessArrangement": "access to bases"}
#: Per kind: the role naming what the event is about, and the roles naming who took part.
SUBJECT_ROLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Signing": ("agreement", ("signatory",)), "Ratification": ("agreement", ("state", "body")),
    "SummitMeeting": ("summit", ("participant",)), "Visit": ("destination", ("visitor",)),
    "AccessArrangement": ("host", ("user",)),
}
LIMIT = 2000


@dataclass
class Event:
    """A fact in time: when (ISO dates), how it is dated, and the fact itself."""

    fact: Fact
    start: str
    end: str
    dated_by: str  # "fact" (its own date) or "article" (when it was first reported)

    @property
    def word(self) -> str:
        return MAP_WORDS.get(self.fact.kind, self.fact.kind)

    def as_json(self, href: Any) -> dict[str, Any]:
        f = self.fact
        subject_role, who_roles = SUBJECT_ROLES.get(f.kind, ("", ()))
        subject = f.first(subject_role)
        return {"id": f.iri, "href": href(f.iri), "kind": f.kind, "word": self.word, "modality": f.modality,
                "title": f.title, "start": self.start, "end": self.end, "dated_by": self.dated_by,
                "subject": subject.label if subject else "",
                "who": [ref.label for role in who_roles for ref in f.roles.get(role, [])]}


@dataclass
class Marker:
    """A place on the map and the events that happened there."""

    place: Ref
    point: Point
    events: list[Event] = field(default_factory=list)

    def as_json(self, href: Any) -> dict[str, Any]:
        return {"id": self.place.iri, "label": self.place.label, "href": href(self.place.iri),
                **{k: v for k, v in as_json(self.point).items() if k in ("lat", "lon", "qid")},
                "events": [e.as_json(href) for e in self.events]}


def _event_iris(reader: Reader, kinds: Sequence[str], about: str | None, limit: int) -> list[str]:
    if about:
        return facts_of(reader, about, limit=limit)
    classes = " ".join(f"kg:{k}" for k in kinds)
    rows = reader.select(f"SELECT DISTINCT ?fact WHERE {{ VALUES ?c {{ {classes} }} ?fact a ?c ; kg:modality ?m }} "
                         f"ORDER BY ?fact LIMIT {int(limit)}")
    return [r["fact"].value for r in rows]


def events(reader: Reader, *, about: str | None = None, kinds: Sequence[str] = tuple(TIMELINE_KINDS),
           limit: int = LIMIT) -> list[Event]:
    """Events of ``kinds`` (about one entity, or all), oldest first; undated ones at their report."""
    out = []
    for fact in read_facts(reader, _event_iris(reader, kinds, about, limit)):
        if fact.kind not in kinds:
            continue
        if fact.start:
            out.append(Event(fact, fact.start, fact.end, "fact"))
        elif fact.reported:
            out.append(Event(fact, fact.reported, "", "article"))
    out.sort(key=lambda e: (e.start, e.fact.kind, e.fact.title))
    return out


def undated(reader: Reader, *, about: str) -> list[Fact]:
    """Facts of the timeline's kinds about ``about`` that neither they nor their articles date."""
    return [f for f in read_facts(reader, facts_of(reader, about)) if f.kind in TIMELINE_KINDS
            and not f.start and not f.reported]


def markers(reader: Reader, places: Places, *, about: str | None = None, limit: int = LIMIT) -> tuple[list[Marker], list[Event]]:
    """Places with their events (most events first), and the events whose place has no known position."""
    kinds = tuple(PLACE_ROLES)
    found = events(reader, about=about, kinds=kinds, limit=limit)
    # Access to bases is undated more often than not: still on the map, at its report's date if any.
    dated = {e.fact.iri for e in found}
    for fact in read_facts(reader, _event_iris(reader, ("AccessArrangement",), about, limit)):
        if fact.kind == "AccessArrangement" and fact.iri not in dated:
            found.append(Event(fact, fact.start or fact.reported, fact.end, "fact" if fact.start else "article"))
    places_of: dict[str, Ref] = {}
    for e in found:
        place = e.fact.first(PLACE_ROLES[e.fact.kind])
        if place is not None:
            places_of[place.iri] = place
    points = places.locate(reader, places_of, {iri: ref.label for iri, ref in places_of.items()})
    by_place: dict[str, Marker] = {}
    unplaced = []
    for e in found:
        place = e.fact.first(PLACE_ROLES[e.fact.kind])
        if place is None or place.iri not in points:
            unplaced.append(e)
            continue
        by_place.setdefault(place.iri, Marker(place, points[place.iri])).events.append(e)
    ordered = sorted(by_place.values(), key=lambda m: (-len(m.events), m.place.label.casefold()))
    return ordered, unplaced


def bases(reader: Reader, places: Places) -> list[Marker]:
    """Military bases whose own position is known (by their Wikidata item or unique name)."""
    rows = reader.select("SELECT DISTINCT ?b ?l WHERE { ?b a kg:MilitaryBase ; rdfs:label ?l }")
    labels = {r["b"].value: r["l"].value for r in rows}
    points = places.locate(reader, labels, labels)
    return [Marker(Ref(iri, labels[iri]), point) for iri, point in sorted(points.items(), key=lambda kv: labels[kv[0]])]


def labels_of(reader: Reader, iris: Sequence[str]) -> dict[str, str]:
    """English (or untagged) labels of ``iris``, the shortest when there are several."""
    out: dict[str, str] = {}
    for start in range(0, len(iris), 400):
        for row in reader.select(f"SELECT DISTINCT ?x ?l WHERE {{ VALUES ?x {{ {values_block(iris[start:start + 400])} }} "
                                 f"?x rdfs:label|skos:prefLabel|schema:headline ?l FILTER(LANG(?l) IN (\"en\", \"\")) }}"):
            iri, label = row["x"].value, row["l"].value
            out[iri] = min(out.get(iri, label), label, key=lambda s: (len(s), s))
    return out
