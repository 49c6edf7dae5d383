"""Dates told relative to the day of publication: a weekday ("on Friday", "last Monday"), a span
of weekdays ("from Tuesday to Thursday"), "yesterday" and "tomorrow", "last week", "two days
ago". The rules are :mod:`kg.extract.date_resolution`'s."""
from __future__ import annotations

import datetime as dt
import re

from kg.extract.date_resolution import (
    WEEKDAYS,
    DateContext,
    DateMention,
    date_mention,
    safe_date,
)
from kg.extract.number_words import TEEN_WORDS, TENS_WORDS


def weekday(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"on Friday", "last Monday"."""
    if ctx.pub is None:
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    pub = ctx.pub
    back = pub - dt.timedelta((pub.weekday() - wd) % 7)
    ahead = pub + dt.timedelta((wd - pub.weekday()) % 7)
    rel = (m["rel"] or "").lower()
    if rel in ("last", "past"):
        day = back if back < pub else back - dt.timedelta(7)
    elif rel in ("next", "coming"):
        day = ahead if ahead > pub else ahead + dt.timedelta(7)
    else:
        mode = ctx.mode(*m.span("m"))
        if mode == "nearest":
            mode = "past" if (pub - back) <= (ahead - pub) else "future"
        day = back if mode == "past" else ahead
    return date_mention(m, ctx, day, None, "day")


def weekday_range(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"from Tuesday to Thursday", "on Sunday and Monday": the first day as "on Tuesday" is, the
    last the next such weekday after it. Two days joined by "and" without "between" are a span
    only when they follow each other ("on Monday and Friday" is two dates)."""
    first = weekday(m, ctx)
    if first is None:
        return None
    gap = (WEEKDAYS[m["wd2"].lower()] - WEEKDAYS[m["wd"].lower()]) % 7
    if gap == 0 or m["and"] and not m["btw"] and gap != 1:
        return None
    return date_mention(m, ctx, first.start_date, first.start_date + dt.timedelta(gap), "day")


def deictic_day(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"yesterday", "today", "tonight", "tomorrow", "this afternoon", "last night"."""
    if ctx.pub is None:
        return None
    word = m["m"]
    # "Russia Today", "USA Today": a capitalised "Today" right after a capitalised name
    prev = ctx.text[:m.start()].rstrip()
    if word[0].isupper() and re.search(r"[A-Z][A-Za-z]*$", prev):
        return None
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this": 0, "last": -1}[word.lower().split()[0]]
    return date_mention(m, ctx, ctx.pub + dt.timedelta(shift), None, "day")


def relative_period(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"last week", "this month", "next year"."""
    if ctx.pub is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    pub, unit = ctx.pub, m["unit"]
    if unit == "week":
        return date_mention(m, ctx, pub - dt.timedelta(pub.weekday() - 7 * step), None, "week")
    if unit == "month":
        idx = pub.year * 12 + pub.month - 1 + step
        return date_mention(m, ctx, dt.date(idx // 12, idx % 12 + 1, 1), None, "month")
    return date_mention(m, ctx, dt.date(pub.year + step, 1, 1), None, "year")


_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}


def _counted(words: str) -> int | None:
    """A count in words: "two" 2, "fifteen" 15, "twenty-five" 25 (else None: "a few")."""
    tens, _, unit = words.replace(" ", "-").partition("-")
    if tens in TENS_WORDS:
        return TENS_WORDS[tens] + (_COUNT.get(unit, 0) if unit else 0)
    return TEEN_WORDS.get(words, _COUNT.get(words))


def time_ago(m: re.Match[str], ctx: DateContext) -> DateMention | None:
    """"two days ago", "one year ago today": counted back from the publication date; a year or
    month back is a day only when the text says "today" or "to the day"."""
    if ctx.pub is None:
        return None
    unit, pub = m["unit"], ctx.pub
    if unit in {"minute", "hour"}:  # "a few minutes ago" in a live report: its own day
        return date_mention(m, ctx, pub, None, "day")
    n = int(m["n"]) if m["n"].isdigit() else _counted(m["n"].lower())
    if n is None:  # "a few days ago": no day to count back to
        return None
    if unit in {"day", "week"}:
        return date_mention(m, ctx, pub - dt.timedelta(days=n * (7 if unit == "week" else 1)), None,
                        "day" if unit == "day" or m["today"] else "week")
    idx = pub.year * 12 + pub.month - 1 - (n * 12 if unit == "year" else n)
    year, month = idx // 12, idx % 12 + 1
    if m["today"]:
        day = safe_date(year, month, pub.day) or safe_date(year, month, 28)
        return date_mention(m, ctx, day, None, "day") if day else None
    return date_mention(m, ctx, dt.date(year, month, 1) if unit == "month" else dt.date(year, 1, 1), None, unit)
