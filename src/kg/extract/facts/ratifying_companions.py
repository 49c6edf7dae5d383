"""States and chambers told alongside whoever ratifies: "A, along with B and C, had ratified it",
"Together with B, A ratified the pact", "A ratified it in May, alongside B". What the clause says of
its subject it says of those who came along; an agreement told alongside ("ratified X together with
Y") is another reading's (:mod:`kg.extract.alongside`)."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity

#: Words that make "with" a companion's: "together with", "along with".
_JOINTLY = frozenset({"together", "along"})
_TYPES = ("State", "Legislature")


def companions(ctx: Context, m: Match, ratifiers: list[Entity]) -> list[Entity]:
    """States and legislatures a "with"/"alongside" phrase on the ratifying verb or on its subject
    adds to ``ratifiers`` (only beside a state or a chamber that ratifies, and only for a verb)."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    if m.args.nominal or not any(e.type in _TYPES for e in ratifiers):
        return []
    out: list[Entity] = []
    for k in [m.trigger.i, *m.tokens.get("ratifier", [])]:
        for p in tree.kids(k, "prep"):
            for o in _companion_objects(tree, toks, p):
                out += [e for e in ctx.resolver.entities(o, _TYPES) if e not in ratifiers and e not in out]
    return out


def _companion_objects(tree, toks, p: int) -> list[int]:
    """The objects of a companion phrase: "alongside B", "together with B", "along with B"."""
    word = toks[p].lower
    if word == "alongside" or word == "with" and any(toks[a].lower in _JOINTLY for a in tree.kids(p, "advmod")):
        return tree.kids(p, "pobj")
    if word in _JOINTLY:  # "along with B": two prepositions
        return [o for w in tree.kids(p, "prep") if toks[w].lower == "with" for o in tree.kids(w, "pobj")]
    return []
