"""The day of a live blog's entry: an entry opened by a time of day ("11:30 - The ministers have
signed ...", "15:10 Officials confirmed ...") tells what happened on the day the blog is
published, so an event it reports as done, with no date of its own, happened that day.

    >>> import re
    >>> bool(_TIMESTAMP.match("11:30 - The two ministers signed the accord."))
    True
    >>> bool(_TIMESTAMP.match("2024 was a year of treaties."))
    False
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.extract.news_days import told_in_main_clause

if TYPE_CHECKING:
    from kg.extract.context import Context
    from kg.extract.frames import Match

#: A time of day opening a line, then the entry's first word: "09:12 - Good morning", "13:05 Qatar",
#: "10.40 GMT: The minister".
_TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|local time))?"
                        r"\s*[-\u2013\u2014:|]?\s*[\"\u201c]?[A-Z]")

#: Clauses that describe a noun ("the accord, which they signed ..."): background, not the entry's news.
_DESCRIBING = frozenset({"relcl", "acl"})


def in_timestamped_entry(ctx: Context, s: int) -> bool:
    """Is sentence ``s`` on a line that a time of day opens?"""
    text = ctx.doc.text
    start = ctx.doc.sentences[s].start
    line = text.rfind("\n", 0, start) + 1
    return _TIMESTAMP.match(text, line) is not None


def entry_day(ctx: Context, m: Match, modality: str) -> dt.date | None:
    """The publication day for an event a timestamped entry tells as done in its own clause."""
    if modality != "asserted" or m.trigger.dep in _DESCRIBING or not in_timestamped_entry(ctx, m.sentence):
        return None
    return ctx.doc.article.published


def date_entry_trips(ctx: Context, facts: list) -> None:
    """Date each trip a timestamped entry tells as done with no day of its own, or only the day of
    writing ("10:40 - X has joined the leaders", "flew in this morning with Y"), with the publication
    day — unless a telling of the same traveller's trip to that place has a day: it is that trip. A
    month or year told only in a clause of its own ("since returning to office in January") looks back
    without dating the trip."""
    published = ctx.doc.article.published
    if published is None:
        return
    trips = [f for f in facts if f.cq == "visit"]
    dated = {(f.fields.get("visitor"), f.fields.get("destination")) for f in trips if f.fields.get("start") or f.fields.get("end")}
    for f in trips:
        if f.modality != "asserted" or (f.fields.get("visitor"), f.fields.get("destination")) in dated:
            continue
        s = ctx.doc.sentence_index(f.evidence.start)
        if not in_timestamped_entry(ctx, s) or any(
                d.start_date != published or d.end_date not in (None, published) for d in ctx.dates_in(s)) \
                or any(told_in_main_clause(ctx, d) for g in ("week", "month", "year") for d in ctx.dates_in(s, g)):
            continue
        f.fields["start"] = published
