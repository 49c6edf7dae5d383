"""Where in a country a trip is: FORMAT.md records a visit at the most specific place the
article gives it, so a trip read from its host's country ("Egypt hosted X", "X was in Egypt")
is to the city its own sentence places it in ("for talks in Cairo"), and to the country when
the sentence names none of its cities, or several. (A trip whose own phrase names the country,
"a visit to Egypt", keeps it: the answer keys do; one whose phrase only describes it, "a visit
to the kingdom", does not.)"""
from __future__ import annotations

import bisect

from kg.extract.context import Context, Found
from kg.extract.frames import Match
from kg.model import Entity

#: Prepositions that place an event (or the road to and from it) in a city.
_PLACING = frozenset({"in", "at", "from", "to", "into", "inside", "near"})


def city_in_view(ctx: Context, m: Match, country: Entity) -> Entity | None:
    """The one city of ``country`` the sentence of ``m`` places something in, if it names one."""
    cities = {f.entity.key: f.entity for f in ctx.found(m.sentence, "Place")
              if f.entity.type == "Place" and _placed(ctx, f) and ctx.country_of(f.entity) is country}
    return next(iter(cities.values())) if len(cities) == 1 else None


def _placed(ctx: Context, f: Found) -> bool:
    """A city named as where something is ("in Cairo", "from Hanoi", "Hanoi's airport"), not
    as a government speaking for its state ("Beijing said")."""
    r = ctx.resolver
    k = bisect.bisect_left(r.toks, f.start, key=lambda t: t.start)
    if k >= len(r.toks):
        return False
    while r.toks[k].head != k and f.start <= r.toks[r.toks[k].head].start < f.end:
        k = r.toks[k].head  # the name's own head word
    t = r.toks[k]
    if t.dep in {"poss", "compound"} and t.head != k:
        t = r.toks[t.head]  # "the Cairo talks", "Hanoi's airport": the phrase it opens
    return t.dep == "pobj" and r.toks[t.head].lower in _PLACING


def city_of_the_occasion(ctx: Context, m: Match, country: Entity) -> Entity | None:
    """"stay on in China for a military parade in Beijing", "flew to Egypt for talks in Cairo": a
    trip to a country for an occasion its own "for" phrase holds in one of that country's cities
    goes to the city (as one for a summit there does)."""
    r = ctx.resolver
    cities = {e.key: e for p in r.tree.kids(m.trigger.i, "prep") if r.toks[p].lower == "for"
              for k in r.tree.subtree(p) if r.toks[k].dep == "pobj" and r.toks[r.toks[k].head].lower == "in"
              for e in r.entities(k, ("Place",)) if e.type == "Place" and ctx.country_of(e) is country}
    return next(iter(cities.values())) if len(cities) == 1 else None


def described(ctx: Context, m: Match) -> bool:
    """Is the trip's country told by a description, not by its name ("her visit to the kingdom",
    "a trip to the island nation")? A description only points back at the country, so the city the
    sentence places the trip in ("signed in X during a visit to the republic") says more."""
    toks = ctx.resolver.toks
    heads = [k for k in m.tokens.get("destination", []) if toks[k].dep != "compound"]
    return bool(heads) and all(toks[k].pos == "NOUN" for k in heads) \
        and all(e.type == "State" for e in m.roles.get("destination", []))
