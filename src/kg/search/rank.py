"""Ranking entities for a name: exact names first, then rapidfuzz similarity, then popularity.

Two modes share the index:

* :func:`match` — reconciliation and search: the whole name against every name an entity goes
  by (label, aliases, acronyms), scored 0–100 with rapidfuzz (``ratio`` for spelling,
  ``token_set_ratio`` for word order and missing words, the latter weighed down so "Ruiz"
  ranks "Ana Ruiz" below an exact "Ruiz"). A batch of names is scored in one
  ``rapidfuzz.process.cdist`` call.
* :func:`complete` — autocomplete (suggest, the search box): names that start with what was
  typed, then names with a word that does, then :func:`match`'s fuzzy hits.

An id, IRI or Wikidata QID typed as the name finds its entity directly (score 100).
:func:`safe_match` says when the top hit is certain enough to be matched without a person.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from kg.rdf.identity import initials
from kg.search.index import (
    ACRONYM,
    ALIAS,
    LABEL,
    WIKIDATA,
    Entity,
    EntityIndex,
    entity_iri,
)
from kg.search.names import strip_titles
from kg.text import name_key

#: Lowest score a fuzzy hit may have.
MIN_SCORE = 50.0
#: Weight of word-set similarity, below 1 so a name's part never ties with the whole name.
PARTIAL_WEIGHT = 0.9
#: Share of the word-set score that depends on how much of the longer name the shorter covers.
COVERAGE_WEIGHT = 0.2
#: Score of a name with the query's initials.
INITIALS_SCORE = 92.0
#: Factor on the score of an entity of another type than the query asks for.
OFF_TYPE = 0.8
#: Candidates kept per query before sorting (beyond exact and id hits).
SHORTLIST = 100
#: Autocomplete falls back on fuzzy hits for at least this many letters, scoring at least this.
FUZZY_PREFIX, SUGGEST_FUZZY = 3, 70.0
_QID = re.compile(r"^(?:wd:|(?:https?://www\.wikidata\.org/(?:entity|wiki)/))?(Q[1-9][0-9]*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    """An entity found for a query and why: score 0–100, the name that matched, how."""

    entity: Entity
    score: float
    name: str
    exact: bool = False  # the query is one of the entity's names (after normalisation)
    by_id: bool = False  # the query is the entity's id, IRI or Wikidata QID
    type_match: bool | None = None  # None: the query named no type
    name_kind: int = LABEL


@dataclass(frozen=True)
class Query:
    """A name to look for, with the types (kg class names) it should have; () for any."""

    text: str
    types: tuple[str, ...] = ()


def match(index: EntityIndex, queries: Sequence[Query], *, limit: int | None = None) -> list[list[Hit]]:
    """Ranked hits for each query, best first (each list cut at ``limit``)."""
    if not queries:
        return []
    variants = []  # (query number, key, persons only)
    for n, query in enumerate(queries):
        key = name_key(query.text)
        variants.append((n, key, False))
        stripped = strip_titles(key)
        if stripped != key:
            variants.append((n, stripped, True))
    scores = _similarity([v[1] for v in variants], index.keys)
    persons = index.type_mask(("Person",))[index.owners] if len(index) else np.zeros(0, dtype=bool)
    by_query: dict[int, np.ndarray] = {}
    for row, (n, _key, persons_only) in enumerate(variants):
        name_scores = np.where(persons, scores[row], 0.0) if persons_only else scores[row]
        by_query[n] = name_scores if n not in by_query else np.maximum(by_query[n], name_scores)
    return [_rank(index, query, by_query[n], limit) for n, query in enumerate(queries)]


def _similarity(keys: list[str], names: list[str]) -> np.ndarray:
    """rows: query keys, columns: name keys; 0–100 (exact names are set by the caller)."""
    if not names:
        return np.zeros((len(keys), 0), dtype=np.float32)
    # Scores below the cut-off are 0 to rapidfuzz, which lets it skip hopeless pairs early.
    ratio = process.cdist(keys, names, scorer=fuzz.ratio, dtype=np.float32, score_cutoff=MIN_SCORE)
    words = process.cdist(keys, names, scorer=fuzz.token_set_ratio, dtype=np.float32,
                          score_cutoff=MIN_SCORE / PARTIAL_WEIGHT)
    # token_set_ratio is 100 whenever one side's words are all in the other: weigh it by how
    # much of the longer name the shorter covers, so "North" is a weak hit for "North Atlantic
    # Treaty Organisation" and "North Atlantic Treaty" a better one.
    query_lengths = np.asarray([len(k) for k in keys], dtype=np.float32)[:, None]
    name_lengths = np.asarray([len(n) for n in names], dtype=np.float32)[None, :]
    coverage = np.minimum(query_lengths, name_lengths) / np.maximum(np.maximum(query_lengths, name_lengths), 1)
    return np.maximum(ratio, words * PARTIAL_WEIGHT * (1 - COVERAGE_WEIGHT + COVERAGE_WEIGHT * coverage))


def _rank(index: EntityIndex, query: Query, name_scores: np.ndarray, limit: int | None) -> list[Hit]:
    key = name_key(query.text)
    exact_names = index.exact(query.text)
    if query.types == () or "Person" in query.types:
        stripped = strip_titles(key)
        if stripped != key:
            exact_names += [p for p in index.exact(stripped) if "Person" in index.entities[index.owners[p]].types]
    name_scores = name_scores.copy()
    # Names with the query's initials (identity's rule: "People's Liberation Army Navy" and
    # "PLA Navy" are both PLAN) rank above partial word matches, below exact names.
    letters = initials(query.text)
    if letters:
        same = index.by_initials.get(letters, [])
        name_scores[same] = np.maximum(name_scores[same], INITIALS_SCORE)
    name_scores[exact_names] = 100.0
    entity_scores = np.zeros(len(index), dtype=np.float32)
    np.maximum.at(entity_scores, index.owners, name_scores)
    typed = bool(query.types)
    if typed:
        entity_scores = np.where(index.type_mask(query.types), entity_scores, entity_scores * OFF_TYPE)
    by_id = _by_identifier(index, query.text)
    chosen = set(by_id) | {int(index.owners[p]) for p in exact_names}
    candidates = np.flatnonzero(entity_scores >= MIN_SCORE)
    if len(candidates) > SHORTLIST:
        candidates = candidates[np.argpartition(-entity_scores[candidates], SHORTLIST)[:SHORTLIST]]
    chosen.update(int(i) for i in candidates)
    exact_set = set(exact_names)
    hits = []
    for i in chosen:
        entity = index.entities[i]
        type_match = bool(index.type_mask(query.types)[i]) if typed else None
        positions = index.positions[i] if i not in by_id else []
        best = max(positions, key=lambda p: (name_scores[p], -index.kinds[p]), default=None)
        if i in by_id:
            hits.append(Hit(entity, 100.0, entity.label, exact=False, by_id=True, type_match=type_match))
            continue
        assert best is not None
        hits.append(Hit(entity, round(float(entity_scores[i]), 2), index.texts[best],
                        exact=best in exact_set, type_match=type_match, name_kind=index.kinds[best]))
    hits.sort(key=lambda h: (-h.score, not h.by_id, not h.exact, h.name_kind, -h.entity.articles,
                             h.entity.label.casefold(), h.entity.iri))
    return hits[:limit] if limit is not None else hits


def _by_identifier(index: EntityIndex, text: str) -> list[int]:
    """Entities the text names by kg id, IRI or Wikidata QID."""
    text = text.strip()
    if not text:
        return []
    qid = _QID.match(text)
    if qid:
        return list(index.by_qid.get(qid.group(1).upper(), ()))
    if " " in text:
        return []
    i = index.by_iri.get(entity_iri(text))
    return [] if i is None else [i]


def safe_match(hits: Sequence[Hit]) -> Hit | None:
    """The hit that is certainly what the query names, or None when a person should choose.

    Certain means: the query gave the entity's id or QID (and only one entity has it), or
    it is exactly one of the entity's names and no other entity of the asked-for types goes
    by that name; an entity of another type than asked for is never matched.
    """
    by_id = [h for h in hits if h.by_id]
    if by_id:
        return by_id[0] if len(by_id) == 1 and by_id[0].type_match is not False else None
    exact = [h for h in hits if h.exact and h.type_match is not False]
    if len(exact) == 1:
        return exact[0]
    return None


def complete(index: EntityIndex, text: str, *, types: tuple[str, ...] = (), limit: int = 10,
             offset: int = 0) -> list[Hit]:
    """Autocomplete: names starting with ``text``, then with a word starting with it, then
    fuzzy hits; entities of ``types`` only (all when empty); popular entities first in a tier.

    An empty ``text`` lists every entity (of ``types``), the most written about first.
    """
    key = name_key(text)
    wanted = index.type_mask(types) if types else None
    best: dict[int, tuple[float, int]] = {}  # entity -> (score, name position)
    for position, name in enumerate(index.keys):
        owner = int(index.owners[position])
        if wanted is not None and not wanted[owner]:
            continue
        if not key:
            score = 100.0
        elif name.startswith(key):
            score = 100.0 if name == key else 95.0
        elif (" " + key) in (" " + name):
            score = 90.0
        else:
            continue
        if owner not in best or (score, -index.kinds[position]) > (best[owner][0], -index.kinds[best[owner][1]]):
            best[owner] = (score, position)
    hits = [Hit(index.entities[i], score, index.texts[p], exact=score == 100.0 and bool(key),
                type_match=True if types else None, name_kind=index.kinds[p]) for i, (score, p) in best.items()]
    hits += [h for h in _by_identifier_hits(index, text) if h.entity.iri not in {x.entity.iri for x in hits}]
    hits.sort(key=lambda h: (-h.score, h.name_kind, -h.entity.articles, h.entity.label.casefold(), h.entity.iri))
    if len(key) >= FUZZY_PREFIX and len(hits) < offset + limit:  # too few by prefix: spelling mistakes
        seen = {h.entity.iri for h in hits}
        fuzzy = match(index, [Query(text, types)])[0]
        hits += [h for h in fuzzy if h.entity.iri not in seen and h.type_match is not False
                 and SUGGEST_FUZZY <= h.score < 90.0]
    return hits[offset:offset + limit]


def _by_identifier_hits(index: EntityIndex, text: str) -> list[Hit]:
    return [Hit(index.entities[i], 100.0, index.entities[i].label, by_id=True) for i in _by_identifier(index, text)]


def qid_of(text: str) -> str | None:
    """``Q30`` from ``Q30``, ``wd:Q30`` or a Wikidata entity URL; None otherwise.

    >>> qid_of("http://www.wikidata.org/entity/Q159"), qid_of("q30"), qid_of("Russia")
    ('Q159', 'Q30', None)
    """
    found = _QID.match(text.strip())
    return found.group(1).upper() if found else None


__all__ = ["ACRONYM", "ALIAS", "LABEL", "WIKIDATA", "Hit", "Query", "complete", "match", "qid_of", "safe_match"]
