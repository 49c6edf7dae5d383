"""Where a participation frame with no summit of its own takes place: with a person or state one
joins (at the summit in view), or at some other gathering its sentence names, or at the act its
clause tells (not at it); and which names are on the edge of another gathering than a summit told
beside it."""
from __future__ import annotations

import datetime as dt

from kg.extract.context import Context, Found
from kg.extract.frames import Match
from kg.model import Entity

#: Nouns of the edge of a gathering: "on the sidelines of X", "on the margins of X".
_EDGES = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})
#: Prepositions that put a meeting at a gathering: "at X", "during X", "on the sidelines of X".
_AT = ("at", "during", "on")


def joins_someone(ctx: Context, m: Match) -> bool:
    """"The presidents of A and B joined him", "C joined the host": joining a person or a state is
    being where they are, at the summit in view, not taking part in that person."""
    r = ctx.resolver
    if m.trigger.lemma != "join":
        return False
    people = r.frames.descriptions.get("Person", ())
    return all(r.toks[k].pos == "PRON" or r.toks[k].lemma in people
               or (f := r.at_token.get(k)) is not None and f.entity.type in {"Person", "State"} for k in m.args.object)


def said_elsewhere(ctx: Context, m: Match, summit: Entity) -> bool:
    """"X met Y on the sidelines of the UN General Assembly", "at the World Bank": a meeting the
    sentence puts at an organisation's gathering other than the summit in view (whose name does
    not carry the organisation's) is not at that summit."""
    r = ctx.resolver
    for k in m.args.prep(*_AT):
        if r.toks[k].lemma in _EDGES or r.toks[k].lower in _EDGES:
            k = next((o for p in r.tree.kids(k, "prep") if r.toks[p].lower == "of" for o in r.tree.kids(p, "pobj")), k)
        f = r.at_token.get(k)
        if f is None or f.entity.type not in {"InternationalOrganization", "Organization", "Legislature"}:
            continue
        names = {f.entity.label.lower(), *(a.lower() for a in f.entity.aliases)}
        summit_names = " ".join([summit.label, *summit.aliases]).lower()
        if not any(n and n in summit_names for n in names):
            return True
    return False


#: Days either side of a summit's told time within which a meeting may still be at it (guests
#: arrive days ahead; a weekday read either way may fall a week off).
_NEAR = dt.timedelta(days=14)


def dated_apart(ctx: Context, m: Match, summit: Entity) -> bool:
    """"Last year she stayed away from the summit in X" ... "On Tuesday Y welcomed him": a meeting
    the article tells on a day (its own, else the day of writing) far from every time the parse
    ties to the summit's own mentions (else its sentences tell) is not at that summit. A summit
    told no time says nothing."""
    from kg.extract.clause_dates import dates_for
    from kg.extract.syntax import VERBAL

    r = ctx.resolver
    told = []
    for k, f in r.at_token.items():
        if f.entity is not summit or r.at_token.get(r.toks[k].head) is f:
            continue
        verb = next((g for g in r.tree.ancestors(k) if r.toks[g].pos in VERBAL), None)
        clauses = [c for c in r.tree.kids(k, "relcl", "acl") if r.toks[c].pos in VERBAL]  # "the summit, held in June"
        for t in [k, *clauses] if verb is None else [k, verb, *clauses]:
            told += [d for g in ("day", "month", "year") for d in dates_for(ctx, r.toks[t].sent, r.toks[t], g)]
    if not told:  # the parse tying no time to it: the times its sentences tell ("at the close of X, hosted on May 2")
        told = [d for s in {m.sentence for m in ctx.doc.mentions if m.entity == summit.key}
                for g in ("day", "month", "year") for d in ctx.dates_in(s, g)]
    if not told:
        return False
    days = [d.start_date for d in dates_for(ctx, m.sentence, m.trigger)]
    # ("following X, which joined in April 2023": a month or year of its own, none of the summit's days in it)
    spans = [] if days else [_span(d) for g in ("month", "year") for d in dates_for(ctx, m.sentence, m.trigger, g)]
    if spans:
        return not any(_span(d)[0] - _NEAR <= last and first <= _span(d)[1] + _NEAR for d in told for first, last in spans)
    published = ctx.doc.article.published
    if not days and published is not None and all(not _near(d, published) and d.start_date < published for d in told):
        days = [published]  # undated, told now: not at a summit long gone ("is expected to send" may be for one ahead)
    return bool(days) and not any(_near(d, day) for d in told for day in days)


def _span(d) -> tuple[dt.date, dt.date]:
    """The first and last day a date tells (a day, a range, a month, a year)."""
    first = d.start_date
    if d.granularity == "year":
        return dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
    if d.granularity == "month":
        return dt.date(first.year, first.month, 1), dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1)
    return first, d.end_date or first


def _near(d, day: dt.date) -> bool:
    """Is ``day`` within a week of the time a date tells (a day, a range, a month, a year)?"""
    first = d.start_date
    if d.granularity == "year":
        first, last = dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
    elif d.granularity == "month":
        last = (dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1))
        first = dt.date(first.year, first.month, 1)
    else:
        last = d.end_date or first
    return first - _NEAR <= day <= last + _NEAR


def witnessing(ctx: Context, m: Match) -> bool:
    """"The committee approved the text in the presence of X", "the vote was taken in the
    presence of X": one present at what another does is where that act is, no summit in view."""
    toks = ctx.resolver.toks
    t = m.trigger
    if not m.args.nominal or t.dep != "pobj" or t.head == t.i:
        return False
    prep = toks[t.head]
    # a bare noun after "in" is a state of its holder, not a scene: "A and B were in attendance"
    bare = not ctx.resolver.tree.kids(t.i, "det", "poss")
    return prep.lower in {"in", "with"} and toks[prep.head].pos in {"VERB", "AUX"} and prep.head != prep.i and not bare


def on_another_edge(ctx: Context, f: Found, summit: Entity) -> bool:
    """"A and B held their first summit on the sidelines of the X meeting": an organisation (or
    state) named inside the edge phrase of a gathering, in a sentence where the summit's own words
    lie outside that phrase, is the other gathering's, not this summit's."""
    r = ctx.resolver
    k = next((i for i, g in r.at_token.items() if g is f), None)
    if k is None:
        return False
    edge = next((g for g in r.tree.ancestors(k) if r.toks[g].lower in _EDGES), None)
    if edge is None:
        return False
    inside = set(r.tree.subtree(edge))
    own = [i for i, g in r.at_token.items() if g.entity is summit and r.toks[i].sent == r.toks[k].sent]
    return bool(own) and not set(own) & inside
