"""The days a summit is told on: dates the parse hangs on the summit's nouns or on the verbs they
hang on, a length ("the three-day summit"), and verbs saying it ends."""
from __future__ import annotations

import datetime as dt
import re

from kg.extract.context import Context
from kg.extract.tree import clause_of
from kg.model import Entity

#: Verbs of a journey: a day on one that a summit hangs on through a preposition is the trip's.
_JOURNEYS = frozenset({"arrive", "land", "fly", "travel", "come", "head", "jet", "touch", "reach", "leave", "depart"})
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DAYS = re.compile(r"^(two|three|four|five|six|seven|\d)-day$", re.IGNORECASE)


def covers(d, day: dt.date) -> bool:
    """Does a date told (a day, a range, a month, a year) hold this day?"""
    if d.granularity == "year":
        return d.start_date.year == day.year
    if d.granularity == "month":
        return (d.start_date.year, d.start_date.month) == (day.year, day.month)
    return d.start_date <= day <= (d.end_date or d.start_date)


def attached_dates(ctx: Context, s: int, heads: list[int], trips: bool = True) -> list:
    """Dates the parse attaches to the summit's nouns in sentence s or to the verbs they hang
    on ("the summit on May 3", "is expected in Lisbon on May 3-4 for the summit"); without
    ``trips``, not the day of a journey to it ("arrived on Friday for the summit" tells the
    day the guest came, a day the summit itself may not be told)."""
    from kg.extract.clause_dates import dates_for
    from kg.extract.syntax import VERBAL

    r = ctx.resolver
    found: list = []
    for k in heads:
        # "arrives on Monday for the X Summit on Tuesday": a day right after its name is its own, wherever the
        # parse hung it, and the other days of the clause are not
        own = [d for d in ctx.dates_in(s) if _RIGHT_AFTER.fullmatch(ctx.doc.text, r.toks[k].end, d.start)]
        if own:
            found += [d for d in own if d not in found]
            continue
        verb = next((g for g in r.tree.ancestors(k) if r.toks[g].pos in VERBAL), None)
        if not trips and verb is not None and r.toks[verb].lemma in _JOURNEYS and any(
                r.toks[i].dep == "pobj" for i in [k, *r.tree.ancestors(k)][:[k, *r.tree.ancestors(k)].index(verb)]):
            verb = None
        found += [d for d in when_days(ctx, s, [k]) if d not in found]
        edge = verb is not None and _at_its_edge(r, k, verb)  # "met X on Wednesday on the sidelines of the summit":
        # a day of the meeting, any day of the summit, not its first (a span there is the summit's own days)
        # "opened on Sunday and closed on Monday": the verbs sharing the summit as subject
        shared = [c for c in r.tree.kids(verb, "conj") if r.toks[c].pos in VERBAL
                  and not r.tree.kids(c, "nsubj", "nsubjpass")] if verb is not None and not edge else []
        # "the summit, which began on Wednesday": what a relative clause says of the summit
        clauses = [c for c in r.tree.kids(k, "relcl", "acl") if r.toks[c].pos in VERBAL]
        clauses += on_its_complement(ctx, k, _OPENING | ctx.lexicon.ending | _LASTING)
        # "which began on Monday and closes on Wednesday": the clause's coordinated verbs too
        clauses += [c for v in clauses for c in r.tree.kids(v, "conj") if r.toks[c].pos in VERBAL
                    and not r.tree.kids(c, "nsubj", "nsubjpass")]
        for t in [k, verb, *shared, *clauses]:
            if t is not None:
                found += [d for d in dates_for(ctx, s, r.toks[t]) if d not in found and not (edge and t == verb and d.end_date is None)]
    others = _other_summits_phrases(ctx, s, heads)
    return [d for d in found if not any(a <= d.start < b for a, b in others)]


def when_days(ctx: Context, s: int, heads: list[int]) -> list:
    """"Leaders stay through Friday, when the summit itself takes place": the day a relative clause
    the summit is told in hangs on is its own (however the words before the day read: not a last day)."""
    from kg.extract.syntax import VERBAL

    r = ctx.resolver
    out = []
    for k in heads:
        verb = next((g for g in r.tree.ancestors(k) if r.toks[g].pos in VERBAL), None)
        if verb is not None and r.toks[verb].dep == "relcl" and r.toks[verb].lemma not in ctx.lexicon.ending:  # ("when it ends": a last day)
            on = r.toks[r.toks[verb].head]
            out += [d for d in ctx.dates_in(s) if d.start <= on.start < d.end and d not in out]
    return out


#: What stands between a summit's name and its day: "the X Summit on Tuesday".
_RIGHT_AFTER = re.compile(r"\s+on\s+(?:the\s+)?")
#: Nouns of the edge of a gathering: "on the sidelines of X", "on the margins of X".
_EDGES = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})


def _at_its_edge(r, k: int, verb: int) -> bool:
    """Does the summit's noun at ``k`` hang on ``verb`` through the edge of the gathering ("met on
    the sidelines of the summit", "signed on the margins of the meeting")? What the verb tells
    happened on one day of it, any day, not the day it opened."""
    path = [k, *r.tree.ancestors(k)]
    return any(r.toks[i].lemma in _EDGES or r.toks[i].lower in _EDGES for i in path[1:path.index(verb)])


def _other_summits_phrases(ctx: Context, s: int, heads: list[int]) -> list[tuple[int, int]]:
    """The character spans of the phrases of other summits in sentence s ("after the X summit in A
    on Thursday, flew to B for the Y summit on Friday"): a date inside one is that summit's day,
    not the day of the summit whose verb the phrase hangs on."""
    from kg.extract.facts.participants import head_at

    r = ctx.resolver
    mine = {i for k in heads for i in r.tree.subtree(k)}
    spans = []
    for f in ctx.found(s, "Summit"):
        if any(r.at_token.get(h) is f for h in heads):
            continue  # (its own name, asked first: finding a name's head reads every name)
        k = head_at(ctx, f)
        if k is None or k in mine:
            continue
        sub = r.tree.subtree(k)
        if not set(sub) & set(heads):
            spans.append((r.toks[min(sub)].start, r.toks[max(sub)].end))
    return spans


def other_summits_days(ctx: Context, s: int, summit: Entity, heads: list[int], attached: list) -> list:
    """The dates of sentence s (days, months, weeks; not those ``attached`` to this summit) told in
    the clause of another summit it names and in none of this summit's (``heads``): "at their 2019
    summit in X, ...; the next summit is set for Y in July" tells the next summit's month, nothing
    of the first one's; and those of what was done on its sidelines ("met Y on Wednesday on the
    sidelines of the summit": any day of it)."""
    from kg.extract.clause_dates import dates_for
    from kg.extract.facts.participants import head_at
    from kg.extract.nlp import token_at
    from kg.extract.syntax import VERBAL

    r = ctx.resolver
    mine = {clause_of(r.tree, k) for k in heads}
    theirs = {clause_of(r.tree, k) for f in ctx.found(s, "Summit")
              if f.entity is not summit and (k := head_at(ctx, f)) is not None} - mine
    # "met X on Wednesday on the sidelines of the summit": the day of the meeting, any day of the summit
    verbs = {v for k in heads for v in [next((g for g in r.tree.ancestors(k) if r.toks[g].pos in VERBAL), None)]
             if v is not None and _at_its_edge(r, k, v)}
    out = [d for v in sorted(verbs) for d in dates_for(ctx, s, r.toks[v]) if d not in attached
           and d.end_date is None]  # (a span there is the gathering's: "met X on the sidelines of the summit on 28-29 June")
    for d in [d for g in ("day", "month", "week") for d in ctx.dates_in(s, g) if d not in attached] if theirs else []:
        t = token_at(ctx.doc, d.start)
        if t is not None and clause_of(r.tree, t.i) in theirs:
            out.append(d)
    return out


#: Verbs saying how long an event goes on: "which lasts from 3 to 5 May".
_LASTING = frozenset({"run", "last", "continue"})


def on_its_complement(ctx: Context, k: int, lemmas: frozenset) -> list[int]:
    """"The summit in X, which opened on Saturday", "the summit of leaders, which ends on Friday": the
    parser hangs the relative clause on the last noun of the summit's phrase, but a city or a people
    does not open, end or run; such a clause, with "which" or "that" and no object, is the summit's."""
    r = ctx.resolver
    return [v for p in r.tree.kids(k, "prep") if r.toks[p].lower in {"in", "at", "of"}
            for o in r.tree.kids(p, "pobj") for v in r.tree.kids(o, "relcl")
            if r.toks[v].lemma in lemmas and not r.tree.kids(v, "dobj")
            and any(r.toks[c].lower in {"which", "that"} for c in r.tree.kids(v, "nsubj"))]


def duration(ctx: Context, heads: list[int]) -> int | None:
    """"the three-day summit": the days a modifier of the summit's noun gives, else a verb said of it."""
    r = ctx.resolver
    for k in heads:
        words = [r.toks[i].text for i in r.tree.subtree(k) if i < k]
        text = "".join(w if w == "-" else " " + w for w in words).replace(" -", "-").replace("- ", "-").split()
        for w in text:
            m = _DAYS.match(w)
            if m:
                return int(_NUMBER_WORDS.get(m.group(1).lower(), m.group(1)))
    return told_length(ctx, heads)


def told_length(ctx: Context, heads: list[int]) -> int | None:
    """"closed on Tuesday after two days of talks", "the summit, which lasted three days": the
    days a verb said of the summit gives ("after"/"over" N days, "lasted N days")."""
    r = ctx.resolver
    for k in heads:
        verbs = [r.toks[k].head] if r.toks[k].dep in {"nsubj", "nsubjpass"} else []
        # (a relative clause the parser hung on the summit's place: "the summit in X, which lasted ...")
        verbs += [c for j in [k, *(o for p in r.tree.kids(k, "prep") for o in r.tree.kids(p, "pobj"))]
                  for c in r.tree.kids(j, "relcl", "acl")]
        for v in verbs:
            # "ended after two days" (not "opened after two days of preparations": those came before)
            spans = [o for p in r.tree.kids(v, "prep") if r.toks[p].lower == "over" or r.toks[p].lower == "after"
                     and r.toks[v].lemma in ctx.lexicon.ending for o in r.tree.kids(p, "pobj")]
            if r.toks[v].lemma in {"last", "run", "span"}:
                spans += r.tree.kids(v, "npadvmod", "dobj")
            for o in spans:
                n = [r.toks[c].lower for c in r.tree.kids(o, "nummod")]
                if r.toks[o].lemma == "day" and n and (n[0].isdigit() or n[0] in _NUMBER_WORDS):
                    return int(_NUMBER_WORDS.get(n[0], n[0]))
    return None


def ends(ctx: Context, heads: list[int]) -> bool:
    """Is the summit what a verb saying it ended is said of ("the summit closed", "leaders wrapped
    up the summit", "a summit that ends tomorrow")?"""
    r = ctx.resolver
    for k in heads:
        h = r.tree.head(k)
        if h is not None and r.toks[k].dep in {"nsubj", "nsubjpass", "dobj"} and r.toks[h].lemma in ctx.lexicon.ending:
            return True
        nouns = [k, *(j for j in r.tree.subtree(k) if r.toks[j].lemma == "summit")]  # ("Group of 20 summit": its noun inside)
        if any(r.toks[c].lemma in ctx.lexicon.ending for n in nouns for c in r.tree.kids(n, "relcl", "acl")):
            return True  # "a two-day summit that ends tomorrow"
    return False


def ends_now(ctx: Context, heads: list[int]) -> bool:
    """"The summit has wrapped up", "as the meeting closes": a verb of ending, in the present or
    present perfect and with no date of its own, said of the summit."""
    from kg.extract.clause_dates import dates_for

    r = ctx.resolver
    for k in heads:
        h = r.tree.head(k)
        if h is None or r.toks[k].dep != "nsubj" or r.toks[h].lemma not in ctx.lexicon.ending:
            continue
        now = r.toks[h].tag == "VBZ" or any(r.toks[a].lower in {"has", "have"} for a in r.tree.kids(h, "aux"))
        if now and not dates_for(ctx, r.toks[h].sent, r.toks[h]):
            return True
    return False


#: Verbs saying an event begins: "the summit opens", "the King opens the summit".
_OPENING = frozenset({"open", "begin", "start", "kick", "convene"})


def opens_now(ctx: Context, heads: list[int]) -> bool:
    """"The summit opens", "the King opens the summit", "the summit is getting under way": a verb
    of beginning in the present, with no date of its own, said of the summit."""
    from kg.extract.clause_dates import dates_for

    r = ctx.resolver
    for k in heads:
        h = r.tree.head(k)
        if h is None or r.toks[k].dep not in {"nsubj", "dobj"} or r.toks[h].lemma not in _OPENING:
            continue
        auxes = {r.toks[a].lower for a in r.tree.kids(h, "aux")}
        now = r.toks[h].tag in {"VBZ", "VBP"} or r.toks[h].tag == "VBG" and auxes & {"is", "are"}
        if now and not auxes & {"will", "would", "to", "shall"} and not dates_for(ctx, r.toks[h].sent, r.toks[h]):
            return True
    return False


def closing_dates(ctx: Context, s: int, heads: list[int]) -> list:
    """Dates on a verb saying the summit ends, told of it as subject or in its relative clause
    ("the summit closes on Thursday", "the retreat, which ends on Wednesday"): its last day, not
    its first."""
    from kg.extract.clause_dates import dates_for

    r = ctx.resolver
    verbs = []
    for k in heads:
        h = r.tree.head(k)
        if h is not None and r.toks[k].dep == "nsubj" and r.toks[h].lemma in ctx.lexicon.ending:
            verbs.append(h)
        verbs += [v for v in r.tree.kids(k, "relcl") if r.toks[v].lemma in ctx.lexicon.ending
                  and any(r.toks[c].lower in {"which", "that"} for c in r.tree.kids(v, "nsubj"))]
        verbs += on_its_complement(ctx, k, ctx.lexicon.ending)
    return [d for v in verbs for d in dates_for(ctx, s, r.toks[v])]


#: Verbs of leaders coming together: "leaders are meeting on July 11-12", "gathered in X on Monday".
_GATHERING = frozenset({"meet", "gather", "convene", "assemble", "converge"})


def gathered_days(ctx: Context, summit, start: dt.date | None, end: dt.date | None) -> tuple:
    """"Leaders of the bloc are meeting on July 11-12", "the presidents met in X on Friday. The
    meeting ...": the days those who meet at the summit are told to gather are its days where the
    summit's own words tell none, or a span holding the one day they tell."""
    from kg.extract.clause_dates import dates_for
    from kg.extract.facts.attendance import event_of

    if start is not None and end is not None:
        return start, end
    told = [d for m in ctx.doc.annotations.get("frames", []) if m.frame.fact == "participation" and not m.negative
            and m.trigger.lemma in _GATHERING and summit in event_of(ctx, m) for d in dates_for(ctx, m.sentence, m.trigger)]
    if start is None and told:
        return told[0].start_date, told[0].end_date
    spans = [d for d in told if d.end_date and start is not None and d.start_date <= start <= d.end_date]
    # "The summit opens today. Leaders meet here until Tuesday": the day they meet until is its last
    until = [d for d in told if start is not None and d.end_date is None and start < d.start_date <= start + dt.timedelta(days=6)
             and _UNTIL_BEFORE.search(ctx.doc.text, max(0, d.start - 9), d.start)]
    if not spans and until:
        return start, until[0].start_date
    return (spans[0].start_date, spans[0].end_date) if spans else (start, end)


#: Words before a day that make it the last: "until Tuesday", "through Friday".
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)


def own_time(ctx: Context, heads: list[int], start: dt.date | None, end: dt.date | None) -> tuple:
    """"The Madrid summit of June 2022", "the 2019 summit in Hanoi": a month or year the summit's own
    words give. A day told elsewhere that falls outside it is not its day; a time wholly before the
    day of writing makes it a summit held (the verb it hangs on cannot make it planned).
    Returns (start, end, held)."""
    r = ctx.resolver
    told = []
    for k in heads:  # its modifiers and "of"/"in" phrases, not a clause on it ("at what ... as recently as 1969")
        own = [c for c in r.tree.children[k] if r.toks[c].dep in {"compound", "nummod", "amod", "nmod", "poss"}
               or r.toks[c].dep == "prep" and r.toks[c].lower in {"of", "in"}]
        at = {r.toks[i].start for c in own for i in r.tree.subtree(c)}
        told += [d for g in ("month", "year") for d in ctx.dates_in(r.toks[k].sent, g) if d.start in at]
    if not told:
        return start, end, False
    if start is not None and not any(covers(d, start) for d in told):
        start = end = None
    published = ctx.doc.article.published
    held = published is not None and all(
        (d.start_date.year, d.start_date.month if d.granularity == "month" else 12) < (published.year, published.month)
        for d in told)
    return start, end, held


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def another_clauses(ctx: Context, s: int, heads: list[int], d) -> bool:
    """Is a date told in a clause of its own, with a subject of its own and none of the summit's
    nouns ("The summit closed in X, and Y handed the chair to Z, as Z will take it over in
    December": December is Z's), so it says nothing of when the summit is?"""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    at = next((t.i for t in ctx.tokens(s) if t.start <= d.start < t.end or t.start >= d.start), None)
    if at is None or not heads:
        return False
    k = clause_of(tree, at)
    inside = {t.i for t in ctx.tokens(s) if clause_of(tree, t.i) == k}  # its subordinate clauses apart
    own_subject = any(toks[c].head == k and toks[c].dep in _SUBJECTS for c in inside)
    return own_subject and toks[k].head != k and not any(h in inside for h in heads)
