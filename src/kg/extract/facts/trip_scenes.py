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


def to_the_one_city(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A trip to a country with days of its own ("paid a state visit to Kenya from May 4 to 5"),
    where the article tells the same traveller's trip, under the same modality and with no day of
    its own, to one city of that country and no other ("her first trip to Nairobi"), is one trip to
    that city (FORMAT.md: one fact per trip, at the most specific place) on the country's days.
    Two cities of it, or a city trip with days of its own outside the country's, make a tour: the
    country's trip stays."""
    cities: dict[tuple, set[str]] = {}
    for g in facts:
        place = ctx.doc.entities.get(str(g.fields.get("destination"))) if g.cq == "visit" else None
        if place is None or place.type == "State":
            continue
        country = ctx.country_of(place)
        if country is not None:
            cities.setdefault((g.fields["visitor"], g.modality, country.key), set()).add(place.key)
    merged: dict[int, Fact] = {}
    dropped: set[int] = set()
    for f in facts:
        if f.cq != "visit" or not f.fields.get("start") or f.fields.get("destination") not in ctx.doc.entities \
                or ctx.doc.entities[str(f.fields["destination"])].type != "State":
            continue
        places = cities.get((f.fields["visitor"], f.modality, f.fields["destination"]), set())
        city = next(iter(places)) if len(places) == 1 else None
        told = [g for g in facts if g.cq == "visit" and g.modality == f.modality and g.fields["visitor"] == f.fields["visitor"]
                and g.fields.get("destination") == city]
        if city is None or any((g.fields.get("start") or g.fields.get("end")) and not (_within(g, f) and not _a_tour(ctx, f))
                               for g in told):
            continue  # (a day of the country's span told in the city, "from 28 to 30 May ... in X on the 29th", is that trip)
        purpose = f.fields.get("purpose") or next((g.fields["purpose"] for g in told if g.fields.get("purpose")), None)
        fields = {**f.fields, "destination": city} | ({"purpose": purpose} if purpose else {})
        merged[id(f)] = dataclasses.replace(f, fields=fields)
        dropped |= {id(g) for g in told}
    return [merged.get(id(f), f) for f in facts if id(f) not in dropped]


def _within(g: Fact, f: Fact) -> bool:
    """Do trip ``g``'s days fall inside trip ``f``'s span of several days?"""
    first, last = f.fields.get("start"), f.fields.get("end")
    start = g.fields.get("start") or g.fields.get("end")
    end = g.fields.get("end") or start
    if isinstance(first, dt.date) and isinstance(last, dt.date) and isinstance(start, dt.date) and isinstance(end, dt.date):
        return first <= start and end <= last
    return False


def _a_tour(ctx: Context, f: Fact) -> bool:
    """Is the trip told as a tour of stops ("toured Brazil from March 3 to 7")?"""
    from kg.extract.nlp import sentence_tokens

    words = ctx.lexicon.tour_words
    return any(t.lemma in words for t in sentence_tokens(ctx.doc, ctx.doc.sentence_index(f.evidence.start)))
