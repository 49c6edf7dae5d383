"""Relative pronouns carried along by their preposition ("the pact under which X uses Y", "the base
to which Y was granted access"): the noun the clause describes stands in the phrase."""
from __future__ import annotations

from kg.extract.tree import VERBAL, Tree


def piped(tree: Tree, i: int) -> bool:
    """"the agreement under which X uses Y", "the city in which they met": a relative pronoun
    carried along by its preposition stands for the noun the clause describes (that phrase's
    object, as in "X uses Y under the agreement")."""
    return any(piped_antecedent(tree, i, o) != o for p in tree.kids(i, "prep") for o in tree.kids(p, "pobj"))


def piped_antecedent(tree: Tree, i: int, o: int) -> int:
    """The noun a relative pronoun after a preposition of word ``i`` stands for, else ``o``."""
    if tree.toks[o].lower not in {"which", "whom"}:
        return o
    # the clause's verb: the word itself, or the verb a noun hangs on ("to which Y was given access")
    v = next((a for a in (i, *tree.ancestors(i, 3)) if tree.toks[a].pos in VERBAL), i)
    t = tree.toks[v]
    if o < v and t.dep in {"relcl", "acl"} and t.head != v:
        # ", with which ...": set off by a comma, the clause follows its noun, though the parser may
        # hang it further back ("the leaders ... and the bloc, with which"); a name there may be
        # a complement's ("the pact between A and B, under which"), left to the parser
        before = min(tree.subtree(tree.toks[o].head)) - 2  # the word before the comma before the preposition
        if before > t.head and tree.toks[before + 1].text == "," and tree.toks[before].pos == "NOUN":
            return before
        return t.head
    return o
