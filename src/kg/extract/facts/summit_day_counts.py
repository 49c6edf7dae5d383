"""A summit's days counted from one of them: "on Friday, the second day of the summit" puts its
first day on Thursday, "the final day of the summit" its last on the day told; with no day told, a
present clause in a live report ("leaders gather for the third day of the summit") tells of the
day of writing. The words ranking a day by its place are `lexicon.yaml` `last_day_words` and
`first_day_words`; its number is `number_words`'."""
from __future__ import annotations

import datetime as dt
import re

from kg.extract.context import Context
from kg.extract.number_words import ordinal_in

#: A rank in figures: "the 2nd day".
_FIGURE_RANK = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
#: What stands between a date and a counted day set beside it: "on Friday, the second day".
_SET_BEFORE = re.compile(r"\s*,\s*")
#: Tags of a verb told in the past: its day is not the day of writing.
_PAST = frozenset({"VBD", "VBN"})


def counted_days(ctx: Context, heads_at: dict[int, list[int]]) -> tuple[dt.date | None, dt.date | None] | None:
    """The first and last day (either may be None) a summit's day counted from one of its days
    gives, from the first sentence telling one ("the second and last day of the summit"); None
    where no sentence does."""
    for s, heads in sorted(heads_at.items()):
        for k in heads:
            found = _day_of(ctx, s, k)
            if found is not None:
                return found
    return None


def _day_of(ctx: Context, s: int, k: int) -> tuple[dt.date | None, dt.date | None] | None:
    r = ctx.resolver
    toks = r.toks
    of = r.tree.head(k)
    if of is None:
        return None
    day: int | None = None
    if toks[k].dep == "poss":  # "the summit's closing day"
        day = of
    elif toks[k].dep == "pobj" and toks[of].lower == "of":
        day = r.tree.head(of)
    if day is None or toks[day].lemma != "day" or toks[day].lower != "day":
        return None  # ("days of talks": no one day counted)
    words = [toks[c] for c in r.tree.subtree(day) if c < day and c not in r.tree.subtree(k)]
    text = " ".join(t.lower for t in words)
    rank: int | None = ordinal_in(text) or next((int(m.group(1)) for m in [_FIGURE_RANK.search(text)] if m), None)
    if rank is None and any(t.lower in ctx.lexicon.first_day_words for t in words):
        rank = 1
    last = any(t.lower in ctx.lexicon.last_day_words for t in words)
    if rank is None and not last:
        return None
    on = _its_date(ctx, s, day, min(t.start for t in [*words, toks[day]]))
    if on is None:
        return None
    first = on - dt.timedelta(days=rank - 1) if rank else None
    return first, (on if last and first != on else None)


def _its_date(ctx: Context, s: int, day: int, at: int) -> dt.date | None:
    """The date the counted day falls on: one set right before it, "on Friday, the second day of
    ...", wherever the parse hung the two; one the parse hangs on it or on its clause's verb; else,
    in a sentence telling no date, the day of writing when the clause is told in the present."""
    from kg.extract.clause_dates import dates_for
    from kg.extract.clause_modality import parse_modality
    from kg.extract.syntax import VERBAL

    r = ctx.resolver
    beside = [d for d in ctx.dates_in(s, "day") if d.end_date is None and _SET_BEFORE.fullmatch(ctx.doc.text, d.end, at)]
    if beside:
        return beside[0].start_date
    verb = next((g for g in r.tree.ancestors(day) if r.toks[g].pos in VERBAL), None)
    for t in [day, verb]:
        if t is not None:
            told = [d for d in dates_for(ctx, s, r.toks[t]) if d.end_date is None]
            if told:
                return told[0].start_date
    if ctx.dates_in(s, "day") or verb is None or ctx.doc.article.published is None:
        return None
    tense = [r.toks[verb], *(r.toks[c] for c in r.tree.kids(verb, "aux", "auxpass"))]
    if any(t.tag in _PAST or t.tag == "MD" for t in tense) or parse_modality(r.tree, verb) in {"planned", "negated"}:
        return None  # "were meeting for the second day", "will speak on the final day"
    return ctx.doc.article.published
