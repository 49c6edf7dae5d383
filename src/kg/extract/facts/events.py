"""Facts about events: summits (where, when, which edition, who takes part) and visits."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from kg.extract.context import Context, Found
from kg.extract.facts.common import (
    located,
    make_fact,
    preceded_by,
    states_in_name,
)
from kg.extract.facts.participants import (
    bidden,
    head_at,
    kept_away,
    members_said_to_attend,
    named_in_description,
    only_a_time,
    represented,
    said_to_attend,
    told_apart,
    topic_in_name,
    without_names,
)
from kg.extract.facts.spoken_of import qualifies_a_thing
from kg.extract.facts.summit_day_counts import counted_days
from kg.extract.facts.summit_days import (
    another_clauses,
    attached_dates,
    closing_dates,
    covers,
    duration,
    ends,
    ends_now,
    gathered_days,
    opens_now,
    other_summits_days,
    own_time,
    when_days,
)
from kg.extract.facts.summit_identity import name_by_owner
from kg.extract.facts.summit_onlookers import an_onlooker
from kg.extract.facts.summit_ordinals import appositive_ordinal, bare_ordinal
from kg.extract.facts.summit_organs import without_organs
from kg.extract.facts.summit_owners import summit_orgs
from kg.extract.facts.summit_places import (
    dateline_city_in,
    dateline_place,
    describes_a_place,
    in_a_cause,
    last_leg,
    planned_for,
    raised_verbs,
    tied_place,
    where_clause_place,
    where_guests_went,
    where_talk_is,
)
from kg.extract.facts.summit_sentences import (
    bare_summit_nouns,
    summit_sentences,
)
from kg.extract.facts.summit_status import (
    going_on,
    governed_modality,
    status_called_off,
    told_as_past,
    verb_through,
)
from kg.extract.facts.summit_topics import a_topic
from kg.extract.modality import is_planned_event_phrase
from kg.extract.summit_editions import rank_of, round_rank, told_ahead, which_verb
from kg.model import Entity, Fact

# "in Addis Ababa, Ethiopia": the country set after a place a preposition locates says where
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)
_IN_A_CITY_OF = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s*$")


def summits(ctx: Context) -> Iterator[Fact]:
    published = ctx.doc.article.published
    for summit in [e for e in ctx.doc.entities.values() if e.type == "Summit"]:
        sentences = summit_sentences(ctx, summit)
        heads = _summit_heads(ctx, summit)
        heads_at = {s: _heads_in(ctx, summit, heads, s) for s in sentences}  # asked of every sentence below, often
        # "the summit, the 21st since ...": an apposition on its name or on a "summit" noun meaning it
        ordinal = rank_of(summit.label) or appositive_ordinal(ctx, sorted({
            k for s in sentences for k in heads_at[s]})) or bare_ordinal(ctx, heads_at) or round_rank(ctx.resolver.tree, heads)
        start = end = None
        location = where_clause_place(ctx, heads) or _carried_city(ctx, summit)  # "the Tartu summit" is in Tartu
        host_orgs = summit_orgs(ctx, summit, sentences)  # (a state inside its name is none: "of South American Nations")
        participants: list[Entity] = [e for e in states_in_name(ctx, without_names(summit, host_orgs)) if not topic_in_name(summit, e)]
        # FORMAT.md: the summit's organisation takes part; its members only where told to (not as members)
        participants += host_orgs + members_said_to_attend(ctx, sentences, host_orgs)
        name_by_owner(summit, host_orgs)
        planned = ahead = False
        named = {m.sentence for m in ctx.doc.mentions if m.entity == summit.key}
        # where: a place the parse ties to the summit in any sentence ("met in X for a summit"), else
        # "held in X" after the summit's own name first, then any "in X" near it
        for s in sorted(sentences, key=lambda i: i not in named):
            here = heads_at[s]
            bound = [f for f in ctx.found(s, "Place") if tied_place(ctx, f, here) and not where_talk_is(ctx, f)
                     and f.entity.label.lower() not in ctx.lexicon.regions]
            location = location or last_leg(ctx, bound, here)
        for s in sorted(sentences, key=lambda i: i not in named):
            mention = next((f for f in ctx.found(s) if f.entity is summit), None)
            places = [f for f in ctx.found(s, "Place") if (located(ctx, s, f) or planned_for(ctx, s, f))
                      and not where_talk_is(ctx, f) and not in_a_cause(ctx, f)
                      and f.entity.label.lower() not in ctx.lexicon.regions]
            if mention is not None:
                places.sort(key=lambda f: (f.start < mention.start, abs(f.start - mention.end)))
            if location is None and places:
                location = places[0].entity
        days_told: list[dt.date] = []  # days the parse ties to the summit, in any sentence
        # the days told of the summit itself, else (a summit told no day) the days its guests come
        tied = {s: attached_dates(ctx, s, heads_at[s], trips=False) for s in sentences}
        told = any(tied.values())
        if not told and not summit.attributes.get("other_edition"):  # (guests come to the one in view)
            tied = {s: attached_dates(ctx, s, heads_at[s]) for s in sentences}
        # "runs until Friday": a day the summit lasts until is its last, never its first
        until: list = []
        closed: list = []  # "ended on Monday" with no first day told: a one-day summit's day
        for s in sentences:
            attached = tied[s]
            days_told += [d.start_date for d in attached if d.granularity == "day" and d.end_date is None]
            # the dates the parse hangs on the summit (or on the trip for it) when there are some in
            # any sentence; else, in a sentence naming it, a range first, then the date nearest after
            # the name ("skipping the summit, a report said on Tuesday ... the Oct. 30-31 meeting")
            dates = attached or (ctx.dates_in(s) if s in named and not any(tied.values()) else [])
            theirs = other_summits_days(ctx, s, summit, heads_at[s], attached)  # "...; the next summit is in July"
            dates = [d for d in dates if d not in theirs]
            # "runs until Friday", "which closes on Thursday": a last day (a length told makes it a span)
            closing = [] if duration(ctx, heads_at[s]) else closing_dates(ctx, s, heads_at[s])
            whens = when_days(ctx, s, heads_at[s])  # "through Friday, when the summit takes place": its day, no last
            until += [d for d in dates if d in closing or _UNTIL.search(ctx.doc.text[max(0, d.start - 9):d.start]) and d not in whens]
            closed += [d for d in dates if d in closing]
            dates = [d for d in dates if d not in until]
            mention_at = next((f.start for f in ctx.found(s) if f.entity is summit), None)
            dates = sorted(dates, key=lambda d: (d.end_date is None, d.start < (mention_at or 0), abs(d.start - (mention_at or 0))))
            if dates and start is None:
                start = dates[0].start_date
                end = dates[0].end_date or (dates[-1].start_date if len(dates) > 1 and dates[-1].start_date > start else None)
                here = heads_at[s]
                days = duration(ctx, here)
                if days and end is None:
                    if ends(ctx, here):
                        start, end = start - dt.timedelta(days=days - 1), start  # "the three-day summit closed on X"
                    else:
                        end = start + dt.timedelta(days=days - 1)
            if not told_as_past(ctx.resolver.tree, heads_at[s]) and any(published and d.start_date > published and d not in theirs
                    and not another_clauses(ctx, s, heads_at[s], d) for d in ctx.dates_in(s, "month") + ctx.dates_in(s, "week") + dates):
                ahead = True  # a day still to come in a sentence on it: planned, unless it has begun
            for f in ctx.found(s, "Summit"):
                if f.entity is summit and is_planned_event_phrase(ctx.sentence(s), ctx.local(s, f.start), ctx.local(s, f.end)):
                    planned = True
            for f in [] if only_a_time(ctx, heads_at[s]) else ctx.found(s, "State", "InternationalOrganization"):
                if not located(ctx, s, f) and (not _IN_A_CITY_OF.search(ctx.sentence(s)[:ctx.local(s, f.start)]) or _fronted_subjects(ctx, f)) \
                        and not preceded_by(ctx, s, f, ctx.lexicon.not_among) \
                        and f.entity not in host_orgs and not kept_away(ctx, s, f) and not bidden(ctx, f) \
                        and not qualifies_a_thing(ctx, f) and not told_apart(ctx, f, heads_at[s]) and not a_topic(ctx, f) \
                        and not describes_a_place(ctx, head_at(ctx, f)) \
                        and not an_onlooker(ctx, s, f, heads_at[s], location):
                    participants.append(f.entity)
        if start is None and closed:
            start, until = closed[0].start_date, []
        # "kicked off on Saturday" ... "is holding the summit on Oct. 30-31": a span told later holds the day
        over = [d for v in tied.values() for d in v if d.end_date and start and d.start_date <= start <= d.end_date]
        if start is not None and end is None and over:
            start, end = over[0].start_date, over[0].end_date
        start, end = gathered_days(ctx, summit, start, end)  # "leaders are meeting on July 11-12"
        participants += said_to_attend(ctx, summit) + named_in_description(ctx, heads)
        location = location or _venue(ctx, summit, start)
        if start is None and published and any(opens_now(ctx, heads_at[s]) for s in sentences):
            start = published  # "the King opens the summit", "the summit opens" with no day: today
        if until and start is not None and end is None and until[-1].start_date > start:
            end = until[-1].start_date
        if start is not None and end is None:
            # "met on Thursday for a summit ... The two-day meeting": a length told elsewhere
            days = max((duration(ctx, heads_at[s]) or 0 for s in sentences), default=0)
            end = start + dt.timedelta(days=days - 1) if days > 1 else None
        if start is not None and end is None:
            # "opened on Wednesday" ... "closed on Thursday": days told apart make one span
            near = [d for d in days_told if abs((d - start).days) <= 6]
            if near and (min(near) < start or max(near) > start):
                start, end = min([start, *near]), max([start, *near])
        if start is not None and end is None and published and start < published and any(
                ends_now(ctx, heads_at[s]) for s in sentences):
            end = published  # "the summit has wrapped up", "as the meeting closes": it ends on the day of writing
        if (counted := counted_days(ctx, heads_at)) is not None:  # "on Friday, the second day of the summit"
            first, last = counted
            start = first or (start if start and last and start <= last else None)
            end = last or (end if start and end and end > start else None)
        if start is not None and not told:  # its day only guessed: a guest's arrival, a date nearby
            ctx.doc.annotations.setdefault("summits_dated_by_trips", set()).add(summit.key)
        if any(_governed_modality(ctx, k) == "planned" or told_ahead(ctx.resolver.tree, k, ctx.doc.text)
               and not going_on(ctx, k) for k in heads):
            planned = True  # "will host the summit", "the summit is to be held in X", "..., which will open in Y"
        said_ahead = planned  # by its words, not by a day to come
        for fact in ctx.doc.annotations.get("facts", []):
            if fact.cq == "visit" and fact.fields.get("purpose") == summit.key:
                if fact.modality != "negated":  # "X will not be travelling there": no one taking part
                    participants += represented(ctx, fact.fields["visitor"])
                if location is None and ctx.doc.entities[fact.fields["destination"]].type == "Place":
                    location = ctx.doc.entities[fact.fields["destination"]]
        if location is None:  # "the Tartu summit": a known city its name carries, not a region
            for e in ctx.doc.entities.values():  # ("the Coral Islands summit" is of the islands)
                if e.type == "Place" and e.qid and e.label.lower() not in ctx.lexicon.regions \
                        and re.search(r"(?<!\w)" + re.escape(e.label) + r"(?!\w)", summit.label):
                    location = e
        location = location or _host_state(ctx, summit) or _state_held_in(ctx, summit, heads, sentences)
        if location is None and (location := where_guests_went(ctx, participants, start, sentences)) is not None:
            ctx.doc.annotations.setdefault("summits_placed_by_guests", set()).add(summit.key)
        location = location or dateline_place(ctx, summit, heads, sentences, start, planned or ahead)  # "ISTANBUL - ..."
        if location is not None and location.type == "State":
            location = dateline_city_in(ctx, summit, location, start) or location  # "KUWAIT CITY - ... meet in Kuwait"
        if location is not None and location.type != "State":  # a hosting state takes part
            participants = [p for p in participants if p is not location]
        if published and (start and start > published or ahead and not (start and start <= published)):
            planned = True  # "the summit, which opened today and ends on Friday" goes on: asserted
        said = sorted({k for s in sentences for k in heads_at[s]})
        start, end, held = own_time(ctx, heads, start, end)  # "the Madrid summit of June 2022"
        off = status_called_off(ctx, said, start, said_ahead)
        status = off or ("planned" if planned and not held else "asserted")
        participants = without_organs(ctx, participants)  # the organisation takes part, not its organ beside it
        yield make_fact(ctx, "summit", sentences[0] if sentences else 0, status,
                        summit=summit.key, location=location.key if location else None, start=start, end=end,
                        ordinal=ordinal, participants=tuple(e.key for e in dict.fromkeys(participants)))


def _fronted_subjects(ctx: Context, f: Found) -> bool:
    """"At the summit in X, A and B agreed ...": states the parser makes the subject, or joins by
    "and" right before a main verb it left without one, are its subject, not X's country ("in X, A")."""
    r = ctx.resolver
    k = head_at(ctx, f)
    while k is not None and r.toks[k].dep == "conj" and r.toks[k].head < k:
        k = r.toks[k].head
    if k is None or r.toks[k].dep in {"nsubj", "nsubjpass"}:
        return k is not None  # parsed as the subject ("In X, A signed ...")
    if not r.tree.kids(k, "conj"):
        return False
    last = max(r.tree.conjuncts(k))
    v = next((j for j in range(last + 1, len(r.toks)) if r.toks[j].pos not in {"PROPN", "PUNCT"}
              and r.toks[j].dep not in {"compound", "flat"}), None)
    if v is not None and r.toks[v].dep == "aux":
        v = r.toks[v].head  # "A and B will sign"
    return v is not None and r.toks[v].dep == "ROOT" and r.toks[v].pos in {"VERB", "AUX"} \
        and not r.tree.kids(v, "nsubj", "nsubjpass")


def _carried_city(ctx: Context, summit: Entity) -> Entity | None:
    """"The Tartu summit", "a summit in Salta", "outside X": a city its own words tell it is held in, before any place
    its sentences name, which may be another summit's ("the Kumasi summit, on the eve of a summit in Accra"); not a
    word of a longer name ("Camp David", "of the Eurasian Cooperation Council") nor a region."""
    fullest = summit.attributes.get("fullest")  # "a summit at a base outside X": its own words
    own = " | ".join([summit.label, *(fullest if isinstance(fullest, list | tuple) else ())])
    def carried(n: str) -> bool:
        name = re.escape(n)
        return len(n) > 2 and n in own and bool(re.search(  # (no pattern for a name not there)
            rf"(?:^|\b(?:\d{{4}}|[a-z]+)\s){name}(?:'s)?\s+{_GATHERING}|\b(?:in|outside|near)\s+{name}(?!\w)", own))

    def on_land(qid: str | None) -> bool:  # a place in a country, not a sea ("the Coral Sea summit")
        entry = ctx.gazetteer.entries.get(qid) if ctx.gazetteer is not None and qid else None
        return entry is not None and entry.country is not None and "water_body" not in entry.extra

    for e in ctx.doc.entities.values():
        if e.type == "Place" and on_land(e.qid) and e.label.lower() not in ctx.lexicon.regions and any(map(carried, [e.label, *e.aliases])):
            return e
    m = re.match(rf"(?:(?:\d{{4}}|[a-z]+)\s)?([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?)\s+{_GATHERING}", summit.label)
    if m is None or ctx.gazetteer is None or summit.attributes.get("unnamed") or m.group(1).lower() in ctx.lexicon.regions:
        return None
    hits = {e.qid: e for e, kind in ctx.gazetteer.lookup(m.group(1)) if e.type == "Place" and kind != "demonym"}
    if len(hits) != 1 or not on_land(next(iter(hits))):
        return None
    entry = next(iter(hits.values()))
    key = f"wd-{entry.qid}"
    if key not in ctx.doc.entities:  # the summit's name was the city's only mention
        ctx.doc.entities[key] = Entity(key=key, type="Place", label=entry.label, aliases={m.group(1)}, qid=entry.qid, confidence=1.0)
    return ctx.doc.entities[key]


#: The nouns a summit's name ends in ("the Kumasi summit", "the Gdansk meeting").
_GATHERING = r"(?i:summit|meeting|retreat|gathering|conference)\b"


def _venue(ctx: Context, summit: Entity, start: dt.date | None) -> Entity | None:
    """"The base is the venue for the summit", "X will host the summit in Y": the place a frame
    gives the summit (its ``place`` role) — not a meeting on another day ("they first met in Z in
    2019", for a summit told on a day of this year)."""
    from kg.extract.clause_dates import dates_for
    from kg.extract.facts.attendance import event_of

    for m in ctx.doc.annotations.get("frames", []):
        if m.frame.fact == "participation" and m.roles.get("place") and not m.negative and summit in event_of(ctx, m):
            told = (dates_for(ctx, m.sentence, m.trigger) or [d for g in ("day", "month", "year") for d in ctx.dates_in(m.sentence, g)]) if start is not None else []
            if start is not None and any(not covers(d, start) for d in told):
                continue
            return m.roles["place"][0]
    for m in ctx.doc.annotations.get("frames", []):  # "the presidents flew to X for a gathering of heads of state"
        if summit in m.roles.get("purpose", []) and not m.negative and [e for e in m.roles.get("destination", []) if e.type == "Place"]:
            return next(e for e in m.roles["destination"] if e.type == "Place")
    return None


def _state_held_in(ctx: Context, summit: Entity, heads: list[int], sentences: list[int]) -> Entity | None:
    """"The summit in Bulgaria", "leaders meet in eastern Belgium for a summit": with no city told,
    the state the summit (or the verb it hangs on) is placed in."""
    r = ctx.resolver
    for s in sentences:
        here = _heads_in(ctx, summit, heads, s)
        above = {g for k in here for g in [k, *r.tree.ancestors(k), *r.tree.kids(k, "acl", "relcl"), *which_verb(r.tree, k, ctx.doc.text)]}  # "held in X"
        above |= raised_verbs(r.tree, here)  # "the summit is due to be held in X"
        for f in ctx.found(s, "State"):
            k = head_at(ctx, f)  # "in South Africa": the name's last word hangs on "in"
            p = r.tree.head(k) if k is not None else None
            if p is not None and r.toks[p].lower in {"in", "at"} and r.toks[p].head in above and not a_topic(ctx, f):
                return f.entity
    return None


def _host_state(ctx: Context, summit: Entity) -> Entity | None:
    """"China will host next year's summit": with no city told, the state that hosts it is where it is held — unless it hosts it remotely ("held the meeting online")."""
    from kg.extract.facts.attendance import event_of

    for m in ctx.doc.annotations.get("frames", []):
        if m.frame.name == "host-event" and not m.negative and summit in event_of(ctx, m) \
                and not _remote(ctx, m.sentence):
            hosts = [e for e in m.roles.get("participant", []) if e.type == "State"]
            if len(hosts) == 1:
                return hosts[0]
    return None


def _remote(ctx: Context, s: int) -> bool:
    """Sentence s tells a meeting held from afar ("by video link", "online": `lexicon.yaml` `remote_words`)."""
    return not ctx.lexicon.remote_words.isdisjoint(re.findall(r"[\w-]+", ctx.sentence(s).lower()))


def _summit_heads(ctx: Context, summit: Entity) -> list[int]:
    """Head tokens of the summit's own mentions."""
    r = ctx.resolver
    return sorted(k for k, f in r.at_token.items() if f.entity is summit
                  and (r.toks[k].head == k or r.at_token.get(r.toks[k].head) is not f))


def _heads_in(ctx: Context, summit: Entity, heads: list[int], s: int) -> list[int]:
    """The summit's heads in sentence s: its mentions, and the "summit" nouns no summit's name
    covers when no other summit is named there ("X came for the Andean summit and said the summit,
    which opens on Monday, ..." speaks of one summit twice)."""
    r = ctx.resolver
    own = [k for k in heads if r.toks[k].sent == s]
    if own and any(f.entity is not summit for f in ctx.found(s, "Summit")):
        return own
    return sorted({*own, *bare_summit_nouns(ctx, s)})


#: What is got ready for an event ahead: "preparations for the summit", "gearing up for the summit".
_READYING = frozenset({"preparation", "prepare", "ready", "gear", "run-up", "build-up", "countdown", "groundwork"})
#: What an event ahead is said to be ("the summit is expected to ...", "is set to open").
_SLATED = frozenset({"expect", "schedule", "set", "due", "slate", "poise", "likely", "plan"})


def _governed_modality(ctx: Context, k: int) -> str | None:
    """The modality of the verb a summit is the subject or object of, or hangs on through a
    preposition ("will meet in X for the summit")."""
    r = ctx.resolver
    h = r.tree.head(k)
    g = r.toks[h].head if h is not None and r.toks[k].dep == "pobj" and r.toks[h].lower in {"for", "to"} else None
    if g is not None and any(r.toks[j].lemma in _READYING for j in [g, *r.tree.kids(g, "nsubj")]):
        return "planned"  # "preparations are under way for the summit", "as X gears up for the summit"
    if h is not None and r.toks[k].dep == "pobj" and (v := verb_through(r.tree, h)) is not None:
        return governed_modality(r.tree, v, k)  # "will travel to the summit", not "build on the summit"
    if h is None or r.toks[k].dep not in {"nsubj", "nsubjpass", "dobj"}:
        return None
    if r.toks[k].dep != "dobj" and r.toks[h].lemma in _SLATED and r.tree.kids(h, "xcomp"):
        return "planned"  # "the summit is expected to focus on trade" (not "failed to agree": it took place)
    return governed_modality(r.tree, h, k)
