"""A region's or a sea's one-word name used as a modifier names no place: "a fortnight of Pacific
diplomacy", "our Caribbean family", "the Gulf states" speak of something of the region, which a
reader does not record as the place itself ("the Pacific" and "in the Caribbean" still name it).
Read by :func:`kg.extract.special_mentions.retype_by_context`."""
from __future__ import annotations

from kg.extract.lexicon import Lexicon
from kg.extract.nlp import Token
from kg.model import Mention


def drop_region_modifiers(lexicon: Lexicon, toks: list[Token], found: list[Mention]) -> None:
    """Remove each place mention of one word, a listed region or a sea's adjective, that the parse
    hangs on a lower-case noun right after it."""
    names = lexicon.regions | {w.lower() for w in lexicon.sea_adjectives}
    at = {t.start: t for t in toks}
    for m in [m for m in found if m.type == "Place" and " " not in m.text and m.text.lower() in names]:
        t = at.get(m.start)
        if t is None or t.end != m.end or t.dep not in {"compound", "amod"} or t.head != t.i + 1:
            continue
        nxt = toks[t.i + 1 - toks[0].i] if 0 <= t.i + 1 - toks[0].i < len(toks) else None
        if nxt is not None and nxt.pos == "NOUN" and nxt.text[:1].islower():
            found.remove(m)
