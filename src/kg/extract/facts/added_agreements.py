"""Agreements a clause adds to the one its verb takes: "signed X along with Y", "ratified X
together with Y", "signed X, as well as Y", "alongside Y". What is done to the first is done to
the added one (a state or person after "with" is a partner, not an agreement). Read by
:func:`kg.extract.facts.treaties.agreements_of`."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity

#: Prepositions that add a thing to the verb's object ("along with" and "together with" are read
#: at their "with").
_ADDING = frozenset({"alongside", "plus"})


def added_agreements(ctx: Context, m: Match, found: list[Entity]) -> list[Entity]:
    """The agreements phrases on the trigger's verb add to ``found`` (its own agreements)."""
    if m.args.nominal or not found:
        return []
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    v = m.trigger.i
    heads: list[int] = []
    for p in tree.kids(v, "prep"):
        with_ = [p] if toks[p].lower == "with" and any(toks[c].lower == "together" for c in tree.kids(p, "advmod")) else []
        with_ += [w for w in tree.kids(p, "prep") if toks[p].lower == "along" and toks[w].lower == "with"]
        with_ += [p] if toks[p].lower in _ADDING else []
        heads += [o for w in with_ for o in tree.kids(w, "pobj")]
    # "signed X on Monday, as well as Y": the parser makes Y the verb's conjunct
    heads += [c for c in tree.kids(v, "conj") if toks[c].pos in {"NOUN", "PROPN"}
              and any(toks[x].lower == "as" for x in tree.kids(v, "cc"))]
    out: list[Entity] = []
    for h in heads:
        out += [e for e in ctx.resolver.entities(h, ("Agreement",)) if e.type == "Agreement" and e not in found and e not in out]
    return out
