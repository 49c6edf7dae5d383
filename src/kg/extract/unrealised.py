"""Verb forms that tell what did not come about: a modal perfect ("would have let X use") and a
plan's perfect infinitive told in the past ("was to have visited", "was due to have signed"),
both of which say the act was meant or possible and did not happen."""
from __future__ import annotations

from kg.extract.tree import Tree

__all__ = ["unrealised", "unrealised_copula"]

#: Modals whose perfect tells what did not happen: "would have let X use".
_MODALS = frozenset({"would", "could", "might", "should"})
#: Words of a plan whose perfect infinitive after a past "be" did not come about: "was due to have
#: signed", "were supposed to have met", "was meant to have opened".
_PLAN_WORDS = frozenset({"due", "supposed", "meant", "scheduled", "set", "slated", "planned", "billed"})


def unrealised(tree: Tree, k: int) -> bool:
    """Is verb ``k`` told as what did not come about: "would have let", "was to have visited",
    "was due to have signed"? (Not "is said to have visited", nor "was believed to have met":
    a perfect infinitive after a present "be" or a verb of report tells what did happen.)"""
    toks = tree.toks
    if toks[k].tag != "VBN" or not any(toks[c].lower == "have" for c in tree.kids(k, "aux")):
        return False
    if any(toks[c].lower in _MODALS for c in tree.kids(k, "aux")):
        return True
    if not any(toks[c].lower == "to" for c in tree.kids(k, "aux")) or toks[k].dep != "xcomp":
        return False
    h = toks[k].head
    if toks[h].lower in _PLAN_WORDS and toks[h].dep in {"acomp", "xcomp", "ROOT", "conj", "relcl", "advcl", "ccomp"}:
        # "was due to have ...": the plan word's own "be" is the past one
        be = [c for c in tree.kids(h, "aux", "auxpass", "cop")] + ([toks[h].head] if toks[h].dep == "acomp" else [])
        return any(toks[b].lemma == "be" and toks[b].tag == "VBD" for b in be)
    return toks[h].lemma == "be" and toks[h].tag == "VBD"  # "was to have visited"


def unrealised_copula(tree: Tree, k: int) -> bool:
    """Is noun ``k`` the subject or the complement of a "be" told as what did not come about: "the
    visit would have been her first", "it would have been the first signing of its kind"? What such a
    "be" ranks or names is a thing that did not happen (an adjective after it, "would have been
    unthinkable", judges one that may have)."""
    toks = tree.toks
    t = toks[k]
    if t.dep not in {"nsubj", "attr"} or t.head == k:
        return False
    h = t.head
    return toks[h].lemma == "be" and unrealised(tree, h) and bool(tree.kids(h, "attr"))
