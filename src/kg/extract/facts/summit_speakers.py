"""One who speaks or acts in a report from a summit under way is at it: "X told reporters", "Y argued",
"Z said in his closing remarks", "X is also in town", "A and B sit side by side", in a story filed
from the gathering while it is on, are words said and things done there (FORMAT.md: the summit's
place is the trip's destination) — not a clause of staying away, sending someone or acting from afar. :func:`speakers` finds the
speakers; :func:`under_way` (read by :mod:`kg.extract.facts.summit_trips`, which knows where and
when the summit is) keeps only those of a report from the summit itself."""
from __future__ import annotations

import datetime as dt

from kg.extract.context import Context
from kg.extract.facts.attendance import main_summit, remote
from kg.extract.facts.homes import home_of
from kg.model import Entity, Fact

#: Verbs of saying something to someone there.
_SPEAKING = frozenset({"say", "tell", "argue", "add", "declare", "insist", "stress", "warn", "urge", "announce",
                       "acknowledge", "note", "predict", "confirm", "reply", "respond", "vow", "pledge", "praise",
                       "complain", "admit", "assure", "caution", "concede", "describe"})
#: Verbs a person is the subject of without being there: staying away, sending or leaving it to
#: someone, calling or writing in (what one speaks or does otherwise, in the report, is done there).
_NOT_THERE = frozenset({"stay", "skip", "miss", "boycott", "shun", "snub", "avoid", "send", "dispatch", "delegate",
                        "represent", "decline", "refuse", "cancel", "withdraw", "pull", "call", "phone", "ring", "write",
                        "tweet", "post", "watch", "follow", "return", "leave", "die", "bear", "host", "wait", "remain",
                        "absent", "excuse", "telephone", "dial", "join"})
#: What "be" says of one who is not there: "X is absent", "Y was away".
_AWAY = frozenset({"absent", "away", "missing", "elsewhere", "home", "abroad", "unable", "ill", "sick"})
#: Words that send one's words from elsewhere: a statement, a call, an interview, an aide.
_FROM_AFAR = frozenset({"statement", "phone", "telephone", "call", "interview", "television", "broadcast", "post",
                        "tweet", "letter", "message", "video", "communique", "spokesman", "spokeswoman",
                        "spokesperson", "aide", "aides", "through", "via", "website", "newspaper", "radio"})
#: Days after a speaker's day a report of the day may be published.
_REPORTED_WITHIN = 3


def speakers(ctx: Context) -> list[tuple[int, int, Entity, Entity]]:
    """(sentence, verb, person, summit): a person with a country of their own told speaking or acting
    (:data:`_NOT_THERE` aside), in the past or present, with no place of their own, no words sent from afar and no day long before the
    report, in an article about one summit. Whether that is a trip is :func:`under_way`'s."""
    summit = main_summit(ctx)
    if summit is None:
        return []
    from kg.extract.clause_dates import dates_for
    from kg.extract.clause_modality import parse_modality
    from kg.extract.syntax import surface_subject

    r = ctx.resolver
    tree, toks = r.tree, r.toks
    published = ctx.doc.article.published
    out: list[tuple[int, int, Entity, Entity]] = []
    begun = _begun(ctx, summit)
    envoys = ctx.doc.annotations.get("envoys", set())
    for t in toks:
        if t.pos not in {"VERB", "AUX"}:
            continue  # (only a verb speaks or acts: told first, before its auxiliaries are read)
        if t.lemma not in _SPEAKING and (begun is None or any(toks[a].lower == "had" for a in tree.kids(t.i, "aux"))):
            continue  # doing is read only once the summit is on where the report is filed; "had pressed" was before it
        if t.pos not in {"VERB", "AUX"} or t.lemma in _NOT_THERE or tree.kids(t.i, "neg") or remote(ctx, t.i) \
                or t.pos == "AUX" and t.dep not in {"ROOT", "relcl", "conj", "ccomp", "advcl"} \
                or any(toks[c].lemma in _AWAY for c in tree.kids(t.i, "acomp", "attr", "advmod", "prep")) \
                or (parse_modality(tree, t.i) or "asserted") != "asserted":
            continue
        around = [toks[c] for c in tree.kids(t.i, "prep", "agent", "npadvmod", "advmod", "dobj")
                  for c in tree.subtree(c)]  # ("announced the delay in a televised statement")
        placed = [o for p in tree.kids(t.i, "prep") if toks[p].lower in {"in", "at", "from"} for o in tree.kids(p, "pobj")]
        if any(c.lower in _FROM_AFAR for c in around) or any(r.entities(o, ("Place", "State")) for o in placed):
            continue  # "said in a statement", "told reporters in Lima": not the summit's words
        home = home_of_subject(ctx, t.i)
        if home is not None and any(f.entity.type == "Place" and ctx.country_of(f.entity) is home
                                    for f in ctx.found(t.sent, "Place")):
            continue  # "Reaction from Buenos Aires: the Argentine president said": words from home
        days = dates_for(ctx, t.sent, t)
        if published is not None and any(d.start_date is None or not 0 <= (published - d.start_date).days
                                         <= _REPORTED_WITHIN for d in days):
            continue  # "said in March": words of another day
        if t.lemma not in _SPEAKING and begun is not None and any(
                d.start_date is not None and not begun[0] <= d.start_date <= begun[1] for d in days):
            continue  # "met X on Tuesday", the summit opening on Thursday: not done at it
        for i in [c for j in surface_subject(tree, t.i) for c in [j, *tree.conjuncts(j)]]:  # "A and B both said"
            for e in r.entities(i, ("Person",)):
                if e.type == "Person" and (home_of(ctx, e) is not None or _serves_a_body(ctx, e)) and (t.sent, t.i, e, summit) not in out \
                        and (t.lemma in _SPEAKING or e.key not in envoys):  # (an envoy lives where posted)
                    out.append((t.sent, t.i, e, summit))
    return out


def _serves_a_body(ctx: Context, person: Entity) -> bool:
    """Does the person hold an office of an international body ("the UN Secretary-General, X")? One
    with no country of their own who speaks at a summit takes part for the body they serve."""
    return any(f.cq == "office" and f.fields.get("person") == person.key
               and getattr(ctx.doc.entities.get(str(f.fields.get("of"))), "type", None) == "InternationalOrganization"
               for f in ctx.doc.annotations.get("facts", []))


def _measured_from(ctx: Context, offset: int) -> bool:
    """Is the date at ``offset`` a time something is counted from ("the first summit since Oslo in
    2015", "the first since 2015")? That is a time of comparison, not one the summit is told at."""
    from kg.extract.nlp import token_at

    t = token_at(ctx.doc, offset)
    if t is None:
        return False
    tree, toks, words = ctx.resolver.tree, ctx.resolver.toks, ctx.lexicon.measured_from
    # on the word or beside it: the parser may hang "in 2015" on "first" next to "since Oslo"
    return any(toks[g].lower in words or any(toks[c].lower in words for c in tree.kids(g, "prep"))
               for g in [t.i, *tree.ancestors(t.i, 4)])


def _begun(ctx: Context, summit: Entity) -> tuple[dt.date, dt.date] | None:
    """The days of a summit whose report is one from the summit itself (no days: the day of writing):
    not told as ahead by its first day, and filed from its place or headlined by it or its place.
    ("X thanked Y" in a readout of talks elsewhere the day before a summit is no act at it.)"""
    from kg.extract.facts.report_scene import scene

    published = ctx.doc.article.published
    here = scene(ctx)
    headline = {f.entity.key for f in ctx.found(0)}
    for f in ctx.doc.annotations.get("facts", []):
        if f.cq != "summit" or f.fields.get("summit") != summit.key:
            continue
        start, end, where = f.fields.get("start"), f.fields.get("end"), ctx.doc.entities.get(str(f.fields.get("location")))
        first = start if isinstance(start, dt.date) else published
        if published is None or first is None or where is None or first > published:
            return None
        if here is where or here is not None and here is ctx.country_of(where) or headline & {summit.key, where.key}:
            return first, end if isinstance(end, dt.date) else max(first, published)
    return None


def home_of_subject(ctx: Context, k: int) -> Entity | None:
    """The home of the first person the verb's subject names."""
    from kg.extract.syntax import surface_subject

    for i in surface_subject(ctx.resolver.tree, k):
        for e in ctx.resolver.entities(i, ("Person",)):
            if e.type == "Person":
                return home_of(ctx, e)
    return None


def under_way(ctx: Context, summit: Fact) -> bool:
    """The report is filed from the summit while it is on: an asserted summit with a place, not a
    report datelined elsewhere, whose days hold the day of writing (or the day after them) or, told
    no days, which the report is filed from (its dateline) or its headline names."""
    from kg.extract.facts.travel import scene

    published = ctx.doc.article.published
    where = summit.fields.get("location")
    if summit.modality != "asserted" or not where or published is None:
        return False
    here = scene(ctx)
    place = ctx.doc.entities[str(where)]
    if here is not None and here is not place and here is not ctx.country_of(place):
        return False  # a report filed from elsewhere ("CARACAS -"): words said there
    start, end = summit.fields.get("start"), summit.fields.get("end")
    if isinstance(start, dt.date):
        last = end if isinstance(end, dt.date) else start
        return start - dt.timedelta(days=1) <= published <= last + dt.timedelta(days=1)
    key = summit.fields.get("summit")
    told = {m.sentence for m in ctx.doc.mentions if m.entity == key}
    if any(d.start_date is not None and (published - (d.end_date or d.start_date)).days > _REPORTED_WITHIN
           and not _measured_from(ctx, d.start)
           for s in told for g in ("day", "month", "year") for d in ctx.dates_in(s, g)):
        return False  # "the summit was held here in June 2019": a time gone by of its own
    return here is not None or 0 in told


def the_summit_under_way(ctx: Context, summits: list[Fact]) -> str | None:
    """The one summit :func:`under_way`, if there is one."""
    now = [f for f in summits if under_way(ctx, f)]
    return str(now[0].fields["summit"]) if len(now) == 1 else None


def trips_speaking_at(ctx: Context, told: set[tuple[int, str]]) -> list[tuple[int, str, dict]]:
    """The trips (sentence, modality, fields) of :func:`speakers` whose clause no other reading
    of acting at the summit already tells (``told``: sentence and visitor)."""
    return [(s, "asserted", {"visitor": person.key, "start": None, "end": None, "purpose": summit.key})
            for s, _, person, summit in speakers(ctx) if (s, person.key) not in told]
