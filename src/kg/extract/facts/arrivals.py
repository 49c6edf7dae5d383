"""The day a trip begins, told by an arrival that names no place.

"X today welcomed Y to Lima ... Y, who arrived on Tuesday evening, ...": the arrival is the trip the
article already tells, and its day is the trip's first (FORMAT.md: one fact per trip, its
``start`` the first day). :mod:`kg.extract.facts.travel` notes each arrival without a place
(``arrivals``: sentence, traveller, day); this step gives the day to the traveller's trip told
nearest to it, when that trip has no earlier day of its own and the arrival is at most a few days
before what it says.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kg.extract.context import Context
from kg.model import Fact

#: How long before a trip's told day an arrival may be and still begin that trip.
_LEAD = dt.timedelta(days=3)


def date_trips(ctx: Context) -> Iterator[Fact]:
    """Set the first day of trips from their placeless arrivals; yields nothing (facts are edited)."""
    facts = ctx.doc.annotations.get("facts", [])
    for s, visitor, day in ctx.doc.annotations.get("arrivals", []):
        trips = [f for f in facts if f.cq == "visit" and f.fields.get("visitor") == visitor and f.modality == "asserted"]
        if not trips:
            continue
        nearest = min(trips, key=lambda f: abs(ctx.doc.sentence_index(f.evidence.start) - s))
        start = nearest.fields.get("start")
        if start is None or day < start <= day + _LEAD:
            nearest.fields["start"] = day
    yield from ()
