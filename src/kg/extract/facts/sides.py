"""Whom a signer signs for when the sentence names a side: "On the Indian side, it was signed by
Minister of State X", "signed on the Fijian side by Y", "Signing on the Chilean side was Z", and a
second side told in a remnant clause that shares the verb: "..., and on the Bangladeshi side by W"
(as "signed for A by X, and for B by Y" tells a second state's signer).

A side is a state's part in a two-sided act: "the X side" (a demonym or a state's name before
"side") or "X's side". The signer in that clause signs for that state; the state signs too."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity

#: Prepositions that set a clause on one side: "on the X side", "for the X side", "from the X side".
_SIDE_PREPS = frozenset({"on", "for", "from"})
_SIGNERS = ("Person", "State", "InternationalOrganization")


def side_state(ctx: Context, k: int) -> Entity | None:
    """The state a "side" noun at ``k`` belongs to: "the Australian side", "Fiji's side"."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    if toks[k].lemma != "side" or toks[k].tag != "NN":
        return None
    for c in tree.kids(k, "amod", "compound", "poss", "nmod"):
        f = ctx.resolver.found_at(c)
        if f is not None and f.entity.type == "State":
            return f.entity
    return None


def _sides_on(ctx: Context, g: int) -> list[tuple[int, Entity]]:
    """The side phrases hung on ``g``: (the preposition, the state)."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    out: list[tuple[int, Entity]] = []
    for p in tree.kids(g, "prep"):
        if toks[p].lower in _SIDE_PREPS:
            for o in tree.kids(p, "pobj"):
                state = side_state(ctx, o)
                if state is not None:
                    out.append((p, state))
    return out


def side_principals(ctx: Context, m: Match) -> list[Entity]:
    """The state of a side phrase on the signing itself: "On the X side, it was signed by Y"."""
    return [s for _, s in _sides_on(ctx, m.trigger.i)]


def side_remnants(ctx: Context, m: Match) -> list[tuple[Entity, list[Entity]]]:
    """A second side told without its verb: "signed on the A side by X, and on the B side by Y"
    (or "…; on the B side, by Y"): each remnant's state and the signers of its "by" phrase."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    out: list[tuple[Entity, list[Entity]]] = []
    # (the remnant hung on the verb, or coordinated with its "by" phrase)
    heads = [m.trigger.i, *_by_under(ctx, m.trigger.i)]
    for c in [c for g in heads for c in tree.kids(g, "conj", "gap", "prep") if g == m.trigger.i or toks[c].dep == "conj"]:
        if toks[c].lower not in _SIDE_PREPS or c < m.trigger.i:
            continue  # a remnant opens with its side phrase, after the verb it shares
        for o in tree.kids(c, "pobj"):
            # "…, and on the B side by Y"; "signed for A by X, and for B by Y": whom the remnant signs for
            state = side_state(ctx, o) or (_state_at(ctx, o) if toks[c].lower == "for" else None)
            signers = [e for b in _by_under(ctx, o) for p in tree.kids(b, "pobj")
                       for e in ctx.resolver.entities(p, _SIGNERS)]
            if state is not None and signers:
                out.append((state, signers))
    for b in _by_under(ctx, m.trigger.i):  # "…; on the B side, by Y": the parser hung the side on "by"
        for _, state in _sides_on(ctx, b):
            signers = [e for p in tree.kids(b, "pobj") for e in ctx.resolver.entities(p, _SIGNERS)]
            if signers:
                out.append((state, signers))
    return out


def _state_at(ctx: Context, k: int) -> Entity | None:
    f = ctx.resolver.found_at(k)
    return f.entity if f is not None and f.entity.type == "State" else None


def _by_under(ctx: Context, k: int) -> list[int]:
    """The "by" phrases the parser hung on a side noun: "on the B side by Y"."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    return [p for p in tree.kids(k, "prep", "agent") if toks[p].lower == "by"]
