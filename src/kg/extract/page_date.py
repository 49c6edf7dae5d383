"""A page's own date line ("Published 12 March 2024", "March 12, 2024 10:15 GMT"), read as the
article's publication date when the article came without one.

A date line is page furniture, not a sentence: besides one written-out date (with its year) it
holds only a label ("Published", "Updated", "Posted on"), a weekday, a time of day and its zone,
and separators; a byline or an agency may share the line after a bar ("By Ana Sobral | 12 March
2024"). A line that says anything else ("Talks open on 12 March 2024") is no date line. The first
lines are read, where pages print it; "published" or "posted" beats "updated".

    >>> page_date("Headline\\nBy Ana Sobral | Published 12 March 2024, 10:15 GMT\\nTalks opened.")
    datetime.date(2024, 3, 12)
    >>> page_date("Headline\\nTalks will open on 12 March 2024 in Lima.") is None
    True
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from kg.extract.dates import find_dates
from kg.model import Article

#: How many lines from the top may hold the page's date line.
_TOP_LINES = 12
#: Words a date line may hold besides its date (case-folded).
_FURNITURE = frozenset({
    "published", "publish", "posted", "updated", "update", "last", "first", "modified", "date", "dated", "on",
    "at", "am", "pm", "a.m.", "p.m.",
    # time zones
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "et", "edt", "est", "pt", "pst", "pdt", "ist", "jst",
    "kst", "aest", "aedt", "sgt", "hkt", "msk", "wat", "cat", "eat",
    # weekdays and their abbreviations
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun",
})
_TIME = re.compile(r"^(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[:.][0-5]\d)?(?:am|pm)?$|^t\d\d:\d\d(?::\d\d)?z?$|^[+-]\d{2}:?\d{2}$|^z$",
                   re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")
_FIRST = re.compile(r"\b(?:published|posted)\b", re.IGNORECASE)


def dated(article: Article) -> Article:
    """The article, with its page's date line as its date when it came without one."""
    if article.published is not None or (printed := page_date(article.text)) is None:
        return article
    return dataclasses.replace(article, published=printed)


def page_date(text: str) -> dt.date | None:
    """The date of the page's date line among its first lines, or None when it has none."""
    from kg.layout import DATE_STAMP

    if (stamp := DATE_STAMP.match(text)) is not None:  # a crawler's stamp before the story
        try:
            return dt.date.fromisoformat(stamp.group("date"))
        except ValueError:
            pass
    found: list[tuple[bool, dt.date]] = []
    for line in text.splitlines()[1:_TOP_LINES + 1]:  # the first line is the headline
        for segment in _SEPARATORS.split(line.strip()):
            date = _date_line(segment)
            if date is not None:
                found.append((bool(_FIRST.search(segment)), date))
    if not found:
        return None
    first = [d for published, d in found if published]
    return first[0] if first else found[0][1]


def _date_line(segment: str) -> dt.date | None:
    """The date of a segment that is a date and furniture only, with its year written."""
    if len(segment) > 80:
        return None
    dates = [m for m in find_dates(segment, None) if m.granularity == "day" and not m.year_inferred
             and m.end_date in (None, m.start_date)]
    if len(dates) != 1:
        return None
    rest = segment[:dates[0].start] + " " + segment[dates[0].end:]
    words = [w.rstrip(":") for w in re.split(r"[\s,;()]+", rest.casefold()) if w.rstrip(":")]
    if all(w in _FURNITURE or _TIME.match(w) for w in words):
        return dates[0].start_date
    return None
