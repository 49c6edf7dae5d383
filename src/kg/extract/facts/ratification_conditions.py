"""A ratification told as a condition for something else ("a condition for hosting it is that the
member state has ratified the accord", "the requirement that members ratify it") says what must hold
of whoever qualifies, not that any state ratified, refused or means to: no fact. The condition nouns
are ``lexicon.yaml``'s ``conditions``. Read by :mod:`kg.extract.facts.ratifications`."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match

#: Links by which a verb's clause is what a noun or "be" says ("is that ...", "would have to ratify").
_CLAUSE_LINKS = frozenset({"ccomp", "acl", "xcomp", "attr"})


def a_condition(ctx: Context, m: Match) -> bool:
    """Is the ratifying clause the content of a condition noun, itself ("the requirement that X
    ratify it") or through "be" ("a precondition is that X should have ratified it")?"""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    words = ctx.lexicon.conditions
    k = m.args.governor if m.args.nominal and m.args.governor is not None else m.trigger.i
    for _ in range(4):
        t = toks[k]
        if t.dep not in _CLAUSE_LINKS or t.head == k:
            return False
        h = toks[t.head]
        if h.lemma.lower() in words and h.pos in {"NOUN", "PROPN"}:
            return True
        if h.lemma == "be" and any(toks[s].lemma.lower() in words for s in tree.kids(h.i, "nsubj")):
            return True
        k = h.i
    return False
