"""People and states named by their part in a visit (reference resolution, kg.extract.reference):
"his host", "her guest", "the visiting minister", "the host nation", "the visiting side", "her
counterpart". The words are data (``visit_roles`` in ``data/frames.yaml``).

A reader places the passage: the places it names (the reference's sentence — after it only where
something happens, "receive the visitor in X", not "visit X" —, else the three before) lie in the host's state. The host is the person named last who holds an office of
that state, the guest or visitor one of another state (without a place: a state other than the
possessor's, "X thanked his host"); a counterpart holds the possessor's office (the same words) for
another state ("her Peruvian counterpart": for that one). Of several guests, the visiting one is
the person the story follows (named most); of several hosts or counterparts, the one named last.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from kg.extract.description_fits import frames_data
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.reference import Resolver

_LOOK_BACK = 3  # sentences


@functools.cache
def _roles() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in (frames_data().get("visit_roles") or {}).items()}


def by_role(r: Resolver, k: int, types: frozenset[str]) -> list[Entity]:
    """The people or states a noun names by their part in a visit, if it names one."""
    t, roles = r.toks[k], _roles()
    if not roles:
        return []
    mods = {r.toks[c].lower for c in r.tree.kids(k, "amod", "compound", "nmod")}
    if t.lower in roles["host"] or t.lemma in roles["host"] or mods & roles["host_modifiers"]:
        role = "host"
    elif t.lower in roles["guest"] or t.lemma in roles["guest"] or mods & roles["guest_modifiers"]:
        role = "guest"
    elif t.lower in roles["counterpart"] or t.lemma in roles["counterpart"]:
        role = "counterpart"
    else:
        return []
    if r.tree.kids(k, "appos"):
        return []  # "his counterpart, X": the name says who
    state_noun = t.lemma in r.frames.descriptions.get("State", ()) or t.lemma in r.frames.representative
    if "State" in types and state_noun and role != "counterpart" and t.lemma not in {"minister", "official"}:
        return _state(r, k, role)
    if "Person" not in types:
        return []
    return _person(r, k, role)


def _setting(r: Resolver, k: int) -> set[str]:
    """The states the passage is set in: those of the places it names last."""
    s, start = r.toks[k].sent, r.toks[k].start
    for i in range(s, max(-1, s - 1 - _LOOK_BACK), -1):
        # after the reference, only where something happens: "receive the visitor in X", not "to visit X"
        places = [f.entity for f in r.ctx.found(i, "Place", "MilitaryBase", "Facility")
                  if i < s or f.end <= start or _located(r, f.start)]
        states = {c.key for p in places if (c := r.ctx.country_of(p)) is not None}
        if states:
            return states
    return set()


def _located(r: Resolver, at: int) -> bool:
    """Is the name starting at offset ``at`` the object of "in" or "at" (where, not whither)?"""
    k = bisect.bisect_left(r.toks, at, key=lambda t: t.start)
    h = r.tree.head(k) if k < len(r.toks) and r.toks[k].start == at else None
    return h is not None and r.toks[h].lower in {"in", "at"}


def _state(r: Resolver, k: int, role: str) -> list[Entity]:
    """"the host nation", "the visiting side": the state of the setting, or the other one."""
    from kg.extract.reference_scope import pair_states

    setting = _setting(r, k)
    if len(setting) != 1:
        return []
    if role == "host":
        return [r.ctx.doc.entities[next(iter(setting))]] if next(iter(setting)) in r.ctx.doc.entities else []
    others = [e for e in pair_states(r.ctx, r.toks[k].sent) if e.key not in setting]
    return others[:1]


def _person(r: Resolver, k: int, role: str) -> list[Entity]:
    owners = {p: of for p, _, of in r.offices if of in r.ctx.doc.entities and r.ctx.doc.entities[of].type == "State"}
    possessor = next((f.entity.key for c in r.tree.kids(k, "poss") if (f := r.at_token.get(c)) is not None
                      and f.entity.type == "Person"), None)
    named = {e.key for e in r._owners(k, frozenset({"State"}), 0) if e.type == "State"}  # "her Peruvian counterpart"
    if role == "counterpart":
        if possessor is None:
            return []
        offices = {_words(o) for p, o, _ in r.offices if p == possessor}
        home = owners.get(possessor)
        keys = [p for p, o, of in r.offices if p != possessor and _words(o) in offices and of != home
                and (not named or of in named)]
    else:
        words = set(_words(r.toks[k].lemma)) if r.ctx.lexicon.office(r.toks[k].lower) is not None else set()
        setting = _setting(r, k) or ({s for p, s in owners.items() if p != possessor and s != owners.get(possessor)}
                                     if possessor in owners and role == "host" else set())
        if not setting and possessor in owners:  # "X thanked his guest": the one of another state
            keys = [p for p, of in owners.items() if of != owners[possessor]]
        elif not setting:
            return []  # no place, no possessor: nothing tells host from guest
        else:
            keys = [p for p, of in owners.items() if (of in setting) == (role == "host")]
        keys = [p for p in keys if p != possessor and (not named or owners[p] in named)
                and (not words or any(words <= set(_words(o)) for q, o, _ in r.offices if q == p))]
    if role == "guest" and len(set(keys)) > 1:  # "the visiting minister": the one the story follows
        said = [*r.ctx.doc.mentions, *r.ctx.doc.annotations.get("pronouns", ())]
        counts = {p: sum(m.entity == p for m in said) for p in set(keys)}
        top = max(counts.values())
        keys = [p for p in keys if counts[p] == top]
    return _last_named(r, k, set(keys))


def _last_named(r: Resolver, k: int, keys: set[str]) -> list[Entity]:
    """Of these people, the one named last before token k (or, none before, the only one)."""
    if not keys:
        return []
    s, start = r.toks[k].sent, r.toks[k].start
    for i in range(s, -1, -1):
        found = [f.entity for f in r.ctx.found(i, "Person") if f.entity.key in keys and (i < s or f.end <= start)
                 and f.mention.kind != "pronoun"]
        if found:
            return [found[-1]]
    return [r.ctx.doc.entities[next(iter(keys))]] if len(keys) == 1 else []


def _words(office: str) -> tuple[str, ...]:
    return tuple(sorted(re.findall(r"[a-z]+", office.lower())))
