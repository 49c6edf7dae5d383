"""Online linking: what the offline snapshot cannot link is looked up with Wikidata's search.

The offline :class:`~kg.link.linker.Linker` always goes first. For an entity it leaves unlinked,
:class:`OnlineLinker` asks ``wbsearchentities`` for candidates, reads their ``instance of``
(P31) classes with ``wbgetentities``, and keeps a candidate only when one of its classes, or a
superclass a few ``subclass of`` (P279) steps up, is in :data:`CLASSES` for the entity's type.
Each candidate is scored by how closely its English names match the entity's names, by how
well its class fits, and by its rank in the search; below the threshold, or on a tie, there is
no link — a wrong link is worse than none.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable

from rapidfuzz import fuzz

from kg.link.linker import TIE_MARGIN, Link
from kg.link.wikidata import (
    WikidataClient,
    WikidataError,
    aliases_of,
    item_values,
    label_of,
)
from kg.text import lookup_key

log = logging.getLogger(__name__)

#: FORMAT entity type -> Wikidata class -> how well an instance of it fits the type.
#: Only classes with a citable ID are listed (nothing typed from memory):
#:   [A] ontology/ALIGNMENT.md (kg's own alignment, with its citations);
#:   [R] amazon-science/ReFinED src/refined/constants/mapping_constants.py (commit ca0586f4),
#:       ``wikidata_to_spacy_types``: "Q2659904" government agency, "Q7210356" political
#:       organisation (ORG), "Q41176" building (FAC), "Q15642541" human-geographic territorial
#:       entity, "Q82794" geographical region (GPE).
#: ReFinED's are broad superclasses: items reach them through P279, hence the class walk below.
#: Legislature, armed forces, military base and summit have no citable class of their own
#: (ALIGNMENT.md, "Left out"), so they are reached only through broader classes, weighted lower.
CLASSES: dict[str, dict[str, float]] = {
    "State": {"Q3624078": 1.0, "Q6256": 0.97},                       # [A] sovereign state, country
    "Place": {"Q15642541": 1.0, "Q82794": 0.95,                      # [R] territorial entity, region
              "Q3624078": 0.95, "Q6256": 0.95},                      # [A] "fighting in Ukraine"
    "Person": {"Q5": 1.0},                                           # [A] human
    "Organization": {"Q43229": 1.0, "Q2659904": 1.0, "Q7210356": 1.0,  # [A] organization, [R]
                     "Q484652": 0.85},                               # [A] international organization
    "InternationalOrganization": {"Q484652": 1.0, "Q43229": 0.85},   # [A]
    "Legislature": {"Q43229": 0.85},                                 # [A] via organization
    "ArmedForces": {"Q43229": 0.85},                                 # [A] via organization
    "Agreement": {"Q131569": 1.0},                                   # [A] treaty
    "Summit": {"Q1656682": 0.9},                                     # [A] event (kg:Summit ⊂ kg:Event)
    "Facility": {"Q13226383": 1.0, "Q41176": 0.95},                  # [A] facility, [R] building
    "MilitaryBase": {"Q13226383": 0.85},                             # [A] via facility
}
#: Each P279 step from an item's own class to a listed class costs this factor.
STEP_WEIGHT = 0.97
#: How many P279 steps to follow (each step is one batched wbgetentities request, cached).
MAX_STEPS = 3
#: The n-th search hit (from 0) is worth RANK_WEIGHT ** n: Wikidata's ranking is a fair prior.
RANK_WEIGHT = 0.98


class OnlineLinker:
    """The offline linker, then Wikidata search for what it leaves unlinked.

    Has the offline linker's ``link(label, type, *, aliases, context)`` signature, so the
    pipeline uses either.
    """

    def __init__(self, offline, client: WikidataClient, *, threshold: float = 0.85,
                 limit: int = 5) -> None:
        self.offline = offline
        self.client = client
        self.threshold = threshold
        self.limit = limit
        self._superclasses: dict[str, list[str]] = {}
        self._failed = False

    def prepare(self, types: Iterable[str]) -> None:
        """The offline linker's tables built now (see :meth:`Linker.prepare`)."""
        if self.offline:
            self.offline.prepare(types)

    def link(self, label: str, type: str, *, aliases: Iterable[str] = (),
             context: str = "", by_surname: bool = True) -> Link | None:
        """The offline link if there is one, else the best Wikidata candidate above threshold."""
        aliases = tuple(aliases)
        found = self.offline.link(label, type, aliases=aliases, context=context,
                                  by_surname=by_surname) if self.offline else None
        if found is not None or type not in CLASSES or self._failed:
            return found
        try:
            return self.search(label, type, aliases=aliases)
        except WikidataError as exc:
            # Offline results stand; one warning, then no more requests this run.
            log.warning("online linking stopped: %s", exc.message)
            self._failed = True
            return None

    def search(self, label: str, type: str, *, aliases: Iterable[str] = ()) -> Link | None:
        """Look ``label`` up on Wikidata; the best candidate of a fitting class, or None."""
        names = [n for n in (label, *aliases) if n]
        hits = self.client.search(label, limit=self.limit)
        if not hits:
            return None
        rank = {h["id"]: i for i, h in reversed(list(enumerate(hits)))}
        entities = self.client.entities(rank)
        scored: list[tuple[float, str, str]] = []
        for qid, entity in entities.items():
            fit = self.class_fit(item_values(entity, "P31"), type)
            if fit == 0.0:
                continue
            forms = [label_of(entity), *aliases_of(entity)]
            hit = next(h for h in hits if h["id"] == qid)
            forms += [(hit.get("match") or {}).get("text", ""), hit.get("label", "")]
            sim = max((_similarity(n, f) for n in names for f in forms if f), default=0.0)
            scored.append((sim * fit * RANK_WEIGHT ** rank[qid], qid, label_of(entity) or hit.get("label", "")))
        if not scored:
            return None
        scored.sort(key=lambda s: (-s[0], s[1]))
        best, qid, best_label = scored[0]
        if len(scored) > 1 and best - scored[1][0] < TIE_MARGIN:
            return None
        if best < self.threshold:
            return None
        return Link(qid, best_label, round(min(best, 1.0), 3), "online")

    def class_fit(self, classes: Iterable[str], type: str) -> float:
        """How well items of these P31 classes fit ``type``: the best listed class, by P279 steps."""
        table = CLASSES.get(type, {})
        best = 0.0
        frontier = list(dict.fromkeys(classes))
        seen = set(frontier)
        for step in range(MAX_STEPS + 1):
            for c in frontier:
                if c in table:
                    best = max(best, table[c] * STEP_WEIGHT ** step)
            if best or step == MAX_STEPS or not frontier:
                break  # a nearer class always beats a farther one
            parents = self._parents(frontier)
            frontier = [p for p in parents if p not in seen]
            seen.update(frontier)
        return best

    def _parents(self, classes: list[str]) -> list[str]:
        todo = [c for c in classes if c not in self._superclasses]
        if todo:
            fetched = self.client.entities(todo)
            for c in todo:
                self._superclasses[c] = item_values(fetched.get(c, {}), "P279")
        return list(dict.fromkeys(p for c in classes for p in self._superclasses[c]))


def _similarity(a: str, b: str) -> float:
    """0..1: token-sorted fuzzy ratio of the normalised strings."""
    return fuzz.token_sort_ratio(lookup_key(a), lookup_key(b)) / 100
