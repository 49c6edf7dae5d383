"""What tells one summit from another in the words that describe it: its edition (a rank,
"its 12th summit"; a time, "next year's summit", "the last summit") and whether a copula's
subject is a summit already. Read by :mod:`kg.extract.description_phrases` and
:mod:`kg.extract.descriptions`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.number_words import ordinal_in
from kg.extract.syntax import Tree

if TYPE_CHECKING:
    from kg.extract.description_phrases import Description
    from kg.model import Document

#: Time words whose possessive makes a summit another edition: "next year's summit".
EDITION_TIMES = frozenset({"year", "month", "week", "yesterday", "today", "tomorrow", "spring", "summer", "autumn",
                           "winter", "fall"})
#: Adjectives that make a summit another edition than the one in view: "the next summit".
OTHER_EDITION = frozenset({"next", "previous", "last", "preceding", "following"})




def rank_of(label: str) -> int | None:
    """The edition a summit's words give: "its 12th summit" 12, "a second summit" 2."""
    m = re.search(r"\b(\d+)(?:st|nd|rd|th)\b", label)
    if m:
        return int(m.group(1))
    return ordinal_in(label)


def said_of_a_summit(tree: Tree, verb: int, covered: set[int]) -> bool:
    """Is the subject of this copula a summit already (a pronoun, a summit noun, a name), so that
    its complement says what that summit is? "Wednesday's talks were the second summit between
    the two men" tells a summit of talks no summit noun named."""
    toks = tree.toks
    for s in tree.kids(verb, "nsubj", "nsubjpass"):
        return toks[s].pos == "PRON" or toks[s].lemma in {"summit", "meeting", "gathering"} or s in covered
    return True


def another_time(tree: Tree, c: int) -> bool:
    """"Next year's", "last week's": a time that makes a summit another edition; "this year's",
    "today's" are the one in view."""
    words = [tree.toks[i] for i in tree.subtree(c)]
    return any(t.lemma in EDITION_TIMES - {"today"} for t in words) and not any(
        t.lower in {"this", "current"} for t in words)


def a_further_one(tree: Tree, k: int, rank: int | None) -> bool:
    """"a second peace summit", "a third summit": an indefinite summit with a rank past the first
    is a further edition, not the named one whose words it shares."""
    return (rank or 0) > 1 and any(tree.toks[c].lower in {"a", "an"} for c in tree.kids(k, "det"))


def another_rank(doc: Document, d: Description, found: list[Description]) -> bool:
    """"its 47th summit ... the 46th summit": a rank no summit told so far has is another edition
    ("the first summit" beside a numbered one is a first of a kind: "its first summit since ...")."""
    rank = rank_of(d.label)
    if rank == 1:
        return False
    told = {rank_of(x) for x in [*(e.label for e in doc.entities.values() if e.type == "Summit"),
                                 *(f.label for f in found if f.kind == "Summit")]} - {None}
    return rank is not None and bool(told) and rank not in told
