"""The host a facility phrase leaves to "there": "France has a base in X, and Japan opened one there"."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity


def there(ctx: Context, m: Match, users: list[Entity]) -> list[Entity]:
    """"... all operate bases there": the state named just before in the sentence, else the one the
    sentences before were about, never the user itself ("A pays B rent for a port. A opened a base there": B)."""
    r = ctx.resolver
    # on the verb, or hung by the parser on the facility noun ("operates an air base there")
    holders = [m.trigger.i, *m.tokens.get("facility", [])]
    if not any(r.toks[c].lower in {"there", "here"} for h in holders for c in r.tree.kids(h, "advmod")):
        return []
    before = [f for f in ctx.found(m.sentence, "State", "Place") if f.end <= m.trigger.start][::-1]  # "a base in X, and
    here = [c for f in before for c in [f.entity if f.entity.type == "State" else ctx.country_of(f.entity)] if c and c not in users]
    if here:  # Y opened one there": the nearest before it
        return here[:1]
    for i in range(m.sentence - 1, max(-1, m.sentence - 3), -1):
        states = ctx.unique(ctx.states(i)) + [c for c in (ctx.country_of(f.entity) for f in ctx.found(i, "Place")) if c]
        states = [e for e in states if e not in users]
        if states:
            return states[:1]
    return []
