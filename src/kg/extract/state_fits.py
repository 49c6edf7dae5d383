"""Which states a description of a state may name (``state_fits`` in ``data/frames.yaml``): "the
kingdom" is a monarchy, "the island nation" an island state, "the Red Sea nation" a state on the Red
Sea, "the nuclear-armed South Asian nation" one of South Asia. The head noun's set and each
modifier's must all hold; a description with no listed word says nothing of which state it is.

A place or region before a state noun ("the Red Sea nation", "the Indian Ocean island state") is
that noun's modifier, no mention of the place: :func:`modifies_a_state_noun` tells the mention finder.
"""
from __future__ import annotations

import functools
import re

from kg.extract.description_fits import frames_data

#: Nouns for a state a place's name may qualify ("the Red Sea nation"); "island" and "archipelago"
#: are left out: "Jeju island" is a place named with its noun.
STATE_NOUNS = frozenset({"nation", "nations", "country", "countries", "state", "states", "kingdom", "republic",
                         "emirate", "sultanate", "monarchy", "principality", "neighbour", "neighbor",
                         "neighbours", "neighbors", "city-state"})
#: State nouns that also name a place ("the small island off the coast"): read only near a fitting state.
PLACE_NOUNS = frozenset({"island", "islands", "archipelago"})
#: Words that may stand between the place and the noun ("the Indian Ocean island nation").
_BETWEEN = frozenset({"island", "islands", "archipelago", "coastal", "littoral", "-"})
#: What tells a determiner before "state": "the Red Sea state", not "Rakhine state" (a unit's name).
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "another", "fellow", "neighbouring", "neighboring"})


@functools.cache
def _table() -> tuple[dict[str, frozenset[str]], dict[tuple[str, ...], frozenset[str]]]:
    raw = frames_data().get("state_fits") or {}
    nouns = {n: frozenset(v) for n, v in (raw.get("nouns") or {}).items()}
    mods = {tuple(re.split(r"[ -]+", m.lower())): frozenset(v) for m, v in (raw.get("modifiers") or {}).items()}
    return nouns, mods


def fitting_codes(noun: str, modifiers: list[str]) -> frozenset[str] | None:
    """The ISO codes of the states a description headed by ``noun`` (a lemma) with these modifier
    words (in order) may name; ``None`` when no word of it tells."""
    nouns, mods = _table()
    out = nouns.get(noun.lower())
    words = [w for m in modifiers for w in re.split(r"[ -]+", m.lower()) if w]
    taken = [False] * len(words)
    for key in sorted(mods, key=len, reverse=True):  # "gulf of guinea" before "gulf"
        n = len(key)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == key and not any(taken[i:i + n]):
                taken[i:i + n] = [True] * n
                out = mods[key] if out is None else out & mods[key]
    return out


def state_code(gazetteer, entity) -> str | None:
    """A state's ISO code, from the gazetteer."""
    entry = gazetteer.get(entity.qid) if gazetteer is not None and entity.qid else None
    extra = getattr(entry, "extra", None) or {}
    code = extra.get("iso2") if isinstance(extra, dict) else None
    return str(code) if code else None


def modifies_a_state_noun(toks, first: int, last: int) -> bool:
    """Do tokens first..last (a place's name) qualify a state noun after them: "the Red Sea nation",
    "a Gulf state", "the Indian Ocean island nation"? "Rakhine state" (no determiner) names a unit."""
    j = last + 1
    while j < len(toks) and j <= last + 3 and toks[j].lower in _BETWEEN and toks[j].sent == toks[last].sent:
        j += 1
    if j >= len(toks) or toks[j].sent != toks[last].sent or toks[j].lower not in STATE_NOUNS or toks[j].is_cap \
            or toks[j].dep == "compound":  # "the Washington state legislature"
        return False
    if toks[j].lower in {"state", "states"}:
        return first > 0 and (toks[first - 1].lower in _DETERMINERS or toks[first - 1].pos == "ADJ")
    return True


def drop_state_modifiers(toks, found: list) -> None:
    """Remove each place mention that only qualifies a state noun ("the Red Sea nation" is no
    mention of the Red Sea): the description names a state, resolved by the reference resolver."""
    first = {t.start: t.i for t in toks}
    last = {t.end: t.i for t in toks}
    keep = []
    for m in found:
        a, b = first.get(m.start), last.get(m.end)
        if m.type == "Place" and a is not None and b is not None and modifies_a_state_noun(toks, a, b):
            continue
        keep.append(m)
    found[:] = keep
