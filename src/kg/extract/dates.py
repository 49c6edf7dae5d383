"""Date mentions in news text: the patterns that propose candidate spans, and the finder that
keeps the longest of overlapping ones. :mod:`kg.extract.date_resolution` turns each candidate into
calendar dates against the article's publication date; no dateparser call is needed, so a
400-word article takes well under a millisecond or two.

    >>> import datetime as dt
    >>> [m.start_date.isoformat() for m in find_dates("Talks will open on Dec. 4-5.", dt.date(2025, 12, 2))]
    ['2025-12-04']

Bare numbers never become dates: a day number needs a month name beside it and a bare month or
year needs a preposition before it ("in July", "since 2016"), so "Article 5", "F-16", "34
countries" or "Theresa May" give nothing.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

from kg.extract.alternation import alternation
from kg.extract.anchored_dates import anchored_dates
from kg.extract.date_resolution import (
    DateContext,
    DateMention,
    Resolution,
    bare_month,
    bare_year,
    day_of_month,
    iso_date,
    month_day_range,
    month_of_year,
    month_range,
    same_month_range,
    year_range,
)
from kg.extract.relative_dates import (
    deictic_day,
    relative_period,
    time_ago,
    weekday,
    weekday_range,
)
from kg.layout import WEEKDAY

__all__ = ["PREFERENCES", "DateMention", "find_dates"]

PREFERENCES: tuple[str, ...] = ("auto", "nearest", "past", "future")


# --- vocabulary -----------------------------------------------------------------------------

# Capitalised only: lower-case "may"/"march" are verbs and nouns.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![A-Za-z])"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: A month's name, for readers that must not take one for a name ("the Summit on Nov. 18").
MONTH = _MONTH
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%])"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d%])"
_DASH = r"\s*[-–—‒−]\s*"
_TO = rf"(?:{_DASH}|\s+(?:to|through|until|till)\s+)"
# "December 4-5, 2025" / "4-5 December last year": an explicit or a relative year.
_YEARSUF = rf"(?:,?\s+(?P<year>{_YEAR})|\s+(?P<ryear>last|this|next)\s+year\b)?"
_YEARSUF2 = _YEARSUF.replace("?P<year>", "?P<year2>").replace("?P<ryear>", "?P<ryear2>")

# Words after which a bare month or year is a date ("in July", "since 2016").
# A sentence may open with one ("In 1962, ..."): the first letter may be a capital.
#: The prepositions and time words before a bare month or year ("since May", "in early 2019"), as
#: a case-insensitive alternation grouped by first letter (:mod:`kg.extract.alternation`: the
#: same matches, tried a third faster).
_PREP = "(?i:" + alternation(["in", "since", "by", "until", "till", "from", "during", "before", "after", "through",
                              "throughout", "around", "of", "between", "early", "late", "mid", "end", "start",
                              "beginning"]) + ")"


def _c(pattern: str, first: str) -> re.Pattern[str]:
    """``pattern``, told the characters a match can open with: a leading ``\\b`` alone makes the
    engine try the whole pattern at every position, a lookahead on one character set lets it skip
    most of them (half the time of date finding; the matches are the same)."""
    return re.compile(f"(?={first})" + pattern)


_MONTH_FIRST = "[JFMASOND]"
_PREP_FIRST = "(?i:[isbutfdaoelm])"  # the opening letters of _PREP, with its case folding


# Each pattern marks the mention with group "m"; more specific patterns first, but the
# selection below keeps the longest match anyway.
_ISO = _c(r"(?<![\d-])(?P<m>(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2}))(?![\d-])", r"\d")
_MD_MD = _c(
    rf"\b(?P<m>(?:(?:from|between)\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY}){_TO}"
    rf"(?P<mon2>{_MONTH})\s+(?P<d2>{_DAY}){_YEARSUF})",
    "[fbJFMASOND]",
)
_DM_DM = _c(
    rf"\b(?P<m>(?:(?:from|between)\s+)?(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})"
    rf"{_TO}(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<mon2>{_MONTH}){_YEARSUF})",
    r"[fbt\d]",
)
_MD_D = _c(
    rf"\b(?P<m>(?:(?P<btw>between)\s+|from\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY})"
    rf"(?:{_TO}|\s+(?P<and>and)\s+)(?P<d2>{_DAY}){_YEARSUF})",
    "[fbJFMASOND]",
)
_D_DM = _c(
    rf"\b(?P<m>(?:(?P<btw>between)\s+|from\s+)?(?:the\s+)?(?P<d>{_DAY})"
    rf"(?:{_TO}|\s+(?P<and>and)\s+)(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}){_YEARSUF})",
    r"[fbt\d]",
)
_MD = _c(
    rf"\b(?P<m>(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s+(?:the\s+)?(?P<d>{_DAY}){_YEARSUF})",
    "[JFMASONDTW]",
)
_DM = _c(
    rf"\b(?P<m>(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}){_YEARSUF})",
    r"[MTWFSt\d]",
)
_MON_MON = _c(
    rf"\b(?:from|between)\s+(?P<m>(?P<mon>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?"
    rf"(?:{_TO}|\s+and\s+)(?P<mon2>{_MONTH}){_YEARSUF})",
    "[fb]",
)
_MON_YEAR = _c(rf"\b(?P<m>(?P<mon>{_MONTH}),?\s+(?P<year>{_YEAR}))", _MONTH_FIRST)
_MON = _c(
    rf"(?:\b{_PREP}[- ]\s*(?:the\s+)?(?:(?:early|late|mid)[- ])?"
    rf"(?P<m>(?P<mon>{_MONTH}))|\b(?P<m2>(?P<rel>last|next|this|early|late|mid)[- ](?P<mon2>{_MONTH})))"
    r"(?!\s*\d)",
    "(?:" + _PREP_FIRST + "|[lntem])",
)
_WEEKDAY_RE = _c(
    rf"\b(?P<m>(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?(?P<wd>{_WEEKDAY}))\b",
    "[LlNnTtCcPpMWFS]",
)
# "from Tuesday to Thursday", "on Sunday and Monday": a span of days in the week in view
_WD_WD = _c(
    rf"\b(?P<m>(?:(?P<btw>between)\s+|from\s+)?(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+)?(?P<wd>{_WEEKDAY})(?:{_TO}|\s+(?P<and>and)\s+)(?P<wd2>{_WEEKDAY}))\b",
    "[bfLlNnTtCcMWFS]",
)
# "this afternoon", "last night": a part of the day is that day
_DEICTIC = _c(r"\b(?P<m>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Tt]his\s+(?:morning|afternoon|evening)|[Ll]ast\s+night)\b", "[YyTtLl]")
_RELATIVE = _c(
    r"(?<!the )(?<!the past )\b(?P<m>(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?"
    r"(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>week|month|year))\b",
    "[EeLlTtNn]",
)
_YEAR_RE = _c(
    rf"\b{_PREP}[- ]\s*(?:the\s+)?(?:(?:early|late|mid)[- ])?(?P<m>(?P<year>{_YEAR}))(?!'?s\b)(?![-–]\d)",
    _PREP_FIRST,
)
_YEAR_RANGE = _c(rf"\b(?:from|between)\s+(?P<m>(?P<year>{_YEAR})(?:{_TO}|\s+and\s+)(?P<year2>{_YEAR}))", "[fb]")

# "two days ago", "one year ago today", "a few minutes ago" (a live report's own day)
_AGO = _c(r"\b(?P<m>(?P<n>[Aa]\s+few|[Ss]everal|[Aa]n?|(?:[Tt]wen|[Tt]hir|[Ff]or|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)ty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
          r"|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen|[Ee]leven|[Tt]welve"
          r"|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,3})"
          r"\s+(?P<unit>minute|hour|day|week|month|year)s?\s+ago(?P<today>\s+today|\s+to\s+the\s+day)?)\b", r"[AaSsOoTtFfEeNn\d]")


_PATTERNS: tuple[tuple[re.Pattern[str], Resolution], ...] = (
    (_ISO, iso_date),
    (_MD_MD, month_day_range),
    (_DM_DM, month_day_range),
    (_MD_D, same_month_range),
    (_D_DM, same_month_range),
    (_MD, day_of_month),
    (_DM, day_of_month),
    (_MON_MON, month_range),
    (_MON_YEAR, month_of_year),
    (_MON, bare_month),
    (_WD_WD, weekday_range),
    (_WEEKDAY_RE, weekday),
    (_DEICTIC, deictic_day),
    (_RELATIVE, relative_period),
    (_AGO, time_ago),
    (_YEAR_RANGE, year_range),
    (_YEAR_RE, bare_year),
)


def _candidates(ctx: DateContext, days: list[tuple[int, dt.date]] | None = None) -> Iterator[DateMention]:
    for rx, handler in _PATTERNS:
        for m in rx.finditer(ctx.text):
            here = ctx
            if days and handler in _FROM_THE_DAY:
                day = next((d for at, d in reversed(days) if at <= m.start()), None)
                here = ctx if day is None else DateContext(ctx.text, day, ctx.prefer)
            found = handler(m, here)
            if found is not None:
                yield found


#: A line that is a day and nothing more, "Wednesday 1 December", "Thursday, June 13": a live report's
#: or a diary's heading; what the lines under it tell from their own day ("this morning", "on Tuesday",
#: "two hours ago") is told from the heading's day, not the day the page was last published.
_DAY_HEADING = re.compile(r"^[ \t]*(?:" + WEEKDAY + r",?[ \t]+)?"
                          r"(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?[ \t]*$", re.MULTILINE)
_FROM_THE_DAY = frozenset({weekday, weekday_range, deictic_day, relative_period, time_ago})


def _day_headings(ctx: DateContext) -> list[tuple[int, dt.date]]:
    """Where each day heading's section begins and its day (a day within a month of publication)."""
    out = []
    for h in _DAY_HEADING.finditer(ctx.text):
        line = h.group(0).strip()  # (read alone: the line is all its date)
        found = [c for c in _candidates(DateContext(line, ctx.pub, ctx.prefer))
                 if c.granularity == "day" and c.end_date is None and not line[c.end:].strip()]
        if found and ctx.pub is not None and abs((found[0].start_date - ctx.pub).days) <= 31:
            out.append((h.end(), found[0].start_date))
    return out


def find_dates(text: str, published: dt.date | None, *, prefer: str = "auto") -> list[DateMention]:
    """All date mentions in ``text``, sorted by offset and non-overlapping (longest wins).

    ``prefer`` decides a missing year or a bare weekday: "auto", "nearest", "past" or
    "future" (see :mod:`kg.extract.date_resolution`).
    """
    if prefer not in PREFERENCES:
        raise ValueError(f"prefer must be one of {PREFERENCES}, not {prefer!r}")
    ctx = DateContext(text, published, prefer)
    cands = sorted(_candidates(ctx, _day_headings(ctx)), key=lambda c: (-(c.end - c.start), c.start))
    taken: list[DateMention] = []
    for c in cands:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return anchored_dates(text, _inherit_years(sorted(taken, key=lambda c: c.start), text))


# A sentence ends between two mentions: a stop, then a capital or a quote.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+[\"“‘(]?[A-Z]|\n")


_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_YEAR_ADVERB = re.compile(r"(?i:last|next|this)\s+year")


def _inherit_years(mentions: list[DateMention], text: str) -> list[DateMention]:
    """A day or month written without a year takes the year of the last explicitly dated
    mention before it in the same sentence: "from 5 to 17 September 1978 ... signed on 17
    September" is 1978, whatever the publication date."""
    out: list[DateMention] = []
    anchor: DateMention | None = None
    heading = False  # the anchor heads a chronology's entry: its year holds to the end of the line
    for m in mentions:
        if anchor is not None and (_LINE_END if heading else _SENTENCE_END).search(text, anchor.end, m.start):
            anchor = None
        if anchor is not None and _bare_year_apart(anchor, m, text):
            anchor = None
        if m.year_inferred and anchor is not None:
            shift = anchor.start_date.year - m.start_date.year
            if shift and not _before_since(anchor, shift_years(m, shift), text):
                m = shift_years(m, shift)
        elif _WRITTEN_YEAR.search(m.text) or _YEAR_ADVERB.fullmatch(m.text) and not text.startswith("'s", m.end):
            anchor = m  # "in 1978", "March 2019"; "Last year, ..." (not "last year's deal")
            heading = entry_heading(m, text)
        out.append(m)
    return out


_LINE_END = re.compile(r"\n")
#: What closes a chronology entry's date: "3 May 2014 — ...", "2016: ...", "June 2-3, 2016 - ...".
_ENTRY_MARK = re.compile(r"\s*(?:[\u2014\u2013:]|-\s)")


def entry_heading(m: DateMention, text: str) -> bool:
    """Does the date open its line and a dash or colon close it, as a chronology's entries are
    headed ("12 May 2014 — Talks open. On 19 May they sign"): the entry's days are that year's."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return not text[line_start:m.start].strip() and bool(_ENTRY_MARK.match(text, m.end))


def _before_since(anchor: DateMention, m: DateMention, text: str) -> bool:
    """"closed since the floods of June 2019, opened again on May 2": a day the anchor's year would
    put before what "since" starts is not in that year."""
    return m.start_date < anchor.start_date and bool(_SINCE.search(text, max(0, anchor.start - 40), anchor.start))


_SINCE = re.compile(r"\bsince\b[^,;.]*$", re.IGNORECASE)


def _bare_year_apart(anchor: DateMention, m: DateMention, text: str) -> bool:
    """"The summit, the 21st since the forum first met in 2008, will be held on 14 December": a
    year alone, in a clause the comma closes, dates that clause, not a day told after it ("In
    2008, they met on 14 December" and "met in 2008 on 14 December" still share the year)."""
    if anchor.granularity != "year" or not _WRITTEN_YEAR.fullmatch(anchor.text.strip()):
        return False
    between = text[anchor.end:m.start]
    opener = not text[:anchor.start].strip() or _SENTENCE_START.search(text[:anchor.start])
    return "," in between and not (opener and between.lstrip().startswith(","))


# What a year opening its sentence follows: "In 2008, ..." (the start of the text or of a sentence).
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)\]]*\s+|\n)[\"“‘(]?\s*\w+\s+$")


def shift_years(m: DateMention, years: int) -> DateMention:
    """The mention moved by whole years, its year no longer inferred."""
    def move(d: dt.date) -> dt.date:
        try:
            return d.replace(year=d.year + years)
        except ValueError:  # 29 February into a common year
            return d.replace(year=d.year + years, day=28)

    end = move(m.end_date) if m.end_date else None
    return dataclasses.replace(m, start_date=move(m.start_date), end_date=end, year_inferred=False)
