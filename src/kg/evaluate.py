"""Scoring against answer keys (``NAME.gold.json``), exactly as FORMAT.md's Scoring section says.

The system's side is read only through the contract queries in ``queries/``, so what is scored is
what a user of the endpoint sees.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import ENTITY_FIELDS, FACT_FIELDS, FACT_KINDS
from kg.prefixes import PREFIXES
from kg.text import label_key

#: A list field a query gives one value per row, under its singular: a summit's participants, scored
#: as the kind "summit participant".
_ONE_PER_ROW = {"participants": "participant"}
#: The query answering each competency question, and the fields read from its rows: its variables
#: are named as the kind's fields in the fact-schema registry (:data:`kg.model.FACT_FIELDS`).
CQ_QUERIES: dict[str, tuple[str, tuple[str, ...]]] = {
    cq: (qfile, tuple(f for f in FACT_FIELDS[cq] if f not in _ONE_PER_ROW)) for cq, qfile in (
        ("parties", "parties.rq"), ("ratification", "ratifications.rq"), ("signing", "signings.rq"),
        ("summit", "summits.rq"), ("visit", "visits.rq"), ("access", "access.rq"), ("office", "offices.rq"),
        ("permits", "permits.rq"), ("member", "members.rq"))}
#: Kinds whose modality must match; for the others a negated gold fact must simply not be stated.
MODAL_KINDS = frozenset({"parties", "ratification", "signing", "summit", "summit participant", "visit", "access"})
#: The kinds scored, in the registry's order: a summit is scored as two kinds, its participants apart.
SCORED_KINDS = tuple(k for cq in FACT_KINDS for k in (cq, *(f"{cq} {one}" for f, one in _ONE_PER_ROW.items()
                                                                if f in FACT_FIELDS[cq])))
#: Fields whose values are entities, as the queries name them.
ENTITY_VALUED = frozenset(_ONE_PER_ROW.get(f, f) for f in ENTITY_FIELDS)
WIKIDATA = PREFIXES["wd"]


#: British spellings FORMAT.md's office matching treats as the American word's equal.
_SPELLINGS = (("defence", "defense"), ("organisation", "organization"), ("programme", "program"),
              ("labour", "labor"), ("centre", "center"), ("councillor", "councilor"))
_BRITISH = {american: british for british, american in _SPELLINGS}


def office_words(office: str) -> list[str]:
    """An office's words as FORMAT.md compares them: hyphens and commas separate words, case and
    British/American spelling are folded ("Secretary-General" = "secretary general")."""
    text = label_key(office).replace(",", " ")
    return [_BRITISH.get(w, w) for w in text.split()]


@dataclass
class SystemEntity:
    iri: str
    labels: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    qids: set[str] = field(default_factory=set)
    #: its rdfs:label (the name kg gives it), which errors show; ``labels`` adds the aliases scoring reads
    main: set[str] = field(default_factory=set)


@dataclass
class Counts:
    tp_pred: int = 0  # distinct extracted facts that match a gold fact
    pred: int = 0
    found: int = 0  # gold facts found
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp_pred += other.tp_pred
        self.pred += other.pred
        self.found += other.found
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Per-kind fact counts and entity figures, for one article or pooled over many."""

    kinds: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in SCORED_KINDS})
    entities: Counts = field(default_factory=Counts)  # found/gold = recall, tp_pred/pred = precision
    typed_right: int = 0
    linkable: int = 0
    linked_right: int = 0
    articles: int = 0
    #: What a reader needs to see why: ("missed" | "spurious", kind, fields with labels), one
    #: per gold fact not found and per extracted fact matching no gold fact.
    errors: list[tuple[str, str, dict]] = field(default_factory=list)
    #: Articles the extractor failed on (file name, why): scored as if it found nothing.
    failed: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for kind, counts in other.kinds.items():
            self.kinds[kind].add(counts)
        self.entities.add(other.entities)
        self.typed_right += other.typed_right
        self.linkable += other.linkable
        self.linked_right += other.linked_right
        self.articles += other.articles
        self.failed += other.failed

    @property
    def type_accuracy(self) -> float:
        return self.typed_right / self.entities.found if self.entities.found else 1.0

    @property
    def link_accuracy(self) -> float:
        return self.linked_right / self.linkable if self.linkable else 1.0

    @property
    def macro_f1(self) -> float:
        scored = [c.f1 for c in self.kinds.values() if c.gold]
        return sum(scored) / len(scored) if scored else 1.0

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "kinds": {k: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "gold": c.gold, "predicted": c.pred}
                      for k, c in self.kinds.items()},
            "macro_f1": self.macro_f1,
            "entity_recall": self.entities.recall,
            "entity_precision": self.entities.precision,
            "type_accuracy": self.type_accuracy,
            "link_accuracy": self.link_accuracy,
            "failed": [{"article": name, "error": why} for name, why in self.failed],
        }

    def table(self) -> str:
        lines = [f"{'question':<20}{'gold':>6}{'pred':>6}{'precision':>11}{'recall':>8}{'F1':>7}"]
        for kind, c in self.kinds.items():
            if not c.gold and not c.pred:
                continue
            lines.append(f"{kind:<20}{c.gold:>6}{c.pred:>6}{c.precision:>11.3f}{c.recall:>8.3f}{c.f1:>7.3f}")
        lines.append(f"{'macro-F1':<20}{'':>23}{self.macro_f1:>15.3f}")
        lines.append(f"entities: recall {self.entities.recall:.3f} ({self.entities.found}/{self.entities.gold}), "
                     f"precision {self.entities.precision:.3f}, type accuracy {self.type_accuracy:.3f}, "
                     f"link accuracy {self.link_accuracy:.3f} ({self.linked_right}/{self.linkable})")
        return "\n".join(lines)


class _Matcher:
    """Decides whether a system entity IRI stands for a gold entity id."""

    def __init__(self, gold_entities: list[dict], system: Mapping[str, SystemEntity]) -> None:
        self.gold = {e["id"]: e for e in gold_entities}
        self.system = system
        self._cache: dict[tuple[str, str], bool] = {}

    def matches(self, gold_id: str, iri: str | None) -> bool:
        if iri is None:
            return False
        key = (gold_id, iri)
        if key not in self._cache:
            self._cache[key] = self._matches(self.gold[gold_id], self.system.get(iri) or SystemEntity(iri))
        return self._cache[key]

    def gold_label(self, gold_id: str) -> str:
        return self.gold[gold_id]["label"] if gold_id in self.gold else gold_id

    def system_label(self, iri: str) -> str:
        # The entity's own label, not its shortest alias: a state shown as "Kazakh" or a leader as
        # "Rabin" looks like a labelling miss when the fact failed on another field.
        ent = self.system.get(iri)
        names = (ent.main or ent.labels) if ent is not None else set()
        return min(sorted(names), key=len) if names else iri.rsplit("/", 1)[-1]

    @staticmethod
    def _matches(gold: dict, sys: SystemEntity) -> bool:
        if gold.get("wikidata") and sys.qids:
            return gold["wikidata"] in sys.qids
        names = {label_key(n) for n in [gold["label"], *gold.get("aliases", [])]}
        return any(label_key(label) in names for label in sys.labels)


def _value_matches(name: str, gold_value, sys_value, matcher: _Matcher) -> bool:
    if sys_value is None:
        return False
    if name in ENTITY_VALUED:
        return matcher.matches(gold_value, sys_value)
    if name == "ordinal":
        try:
            return int(gold_value) == int(sys_value)
        except (TypeError, ValueError):
            return False
    if name == "office":
        words = set(office_words(str(sys_value)))
        return all(w in words for w in office_words(str(gold_value)))
    if name in {"facility", "activity"}:
        return str(gold_value).casefold() == str(sys_value).casefold()
    return str(gold_value) == str(sys_value)


def _readable(fields: dict, label) -> dict:
    """A fact's fields with entities shown by label, empty fields left out."""
    return {k: label(v) if k in ENTITY_VALUED and isinstance(v, str) else v
            for k, v in fields.items() if v is not None}


def format_errors(errors: list[tuple[str, str, dict]]) -> str:
    """One line per error: ``- missed   office: person=…, office=…``."""
    lines = []
    for what, kind, fields in errors:
        body = ", ".join(f"{k}={v}" for k, v in fields.items() if k != "modality" or v != "asserted")
        mark = {"missed": "-", "mislinked": "~"}.get(what, "+")
        lines.append(f"  {mark} {what:<8} {kind}: {body}")
    return "\n".join(lines)


def gold_facts(gold: dict) -> dict[str, list[dict]]:
    """The gold facts by scored kind; negated facts of non-modal kinds are left out."""
    out: dict[str, list[dict]] = {k: [] for k in SCORED_KINDS}
    for fact in gold["facts"]:
        cq = fact["cq"]
        modality = fact.get("modality", "asserted")
        if cq == "summit":
            base = {k: v for k, v in fact.items() if k not in {"participants", "cq"}}
            base["modality"] = modality
            out["summit"].append(base)
            for p in fact.get("participants", []):
                out["summit participant"].append({"summit": fact["summit"], "participant": p, "modality": modality})
            continue
        if cq not in MODAL_KINDS and modality == "negated":
            continue
        fields = {k: v for k, v in fact.items() if k not in {"cq", "modality"}}
        if cq in MODAL_KINDS:
            fields["modality"] = modality
        out[cq].append(fields)
    return out


def system_facts(rows_by_cq: Mapping[str, list[dict]]) -> dict[str, set[tuple]]:
    """Distinct extracted facts per kind, as tuples of (field, value) pairs."""
    out: dict[str, set[tuple]] = {k: set() for k in SCORED_KINDS}
    for cq, rows in rows_by_cq.items():
        _, names = CQ_QUERIES[cq]
        for row in rows:
            fields = {f: row.get(f) for f in names}
            if cq in MODAL_KINDS:
                fields["modality"] = row.get("modality") or "asserted"
            if cq == "summit":
                out["summit"].add(tuple(sorted(fields.items())))
                if row.get("participant"):
                    out["summit participant"].add(
                        (("modality", fields["modality"]), ("participant", row["participant"]), ("summit", row["summit"])))
                continue
            out[cq].add(tuple(sorted(fields.items())))
    return out


def score_article(gold: dict, system_entities: Mapping[str, SystemEntity], rows_by_cq: Mapping[str, list[dict]]) -> Score:
    """Score one article's system output (entities and contract-query rows) against its key."""
    score = Score(articles=1)
    matcher = _Matcher(gold["entities"], system_entities)
    golds = gold_facts(gold)
    systems = system_facts(rows_by_cq)
    for kind in SCORED_KINDS:
        counts = score.kinds[kind]
        gold_list, sys_set = golds[kind], systems[kind]
        counts.gold, counts.pred = len(gold_list), len(sys_set)

        def fact_matches(g: dict, s: tuple) -> bool:
            sd = dict(s)
            return all(_value_matches(name, value, sd.get(name), matcher) if name != "modality" else value == sd.get("modality")
                       for name, value in g.items())

        missed = [g for g in gold_list if not any(fact_matches(g, s) for s in sys_set)]
        spurious = [s for s in sys_set if not any(fact_matches(g, s) for g in gold_list)]
        counts.found = len(gold_list) - len(missed)
        counts.tp_pred = len(sys_set) - len(spurious)
        score.errors += [("missed", kind, _readable(g, matcher.gold_label)) for g in missed]
        score.errors += [("spurious", kind, _readable(dict(s), matcher.system_label)) for s in sorted(spurious, key=str)]
    # entities
    ents = score.entities
    ents.gold, ents.pred = len(gold["entities"]), len(system_entities)
    for g in gold["entities"]:
        matched = [s for s in system_entities.values() if matcher.matches(g["id"], s.iri)]
        if matched:
            ents.found += 1
            if any(g["type"] in s.types for s in matched):
                score.typed_right += 1
        if g.get("wikidata"):
            score.linkable += 1
            if any(g["wikidata"] in s.qids for s in matched):
                score.linked_right += 1
            elif matched:  # found but linked elsewhere or not at all: shown so a reader sees why
                score.errors.append(("mislinked", "entity", {
                    "label": g["label"], "wikidata": g["wikidata"],
                    "linked": "/".join(sorted(q for s in matched for q in s.qids)) or "none"}))
    matched_system = [s for s in system_entities.values() if any(matcher.matches(g["id"], s.iri) for g in gold["entities"])]
    ents.tp_pred = len(matched_system)
    score.errors += [("missed", "entity", {"label": g["label"], "type": g["type"]}) for g in gold["entities"]
                     if not any(matcher.matches(g["id"], s.iri) for s in system_entities.values())]
    score.errors += [("spurious", "entity", {"label": matcher.system_label(s.iri), "type": "/".join(sorted(s.types))})
                     for s in system_entities.values() if s not in matched_system]
    return score


def read_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def gold_published(gold: dict) -> dt.date | None:
    return dt.date.fromisoformat(gold["published"]) if gold.get("published") else None


def annotated_articles(directory: Path) -> list[tuple[Path, Path]]:
    """(NAME.txt, NAME.gold.json) pairs in a folder, sorted by name."""
    pairs = []
    for txt in sorted(directory.glob("*.txt")):
        gold = txt.with_name(txt.stem + ".gold.json")
        if gold.exists():
            pairs.append((txt, gold))
    return pairs


def entities_from_rows(rows: Iterable[dict], alt_labels: Iterable[tuple[str, str]] = ()) -> dict[str, SystemEntity]:
    """System entities from ``queries/entities.rq`` rows plus (entity, altLabel) pairs."""
    out: dict[str, SystemEntity] = {}
    for row in rows:
        ent = out.setdefault(row["entity"], SystemEntity(row["entity"]))
        if row.get("label"):
            ent.labels.add(row["label"])
            ent.main.add(row["label"])
        if row.get("type"):
            ent.types.add(row["type"])
        if row.get("wikidata", "").startswith(WIKIDATA):
            ent.qids.add(row["wikidata"][len(WIKIDATA):])
    for iri, label in alt_labels:
        if iri in out:
            out[iri].labels.add(label)
    return out


__all__ = [
    "CQ_QUERIES",
    "FACT_FIELDS",
    "SCORED_KINDS",
    "Counts",
    "Score",
    "annotated_articles",
    "entities_from_rows",
    "format_errors",
    "gold_published",
    "read_gold",
    "score_article",
]
