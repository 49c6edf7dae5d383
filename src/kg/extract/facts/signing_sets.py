"""The members of a set of documents signed, told in the sentence after: "A package of documents
was signed. Among them is X": X was signed at that signing too. Read by
:mod:`kg.extract.facts.treaties`."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity


def members_told_next(ctx: Context, m: Match) -> list[Entity]:
    """The agreements the next sentence places among the plural a signing is of, when it opens
    with "Among them" and a form of "be" ("Among them was X and Y", "Among them are X")."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    plural = any(toks[j].tag in {"NNS", "NNPS"} for k in m.tokens.get("agreement", [])
                 for j in [k, *(o for p in tree.kids(k, "prep") if toks[p].lower == "of" for o in tree.kids(p, "pobj"))])
    if not plural or m.sentence + 1 >= len(ctx.doc.sentences):
        return []
    words = ctx.tokens(m.sentence + 1)
    if len(words) < 4 or words[0].lower != "among" or words[1].lower != "them" or words[1].head != words[0].i:
        return []
    be = words[0].head
    if toks[be].lemma != "be" or tree.kids(be, "neg"):
        return []
    out: list[Entity] = []
    for k in tree.kids(be, "attr", "nsubj"):
        if k != words[1].i:
            out += [e for e in ctx.resolver.entities(k, ("Agreement",)) if e.type == "Agreement" and e not in out]
    return out
