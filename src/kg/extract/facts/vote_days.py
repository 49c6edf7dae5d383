"""The day of a vote told in the sentence beside the one telling what the vote did: "The Senate
ratified the accord by 60 votes to 12. The vote came on Tuesday, after ...", "The vote in the
capital late on Monday ended a long fight. The chamber approved the pact by 200 to 90." A
chamber's ratification its own sentence gives no day takes the day of the vote its neighbour
dates, when that sentence tells no other ratification. Read after :mod:`kg.extract.facts.ratifications`."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from kg.extract.clause_dates import dates_for
from kg.extract.clause_modality import parse_modality
from kg.extract.context import Context
from kg.extract.frames import Match
from kg.extract.nlp import Token, sentence_tokens
from kg.model import Fact

#: Nouns of the vote itself ("the vote", "the ballot", "the division"), not of what it approved.
_VOTE_NOUNS = frozenset({"vote", "ballot", "division", "roll-call"})


def days_told_beside(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """Each undated ratification by a legislature, dated by the one vote the sentence before or
    after dates ("the vote", not a vote of its own agreement), once no fact of that sentence has a day."""
    facts = [f for f in ctx.doc.annotations.get("facts", []) if f.cq == "ratification"]
    told = {ctx.doc.sentence_index(f.evidence.start) for f in facts}
    for f in facts:
        body = ctx.doc.entities.get(str(f.fields.get("body")))
        if f.modality != "asserted" or f.fields.get("date") or body is None or body.type != "Legislature":
            continue
        s = ctx.doc.sentence_index(f.evidence.start)
        if any(g.fields.get("date") for g in facts if ctx.doc.sentence_index(g.evidence.start) == s) \
                or _a_time_of_its_own(ctx, s):
            continue  # a sentence that dates another of its ratifications, or tells a time ("last summer"), dates its own
        days = {d for n in (s - 1, s + 1) if 0 <= n < len(ctx.doc.sentences) and n not in told
                and _same_paragraph(ctx, n, s) for d in _vote_days(ctx, n)} or _told_from_the_last(ctx, f, facts)
        if len(days) == 1:
            yield Fact(f.cq, {**f.fields, "date": days.pop()}, f.evidence, f.modality)


def _vote_days(ctx: Context, s: int) -> set:
    """The days of the sentence's definite vote nouns, told as done ("The vote came on Tuesday",
    "the vote in the capital late on Monday night", "The vote, held on Friday,")."""
    toks = ctx.resolver.toks
    days = set()
    for t in sentence_tokens(ctx.doc, s):
        if t.lemma.lower() not in _VOTE_NOUNS or t.pos != "NOUN" or t.tag == "NNS" or not _definite(ctx, t):
            continue
        if parse_modality(ctx.resolver.tree, t.i) not in (None, "asserted"):
            continue
        found = dates_for(ctx, s, t) or (dates_for(ctx, s, toks[t.head]) if t.dep in {"nsubj", "nsubjpass"} else [])
        # (a parse that hangs the vote apart from its time: the sentence's one day, if it has one)
        found = found or (lone if len(lone := ctx.dates_in(s, "day")) == 1 else [])
        days |= {d.start_date for d in found[:1]}
    return days


#: A day told from the last one a vote was told on: "ratified it the same day", "the next day".
_FROM_LAST = re.compile(r"\b(?:(?:on\s+)?(?:the|that)\s+(?P<same>same)\s+day|(?:the\s+)?(?P<next>next|following)\s+day"
                        r"|(?P<later>a|one)\s+day\s+later)\b", re.IGNORECASE)


def _told_from_the_last(ctx: Context, f: Fact, facts: list[Fact]) -> set:
    """"The X, the lower chamber, ratified it the same day" (the text's dates gave the phrase no
    day, a quote or a remark standing between): the day of the last dated ratification told in
    the three sentences before, or the day after it."""
    s = ctx.doc.sentence_index(f.evidence.start)
    said = _FROM_LAST.search(ctx.doc.sentences[s].text or ctx.doc.text[f.evidence.start:f.evidence.end])
    if said is None:
        return set()
    before = [g for g in facts if g.fields.get("date") and 0 < s - ctx.doc.sentence_index(g.evidence.start) <= 3]
    if not before:
        return set()
    last = max(before, key=lambda g: g.evidence.start).fields["date"]
    return {last if said["same"] else last + dt.timedelta(1)}  # type: ignore[operator]


#: Times a sentence may tell an event by that no day-precise date reads: "last summer", "years ago".
_VAGUE_TIME = re.compile(r"\b(?:(?:last|this|next|that|the\s+previous|the\s+following)\s+(?:summer|winter|spring|autumn|fall"
                         r"|year|month|week|decade)|\w+\s+(?:years|months|weeks)\s+ago|in\s+(?:1[89]|20)\d\d)\b", re.IGNORECASE)


def _a_time_of_its_own(ctx: Context, s: int) -> bool:
    """Does the sentence tell a time of its own, a month, a year or a season ("ratified it last summer")?"""
    return any(ctx.dates_in(s, g) for g in ("month", "year")) or bool(_VAGUE_TIME.search(ctx.doc.sentences[s].text
                                                                                         or ctx.sentence(s)))


def _definite(ctx: Context, t: Token) -> bool:
    """"The vote", "Tuesday's vote", "that vote": one already in view."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    return any(toks[c].lower in {"the", "that", "this"} for c in tree.kids(t.i, "det")) or bool(tree.kids(t.i, "poss"))


def _same_paragraph(ctx: Context, a: int, b: int) -> bool:
    """Do two sentences stand in one paragraph, or the second open the one after the first's
    (a lede's vote told on in the next paragraph)?"""
    lo, hi = sorted((a, b))
    between = ctx.doc.text[ctx.doc.sentences[lo].end:ctx.doc.sentences[hi].start]
    return between.count("\n") <= 2
