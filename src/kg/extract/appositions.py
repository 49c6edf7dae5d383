"""Noun phrases a text sets beside one another with a comma: one thing said twice ("the X
agreement, the ten-year pact under which ..."), however the parser hung the second."""
from __future__ import annotations

from kg.extract.nlp import Token
from kg.extract.syntax import Tree


def in_apposition(tree: Tree, t: Token) -> list[int]:
    """Heads of the noun phrases set beside ``t``'s with a comma: its appositions (the parser may
    hang one on the phrase's last noun: "the agreement with Peru, a ten-year pact"), or a second
    object it took for a sibling ("approved the X agreement, the ten-year pact under which ...")."""
    toks = tree.toks
    if tree.kids(t.i, "conj") or t.dep == "conj":
        return []  # "a trade deal, a defence pact and a visa accord": a list, not one thing twice
    objects = [o for p in tree.kids(t.i, "prep") for o in tree.kids(p, "pobj")]
    out = [a for h in (t.i, *objects) for a in tree.kids(h, "appos")] + ([t.head] if t.dep == "appos" else [])
    if t.dep in {"dobj", "nsubj", "nsubjpass"} and t.head != t.i:
        last, first = max(tree.subtree(t.i)), min(tree.subtree(t.i))
        out += [k for k in tree.kids(t.head, t.dep) if k > t.i and last + 1 < len(toks) and toks[last + 1].text == ","
                and min(tree.subtree(k)) == last + 2]
        # "approved the ratification of the X agreement, the five-year pact": the phrase the comma closes
        chain = [k for k in tree.kids(t.head, t.dep) if k < t.i]
        while chain and first > 1 and toks[first - 1].text == ",":
            k = chain.pop()
            out += [k] if max(tree.subtree(k)) == first - 2 else []
            chain += [o for p in tree.kids(k, "prep") for o in tree.kids(p, "pobj")]
    return [b for b in out if not tree.kids(b, "conj") and toks[b].dep != "conj"]


def said_beside(a, b) -> bool:
    """Are two descriptions (:class:`~kg.extract.description_phrases.Description`) of one kind set
    beside each other in one sentence: one thing, said twice?"""
    return a.kind == b.kind and a.sentence == b.sentence and (b.head in a.beside or a.head in b.beside)
