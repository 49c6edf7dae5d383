"""A trip to a country told in a report filed from one of its cities, on the report's days, is
to that city: FORMAT.md records a visit at the most specific place the article gives it, and the
dateline ("MINSK, May 2 -") is where the story, and the trip it tells, is."""
from __future__ import annotations

import dataclasses
import datetime as dt

from kg.extract.context import Context
from kg.model import Fact


def to_the_scene(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """``facts`` with each current trip to the dateline's country moved to the dateline's city:
    one told done or under way ("X is visiting Belarus this week", "on his first visit to
    Belarus"), undated or dated within a day of the report; not a trip of another year or still
    ahead, nor one whose traveller the article already has in one of that country's cities."""
    from kg.extract.facts.homes import at_home
    from kg.extract.facts.travel import scene

    city = scene(ctx)
    if city is None or city.type != "Place":
        return facts
    country = ctx.country_of(city)
    published = ctx.doc.article.published
    if country is None or not isinstance(published, dt.date):
        return facts
    placed = {f.fields["visitor"] for f in facts if f.cq == "visit" and f.fields.get("destination") in ctx.doc.entities
              and ctx.doc.entities[str(f.fields["destination"])].type != "State"
              and ctx.country_of(ctx.doc.entities[str(f.fields["destination"])]) is country}
    out = []
    for f in facts:
        start = f.fields.get("start")
        if f.cq == "visit" and f.modality == "asserted" and f.fields.get("destination") == country.key \
                and f.fields["visitor"] not in placed and not f.fields.get("purpose") \
                and (start is None or isinstance(start, dt.date) and abs((published - start).days) <= 1) \
                and not _another_year(ctx, f, published) \
                and not at_home(ctx, ctx.doc.entities[str(f.fields["visitor"])], city):
            f = dataclasses.replace(f, fields={**f.fields, "destination": city.key})
        out.append(f)
    return out


def _another_year(ctx: Context, f: Fact, published: dt.date) -> bool:
    """The trip's sentence dates something in another year ("who visited Russia in 2019")."""
    s = ctx.doc.sentence_index(f.evidence.start)
    return any(getattr(d, "start_date", None) is not None and d.start_date.year != published.year
               for g in ("day", "month", "year") for d in ctx.dates_in(s, g))
