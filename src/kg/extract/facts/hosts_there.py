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


def asked_host(ctx: Context, m: Match, users: list[Entity]) -> list[Entity]:
    """The host of a facility its user asks for, where the phrase owns it only by a pronoun: the state
    that grants or refuses the request ("Y turned down X's bid for access to its ports", "Y approved
    a request by X to use its bases"), never the user ("its" is not X's own base here)."""
    from kg.extract.syntax import WILL_NOUNS

    r = ctx.resolver
    if not any(r.toks[c].pos == "PRON" for k in m.tokens.get("facility", []) for c in r.tree.kids(k, "poss")):
        return []
    k = m.trigger.i
    for _ in range(4):  # up through "to use", "for access", "a request for a ship to call" to the will noun
        h = r.tree.head(k)
        if h is None or h == k:
            return []
        k = h
        if r.toks[k].lemma in WILL_NOUNS and r.toks[k].dep in {"dobj", "nsubjpass"} and (v := r.tree.head(k)) is not None:
            decider = r.tree.kids(v, "agent") or r.tree.kids(v, "nsubj")  # (a passive's by-phrase: "rejected by Y")
            found = [e for d in decider for j in ([*r.tree.kids(d, "pobj"), d]) for e in r.entities(j, ("State",))]
            return [e for e in dict.fromkeys(found) if e.type == "State" and e not in users][:1]
    return []
