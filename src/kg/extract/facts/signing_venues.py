"""A signing told at a venue ("in the Kremlin", "at the palace conference hall", "in the Great Hall
of X Castle") is keyed at the venue's city: the city the venue's own phrase names ("the palace in
Rabat", "Bratislava Castle"), else the city the report is filed from when the venue lies in that city's
country. A demonym in the venue's name ("the Italian Hall") names no place of the signing.
Read by :mod:`kg.extract.facts.signing_places`."""
from __future__ import annotations

import re

from kg.extract.clause_dates import dates_for
from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity

#: Head nouns of a building or room where a ceremony is held.
VENUE = re.compile(r"^(palace|hall|house|castle|kremlin|centre|center|headquarters|hotel|residence|building|"
                   r"chancellery|parliament|villa|mansion|room|salon|auditorium|pavilion)s?$", re.IGNORECASE)


def venue_phrases(ctx: Context, m: Match) -> list[int]:
    """The heads of the trigger's own "in"/"at"/"inside" phrases that name a venue."""
    if m.args.nominal:
        return []
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    out = []
    # "X and Y on Monday in the Kremlin signed ...": the parser may hang a phrase standing just before the
    # verb on its subject; a named venue there is the verb's scene
    subject = [(p, True) for n in tree.kids(m.trigger.i, "nsubj") for p in tree.kids(n, "prep") if p < m.trigger.i]
    for p, hung in [(p, False) for p in tree.kids(m.trigger.i, "prep")] + subject:
        if toks[p].lower not in {"in", "at", "inside"}:
            continue
        for o in tree.kids(p, "pobj"):
            f = ctx.resolver.found_at(o)
            named = f is not None and f.entity.type == "Facility"
            if named or (VENUE.match(toks[o].lower) and not hung):
                out.append(o)
    return out


def in_venue_name(ctx: Context, m: Match, place: Entity) -> bool:
    """Is ``place`` a state named only by a word of a venue's name ("the Italian Hall")?"""
    if place.type != "State":
        return False
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    for o in venue_phrases(ctx, m):
        for k in tree.subtree(o):
            f = ctx.resolver.found_at(k)
            if f is not None and f.entity is place and toks[k].dep in {"amod", "compound"} and toks[k].head == o:
                return True
    return False


def _of_the_day(ctx: Context, m: Match) -> bool:
    """Is the trigger's clause undated, or dated within days of publication?"""
    found, published = dates_for(ctx, m.sentence, m.trigger), ctx.doc.article.published
    if not found:
        return not any(dates_for(ctx, m.sentence, m.trigger, g) for g in ("month", "year"))
    return published is not None and abs((found[0].start_date - published).days) <= 7


def venue_city(ctx: Context, m: Match) -> Entity | None:
    """The city of a venue the trigger's phrase names: one its phrase names, else the dateline's city
    in the venue's country."""
    from kg.extract.facts.travel import scene

    tree = ctx.resolver.tree
    for o in venue_phrases(ctx, m):
        cities = [f.entity for k in tree.subtree(o) if (f := ctx.resolver.found_at(k)) is not None
                  and f.entity.type == "Place" and f.entity.label.lower() not in ctx.lexicon.regions]
        if cities:
            return cities[0]
        venues = [f.entity for k in tree.subtree(o) if (f := ctx.resolver.found_at(k)) is not None and f.entity.type == "Facility"]
        here = scene(ctx)
        if not venues or here is None or here.type != "Place":
            continue
        if _dateline_city(ctx, venues[0]) is not None:
            return here
        if ctx.country_qid(venues[0]) is None and _of_the_day(ctx, m):  # a venue the gazetteer cannot place, in the day's news
            return here
    return None


def _dateline_city(ctx: Context, venue: Entity) -> Entity | None:
    """The city the report is filed from, when the gazetteer places the venue in that city's country."""
    from kg.extract.facts.travel import scene

    here, country = scene(ctx), ctx.country_qid(venue)
    if here is not None and here.type == "Place" and country is not None and ctx.country_qid(here) == country:
        return here
    return None


def city_of_venue(ctx: Context, m: Match, venue: Entity) -> Entity | None:
    """A named venue's city ("Parliament House, Canberra", "at X House in Y"): a city named right after it
    in the sentence, else the dateline's city in its country. None for a site that names no building ("the Pentagon") or one whose city the text does not give."""
    words = venue.label.split()
    if venue.type != "Facility" or len(words) < 2 or not VENUE.match(words[-1]):
        return None
    found = ctx.found(m.sentence, "Place", "Facility")
    for i, f in enumerate(found):  # the venue, then a comma or "in", then a city
        if f.entity is venue and i + 1 < len(found):
            nxt = found[i + 1]
            gap = ctx.sentence(m.sentence)[ctx.local(m.sentence, f.end):ctx.local(m.sentence, nxt.start)].strip()
            if nxt.entity.type == "Place" and gap in {",", "in", "in the city of"}:
                return nxt.entity
    return _dateline_city(ctx, venue)  # (not its country's capital: the keys keep "the White House" told alone as the site)
