"""A document's title in its other order: "the Treaty on Open Skies" is "the Open Skies Treaty", "the
Chemical Weapons Convention" the "Convention on Chemical Weapons". Readers name a treaty either way in
one article; :func:`kg.extract.entities.resolve_entities` lets either form find the other's entity."""
from __future__ import annotations

import re

#: The prepositions that put a title's topic after its head noun.
_TOPIC = ("on", "of")


def other_orders(name: str, heads: frozenset[str]) -> set[str]:
    """The forms of a capitalised agreement name with its topic on the other side of its head: "X Treaty
    on Y" (its owners' words before the head too) is "Y Treaty"; "Y Treaty" is "Treaty on Y" and
    "Treaty of Y". None for a name whose head has no topic ("the Treaty") or more than one head."""
    words = name.split()
    at = [i for i, w in enumerate(words) if w.lower() in heads]
    if len(at) != 1:
        return set()
    i = at[0]
    head, before, after = words[i], words[:i], words[i + 1:]
    if len(after) > 1 and after[0].lower() in _TOPIC and all(_capitalised(w) for w in after[1:]) and after[1:][0].lower() != "the":
        return {" ".join([*after[1:], head])}
    if not after and before and all(_capitalised(w) for w in before):
        return {f"{head} {p} {' '.join(before)}" for p in _TOPIC}
    return set()


def _capitalised(word: str) -> bool:
    return bool(re.match(r"[A-Z0-9]", word))
