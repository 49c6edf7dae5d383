"""When a signing happened that its own sentence does not date: on the day the document bears.
A document "dated 4 May 1990" (``data/frames.yaml`` ``document_dates``: a participle on the
agreement's name with one full day under it) was signed that day, so a signing of it told as done
elsewhere in the article without a day ("That accord was signed in X by A and B") takes it.
Read after the signings are built (no new fact)."""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

from kg.extract.context import Context
from kg.model import Fact

_GRAINS = ("day", "week", "month", "year")


@functools.cache
def _participles() -> frozenset[str]:
    from kg.extract.description_fits import frames_data

    return frozenset(frames_data().get("document_dates", ()))


def date_from_the_text(ctx: Context) -> Iterator[Fact]:
    """Give each undated signing told as done the one day its agreement is told dated by."""
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    # (a signing its own sentence gives a month or a year is another, or told less precisely)
    undated = [f for f in facts if f.cq == "signing" and f.modality == "asserted" and "date" not in f.fields
               and not any(ctx.dates_in(s, g) for s in [ctx.doc.sentence_index(f.evidence.start)] for g in _GRAINS)]
    for key in {str(f.fields.get("agreement")) for f in undated}:
        days = _days_borne(ctx, key)
        if len(days) != 1:
            continue
        day = days.pop()
        for f in undated:
            if f.fields.get("agreement") == key:
                f.fields["date"] = day
    yield from ()


def _days_borne(ctx: Context, key: str) -> set[dt.date]:
    """The days a participle on a name of the agreement gives it: "the X Accord, dated May 4, 1990"."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    days: set[dt.date] = set()
    for t in toks:  # (the parser may take "dated" for a past tense: its place right after the name tells)
        if t.lemma not in _participles() or t.tag not in {"VBN", "VBD"} or t.i < 2 \
                or any(c.dep in {"nsubj", "nsubjpass", "auxpass", "aux"} for c in toks if c.head == t.i):
            continue
        named = ctx.resolver.entities(t.i - 2 if toks[t.i - 1].text == "," else t.i - 1, ("Agreement",))
        if [e.key for e in named] != [key]:  # the name, or "the accord" as resolved
            continue
        below = tree.subtree(t.i)
        start, end = min(toks[k].start for k in below), max(toks[k].end for k in below)
        days |= {d.start_date for d in ctx.dates_in(t.sent, "day") if start <= d.start and d.end <= end and d.end_date is None
                 and not d.year_inferred}
    return days
