"""Offices told of a time long past: "the accord was signed in 1995 by President X" gives X's
office then, not at the article's date, and FORMAT.md records offices held now. A title whose
clause is dated only years before publication ("in 1995", "on 14 December 1995") is such an office;
one told again in a clause of now is recorded from there."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.clause_dates import dates_for
from kg.extract.context import Context, Found
from kg.extract.nlp import Token

if TYPE_CHECKING:
    from kg.extract.facts.owners import Names

#: how many years before publication a clause's date must lie to tell of another time
_YEARS_BACK = 2
_GRANULARITIES = ("day", "month", "year")


def told_of_then(ctx: Context, names: Names, s: int, person: Found) -> bool:
    """Is the person's name in a clause whose every date lies years before the article's date (and
    the gazetteer does not list the person in an office at that date: "met President X in 2017"
    of a president still in office is the office now too)?"""
    published = ctx.doc.article.published
    if published is None or _in_office_at(ctx, person, published.isoformat()):
        return False
    verb = _clause_verb(names, person)
    if verb is None:
        return False
    dates = [d for g in _GRANULARITIES for d in dates_for(ctx, s, verb, g)]
    return bool(dates) and all(not d.year_inferred and (d.end_date or d.start_date).year <= published.year - _YEARS_BACK
                               for d in dates)


def _in_office_at(ctx: Context, person: Found, day: str) -> bool:
    """Does the gazetteer list the linked person in an office whose term holds the day?"""
    entry = ctx.gazetteer.get(person.entity.qid) if person.entity.qid and ctx.gazetteer is not None else None
    if entry is None:
        return False
    extra = entry.extra or {}
    terms = [extra["office"]] if isinstance(extra.get("office"), dict) else []
    terms += [o for o in extra.get("offices") or [] if isinstance(o, dict)]
    return any(str(o.get("start") or "9999") <= day and (not o.get("end") or day <= str(o["end"])) for o in terms)


def _clause_verb(names: Names, person: Found) -> Token | None:
    """The verb of the clause the person's name stands in (through the phrases it hangs in)."""
    span = names.tokens_of(person)
    if not span:
        return None
    t = names.toks[span[0]]
    for _ in range(12):
        if t.pos in {"VERB", "AUX"}:
            return t
        if t.head == t.i:
            return None
        t = names.toks[t.head]
    return None
