"""When a trip is: the dates of its clause, its length ("a three-day visit"), the day it ends
("wrapped up a visit on Friday") or the day of the trip a date is ("on the second day of his visit"),
each read from the trip's own phrase."""
from __future__ import annotations

import datetime as dt
import re

from kg.extract.clause_dates import dates_for
from kg.extract.context import Context
from kg.extract.facts.trip_arguments import trip_part
from kg.extract.frames import Match
from kg.extract.number_words import COUNT_WORDS

_DAYS = re.compile(r"\b(two|three|four|five|six|seven|2|3|4|5|6|7)-day\s+(?:[a-z]+\s+)?(?:visit|trip|tour|stay|journey)\b", re.IGNORECASE)
#: Verbs calling a trip off: a date on them is when it was called off.
_CALLING_OFF = frozenset({"postpone", "cancel", "scrap", "delay", "shelve", "abandon", "call", "defer", "suspend", "drop",
                          "axe", "ax", "ditch", "scrub"})  # (not "put": "putting his name to it on Thursday during his visit")

#: Verbs of withdrawing from a trip or a gathering: a date on them is when one withdrew.
_WITHDRAWING = frozenset({"pull", "drop", "bow", "withdraw"})


def _calling_off(tree, g: int) -> bool:
    """Does verb ``g`` call a trip off ("postponed", "put off"; not "putting his name to it")?"""
    t = tree.toks[g]
    return t.lemma in _CALLING_OFF or t.lemma == "put" and any(tree.toks[c].lower == "off" for c in tree.kids(g, "prt"))


#: Verbs saying a trip ends: a date on them is its last day.
#: ("wound up", "rounded off" a visit: "wind" and "round" take a trip noun only as phrasal verbs of ending)
_ENDING = frozenset({"end", "conclude", "wrap", "finish", "close", "complete", "wind", "round"})


#: Prepositions that set a time off from the trip's: "returned home on Sunday after a visit to X".
_SET_OFF = frozenset({"after", "before", "since", "following", "until", "till", "ahead", "prior"})


def _told_from(toks, i: int) -> bool:
    """Does the trip's noun at ``i`` hang on a preposition that places its governor's time before
    or after the trip's ("after a visit", "ahead of the visit", "prior to his trip")?"""
    p = toks[i].head
    return toks[p].lower in _SET_OFF or toks[p].lower in {"of", "to"} and toks[toks[p].head].lower in _SET_OFF


#: "on the second day of his visit": which day of the trip a date is, from its start (or its end).
_NTH_DAY = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1,
            "closing": -1}


def _nth_day(ctx: Context, m: Match) -> tuple[int, dt.date] | None:
    """"signed on the first day of X's three-day visit": the trip's day the clause's date is."""
    tree = ctx.resolver.tree
    toks = tree.toks
    t = m.trigger
    if not m.args.nominal or t.dep != "pobj" or toks[t.head].lower != "of" or t.head == t.i:
        return None
    day = toks[toks[t.head].head]
    nth = [_NTH_DAY[toks[c].lower] for c in tree.kids(day.i, "amod") if toks[c].lower in _NTH_DAY]
    if day.lemma != "day" or not nth:
        return None
    found = dates_for(ctx, m.sentence, day) or (dates_for(ctx, m.sentence, toks[m.args.governor])
                                                if m.args.governor is not None else [])
    return (nth[0], found[0].start_date) if found else None


def trip_dates(ctx: Context, m: Match) -> tuple[dt.date | None, dt.date | None]:
    toks = ctx.doc.annotations["tokens"]
    tree = ctx.resolver.tree
    if m.negative and m.trigger.lemma in _WITHDRAWING:
        return None, None  # "pulled out on Sunday": the day one withdrew, not the trip's
    nth = _nth_day(ctx, m)
    if nth is not None:
        n, day = nth
        days = _DAYS.search(_own_words(ctx, m))
        length = int(COUNT_WORDS.get(days.group(1).lower(), days.group(1))) if days else None
        if n > 0:
            start = day - dt.timedelta(days=n - 1)
            return start, (start + dt.timedelta(days=length - 1) if length else None)
        return (day - dt.timedelta(days=length - 1) if length else None), day
    back = back_from(ctx, m)
    if back is not None:
        return back
    clauses: list[int] = _starting_clauses(ctx, m)
    # "signed on Friday during his visit, which began on Wednesday": the clause telling the trip's
    # first day outranks the day of the clause the trip noun hangs in
    found = dates_for(ctx, m.sentence, [tree.toks[c] for c in clauses]) if clauses else []
    if not found:
        clauses = []
        found = [d for d in dates_for(ctx, m.sentence, m.trigger) if not _the_occasions_day(ctx, m, d)]
    if found and _until(ctx, found[0]):
        return None, found[0].start_date  # "will stay in X until Friday": the last day, not the first
    part = trip_part(ctx, m)
    ending = False
    if not found and m.args.nominal:
        # "a visit that began on Tuesday": what a clause on the trip's noun says of it
        clauses = [c for c in tree.kids(m.trigger.i, "relcl", "acl") if toks[c].pos in {"VERB", "AUX"}]
        found = dates_for(ctx, m.sentence, [toks[c] for c in clauses]) if clauses else []
        # "his stay, which ends on Tuesday": the clause's day is the trip's last
        ending = bool(found) and any(toks[c].lemma in _ENDING for c in clauses)
        if not found and m.args.governor is not None and not _calling_off(tree, m.args.governor) \
                and toks[m.args.governor].lemma not in ctx.lexicon.trip_talk and not _told_from(toks, m.trigger.i):
            # (not "postponed the visit on Sunday": the day it was called off, not the trip's; nor
            # "recalled her visit on Monday": the day she spoke of it)
            found = [d for d in dates_for(ctx, m.sentence, toks[m.args.governor]) if not _another_trips_day(ctx, m, d)]
    if found and not clauses and part is not None and ctx.lexicon.trip_parts[toks[part].lemma] == "last":
        ending = True  # "signed on Friday at the end of a four-day visit": the clause's day is the trip's last
    if not found and _said_likewise(tree, m):
        found = dates_for(ctx, m.sentence, toks[m.trigger.head])  # "X landed on Monday, and so did Y": that day
    if found and m.args.nominal and m.args.governor is not None and toks[m.args.governor].lemma in _ENDING \
            and m.trigger.dep in {"dobj", "nsubj", "nsubjpass"} and found[0] in dates_for(ctx, m.sentence, toks[m.args.governor]):
        ending = True  # "wrapped up a visit to X on Friday": the date is its last day
    if not found:
        found = _days_where(ctx, m)  # "travelled to Lima, where she met X on Wednesday": that day
    if not found:
        return _just_arrived(ctx, m), None
    start, end = found[0].start_date, found[0].end_date
    days = _DAYS.search(_own_words(ctx, m)) or _DAYS.search(_arrivals_trip(ctx, m))
    length = int(COUNT_WORDS.get(days.group(1).lower(), days.group(1))) if days else None
    if ending and end is None:
        return (start - dt.timedelta(days=length - 1) if length else None), start
    if end is None and m.args.nominal and m.args.governor is not None:
        end = _ended_after(ctx, m, start)  # "the visit began on March 5 and ended on March 7"
    if end is None and m.args.nominal and clauses:
        end = _ends_later(ctx, m, clauses, start)  # "the visit, which began on Monday, ends on Wednesday"
    if end is None and not m.args.nominal:
        end = _stays_until(ctx, m, start)  # "arrived on Monday and will stay until Wednesday"
    if length and end is None:
        end = start + dt.timedelta(days=length - 1)
    return start, end


def _starting_clauses(ctx: Context, m: Match) -> list[int]:
    """The clauses on a trip noun that tell it beginning ("a visit that began on Monday", "his
    tour, which opens on Friday"): their day is the trip's first (`lexicon.yaml` `trip_starting`).
    The parser often hangs such a clause on the last noun of the trip's phrase, "a visit to Oslo,
    which began ...", "a trip by X that started ...": a place or a traveller does not begin, the trip does
    (so the clause is read there when it has no object of its own: "X, who began a tour", is X's own)."""
    if not m.args.nominal:
        return []
    tree = ctx.resolver.tree
    toks = tree.toks
    nouns = [m.trigger.i] + [o for p in tree.kids(m.trigger.i, "prep") for o in tree.kids(p, "pobj")]
    return [c for n in nouns for c in tree.kids(n, "relcl", "acl")
            if toks[c].pos in {"VERB", "AUX"} and toks[c].lemma in ctx.lexicon.trip_starting
            and not tree.kids(c, "dobj")]


def _arrivals_trip(ctx: Context, m: Match) -> str:
    """"a two-day visit by X, who arrived on Thursday": an arrival told in a clause on the one a
    trip noun is "by" begins that trip, so the noun's phrase says how long it lasts (not when the
    arrival is to a place of its own while the noun names one). The noun's words, else none."""
    tree = ctx.resolver.tree
    toks = tree.toks
    t = m.trigger
    if m.args.nominal or t.lemma not in _ARRIVING or t.dep != "relcl" or t.head == t.i:
        return ""
    by = toks[t.head].head
    noun = toks[by].head
    if toks[t.head].dep != "pobj" or toks[by].lower != "by" or toks[noun].lemma not in _TRIP_NOUNS or noun == by:
        return ""
    if m.tokens.get("destination") and any(toks[p].lower in {"to", "of"} for p in tree.kids(noun, "prep")):
        return ""  # "a visit to Peru by X, who flew to Chile", "a tour of Japan by X, who landed in Tokyo": one stop
    return " ".join(toks[k].text for k in tree.subtree(noun) if k < t.head).replace(" - ", "-")


#: Nouns of a trip: a day in one's own phrase is that trip's.
_TRIP_NOUNS = frozenset({"visit", "trip", "tour", "journey", "stay", "stop", "stopover", "voyage"})


def _another_trips_day(ctx: Context, m: Match, d) -> bool:
    """"The Lima stop came after her visit to Quito on May 3": a day in the phrase of another
    trip's noun is that trip's, not the day of the clause the trip's noun is the subject of."""
    toks = ctx.resolver.tree.toks
    at = next((t.i for t in toks if t.start <= d.start < t.end), None)
    if at is None:
        return False
    k = toks[at].head
    while k != toks[k].head and k != m.trigger.i:
        if toks[k].lemma in _TRIP_NOUNS and toks[k].pos == "NOUN":
            return True
        k = toks[k].head
    return False


def _days_where(ctx: Context, m: Match) -> list:
    """The days of a "where" clause on the trip's place ("flew to Lima, where she met X on
    Wednesday", "began in Warsaw, where on Monday and Tuesday he held talks"): what was done there
    on those days is the trip's, when the trip's own clause gives none."""
    tree = ctx.resolver.tree
    toks = tree.toks
    for d in m.tokens.get("destination", []):
        for c in tree.kids(d, "relcl"):
            # ("where" opens the clause, hung on its verb or on a phrase before it)
            if toks[c].pos in {"VERB", "AUX"} and any(toks[w].lower == "where" for w in tree.subtree(c) if d < w < c):
                found = dates_for(ctx, m.sentence, toks[c])
                if found:
                    return found
    return []


def _until(ctx: Context, d) -> bool:
    """Is the date the end of a stretch ("until Friday", "till March 5")?"""
    return ctx.doc.text[max(0, d.start - 8):d.start].rstrip().lower().endswith(("until", "till"))


#: Words taking a traveller back: "returned", "came back", "got home", "flew home".
_BACK = frozenset({"back", "home"})


def homecoming(ctx: Context, m: Match) -> int | None:
    """The verb of coming back that ends a trip noun's trip ("returned from a visit to X",
    "returned to Y after a visit to X", "flew home at the end of a tour of X"), if any: where it
    goes is home, not a trip."""
    tree = ctx.resolver.tree
    toks = tree.toks
    t = m.trigger
    if not m.args.nominal or t.dep != "pobj" or t.head == t.i:
        return None
    prep = toks[t.head]
    if prep.lower == "of" and toks[prep.head].lemma == "end" and toks[prep.head].dep == "pobj":
        prep = toks[toks[prep.head].head]  # "at the end of a tour"
    if prep.lower not in {"from", "after", "following", "at"} or prep.head == prep.i:
        return None
    v = toks[prep.head]
    if v.pos not in {"VERB", "AUX"} or not (v.lemma == "return" or any(toks[c].lower in _BACK for c in tree.children[v.i])):
        return None
    return v.i


def back_from(ctx: Context, m: Match) -> tuple[dt.date | None, dt.date] | None:
    """"returned on Friday from a three-day visit to X": the day of coming back is the trip's last,
    its length gives the first."""
    k = homecoming(ctx, m)
    if k is None:
        return None
    v = ctx.resolver.toks[k]
    found = dates_for(ctx, m.sentence, v)
    if not found or found[0].end_date not in (None, found[0].start_date):
        return None
    day = found[0].start_date
    days = _DAYS.search(_own_words(ctx, m))
    length = int(COUNT_WORDS.get(days.group(1).lower(), days.group(1))) if days else None
    return (day - dt.timedelta(days=length - 1) if length else None), day


def _ends_later(ctx: Context, m: Match, clauses: list[int], start: dt.date) -> dt.date | None:
    """The day a verb of ending gives after ``start``, when a clause on the trip noun told its first
    day: the verb the noun is subject or object of ("the visit, which began on Monday, ends on
    Wednesday", "wrapped up on Friday a tour that began on Monday") or one coordinated with that
    clause ("a visit that began on Monday and ends on Friday")."""
    tree = ctx.resolver.tree
    toks = tree.toks
    if any(toks[c].lemma in _ENDING for c in clauses):
        return None  # "his stay, which ends on Tuesday": the clause told the last day already
    enders = [c2 for c in clauses for c2 in tree.kids(c, "conj") if toks[c2].lemma in _ENDING]
    g = m.args.governor
    if g is not None and toks[g].lemma in _ENDING and m.trigger.dep in {"nsubj", "nsubjpass", "dobj"}:
        enders.append(g)
    for e in enders:
        days = [d.start_date for d in dates_for(ctx, m.sentence, toks[e]) if d.start_date > start]
        if days:
            return days[0]
    return None


def _ended_after(ctx: Context, m: Match, start: dt.date) -> dt.date | None:
    """The day a verb of ending coordinated with the trip noun's verb gives, after ``start``:
    "the visit began on March 5 and ended on March 7"."""
    tree = ctx.resolver.tree
    g = m.args.governor
    if g is None or m.trigger.dep not in {"nsubj", "nsubjpass"}:
        return None
    for c in tree.kids(g, "conj"):
        if tree.toks[c].lemma in _ENDING and not tree.kids(c, "nsubj", "nsubjpass"):
            days = [d.start_date for d in dates_for(ctx, m.sentence, tree.toks[c]) if d.start_date > start]
            if days:
                return days[0]
    return None


#: Verbs of staying on: a coordinated "until" day is the trip's last.
_STAYING = frozenset({"stay", "remain", "be"})


def _stays_until(ctx: Context, m: Match, start: dt.date) -> dt.date | None:
    """"arrived on Monday and will stay until Wednesday": an "until" day of a verb of staying
    coordinated with the trip's verb, after ``start``."""
    tree = ctx.resolver.tree
    for c in tree.kids(m.trigger.i, "conj"):
        if tree.toks[c].lemma in _STAYING and not tree.kids(c, "nsubj", "nsubjpass"):
            days = [d.start_date for d in dates_for(ctx, m.sentence, tree.toks[c]) if _until(ctx, d) and d.start_date > start]
            if days:
                return days[0]
    return None


def _the_occasions_day(ctx: Context, m: Match, d) -> bool:
    """"arrived for tomorrow's session", "flew in for Friday's summit": a day owned by what the trip
    is for is that occasion's, not the trip's."""
    tree = ctx.resolver.tree
    toks = tree.toks
    purposes = {o for p in tree.kids(m.trigger.i, "prep") if toks[p].lower == "for" for o in tree.kids(p, "pobj")}
    return any(d.start <= t.start < d.end and t.dep == "poss" and t.head in purposes for t in ctx.tokens(m.sentence))


def _said_likewise(tree, m: Match) -> bool:
    """"X arrived on Monday, and so did Y", "as did Y": an auxiliary standing for the verb it hangs
    on, saying the same happened then; not "Y is expected to do so" (later)."""
    own = tree.toks[m.trigger.i]
    return own.lemma in {"do", "have", "be"} and m.trigger.head != m.trigger.i \
        and tree.toks[m.trigger.head].lemma == m.trigger.lemma \
        and any(tree.toks[c].lower in {"as", "so"} for c in tree.children[m.trigger.i])


#: Words whose phrase tells another trip than the verb's: "after a four-day visit to X, flew to Y".
_OTHER_TIME = frozenset({"after", "before", "following", "since", "ahead"})


def trip_length(ctx: Context, m: Match) -> int | None:
    """How many days the trip's own phrase says it lasts ("the two-day visit"), if it says."""
    days = _DAYS.search(_own_words(ctx, m))
    return int(COUNT_WORDS.get(days.group(1).lower(), days.group(1))) if days else None


def _own_words(ctx: Context, m: Match) -> str:
    """The words of the trigger's own phrase: "arrived for a three-day visit" is three days long;
    the subject's clause ("X, who ended a two-day stay in Y, flies to Z"), a phrase on another time
    ("after a two-day visit to Y") and a clause on another place ("left for Z, where W will receive
    him") say nothing of this trip's length."""
    toks = ctx.doc.annotations["tokens"]
    tree = ctx.resolver.tree
    skip: set[int] = set()
    if not m.args.nominal:
        for c in tree.children[m.trigger.i]:
            if toks[c].dep in {"nsubj", "nsubjpass"} or toks[c].dep == "prep" and toks[c].lower in _OTHER_TIME:
                skip.update(tree.subtree(c))
    kept = [k for k in tree.subtree(m.trigger.i) if k not in skip]
    out = []
    for a, b in zip(kept, kept[1:] + [None]):
        out.append(toks[a].text)
        out.append(ctx.doc.text[toks[a].end:toks[b].start] if b == a + 1 else " ")
    return "".join(out)


#: Verbs of arriving: "has landed in X" in a report is news of the day.
_ARRIVING = frozenset({"arrive", "land", "touch", "jet", "fly"})


def _just_arrived(ctx: Context, m: Match) -> dt.date | None:
    """"X has landed in Y", "X has arrived in Y" with no date: a report's present perfect of an
    arrival is news of the day it is published (not "has visited Y twice": a visit may be long ago)."""
    tree = ctx.resolver.tree
    t = m.trigger
    if m.args.nominal or t.lemma not in _ARRIVING or tree.kids(t.i, "neg"):
        return None
    perfect = any(tree.toks[a].lemma == "have" and tree.toks[a].tag in {"VBZ", "VBP"} for a in tree.kids(t.i, "aux"))
    return ctx.doc.article.published if perfect else None
