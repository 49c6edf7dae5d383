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


def holds_no_ratifying_office(ctx: Context, person: Entity) -> bool:
    """Is the person one the text gives offices, none a leader's ("West Bengal's chief minister backed
    it", "the foreign minister endorsed it")? A state ratifies through its head, not its ministers
    (lexicon ``leader_offices``: president, king, prime minister ...)."""
    held = [str(office).casefold() for who, office, _ in ctx.resolver.offices if who == person.key]
    return bool(held) and not any(o in ctx.lexicon.leader_offices for o in held)
