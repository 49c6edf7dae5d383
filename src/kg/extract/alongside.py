"""What a clause tells beside its object: "ratified the treaty, together with agreements on X and
on Y", "signed the pact along with a protocol", "approved the accord as well as two annexes",
"alongside it, accords on A". Such a phrase shares the verb (what is done to the object is done
to it) but is no topic of its own: "it" in the next sentence is the object, not what came along.
Read by :mod:`kg.extract.agreement_references` and :mod:`kg.extract.facts.ratified_together`."""
from __future__ import annotations

from kg.extract.syntax import Tree

#: Words that make "with" add to what a clause is about: "together with", "along with".
_ADDING = frozenset({"together", "along"})


def alongside_phrase(tree: Tree, i: int) -> int | None:
    """The token opening the phrase token ``i`` is told alongside in ("with" of "together with",
    "alongside", the second "as" of "as well as"), climbing at most six steps and never past a verb."""
    toks = tree.toks
    k: int | None = i
    for _ in range(6):
        if k is None or toks[k].pos in {"VERB", "AUX"}:
            return None
        t = toks[k]
        if t.lower == "with" and t.dep == "prep" and (toks[t.head].lower in _ADDING or any(
                toks[c].lower in _ADDING for c in tree.kids(k, "advmod"))):
            return k
        if t.lower == "alongside" and t.dep == "prep" and k != i:
            return k
        if t.dep == "conj" and any(toks[c].lower == "as" and any(toks[w].lower == "well" for w in tree.kids(c, "advmod"))
                                   for c in tree.kids(t.head, "cc")):
            return k  # "the treaty as well as agreements on ...": the parser coordinates them
        k = tree.head(k)
    return None


def verb_of(tree: Tree, k: int) -> int | None:
    """The verb the phrase at ``k`` hangs on, through the object it may be hung on."""
    toks = tree.toks
    h: int | None = k
    for _ in range(4):
        h = tree.head(h) if h is not None else None
        if h is None or toks[h].pos in {"VERB", "AUX"}:
            return h
    return None
