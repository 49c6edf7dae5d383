"""One agreement per partner: "India has logistics pacts with the US, France and Japan" tells of
three pacts (:mod:`kg.extract.agreement_sets` splits the plural), each binding India and one
partner. The readers of parties and signatories see the plural's one mention and give all its
partners to one of them; here each partner goes to its own agreement, and whoever else the clause
names (India, a signatory) to every one."""
from __future__ import annotations

import dataclasses

from kg.extract.context import Context
from kg.model import Fact

#: The facts whose agreement binds or is signed by a state of its own.
_BY_PARTY = {"parties": "party", "signing": "signatory"}


def one_per_partner(ctx: Context, facts: list[Fact]) -> list[Fact]:
    groups: dict[object, list[str]] = {}
    for e in ctx.doc.entities.values():
        if e.attributes.get("split_from") is not None:
            groups.setdefault(e.attributes["split_from"], []).append(e.key)
    if not groups:
        return facts
    sibling_of = {k: g for g in groups.values() for k in g}
    partners = {k: set(_keys(ctx.doc.entities[k].attributes.get("partners"))) for k in sibling_of}
    out: list[Fact] = []
    seen: set[tuple] = set()
    for f in facts:
        agreement = f.fields.get("agreement")
        siblings = sibling_of.get(str(agreement)) if agreement else None
        if siblings is None:
            out.append(f)
            continue
        role = _BY_PARTY.get(f.cq)
        who = f.fields.get(role) if role else None
        own = [k for k in siblings if who in partners[k]]
        for k in own or siblings:  # a partner binds its own agreement; anyone else, each of them
            g = dataclasses.replace(f, fields={**f.fields, "agreement": k})
            if g.key() not in seen:
                seen.add(g.key())
                out.append(g)
    return out


def _keys(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, tuple) else ()
