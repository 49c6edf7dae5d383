"""Things a sentence names only to say they are not there: "the accord stops short of a defence
pact", "a memorandum rather than a binding treaty", "a statement instead of a formal treaty"; and
agreement as someone's consent, no document: "subject to the agreement of the host state"."""
from __future__ import annotations

from kg.extract.nlp import Token
from kg.extract.syntax import Tree


def denied(tree: Tree, i: int) -> bool:
    """Is the noun at token ``i`` said only as what something falls short of, or is rather than?"""
    toks = tree.toks
    t = toks[i]
    h = tree.head(i)
    if h is None:
        return False
    if consent(tree, t):
        return True
    if t.dep == "pobj" and toks[h].lower in {"than", "of"} \
            and any(toks[a].lower in {"rather", "instead"} for a in [*tree.kids(h, "advmod"), *[g for g in [tree.head(h)] if g is not None]]):
        return True  # "a framework for trade rather than joint drills": the parser's "than" phrase
    if t.dep == "pobj" and toks[h].lower == "of":
        g = tree.head(h)  # "stops short of a pact", "falls short of an alliance"
        return g is not None and toks[g].lower == "short"
    if t.dep == "conj":
        # "a memorandum rather than a treaty", "a statement instead of a treaty": the second conjunct
        return any(toks[c].lower in {"than", "of"} and any(toks[a].lower in {"rather", "instead"} for a in tree.kids(c, "advmod"))
                   for c in tree.kids(h, "cc") if c < i)
    return False


#: Prepositions whose "agreement of X" is X's consent: "with the agreement of the host nation".
_CONSENTING = frozenset({"with", "without", "upon", "pending"})


def consent(tree: Tree, t: Token) -> bool:
    """"Subject to the agreement of the host state", "only with the agreement of X", "by mutual
    agreement": agreement as someone's consent, no document."""
    toks = tree.toks
    if t.lemma != "agreement" or t.dep != "pobj" or t.head == t.i:
        return False
    p = toks[t.head]
    whose = any(toks[c].lower == "of" for c in tree.kids(t.i, "prep"))
    return p.lower in _CONSENTING and whose or p.lower == "to" and toks[p.head].lower == "subject" \
        or p.lower == "by" and not tree.kids(t.i, "det", "poss")
