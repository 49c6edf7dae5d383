"""A trip told again without its place: an arrival gives it its first day, a cancellation denies it.

"X today welcomed Y to Lima ... Y, who arrived on Tuesday evening, ...": the arrival is the trip the
article already tells, and its day is the trip's first (FORMAT.md: one fact per trip, its
``start`` the first day). :mod:`kg.extract.facts.travel` notes each arrival without a place
(``arrivals``: sentence, traveller, day); this step gives the day to the traveller's trip told
nearest to it, when that trip has no earlier day of its own and the arrival is at most a few days
before what it says.

"X had planned to travel to Manila, but the visit was postponed": a trip noun with no traveller or
place of its own, called off, is the trip just told (``called_off``: sentence, and the traveller when
the noun names one: "... but postponed her trip"), which did not happen (FORMAT.md: a cancelled
visit is ``negated``).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import make_fact
from kg.extract.facts.homes import at_home, home_of
from kg.extract.news_days import trips_on_scene_day
from kg.model import Entity, Fact

#: How long before a trip's told day an arrival may be and still begin that trip.
_LEAD = dt.timedelta(days=3)
#: How long a trip told with its first day may last and still end with a departure.
_STAY = dt.timedelta(days=14)


def _same_place(ctx: Context, left: Entity, visited: Entity) -> bool:
    """Is leaving ``left`` leaving the place visited (the place itself, or its country)?"""
    return left is visited or left.type == "State" and ctx.country_of(visited) is left


def trips_told_again(ctx: Context) -> Iterator[Fact]:
    """Set the first day of trips from their placeless arrivals, deny those called off; yields
    nothing (facts are edited)."""
    facts = ctx.doc.annotations.get("facts", [])
    for s, who in ctx.doc.annotations.get("called_off", []):
        # the trip told last (of the traveller, when the trip noun names one), in this sentence or the one before
        told = [f for f in facts if f.cq == "visit" and f.modality != "negated" and who in (None, f.fields.get("visitor"))
                and s - 1 <= ctx.doc.sentence_index(f.evidence.start) <= s]
        if told:
            max(told, key=lambda f: f.evidence.start).modality = "negated"
    _plans_called_off(ctx, facts)
    new: list[Fact] = []
    for s, visitor, origin, day in ctx.doc.annotations.get("departures", []):
        # "He left Quito for London on Thursday": the trip to Quito ends that day
        place = ctx.doc.entities[origin]
        there = [f for f in facts if f.cq == "visit" and f.fields.get("visitor") == visitor
                 and f.modality == "asserted" and _same_place(ctx, place, ctx.doc.entities[str(f.fields["destination"])])]
        for f in there:
            if day is not None and not f.fields.get("end") \
                    and (f.fields.get("start") is None or f.fields["start"] < day <= f.fields["start"] + _STAY):
                f.fields["end"] = day
        person = ctx.doc.entities[visitor]
        if not there and not any(f.fields["visitor"] == visitor and f.fields["destination"] == origin for f in new) \
                and not at_home(ctx, person, place) and abroad(ctx, person, place):
            # "headed home from Perth on Friday": one who leaves a place abroad was there
            new.append(make_fact(ctx, "visit", s, "asserted", visitor=visitor, destination=origin, end=day))
    for s, visitor, day in ctx.doc.annotations.get("arrivals", []):
        trips = [f for f in facts if f.cq == "visit" and f.fields.get("visitor") == visitor and f.modality == "asserted"]
        if not trips:
            continue
        nearest = min(trips, key=lambda f: abs(ctx.doc.sentence_index(f.evidence.start) - s))
        start = nearest.fields.get("start")
        if start is None or day < start <= day + _LEAD:
            nearest.fields["start"] = day
    _days_of_trips_told_before(ctx, facts)
    trips_on_scene_day(ctx, facts)  # "Talks opened on Monday. X visited Y": the story's day
    yield from new


#: How many sentences before a trip noun the trip it tells again may be told.
_BEFORE = 3


def _days_of_trips_told_before(ctx: Context, facts: list) -> None:
    """"X arrived in Lima on Monday. His visit ends on Thursday": a trip noun with no place, its
    days or length told (``trip_days``: sentence, traveller or None, first and last day, length), is the trip told
    nearest before it, in its sentence or a few before (of that traveller when the noun names
    one); it gives the days that trip lacks, when they fit it."""
    for s, visitor, start, end, length in ctx.doc.annotations.get("trip_days", []):
        told = [f for f in facts if f.cq == "visit" and f.modality != "negated" and visitor in (None, f.fields.get("visitor"))
                and s - _BEFORE <= ctx.doc.sentence_index(f.evidence.start) <= s]
        if not told:
            continue
        f = max(told, key=lambda f: f.evidence.start)
        first, last = f.fields.get("start"), f.fields.get("end")
        if end is not None and last is None and (first is None or first <= end <= first + _STAY):
            f.fields["end"] = last = end
        if start is not None and first is None and (last is None or last - _STAY <= start <= last):
            f.fields["start"] = first = start
        if length and first is not None and last is None and end is None:
            # "X flew to Lima on Monday. During the two-day visit, ...": its last day
            f.fields["end"] = first + dt.timedelta(days=length - 1)


#: A plan told looking back at it: "was to visit", "was slated to travel", "had planned to go".
_PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:to|due|set|slated|scheduled|expected|supposed|meant|going)\b"
                        r"|\bhad\s+(?:planned|intended|hoped|been\s+planning)\b", re.IGNORECASE)


def _plans_called_off(ctx: Context, facts: list) -> None:
    """"X postponed her visit to Y. She was to visit Y from March 28": a plan told looking back at
    it, of a trip the article says was called off, is that trip (negated), its days the trip's; so is
    one to a city of the country the trip called off went to ("called off his trip to Peru. He had
    been due in Lima on Monday")."""
    off = [f for f in facts if f.cq == "visit" and f.modality == "negated"]
    entities = ctx.doc.entities
    for g in facts:
        if g.cq != "visit" or g.modality != "planned" or not _PAST_PLAN.search(ctx.doc.text[g.evidence.start:g.evidence.end]):
            continue
        if any(f.fields.get("visitor") == g.fields.get("visitor") and f.fields.get("start") in (None, g.fields.get("start"))
               and (f.fields.get("destination") == g.fields.get("destination")
                    or str(f.fields.get("destination")) in entities and str(g.fields.get("destination")) in entities
                    and _same_place(ctx, entities[str(f.fields["destination"])], entities[str(g.fields["destination"])]))
               for f in off):
            g.modality = "negated"


def abroad(ctx: Context, person: Entity, place: Entity) -> bool:
    """Does the article say which country the person serves, and is the place in another?"""
    home = home_of(ctx, person)
    country = place if place.type == "State" else ctx.country_of(place)
    qid = country.qid if country is not None else ctx.country_qid(place)
    return home is not None and qid is not None and country is not home and qid != home.qid
