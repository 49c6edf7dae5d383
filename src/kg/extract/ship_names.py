"""A ship named with its navy's prefix, "USS X", "HMS Y" (``lexicon.yaml`` ``ship_prefixes``): the
prefix names the ship's state as a demonym does ("an American frigate"), so a named warship calling
at a port, arriving at a base or received there is its state's use of it (kg.extract.facts.port_calls)."""
from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.gazetteer_index import sole_state
from kg.extract.lexicon import Lexicon
from kg.extract.names import name_run
from kg.extract.nlp import Token
from kg.model import Document, Mention

_PATTERNS: dict[int, re.Pattern[str]] = {}


def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The prefixes, each a whole word followed by a capitalised name ("USS Kidd", not "USS." alone)."""
    pattern = _PATTERNS.get(id(lexicon))
    if pattern is None:
        words = "|".join(re.escape(w) for w in sorted(lexicon.ship_prefixes, key=len, reverse=True))
        pattern = _PATTERNS[id(lexicon)] = re.compile(rf"(?<![\w.-])({words}) (?=[A-Z][a-z])")
    return pattern


def name_ships(doc: Document, lexicon: Lexicon, toks: list[Token], found: list[Mention], gazetteer,
               add: Callable[[Mention], bool]) -> None:
    """Add a State mention, read as a demonym, over each ship's prefix and name: the name's words
    name no place or person of their own ("HMAS Perth" is no city's use)."""
    if not lexicon.ship_prefixes or gazetteer is None:
        return
    at: dict[int, int] | None = None
    for match in _pattern(lexicon).finditer(doc.text):
        at = at if at is not None else {t.start: i for i, t in enumerate(toks)}
        k = at.get(match.start(1))
        qid = sole_state(gazetteer, lexicon.ship_prefixes[match.group(1)])
        if k is None or toks[k].end != match.end(1) or qid is None or k + 1 >= len(toks):
            continue  # (a prefix the tokeniser joined to more: no word of its own)
        j = min(name_run(toks, k + 1), k + 4)
        if j == k + 1:
            continue
        start, end = toks[k].start, toks[j - 1].end
        for f in [f for f in found if start <= f.start and f.end <= end and f.type in _NAME_WORDS]:
            found.remove(f)
        add(Mention(start, end, doc.text[start:end], "State", kind="demonym", qid=qid, sentence=toks[k].sent))


#: What a ship's name's words may have been read as alone: "Perth", "Helena", "Kent".
_NAME_WORDS = frozenset({"Place", "Person", "State"})
