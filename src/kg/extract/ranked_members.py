"""The members a counted set is told to hold by rank in the sentences after it: "two agreements
with B. The first, a pact on troop visits, ... The second, an accord on X, ..." ("the first
of them, X"; "The first is X"), or one by one in its own sentence ("two accords: one on X, the
other on Y"). Each member is one of the set; the set is no agreement of its own
(:mod:`kg.extract.agreement_sets`) and a clause on it is about each member (:mod:`kg.extract.listing`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.nlp import Token
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


#: What tells the items of a counted set one by one: "one on X, the other on Y", "one ..., another ...".
_FIRST_ITEM, _NEXT_ITEMS = "one", frozenset({"other", "another", "second", "third"})


def told_one_by_one(tree: Tree, t: Token, count: int) -> list[tuple[int, list[int]]]:
    """The items a counted plural's sentence tells one by one after it: "signed two accords: one on
    fishing, the other on policing" -> ("on", fishing), ("on", policing); "two memoranda, one setting
    X and another on Y". Each item opens with "one" or a word of the next ones and its words with a
    preposition or a participle, as many as the count; none otherwise ("one with A, the other with B"
    tells partners, not topics)."""
    toks, end = tree.toks, max(tree.subtree(t.i))
    after = [k for k in toks[t.i + 1:] if k.sent == t.sent]
    starts = [k.i for k in after if k.lower == _FIRST_ITEM and toks[k.i - 1].pos == "PUNCT"][:1]
    if not starts or starts[0] > end + 2 and toks[starts[0] - 1].text not in {":", ",", "—", "–", "-"}:
        return []
    starts += [k.i for k in after if k.i > starts[0] and k.lower in _NEXT_ITEMS and (
        toks[k.i - 1].lower in {"the", "a"} and toks[k.i - 2].lower in {",", "and", ";"} or toks[k.i - 1].lower in {",", "and", ";"})]
    if len(starts) != count:
        return []
    out = []
    for a, b in zip(starts, [*starts[1:], after[-1].i + 1]):
        words = [i for i in range(a + 1, b) if not (toks[i].pos in {"PUNCT", "CCONJ", "DET"} and (
            i >= b - 2 or toks[i + 1].lower in _NEXT_ITEMS))]
        words = words[:next((n for n, i in enumerate(words) if toks[i].text in {",", ";", "—", "–"} and b > starts[-1] == a), len(words))]
        if len(words) < 2 or not (toks[words[0]].pos == "ADP" and toks[words[0]].lower != "with" or toks[words[0]].tag in {"VBG", "VBN"}):
            return []
        out.append((words[0], words[1:]))
    return out


def members_one_by_one(tree: Tree, k: int) -> list[int]:
    """A word of each item a counted plural at ``k`` is told by one by one ("signed two accords: one
    on X, the other on Y"): where each item's agreement is mentioned, for a clause on the plural."""
    count = next((COUNT_WORDS.get(tree.toks[c].lower, 0) for c in tree.kids(k, "nummod")), 0)
    return [words[0] for _, words in told_one_by_one(tree, tree.toks[k], count)] if count > 1 else []
