"""Things a sentence names only to say they are not there: "the accord stops short of a defence
pact", "a memorandum rather than a binding treaty", "a statement instead of a formal treaty"."""
from __future__ import annotations

from kg.extract.syntax import Tree


def denied(tree: Tree, i: int) -> bool:
    """Is the noun at token ``i`` said only as what something falls short of, or is rather than?"""
    toks = tree.toks
    t = toks[i]
    h = tree.head(i)
    if h is None:
        return False
    if t.dep == "pobj" and toks[h].lower == "of":
        g = tree.head(h)  # "stops short of a pact", "falls short of an alliance"
        return g is not None and toks[g].lower == "short"
    if t.dep == "conj":
        # "a memorandum rather than a treaty", "a statement instead of a treaty": the second conjunct
        return any(toks[c].lower in {"than", "of"} and any(toks[a].lower in {"rather", "instead"} for a in tree.kids(c, "advmod"))
                   for c in tree.kids(h, "cc") if c < i)
    return False
