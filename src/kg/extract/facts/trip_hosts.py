"""Trips told only by the one who awaits them: "Peru looks forward to a visit by X", "Lima would
welcome a visit by X", "X's president invited Y for a state visit". A trip with no place of its
own that a state (or a person serving one) invites, welcomes or awaits goes to that state
(``lexicon.yaml`` ``trip_hosting``: what is awaited or invited is ahead, what is welcomed is told in
its own tense)."""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import make_fact
from kg.extract.facts.homes import home_of
from kg.extract.facts.treaties import trigger_modality
from kg.extract.frames import Match
from kg.extract.syntax import surface_subject
from kg.model import Entity, Fact

#: Frames whose trip noun or verb such a host may await.
_TRIPS = frozenset({"visit", "travel"})


def awaited_trips(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """A trip with no place, hung on a verb of inviting or awaiting whose subject is a state or
    one serving a state: to that state (ahead, unless its clause denies it or welcomes it done)."""
    told = {(f.fields.get("visitor"), ctx.doc.sentence_index(f.evidence.start))
            for f in ctx.doc.annotations.get("facts", []) if f.cq == "visit"}
    for m in matches:
        if m.frame.name not in _TRIPS or m.roles.get("destination") or m.roles.get("purpose") or m.roles.get("origin"):
            continue
        found = _host(ctx, m)
        if found is None:
            continue
        host, g = found
        visitors = [v for v in m.roles.get("visitor", [])
                    if v.type == "Person" and (v.key, m.sentence) not in told and home_of(ctx, v) is not host]
        mod = trigger_modality(ctx, m)
        if mod == "asserted" and _words_of(ctx, g) == "ahead":
            mod = "planned"
        for v in visitors:
            yield make_fact(ctx, "visit", m.sentence, mod, visitor=v.key, destination=host.key)


def _host(ctx: Context, m: Match) -> tuple[Entity, int] | None:
    """The state that awaits the trip, and its verb: the subject of the verb of inviting or
    awaiting the trip noun hangs on ("looked forward to a visit", "invited X for a visit") or the
    trip verb is the infinitive of ("invited X to visit")."""
    r = ctx.resolver
    toks = r.toks
    t = m.trigger
    g = m.args.governor if m.args.nominal else (t.head if t.dep in {"xcomp", "ccomp"} and t.head != t.i else None)
    if g is None or _words_of(ctx, g) is None or r.tree.is_passive(g):
        return None
    if m.args.nominal and not (t.dep == "dobj" and t.head == g or t.dep == "pobj" and toks[t.head].head == g
                               and toks[t.head].lower in {"to", "for"}):
        return None  # the noun must be what is awaited, not a phrase further off
    found = [home_of(ctx, e) if e.type == "Person" else e
             for i in surface_subject(r.tree, g) for e in r.entities(i, ("State", "Person"))]
    hosts = [h for h in dict.fromkeys(found) if h is not None and h.type == "State"]
    return (hosts[0], g) if len(hosts) == 1 else None


def _words_of(ctx: Context, g: int) -> str | None:
    """Which list of ``trip_hosting`` the verb at ``g`` is in ("look forward" with its particle)."""
    r = ctx.resolver
    lemma = r.toks[g].lemma
    forms = {lemma, *(f"{lemma} {r.toks[c].lower}" for c in r.tree.kids(g, "advmod", "prt"))}
    return next((k for k, words in ctx.lexicon.trip_hosting.items() if forms & words), None)
