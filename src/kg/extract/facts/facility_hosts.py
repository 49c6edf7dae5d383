"""The state owning the facilities a phrase names: "Philippine bases", "Greece's ports", "bases in
Poland", "on the territory of X", the country of a named base ("the naval base at Gull Cove")."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.facts.facility_places import placed_state, told_before
from kg.model import Entity


def facility_hosts(ctx: Context, k: int) -> list[Entity]:
    """The state owning the facilities of a phrase: "Philippine bases", "Greece's ports", "bases
    in Poland", the country of a named base ("the naval base at Gull Cove")."""
    r = ctx.resolver
    out: list[Entity] = []
    f = r.found_at(k)
    if f is not None and f.entity.type == "State":
        out.append(f.entity)  # "troops based in X"
    if f is not None and f.entity.type in {"MilitaryBase", "Facility", "Place"}:
        country = ctx.country_of(f.entity) or placed_state(ctx, f.entity)
        if country is not None:
            out.append(country)
    out += [s for e in told_before(ctx, k) if (s := ctx.country_of(e) or placed_state(ctx, e)) is not None]
    for a in r.tree.kids(k, "appos"):  # "its first base abroad, a logistics hub in X"
        out += [h for h in facility_hosts(ctx, a) if h not in out]
    for c in r.tree.children[k]:
        dep = r.toks[c].dep
        if dep in {"poss", "amod", "compound", "nmod"} and r.toks[c].pos != "PRON" and r.toks[k].lemma not in _FORCES:
            # "its base", "their bases": the user's own, no host ("Chilean forces", given
            # access "to" them: the user)
            out += [e for e in r.entities(c, ("State",)) if e not in out]
        elif dep == "prep" and r.toks[c].lower in {"in", "on", "at", "of", "across"}:
            for o in r.tree.kids(c, "pobj"):
                out += [e for e in _territory_of(ctx, o) if e not in out]  # "on the territory of X"
                for e in r.entities(o, ("State", "Place", "MilitaryBase", "Facility")):
                    state = e if e.type == "State" else ctx.country_of(e)
                    if state is not None and state not in out:
                        out.append(state)
    return out


_FORCES = frozenset({"force", "troop", "personnel", "soldier", "unit", "marine", "sailor", "airman", "contingent"})
#: Nouns by which a phrase places something in a state's land: "on the territory of X", "on X soil".
_LAND = frozenset({"territory", "soil"})


def _territory_of(ctx: Context, o: int) -> list[Entity]:
    """The state whose land a noun is: "the territory of X", "X's territory", "Xn soil"."""
    r = ctx.resolver
    if r.toks[o].lemma not in _LAND:
        return []
    owners = [*r.tree.kids(o, "poss", "amod", "compound", "nmod"),
              *(q for p in r.tree.kids(o, "prep") if r.toks[p].lower == "of" for q in r.tree.kids(p, "pobj"))]
    return [e for q in owners for e in r.entities(q, ("State",)) if e.type == "State"]

