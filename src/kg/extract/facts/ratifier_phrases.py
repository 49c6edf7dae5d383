"""Who ratifies when no ratifier is the frame's own: the owner of an instrument of ratification, the
states a requirement of ratification is said to hold in. Read by :mod:`kg.extract.facts.ratifications`."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity


def instrument_owners(ctx: Context, m: Match) -> list[Entity]:
    """Whose "instrument of ratification" it is: its owner ("Peru deposited its instrument of
    ratification"), the subject of the verb handing it over, or, for instruments exchanged, the
    states the passage pairs."""
    from kg.extract.reference_scope import pair_states

    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    t = m.trigger
    of = tree.head(t.i)
    holder = tree.head(of) if of is not None and toks[of].lower == "of" else None
    if holder is None or toks[holder].lemma != "instrument":
        return []
    owners = [e for c in tree.kids(holder, "poss") for e in ctx.resolver.entities(c, ("State",))]
    verb = tree.head(holder)
    if not owners and verb is not None and toks[verb].pos in {"VERB", "AUX"}:
        owners = [e for k in (tree.kids(verb, "nsubj") + [a for g in tree.kids(verb, "agent") for a in tree.kids(g, "pobj")])
                  for e in ctx.resolver.entities(k, ("State", "Person"))]
        if not owners and toks[verb].lemma == "exchange":
            owners = pair_states(ctx, m.sentence)
    return owners


def where_required(ctx: Context, m: Match) -> list[Entity]:
    """"In A and B, the protocol requires ratification by the legislature": the states where the
    clause governing a ratification noun is said to hold are whose ratification it is."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    g = m.args.governor
    if not m.args.nominal or g is None:
        return []
    places = [c for p in tree.kids(g, "prep") if toks[p].lower == "in" for o in tree.kids(p, "pobj")
              for c in tree.conjuncts(o)]
    return [e for c in places for e in ctx.resolver.entities(c, ("State",)) if e.type == "State"]


def agentless_vote(ctx: Context, m: Match) -> bool:
    """Is the trigger a passive that says no one approving ("it was approved on Monday by 90 votes
    to 12", "the accord was ratified unanimously")? The chamber in view voted, as a report of its
    sitting tells it (a tally is no agent). (From r24-ratify2-passive-tried.)"""
    tree = ctx.resolver.tree
    t = m.trigger.i
    return not m.args.nominal and m.trigger.pos in {"VERB", "AUX"} and tree.toks[t].dep not in {"acl", "amod"} \
        and any(tree.toks[c].dep in {"auxpass", "nsubjpass"} for c in tree.children[t]) \
        and all(tree.is_tally(a) for a in tree.kids(t, "agent")) and not m.roles.get("ratifier")


def body_in_view(ctx: Context, s: int, *, with_state: bool = False) -> list[Entity]:
    """The one legislature the sentence or the two before name: "the Senate will not vote this
    week ... it will now be taken up in February" is that chamber's vote ahead; ``with_state``, a
    chamber of no known state with the one state its sentence names ("In Zenda, the debate in the
    Senate lasted weeks"). (The state part from r24-ratify2-passive-tried.)"""
    from kg.extract.facts.chamber_states import body_state

    for i in range(s, max(-1, s - 3), -1):
        found = ctx.unique(ctx.found(i, "Legislature"))
        if found:
            if len(found) != 1:
                return []
            named = ctx.unique(ctx.found(i, "State"))
            return found + named if with_state and len(named) == 1 and body_state(ctx, found[0]) is None else found
    return []
