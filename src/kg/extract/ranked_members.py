"""The members a counted set is told to hold by rank in the sentences after it: "two agreements
with B. The first, a pact on troop visits, ... The second, an accord on X, ..." ("the first
of them, X"; "The first is X"). Each ranked member is one of the set; the set is no agreement of its
own (:mod:`kg.extract.agreement_sets`) and a clause on it is about each member (:mod:`kg.extract.listing`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.number_words import COUNT_WORDS, ORDINAL_WORDS
from kg.extract.tree import Tree

if TYPE_CHECKING:
    from kg.extract.context import Context
    from kg.model import Entity


def ranked_members(tree: Tree, k: int) -> list[int]:
    """The heads of what the sentences right after plural ``k`` rank ("The first, X"; "the second
    is Y"), when the plural is counted ("two accords") and ranks as many: none otherwise."""
    memo = tree.memo.setdefault("ranked members", {})
    if k not in memo:
        memo[k] = _ranked(tree, k)
    return memo[k]


def _ranked(tree: Tree, k: int) -> list[int]:
    toks = tree.toks
    count = next((COUNT_WORDS.get(toks[c].lower, 0) for c in tree.kids(k, "nummod")), 0)
    if count < 2:
        return []
    s, out, ranks = toks[k].sent, [], []
    j = max(tree.subtree(k)) + 1
    while j < len(toks) and toks[j].sent <= s + count:
        t = toks[j]
        if t.lower in ORDINAL_WORDS and t.sent > s and any(toks[d].lower == "the" for d in tree.kids(j, "det")) \
                and not any(toks[c].pos in {"NOUN", "PROPN"} for c in [tree.head(j)] if c is not None and c > j):
            told = [a for a in tree.kids(j, "appos")]  # "The first, a pact on troop visits,"
            h = tree.head(j)
            if not told and t.dep == "nsubj" and h is not None and toks[h].lemma == "be":
                told = tree.kids(h, "attr")  # "The first is the X Accord"
            if told:
                ranks.append(ORDINAL_WORDS[t.lower])
                out += [c for a in told for c in tree.conjuncts(a)[:1]]
        j += 1
    return out if sorted(ranks) == list(range(1, count + 1)) else []


def ranked_agreements(ctx: Context, k: int) -> list[Entity]:
    """The agreements the sentences after a counted plural at ``k`` rank: its members, each told
    with what the plural is told with ("two accords with B. The first, X ...": X is with B)."""
    return [e for j in ranked_members(ctx.resolver.tree, k) for e in ctx.resolver.entities(j, ("Agreement",))[:1]
            if e.type == "Agreement"]
