"""The day a report's story is at: an event the story tells as done with no time of its own
("Both ministers put their names to a protocol", "Three memorandums were signed at the palace")
happened on the day the story last named, when that day is of the days before publication
("landed on Monday ... Three memorandums were signed"). A month, a year or an older day named
last means the story is looking back, and tells no day; so does a day still ahead.

A headline tells the news its lede dates: its undated event is on the lede's first day.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.context import Context

#: How far back from publication a day is still the story's present (a weekly's news).
_NEWS_BEFORE = dt.timedelta(days=7)
_GRANULARITIES = ("day", "week", "month", "year")


def _told(ctx: Context, s: int) -> list:
    """The sentence's date mentions of every granularity (a dateline's left out), in text order."""
    return sorted((d for g in _GRANULARITIES for d in ctx.dates_in(s, g)), key=lambda d: d.start)


def told_in_main_clause(ctx: Context, d) -> bool:
    """Is a month or year told in its sentence's main clause ("In 1998 the treaty was drafted"),
    not in a phrase on a noun or a clause of another time ("delayed by the crisis that followed
    the raid in March"), which looks back without moving the story there?"""
    from kg.extract.nlp import token_at
    from kg.extract.tree import clause_of

    t = token_at(ctx.doc, d.start)
    if t is None:
        return True
    tree = ctx.resolver.tree
    verb = tree.toks[clause_of(tree, t.i)]
    return verb.dep == "ROOT" or verb.dep == "conj" and tree.toks[verb.head].dep == "ROOT"


def _on_a_noun(ctx: Context, d) -> bool:
    """Is the date told in a clause that describes a noun ("the country, which restored its
    independence in 2002")? It tells of that thing, not when the sentence's events are."""
    from kg.extract.nlp import token_at
    from kg.extract.tree import clause_of

    t = token_at(ctx.doc, d.start)
    if t is None:
        return False
    tree = ctx.resolver.tree
    return tree.toks[clause_of(tree, t.i)].dep in {"relcl", "acl"}


def scene_day(ctx: Context, s: int, offset: int, *, headline: bool = False) -> dt.date | None:
    """The day the story is at for an event told at ``offset`` in sentence ``s`` without a time:
    the last date named before it, if a single day of the week up to publication."""
    published = ctx.doc.article.published
    if published is None:
        return None
    last = None
    if headline:  # the lede's first date
        last = next((d for k in range(s + 1, min(s + 3, len(ctx.doc.sentences))) for d in _told(ctx, k)), None)
    elif ctx.dates_in(s) or any(not _on_a_noun(ctx, d) for d in _told(ctx, s)):
        # "signed in X, on 4 May a year before", "A met B on Tuesday, and C later signed", "signed it
        # after Y changed its name in February": a time its own sentence tells but the parse does
        # not tie to the event is another clause's, and the story is not at its present there
        return None
    else:
        for k in range(s, -1, -1):
            # a time still ahead ("must cut them by 2012", "to close by July 1") is the story looking
            # forward from its present, not moving there: the story's day is the one named before it
            told = [d for d in _told(ctx, k) if d.end <= offset and d.start_date <= published
                    and (d.granularity == "day" or told_in_main_clause(ctx, d))]
            if told:
                # a day its main clause tells is the sentence's time, a month or year later in it another
                # clause's ("pledged on Tuesday ..., the city troops took in November")
                main = [d for d in told if d.granularity == "day" and told_in_main_clause(ctx, d)] if k < s else []
                last = main[-1] if main else _before_a_backdrop(told) if k < s else told[-1]
                break
    if last is None or last.granularity != "day" or last.end_date not in (None, last.start_date):
        return None
    return last.start_date if published - _NEWS_BEFORE <= last.start_date <= published else None


def _before_a_backdrop(told: list):
    """The last of a sentence's times, or the day told before a month or year older than it
    ("pledged on Tuesday ..., the city troops retook in November"): a look back within the
    sentence, whose own time is that day."""
    last = told[-1]
    days = [d for d in told if d.granularity == "day"]
    if last.granularity in {"month", "year"} and days and _period_end(last) < days[-1].start_date:
        return days[-1]
    return last


def _period_end(d) -> dt.date:
    import calendar

    s = d.start_date
    if d.granularity == "year":
        return dt.date(s.year, 12, 31)
    return dt.date(s.year, s.month, calendar.monthrange(s.year, s.month)[1])


def on_scene_day(ctx: Context, facts: list, told_at: dict[int, tuple[int, int]], periods: dict) -> None:
    """Date each fact told as done and still undated with the day its story is at (``told_at``: its
    sentence and offset by id), unless the text dates a telling of the same agreement (a day, or a
    month or year in ``periods``: "signed in May 1974")."""
    from kg.extract.special_mentions import headline_sentences

    dated = {f.fields.get("agreement") for f in facts if f.fields.get("date") or id(f) in periods}
    heads = headline_sentences(ctx.doc)
    for f in facts:
        if f.modality == "asserted" and not f.fields.get("date") and f.fields.get("agreement") not in dated:
            s, offset = told_at[id(f)]
            day = scene_day(ctx, max(heads) if s in heads else s, offset, headline=s in heads)
            if day is not None:
                f.fields["date"] = day


def trips_on_scene_day(ctx: Context, facts: list) -> None:
    """Date each trip told as done with no day of its own ("X visited Y", "X met Z in Y") with the
    day its story is at, when no telling of that trip (to the place or its country) has a day or
    stands beside one not its own ("came home on Friday after a visit": the day is unsure), and its
    sentence names no time at all (a week, a month or a year told there is the trip's or another's)."""
    from kg.extract.special_mentions import headline_sentences

    dated: set[tuple] = set()
    for f in facts:  # (a day of a trip to a city dates the trip to its country: the same trip)
        if f.cq == "visit" and (f.fields.get("start") or f.fields.get("end")
                                or ctx.dates_in(ctx.doc.sentence_index(f.evidence.start))):
            dated.update(_trip_keys(ctx, f))  # (a telling beside a day not its own: the day is unsure)
    heads = headline_sentences(ctx.doc)
    # (a city before its country: the day goes to the most specific telling, the rest is the same trip)
    for f in sorted(facts, key=lambda f: _to_a_state(ctx, f)):
        if f.cq != "visit" or f.modality != "asserted" or f.fields.get("start") or f.fields.get("end") \
                or _trip_keys(ctx, f) & dated:
            continue
        s = ctx.doc.sentence_index(f.evidence.start)
        if s not in heads and _told(ctx, s):
            continue  # "X, who flew to Y last week, ...": a time its own sentence tells, vaguer than a day
        day = scene_day(ctx, max(heads) if s in heads else s, f.evidence.end, headline=s in heads)
        if day is not None:
            f.fields["start"] = day
            dated.update(_trip_keys(ctx, f))  # (told again undated, it is the same trip)


def _trip_keys(ctx: Context, f) -> set[tuple]:
    """The traveller with the place, and with its country."""
    place = ctx.doc.entities.get(str(f.fields.get("destination")))
    country = ctx.country_of(place) if place is not None else None
    return {(f.fields.get("visitor"), p) for p in (f.fields.get("destination"), country and country.key) if p}


def _to_a_state(ctx: Context, f) -> bool:
    """Is the trip to a country (told after its cities)?"""
    place = ctx.doc.entities.get(str(f.fields.get("destination")))
    return place is not None and place.type == "State"
