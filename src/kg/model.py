"""The data that flows through kg: an Article becomes a Document of mentions, entities and facts.

Everything here is plain data with no behaviour beyond small derived properties, so every stage
(extraction, linking, RDF) can be tested with values built by hand.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

#: The entity types of the answer-key format (FORMAT.md), also the ontology's class names.
ENTITY_TYPES: tuple[str, ...] = (
    "State",
    "Person",
    "Legislature",
    "ArmedForces",
    "Organization",
    "InternationalOrganization",
    "Agreement",
    "Summit",
    "MilitaryBase",
    "Facility",
    "Place",
)

@dataclass(frozen=True)
class FactKind:
    """One kind of fact (a competency question): its ontology class and, per field, its property.

    Class and property are local names in the ontology (``kg:Signing``, ``kg:signatory``); the
    fields are FORMAT.md's, in its order.
    """

    name: str
    rdf_class: str
    properties: dict[str, str]

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.properties)


def _kind(name: str, rdf_class: str, **properties: str) -> FactKind:
    return FactKind(name, rdf_class, properties)


#: The one fact-schema table: every kind of fact, its class and its fields' properties.
FACT_KINDS: dict[str, FactKind] = {k.name: k for k in (
    _kind("parties", "AgreementParty", agreement="agreement", party="party"),
    _kind("ratification", "Ratification", agreement="agreement", state="state", body="body", date="date"),
    _kind("signing", "Signing", agreement="agreement", signatory="signatory", date="date", place="place"),
    _kind("summit", "SummitMeeting", summit="summit", location="location", start="startDate", end="endDate",
          ordinal="ordinal", participants="participant"),
    _kind("visit", "Visit", visitor="visitor", destination="destination", start="startDate", end="endDate",
          purpose="purpose"),
    _kind("access", "AccessArrangement", user="user", host="host", facility="facilityKind", agreement="agreement"),
    _kind("office", "OfficeHolding", person="person", office="office", of="officeOf"),
    _kind("permits", "Permission", agreement="agreement", activity="activity"),
    _kind("member", "Membership", member="member", organization="organization"),
)}

#: The fields each kind of fact may carry (from :data:`FACT_KINDS`).
FACT_FIELDS: dict[str, tuple[str, ...]] = {name: kind.fields for name, kind in FACT_KINDS.items()}

DATE_FIELDS = frozenset({"date", "start", "end"})
#: Fields whose values are words of a SKOS scheme (FORMAT.md's vocabularies), by scheme.
CONCEPT_FIELDS = frozenset({"facility", "activity", "office"})
#: Fields whose values are entity keys (the rest are dates, numbers or concept words).
ENTITY_FIELDS = frozenset(f for kind in FACT_KINDS.values() for f in kind.fields) - DATE_FIELDS - CONCEPT_FIELDS - {"ordinal"}

FACILITY_KINDS: tuple[str, ...] = (
    "military base", "naval base", "air base", "port", "airfield", "airspace", "logistics facility",
)

ACTIVITIES: tuple[str, ...] = (
    "refuelling", "maintenance", "repair", "resupply", "port call", "berthing", "airspace use",
    "joint exercise", "training", "humanitarian assistance", "disaster relief",
    "personnel movement", "equipment movement", "medical support", "intelligence sharing",
    "technology transfer", "arms procurement", "mutual defence",
)

MODALITIES: tuple[str, ...] = ("asserted", "planned", "negated")

FieldValue = str | int | dt.date | tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """One news article: its text (headline on the first line) and metadata."""

    id: str
    text: str
    title: str = ""
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    #: The text starts with its lede, not a headline line (a sentence, as ingest judges by shape).
    lede_first: bool = False


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact rests on: its text and character offsets in the article."""

    article_id: str
    sentence: str
    start: int
    end: int


@dataclass
class Mention:
    """A stretch of text that names or refers to an entity."""

    start: int
    end: int
    text: str
    type: str
    entity: str | None = None  # key of the Entity it refers to, once resolved
    kind: str = "name"  # name | alias | demonym | acronym | capital | title | reference
    qid: str | None = None  # gazetteer candidate, if the mention came from it
    sentence: int = -1

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(eq=False)
class Entity:
    """A real-world thing the article speaks of."""

    key: str
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    qid: str | None = None
    confidence: float = 0.0
    attributes: dict[str, object] = field(default_factory=dict)


@dataclass
class Fact:
    """One answer to a competency question, with the evidence it rests on."""

    cq: str
    fields: dict[str, FieldValue]
    evidence: Evidence
    modality: str = "asserted"

    def key(self) -> tuple:
        """The fact's identity: its kind, fields and modality (not its evidence)."""
        items = []
        for name in FACT_FIELDS[self.cq]:
            value = self.fields.get(name)
            if isinstance(value, (list, tuple)):
                value = tuple(sorted(value))
            items.append((name, value))
        return (self.cq, tuple(items), self.modality)


@dataclass
class Document:
    """The extraction state of one article, filled in by the pipeline's components in turn."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    #: Scratch space the components share (tokens, dates, frame matches...): each key is written
    #: by one component and read by later ones, which know its type.
    annotations: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_index(self, offset: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return len(self.sentences) - 1

    def evidence(self, sentence: int) -> Evidence:
        s = self.sentences[sentence]
        return Evidence(self.article.id, s.text, s.start, s.end)

    def mentions_in(self, sentence: int) -> list[Mention]:
        return [m for m in self.mentions if m.sentence == sentence]
