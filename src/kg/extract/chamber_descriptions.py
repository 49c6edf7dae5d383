"""One chamber of a legislature told by its rank alone ("the lower house", "the upper chamber of
parliament"): with no state in its phrase it is still a body of its own, the chamber of the state
the article tells of (read by the ratification builder, which puts a body of no known state in the
article's own). A rank set beside a chamber's name ("the Grand Assembly, the lower house") only says which
that named chamber is. Read by :mod:`kg.extract.description_phrases`."""
from __future__ import annotations

from kg.extract.appositions import in_apposition
from kg.extract.description_text import render
from kg.extract.nlp import Token
from kg.extract.syntax import Tree

#: Nouns for one chamber, and the words that rank it.
_CHAMBERS = frozenset({"house", "chamber"})
_RANKS = frozenset({"upper", "lower"})
#: Nouns for the whole a chamber may be "of" without naming a state ("of parliament").
_WHOLE = frozenset({"parliament", "legislature", "congress"})


def ranked_chamber(tree: Tree, t: Token, covered: set[int]) -> tuple[tuple[int, int], str, str] | None:
    """The span, label and core text of a chamber told by its rank only, or None."""
    toks = tree.toks
    if t.lemma not in _CHAMBERS or t.tag not in {"NN", "NNP"}:
        return None  # ("both houses": each state's chamber, no one body)
    ranks = [c for c in tree.children[t.i] if c < t.i and toks[c].lower in _RANKS]
    if len(ranks) != 1 or any(c < t.i and toks[c].dep == "poss" for c in tree.children[t.i]) \
            or ranks[0] > 0 and toks[ranks[0] - 1].tag in {"POS", "PRP$"}:
        return None  # "its upper house", "A and B's upper house" (however parsed): whose is another matter
    if any(i in covered or toks[i].pos == "PROPN" for a in in_apposition(tree, t) for i in tree.subtree(a)):
        return None  # "the Grand Assembly, the lower house of parliament": the named chamber (whatever it was read as)
    of = [o for p in tree.kids(t.i, "prep") if toks[p].lower == "of" for o in tree.kids(p, "pobj")]
    if any(toks[o].lemma not in _WHOLE for o in of):
        return None  # "the upper house of the Zendan Assembly": that assembly's
    core = [ranks[0], t.i]
    return (toks[ranks[0]].start, t.end), render(toks, core), render(toks, core)
