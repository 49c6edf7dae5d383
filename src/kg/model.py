"""The data that flows through kg: an Article becomes a Document of mentions, entities and facts.

Everything here is plain data with no behaviour beyond small derived properties, so every stage
(extraction, linking, RDF) can be tested with values built by hand.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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

#: The kinds of fact, one per competency question, with the fields each may carry.
FACT_FIELDS: dict[str, tuple[str, ...]] = {
    "parties": ("agreement", "party"),
    "ratification": ("agreement", "state", "body", "date"),
    "signing": ("agreement", "signatory", "date", "place"),
    "summit": ("summit", "location", "start", "end", "ordinal", "participants"),
    "visit": ("visitor", "destination", "start", "end", "purpose"),
    "access": ("user", "host", "facility", "agreement"),
    "office": ("person", "office", "of"),
    "permits": ("agreement", "activity"),
    "member": ("member", "organization"),
}

#: Fields whose values are entity keys (the rest are dates, numbers or words).
ENTITY_FIELDS = frozenset(
    {
        "agreement", "party", "state", "body", "signatory", "place", "summit", "location",
        "participants", "visitor", "destination", "purpose", "user", "host", "person", "of",
        "member", "organization",
    }
)
DATE_FIELDS = frozenset({"date", "start", "end"})

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
    annotations: dict[str, object] = field(default_factory=dict)  # scratch space for components

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
