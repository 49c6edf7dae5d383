"""The words of a complement that describe what a head noun means ("accord [on fisheries]"), and
those that do not: an occasion ("on the sidelines"), an agent or an event the parser hung low, a
parenthesised acronym."""
from __future__ import annotations

from collections.abc import Sequence

from kg.extract.nlp import Token
from kg.extract.tree import Tree

#: What an "on" phrase after an agreement noun may name that says when, not what about.
OCCASIONS = frozenset({"sidelines", "sideline", "margins", "margin", "fringes", "eve", "occasion", "anniversary",
                       "day", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"})
#: Verbs whose clause tells what happened to an agreement, not which one it is ("signed on Monday").
EVENT_VERBS = frozenset({"sign", "reach", "ink", "announce", "conclude", "seal", "agree", "negotiate", "strike",
                         "say", "expect", "approve", "ratify", "describe", "call", "hail"})


def occasion(tree: Tree, p: int) -> bool:
    """Does the "on" phrase at ``p`` name an occasion ("on the sidelines", "on the eve of")?"""
    return any(tree.toks[o].lemma in OCCASIONS or tree.toks[o].lower in OCCASIONS for o in tree.kids(p, "pobj"))


def complement(tree: Tree, c: int, nested: bool = True) -> list[int]:
    """The tokens of a complement, without what is coordinated with it ("in X and at Y") or, when
    not ``nested``, the complements of its own object ("at Souda Bay [on Crete]")."""
    toks = tree.toks
    out, todo = [], [c]
    while todo:
        k = todo.pop()
        out.append(k)
        for j in tree.children[k]:
            dep = toks[j].dep
            if k == c and dep in {"conj", "cc"}:
                continue
            if dep in {"appos"} or toks[j].text in {"(", ")"} or dep == "punct" and toks[j].text != "-":
                continue
            if not nested and k != c and dep in {"prep", "relcl", "acl"}:
                continue
            if k != c and dep == "relcl":
                continue  # "between Chile and Peru, which critics deem ...": a clause about the name
            if k != c and dep == "acl" and toks[j].lemma in EVENT_VERBS:
                continue  # "on training of police, signed in Lima": what happened to it, hung low by the parser
            if k != c and dep == "prep" and toks[j].lower == "on" and occasion(tree, j):
                continue  # "an accord on fisheries on the sidelines of the talks": when, hung low
            if k != c and (dep == "agent" or dep == "prep" and toks[j].lower == "by"):
                continue  # "the signing of an accord on trade by X and Y": who signed it, hung low by the parser
            todo.append(j)
    # a parenthesised acronym inside ("the X Agreement (XA)") is left out of the description
    return sorted(k for k in out if not _in_parentheses(toks, k))


def _in_parentheses(toks: Sequence[Token], k: int) -> bool:
    return 0 < k < len(toks) - 1 and toks[k - 1].text == "(" and toks[k + 1].text == ")"


def term_of(tree: Tree, t: Token, left_span: list[int], procedures: frozenset[str]) -> list[int]:
    """"a status of forces agreement", "the law of the sea convention": the parser hangs a bare
    agreement phrase off the noun before "of"; with no determiner of its own the phrase is the
    rest of one term ("the text of the agreement", "approval of the pact" are not).
    The outer noun and "of", to put before the head's modifiers, or nothing."""
    toks = tree.toks
    of = t.head
    if t.dep != "pobj" or of >= t.i or toks[of].lower != "of" or toks[of].dep != "prep":
        return []
    outer = toks[of].head
    first = left_span[0] if left_span else t.i
    if outer != of - 1 or first != of + 1 or toks[outer].pos != "NOUN" or toks[outer].tag != "NN":
        return []
    if toks[outer].lemma in procedures or toks[outer].lemma in _transparent() \
            or any(toks[i].dep in {"det", "poss"} for i in left_span):
        return []
    return [outer, of]


def _transparent() -> frozenset[str]:
    from kg.extract.frames import load_frames

    return frozenset(load_frames().transparent)
