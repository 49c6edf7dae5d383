"""Where a participation frame with no summit of its own takes place: with a person or state one
joins (at the summit in view), or at some other gathering its sentence names (not at it)."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity

#: Nouns of the edge of a gathering: "on the sidelines of X", "on the margins of X".
_EDGES = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})
#: Prepositions that put a meeting at a gathering: "at X", "during X", "on the sidelines of X".
_AT = ("at", "during", "on")


def joins_someone(ctx: Context, m: Match) -> bool:
    """"The presidents of A and B joined him", "C joined the host": joining a person or a state is
    being where they are, at the summit in view, not taking part in that person."""
    r = ctx.resolver
    if m.trigger.lemma != "join":
        return False
    people = r.frames.descriptions.get("Person", ())
    return all(r.toks[k].pos == "PRON" or r.toks[k].lemma in people
               or (f := r.at_token.get(k)) is not None and f.entity.type in {"Person", "State"} for k in m.args.object)


def said_elsewhere(ctx: Context, m: Match, summit: Entity) -> bool:
    """"X met Y on the sidelines of the UN General Assembly", "at the World Bank": a meeting the
    sentence puts at an organisation's gathering other than the summit in view (whose name does
    not carry the organisation's) is not at that summit."""
    r = ctx.resolver
    for k in m.args.prep(*_AT):
        if r.toks[k].lemma in _EDGES or r.toks[k].lower in _EDGES:
            k = next((o for p in r.tree.kids(k, "prep") if r.toks[p].lower == "of" for o in r.tree.kids(p, "pobj")), k)
        f = r.at_token.get(k)
        if f is None or f.entity.type not in {"InternationalOrganization", "Organization", "Legislature"}:
            continue
        names = {f.entity.label.lower(), *(a.lower() for a in f.entity.aliases)}
        summit_names = " ".join([summit.label, *summit.aliases]).lower()
        if not any(n and n in summit_names for n in names):
            return True
    return False
