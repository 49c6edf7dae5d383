"""Where a traveller came from: "X arrived in B from A", "X, who flew in from A after meeting Y",
"came here from A, where he met Y on Tuesday": one who arrives from a place abroad was there, a stop
of the tour before this one (FORMAT.md: one fact per trip); "flew in from A" alone may be a hub
passed through. A way home ("flew home from A") and a
departure ("left A for B") are :mod:`kg.extract.facts.trip_references`' (``departures``); the
traveller's own country or city is no stop. A "where" clause on the place gives the stop its day.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kg.extract.clause_dates import dates_for
from kg.extract.context import Context
from kg.extract.facts.common import make_fact
from kg.extract.facts.homes import at_home
from kg.extract.facts.treaties import trigger_modality
from kg.extract.facts.trip_references import abroad
from kg.extract.frames import Match
from kg.model import Fact

#: Verbs of coming somewhere, whose "from" phrase is the stop before ("arrived from", "flew in from").
_COMING = frozenset({"arrive", "fly", "come", "land", "jet", "travel", "touch"})


def stops_before(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """A visit to each place abroad a traveller is told to have come from, unless a trip there is
    told already (which then takes the "where" clause's day when it has none)."""
    facts = ctx.doc.annotations.get("facts", [])
    published = ctx.doc.article.published
    for m in matches:
        if m.frame.name != "travel" or m.trigger.lemma not in _COMING:
            continue
        origins = list(m.tokens.get("origin", [])) or _hung_on_an_adverb(ctx, m)
        if not origins or homeward(ctx, m) or trigger_modality(ctx, m) != "asserted":
            continue  # "flew home from X" is a departure; "will arrive from X" tells no stop yet
        for k in origins:
            if not _told_as_a_stop(ctx, m, k):
                continue  # "flew in from Lima" alone: perhaps only passed through
            places = [e for e in ctx.resolver.entities(k, ("Place", "State")) if e.type in {"Place", "State"}]
            day = _day_of_where(ctx, m, k)
            if day is not None and published is not None and day > published:
                day = None
            for place in places:
                for visitor in (e for e in m.roles.get("visitor", []) if e.type == "Person"):
                    if at_home(ctx, visitor, place) or not abroad(ctx, visitor, place):
                        continue
                    told = [f for f in facts if f.cq == "visit" and f.fields.get("visitor") == visitor.key
                            and f.fields.get("destination") == place.key and f.modality == "asserted"]
                    if told:
                        for f in told:
                            if day is not None and f.fields.get("start") is None:
                                f.fields["start"] = day
                        continue
                    yield make_fact(ctx, "visit", m.sentence, "asserted", visitor=visitor.key,
                                    destination=place.key, start=day)


def _told_as_a_stop(ctx: Context, m: Match, k: int) -> bool:
    """Is the place come from a stop, not a hub passed through: the arrival names where it is to
    ("arrived in B from A"), a "where" clause tells what was done in A, or an "after" phrase does
    ("flew in from A after meeting X")?"""
    tree = ctx.resolver.tree
    if m.roles.get("destination") or any(tree.toks[w].lower == "where" for c in tree.kids(k, "relcl")
                                         for w in tree.kids(c, "advmod")):
        return True
    return any(tree.toks[p].lower == "after" and tree.kids(p, "pcomp") for p in tree.kids(m.trigger.i, "prep"))


def _hung_on_an_adverb(ctx: Context, m: Match) -> list[int]:
    """"came here from X", "flew in from X": the parser may hang the "from" phrase on the adverb."""
    tree = ctx.resolver.tree
    return [o for a in tree.kids(m.trigger.i, "advmod", "prt") for p in tree.kids(a, "prep")
            if tree.toks[p].lower == "from" for o in tree.kids(p, "pobj")]


def homeward(ctx: Context, m: Match) -> bool:
    """"flew home from X", "came back from X", "returned from X": read as a departure."""
    r = ctx.resolver
    return m.trigger.lemma == "return" or any(r.toks[c].lower in {"home", "back"} for c in r.tree.children[m.trigger.i])


def _day_of_where(ctx: Context, m: Match, k: int) -> dt.date | None:
    """"from Cairo, where he met X earlier in the day": the day of the clause on the place."""
    r = ctx.resolver
    for c in r.tree.kids(k, "relcl"):
        if any(r.toks[w].lower == "where" for w in r.tree.kids(c, "advmod")):
            found = [d for d in dates_for(ctx, m.sentence, r.toks[c]) if d.start > r.toks[k].start]
            if found and found[0].end_date is None:
                return found[0].start_date
    return None
