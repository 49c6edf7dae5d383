"""The agreement an article tells only by the bare noun, as signed: "The agreement, which covers X,
was inked by A and B". Where the article names no agreement and describes none, the definite noun
has nothing before it to point back to: it speaks of the one agreement in view, an entity by
FORMAT.md, labelled with the article's own word ("agreement"). Read by :mod:`kg.extract.descriptions`
after every other description."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.denied_things import denied
from kg.extract.description_phrases import Description
from kg.extract.document_heads import CONDITIONAL_HEADS, made_by_someone

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from kg.extract.nlp import Token
    from kg.extract.syntax import Tree
    from kg.model import Document

_POINTING = frozenset({"the", "this"})


def agreement_in_view(doc: Document, tree: Tree, toks: Sequence[Token], covered: set[int],
                      found: Sequence[Description], heads: Collection[str]) -> list[Description]:
    """The first bare definite agreement noun a signer signs, where no agreement is named or described."""
    if any(e.type == "Agreement" for e in doc.entities.values()) or any(d.kind == "Agreement" for d in found):
        return []
    for t in toks:
        if t.lemma not in heads or t.lemma in CONDITIONAL_HEADS or t.pos != "NOUN" or t.tag != "NN" or t.i in covered:
            continue
        kids = tree.children[t.i]
        if not any(toks[c].dep == "det" and toks[c].lower in _POINTING for c in kids) \
                or any(toks[c].dep in {"amod", "compound", "nmod", "poss", "nummod"} for c in kids) or denied(tree, t.i):
            continue  # only the bare noun: a modifier or owner makes a description of its own
        if made_by_someone(tree, t):
            return [Description("Agreement", t.sent, t.i, (toks[min(kids)].start if min(kids) < t.i else t.start, t.end),
                                t.lower, t.lower)]
    return []
