"""Dates told from another date, not from the publication day: "a day later", "the next day",
"two days earlier", "the following Thursday", "later that day", "hours earlier". Each resolves against the last
day-precise date the text gave before it, as a reader does; with none before it, it is no date.

    >>> import datetime as dt
    >>> from kg.extract.dates import find_dates
    >>> text = "They signed on 3 May 2024. Two days later, the minister left."
    >>> [m.start_date.isoformat() for m in find_dates(text, dt.date(2024, 5, 9))]
    ['2024-05-03', '2024-05-05']
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from kg.extract.date_resolution import DateMention
from kg.extract.number_words import COUNT_WORDS

_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_NUMBERS = {"a": 1, "an": 1, **COUNT_WORDS}
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# What a following noun phrase would open: "the day before the vote" is told from the vote,
# which may be no date of the text, so only the bare phrase counts.
_NOUN_PHRASE_NEXT = r"(?!\s+(?:the|a|an|his|her|its|their|our|this|that|[A-Z]))"

# A sentence ends: a stop, then a capital or a quote; or a line ends.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+[\"“‘(]?[A-Z]|\n")

# The lookahead names the letters a phrase opens with: it lets the engine skip most positions.
_ANCHORED = re.compile(
    r"(?=(?i:[aefhlnopst\d]))"
    rf"(?i:\b(?P<m>(?P<n>{_COUNT})\s+(?P<unit>day|week)s?\s+(?:(?P<dir>later|earlier|afterwards?)"
    rf"|(?P<dir3>after|before){_NOUN_PHRASE_NEXT})"
    # "next Monday" alone is told from the publication day (kg.extract.dates); "the next Monday" is not
    rf"|(?:the\s+)?(?P<next>next|following|previous|preceding)\s+day"
    rf"|the\s+(?P<next2>next|following|previous|preceding)\s+(?P<wd>{_WEEKDAY})"
    rf"|the\s+day\s+(?P<dir2>before|after){_NOUN_PHRASE_NEXT}"
    r"|(?:later|earlier)\s+that\s+day|(?:on\s+)?the\s+same\s+day|that\s+same\s+day"
    # "later in the day", "earlier that morning": the same day
    r"|(?:later|earlier)\s+in\s+the\s+day|(?:later|earlier)\s+that\s+(?:morning|afternoon|evening|night)"
    # "hours earlier", "a few hours later": the same day
    r"|(?:(?:a\s+few|several|some|\d{1,2}|two|three|four|five|six)\s+)?hours\s+(?:earlier|later))\b)"
)


# "X happened on Thursday, a day after the pact was signed": the clause the phrase opens is told
# back from the date its sentence set before it (Wednesday), not forward from it.
_APPOSED = re.compile(rf"(?i:,\s+(?:just\s+|only\s+)?(?P<m>(?P<n>{_COUNT})\s+(?P<unit>day|week)s?\s+(?P<dir>after|before))\s+\w)")


def anchored_dates(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` (sorted, non-overlapping) with the anchored phrases of ``text`` added, each
    resolved against the last day-precise date before it (an anchored one too: "the next day
    ... two days later"). A phrase takes the place of a shorter mention inside it ("the
    following Thursday" is no Thursday told from the publication day)."""
    apposed = {m.start("m"): m for m in _APPOSED.finditer(text)}
    phrases = [apposed.pop(m.start("m"), m) for m in _ANCHORED.finditer(text)]
    phrases = sorted(phrases + list(apposed.values()), key=lambda m: m.start("m"))
    phrases = [m for m in phrases if not any(m.start("m") < x.end and x.start < m.end("m")
                                             and not (m.start("m") <= x.start and x.end <= m.end("m")) for x in mentions)]
    if not phrases:
        return mentions
    kept = [x for x in mentions if not any(p.start("m") <= x.start and x.end <= p.end("m") for p in phrases)]
    out: list[DateMention] = []
    events = sorted([(x.start, x) for x in kept] + [(p.start("m"), p) for p in phrases], key=lambda e: e[0])
    for _, item in events:
        if isinstance(item, DateMention):
            out.append(item)
            continue
        anchor = next((x for x in reversed(out) if x.granularity == "day"), None)
        # a date two sentences back or more is another event's ("... approved it on 18 May.
        # [a sentence on another vote] The upper house endorsed it later the same day")
        if anchor is None or len(_SENTENCE_END.findall(text, anchor.end, item.start("m"))) > 1:
            continue
        if item.re is _APPOSED:  # only after its sentence's date, and counted back from it
            if _SENTENCE_END.search(text, anchor.end, item.start("m")):
                continue
            n = int(item["n"]) if item["n"].isdigit() else _NUMBERS[item["n"].lower()]
            days = n * (7 if item["unit"].lower() == "week" else 1)
            day = anchor.start_date + dt.timedelta(-days if item["dir"].lower() == "after" else days)
        else:
            day = _resolve(item, (anchor.end_date or anchor.start_date) if _forward(item) else anchor.start_date)
        a, b = item.span("m")
        out.append(DateMention(a, b, text[a:b], day, None, "day"))
    return out


def _forward(m: re.Match[str]) -> bool:
    """Does the phrase count forward (from the end of a range) rather than back?"""
    word = (m["dir"] or m["dir2"] or m["dir3"] or m["next"] or m["next2"] or "").lower()
    return word in {"later", "after", "afterward", "afterwards", "next", "following"}


def _resolve(m: re.Match[str], anchor: dt.date) -> dt.date:
    if m["n"]:
        n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"].lower()]
        days = n * (7 if m["unit"].lower() == "week" else 1)
        return anchor + dt.timedelta(days if _forward(m) else -days)
    if m["wd"]:
        wd = list(calendar.day_name).index(m["wd"].capitalize())
        if _forward(m):
            return anchor + dt.timedelta((wd - anchor.weekday() - 1) % 7 + 1)
        return anchor - dt.timedelta((anchor.weekday() - wd - 1) % 7 + 1)
    if m["next"] or m["dir2"]:
        return anchor + dt.timedelta(1 if _forward(m) else -1)
    return anchor  # "later that day", "the same day"
