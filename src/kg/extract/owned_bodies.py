"""A legislature described by its state ("Peruvian lawmakers", "Peru's parliament", "lawmakers in
Peru"): the named legislature of that state, else the state itself where a state may fill the
role; never the legislature of another state the text has in view (a description's owner says
whose body it is before nearness does). Read by :meth:`kg.extract.reference.Resolver._description`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.reference import Resolver


def owned_body(r: Resolver, k: int, etype: str, types: frozenset[str], owners: list[Entity]) -> list[Entity] | None:
    """The body a description at token k names by its owners (None: the owners decide nothing)."""
    if etype == "Legislature":
        owners = owners + [s for s in seat_states(r, k) if s not in owners]
    if not owners:
        return None
    owned = [e for e in r.ctx.doc.entities.values() if e.type == etype and r.ctx.country_of(e) in owners]
    if owned:
        return owned[:1]
    if etype != "Legislature":
        return None
    ref = r._antecedent(k, etype)
    if ref is None or r.ctx.country_of(ref) in (*owners, None):
        return [ref] if ref is not None else [o for o in owners if "State" in types][:1]
    return [o for o in owners if "State" in types][:1]  # another state's chamber: the owner's own ratifying


def seat_states(r: Resolver, k: int) -> list[Entity]:
    """The state a body's members are said to sit in: "lawmakers in Peru", "deputies in Lima"."""
    toks, tree = r.toks, r.tree
    out: list[Entity] = []
    for p in (p for p in tree.kids(k, "prep") if toks[p].lower == "in"):
        for o in (j for c in tree.kids(p, "pobj") for j in tree.conjuncts(c)):
            f = r.at_token.get(o)
            state = None if f is None else f.entity if f.entity.type == "State" else (
                r.ctx.country_of(f.entity) if f.entity.type == "Place" else None)
            if state is not None and state not in out:
                out.append(state)
    return out
