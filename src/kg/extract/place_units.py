"""A region told with its administrative noun: "the Donetsk region", "the province of Cadiz",
"Syunik Province" name one place, and readers use the name with and without the noun (aliases).
A name with such a noun is a place, whatever a tagger made of it ("Al Wusta Governorate"). The
nouns are ``unit_nouns`` in ``data/lexicon.yaml``."""
from __future__ import annotations

import functools
import re

from kg.model import Document, Entity


@functools.lru_cache(maxsize=4)
def _patterns(nouns: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    after = re.compile(rf"\s+({words})\b(?![-\w])", re.IGNORECASE)  # "X region"
    before = re.compile(rf"\b({words})\s+of\s+(?:the\s+)?$", re.IGNORECASE)  # "the province of X"
    return after, before


def add_unit_aliases(doc: Document, entities: dict[str, Entity]) -> None:
    """Each place told with an administrative noun: its name with and without the noun."""
    from kg.extract.lexicon import load_lexicon

    nouns = load_lexicon().unit_nouns
    if not nouns:
        return
    after, before = _patterns(nouns)
    text = doc.text
    for m in doc.mentions:
        ent = entities.get(m.entity) if m.entity else None
        if ent is None or ent.type not in {"Place", "Person"} or m.kind == "pronoun":
            continue
        words = m.text.split()
        told_after = after.match(text, m.end, min(len(text), m.end + 20))
        if ent.type == "Person":
            if ent.qid or not (len(words) > 1 and words[-1].lower() in nouns or told_after and told_after.group(1)[0].isupper()):
                continue
            ent.type = m.type = "Place"  # "Syunik Province", "Al Wusta Governorate": a place, not a person
        if len(words) > 1 and words[-1].lower() in nouns:
            ent.aliases.add(" ".join(words[:-1]))
        if told_after is not None:
            ent.aliases.add(f"{m.text} {told_after.group(1)}")
        told_before = before.search(text, max(0, m.start - 30), m.start)
        if told_before is not None:
            ent.aliases.add(f"{told_before.group(1).lower()} of {m.text}")
