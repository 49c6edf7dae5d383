"""Date candidates resolved to calendar dates: each finder pattern's resolution, and the tense
of the words around a mention, which decides a missing year.

Resolution rules (documented because news text leaves them implicit):

* A missing year, or a bare weekday, resolves with ``prefer``: ``"past"`` takes the latest
  occurrence on or before publication, ``"future"`` the earliest on or after it, ``"nearest"``
  the closest (ties go to the past), and ``"auto"`` (default) reads the tense of the words
  around the mention ("signed on Friday" → past, "is due to meet on Friday" → future) and falls
  back to ``"nearest"``. A weekday equal to the publication weekday is the publication day.
  "last Monday"/"next Monday" force the past/future occurrence.
* "this/last/next week" has granularity ``"week"`` and ``start_date`` = that week's Monday;
  month and year mentions give the first day of the period. ``end_date`` is set only for
  explicit ranges ("4-5 December"). Callers wanting a day-precise date keep ``"day"`` only.
* Without a publication date, only mentions that carry their own year are produced.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class DateMention:
    """A date expression: its span in the text and the calendar dates it denotes."""

    start: int
    end: int
    text: str
    start_date: dt.date
    end_date: dt.date | None
    granularity: str  # "day" | "week" | "month" | "year"
    # True when the year was not written but chosen by tense against publication: a later
    # pass lets an explicit year earlier in the sentence override it.
    year_inferred: bool = False


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}


# --- tense cues, for "auto" ------------------------------------------------------------------

_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|would|'ll|to)\s+(?:not\s+)?be\s+[a-z]+\b|"  # "will be held": not past
    r"\b(?:will|shall|'ll|is|are|was|were|be|been)\s+(?:also\s+|now\s+)?(?:due|expected|scheduled|"
    r"set|slated|poised|going|likely|planned|to)\b|\b(?:is|are|was|were)\s+not\s+(?:due|expected|scheduled|going|likely)\b|\b(?:will|shall|would|scheduled|slated|"
    r"next|later|coming|to\s+be)\b|\b(?:plans?|planning|intends?|aims?|hopes?)\s+to\b|'ll\b|"
    # news present tense of a scheduled event ("arrives in Delhi on December 4"), and "ahead of"
    r"\b(?:arrives|travels|heads|visits|hosts|opens|begins|starts|convenes|runs|ends|concludes|closes|returns|"
    r"takes\s+place|upcoming|forthcoming)\b|"
    r"\bahead\s+of\b"
)
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|said|told|met|held|took|left|began|flew|came|went|made|gave|"
    r"spoke|won|led|sent|saw|brought|wrote|struck|rose|fell|broke|chose|drove|ran|set\s+out|"
    # English's irregular past forms (a closed class): "paid a visit on Monday" is past
    r"paid|laid|sat|stood|spent|sought|fought|bought|thought|taught|caught|kept|felt|lost|found|sold|"
    r"built|meant|dealt|became|overcame|shook|withdrew|drew|grew|knew|threw|swore|got|forgot|fled|"
    r"hung|lent|slept|stuck|swept|understood|undertook|upheld|withheld|wound|"
    r"last|ago|earlier|previously|already|yesterday)\b|\b[a-z]{3,}ed\b"
)
# "-ed" words that are not past verbs.
_NOT_PAST = frozenset(
    {"need", "speed", "indeed", "hundred", "proceed", "exceed", "succeed", "united", "seed",
     "feed", "breed", "creed", "shed", "bed", "red", "based", "armed", "related", "limited",
     "scheduled", "expected", "planned", "slated", "proposed", "advanced", "detailed",
     # calling an event off says nothing of when it was to be: "cancelled his March 3 visit"
     "cancelled", "canceled", "postponed", "delayed", "scrapped", "shelved", "rescheduled"}
)
# Calling an event off: the nearest cue of that kind leaves the date to its nearest reading.
_CALLED_OFF = re.compile(r"\b(?:cancel+ed|postponed|delayed|scrapped|shelved|rescheduled|called\s+off|"
                         r"put\s+off|pushed\s+back)\b")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?$")
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# A cue word followed by "of" is a plural noun, no verb: "heads of state", "the visits of".
_NOUN_OF = re.compile(r"\s+of\b")
# Words opening a relative or reported clause after the date: its verb is that clause's, not the date's.
_CLAUSE_OPENER = re.compile(r"\b(?:which|who|whom|whose|that)\b", re.IGNORECASE)
# Future cues that name a later event, not the date's tense, when they follow the date.
_LATER_EVENT = re.compile(r"(?i)ahead\s+of|upcoming|forthcoming")
_BOUND = re.compile(r"[.!?;\n](?=\s+[A-Z\"“]|\s*$)|;|\n")


def _tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future' or None from the nearest tense cue in the mention's sentence."""
    left = max(0, start - 160)
    lo = left
    for b in _BOUND.finditer(text, left, start):
        lo = b.end()
    hi_m = _BOUND.search(text, end, min(len(text), end + 160))
    hi = hi_m.start() if hi_m else min(len(text), end + 160)
    best: tuple[float, str] | None = None
    future_spans: list[tuple[int, int]] = []
    for kind, rx in (("future", _FUTURE_CUE), ("past", _PAST_CUE), ("off", _CALLED_OFF)):
        for m in rx.finditer(text, lo, hi):
            if m.start() < end and m.end() > start:
                continue  # the mention's own words ("last Friday") are read elsewhere
            if kind == "future" and _ATTRIBUTIVE.search(text, max(0, m.start() - 4), m.start()):
                continue  # "skipped the scheduled summit on Monday": an adjective, no tense
            if kind == "future" and _NOUN_OF.match(text, m.end()):
                continue  # "a meeting of heads of state on Monday": a noun, no tense
            if kind == "future":
                future_spans.append(m.span())
            elif kind == "past" and (
                m.group(0).lower() in _NOT_PAST
                or any(a <= m.start() < b for a, b in future_spans)
                or text[max(0, m.start() - 3):m.start()] == "be "  # "is to be held"
                or text[m.end():m.end() + 4] == " by "  # "followed by X on Friday": a participle has no tense
                or _PERFECT.search(text, max(0, m.start() - 10), m.start())  # "has been confirmed": said now of any day
            ):
                continue
            gap = text[m.end():start] if m.end() <= start else text[end:m.start()]
            if m.start() >= end and (_CLAUSE_OPENER.search(gap) or kind == "future" and _LATER_EVENT.match(m.group(0))):
                # "arrived on Wednesday for a visit which will see ...": a later clause has its own time;
                # "flew in on Tuesday ahead of the summit": the event after the date is later, not the date
                continue
            # crossing a comma makes a cue less likely to govern the date
            dist: float = len(gap) + 40 * gap.count(",")
            if m.start() >= end:
                # the verb governing a date phrase usually precedes it
                dist = 2 * dist + 10
            if kind == "future":
                dist -= 0.5  # future cues are rarer and stronger: they win ties
            if best is None or dist < best[0]:
                best = (dist, kind)
    return best[1] if best and best[1] != "off" else None


# --- resolution ------------------------------------------------------------------------------


def _month(word: str) -> int:
    return _MONTHS[word[:3].lower()]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _choose(cands: list[tuple[dt.date, dt.date]], pub: dt.date, mode: str) -> dt.date:
    """Pick among candidate periods (first day, last day) by ``mode``; returns the first day."""
    if mode == "past":
        past = [c for c in cands if c[0] <= pub]
        if past:
            return max(past)[0]
    elif mode == "future":
        fut = [c for c in cands if c[1] >= pub]
        if fut:
            return min(fut)[0]

    def dist(c: tuple[dt.date, dt.date]) -> tuple[int, int]:
        if c[0] <= pub <= c[1]:
            return (0, 0)
        gap = (c[0] - pub).days if c[0] > pub else (pub - c[1]).days
        return (gap, 1 if c[0] > pub else 0)  # ties go to the past

    return min(cands, key=dist)[0]


def _year_less(month: int, day: int | None, pub: dt.date, mode: str) -> dt.date | None:
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        if day is None:
            first = dt.date(y, month, 1)
            last = dt.date(y, month, calendar.monthrange(y, month)[1])
            cands.append((first, last))
        else:
            d = safe_date(y, month, day)
            if d:
                cands.append((d, d))
    return _choose(cands, pub, mode) if cands else None


def _rel_year(word: str | None, pub: dt.date) -> int:
    return pub.year + {"last": -1, "this": 0, "next": 1}[word.lower()] if word else pub.year


class DateContext:
    """The text, publication date and preference a document's dates are resolved with."""

    def __init__(self, text: str, published: dt.date | None, prefer: str) -> None:
        self.text = text
        self.pub = published
        self.prefer = prefer

    def mode(self, start: int, end: int) -> str:
        if self.prefer != "auto":
            return self.prefer
        return _tense(self.text, start, end) or "nearest"


def date_mention(m: re.Match[str], ctx: DateContext, s: dt.date, e: dt.date | None, gran: str,
             group: str = "m", *, inferred: bool = False) -> DateMention:
    a, b = m.span(group)
    return DateMention(a, b, ctx.text[a:b], s, e, gran, inferred)


def _explicit_year(m: re.Match[str], ctx: DateContext, suffix: str = "") -> int | None:
    """The year a pattern states, 'last year' resolved; None when it states none."""
    gd = m.groupdict()
    if gd.get("year" + suffix):
        return int(gd["year" + suffix])
    if gd.get("ryear" + suffix):
        return _rel_year(gd["ryear" + suffix], ctx.pub) if ctx.pub else None
    return None


def _day_range(m: re.Match[str], ctx: DateContext, mon1: int, d1: int, mon2: int, d2: int
               ) -> DateMention | None:
    year = _explicit_year(m, ctx)
    inferred = year is None
    if year is None:
        if ctx.pub is None:
            return None
        s = _year_less(mon1, d1, ctx.pub, ctx.mode(*m.span("m")))
        if s is None:
            return None
        year = s.year
        # a span the day of writing falls in is this one, whatever the tense ("runs from March 8 to
        # March 11", written on March 10)
        now_s, now_e = safe_date(ctx.pub.year, mon1, d1), safe_date(ctx.pub.year + ((mon2, d2) < (mon1, d1)), mon2, d2)
        if now_s is not None and now_e is not None and now_s <= ctx.pub <= now_e:
            year = ctx.pub.year
    # a range that wraps the year end ("Dec 30 - Jan 2, 2026") names the end's year
    wraps = (mon2, d2) < (mon1, d1)
    if wraps and m.group("year"):
        s, e = safe_date(year - 1, mon1, d1), safe_date(year, mon2, d2)
    else:
        s, e = safe_date(year, mon1, d1), safe_date(year + wraps, mon2, d2)
    if s is None or e is None or e <= s or (e - s).days > 62:
        return None
    return date_mention(m, ctx, s, e, "day", inferred=inferred)


def _single_day(m: re.Match[str], ctx: DateContext, mon: int, d: int) -> DateMention | None:
    year = _explicit_year(m, ctx)
    if year is not None:
        s = safe_date(year, mon, d)
    elif ctx.pub is None:
        return None
    else:
        s = _year_less(mon, d, ctx.pub, ctx.mode(*m.span("m")))
    return date_mention(m, ctx, s, None, "day", inferred=year is None) if s else None


def iso_date(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """2025-12-04."""
    s = safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return date_mention(m, ctx, s, None, "day") if s else None


def month_day_range(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"December 30 - January 2", "4 to 5 December": days each with a month."""
    return _day_range(m, ctx, _month(m["mon"]), _day(m["d"]), _month(m["mon2"]), _day(m["d2"]))


def same_month_range(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"Dec. 4-5", "between 4 and 5 December", "on 27 and 28 March": days of one month. Two
    days joined by "and" without "between" are a span only when they follow each other ("on 3
    and 10 March" is two dates)."""
    mon = _month(m["mon"])
    d, d2 = _day(m["d"]), _day(m["d2"])
    if m["and"] and not m["btw"] and d2 != d + 1:
        return None
    return _day_range(m, ctx, mon, d, mon, d2)


def day_of_month(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"December 4", "Friday, 4 December"."""
    return _single_day(m, ctx, _month(m["mon"]), _day(m["d"]))


def _month_of(year: int, mon: int) -> dt.date:
    return dt.date(year, mon, 1)


def month_range(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"from March to May"."""
    mon1, mon2 = _month(m["mon"]), _month(m["mon2"])
    year2 = _explicit_year(m, ctx)
    if m["y1"]:
        y1 = int(m["y1"])
        year2 = year2 if year2 is not None else y1 + (mon2 < mon1)
    elif year2 is not None:
        y1 = year2 - (mon2 < mon1)
    elif ctx.pub is not None:
        y1 = _year_less(mon1, None, ctx.pub, ctx.mode(*m.span("m"))).year  # type: ignore[union-attr]
        year2 = y1 + (mon2 < mon1)
    else:
        return None
    s, e = _month_of(y1, mon1), _month_of(year2, mon2)
    return date_mention(m, ctx, s, e, "month") if e > s else None


def month_of_year(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"March 2024"."""
    return date_mention(m, ctx, _month_of(int(m["year"]), _month(m["mon"])), None, "month")


def bare_month(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"in July", "next July"."""
    if ctx.pub is None:
        return None
    group = "m" if m["m"] else "m2"
    mon = _month(m["mon"] or m["mon2"])
    rel = (m["rel"] or "").lower()
    if rel == "last":
        year = ctx.pub.year - (mon >= ctx.pub.month)
    elif rel == "next":
        year = ctx.pub.year + (mon <= ctx.pub.month)
    elif rel == "this":
        year = ctx.pub.year
    else:
        year = _year_less(mon, None, ctx.pub, ctx.mode(*m.span(group))).year  # type: ignore[union-attr]
        return date_mention(m, ctx, _month_of(year, mon), None, "month", group, inferred=True)
    return date_mention(m, ctx, _month_of(year, mon), None, "month", group)


def bare_year(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"in 2016", "since 2016"."""
    return date_mention(m, ctx, dt.date(int(m["year"]), 1, 1), None, "year")


def year_range(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"from 2016 to 2018"."""
    y1, y2 = int(m["year"]), int(m["year2"])
    return date_mention(m, ctx, dt.date(y1, 1, 1), dt.date(y2, 1, 1), "year") if y2 > y1 else None


#: A pattern's resolution: its match (group "m" the mention) to a date mention, or None.
Resolution = Callable[[re.Match[str], DateContext], "DateMention | None"]
