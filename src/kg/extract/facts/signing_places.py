"""Where a signing took place: the city or country its own phrases name, else the one its clause
names, a "where" clause's antecedent, the place of the trip it happened on; and, for the day's
news whose sentences name no place, the place the report is filed from (its dateline).
Read by :mod:`kg.extract.facts.treaties`."""
from __future__ import annotations

import datetime as dt

from kg.extract.clause_dates import at_which, dates_for, which_below
from kg.extract.context import Context
from kg.extract.facts.common import event_place
from kg.extract.facts.signers import state_served
from kg.extract.facts.signing_venues import city_of_venue, in_venue_name, venue_city
from kg.extract.frames import Match
from kg.model import Entity, Fact

#: How far from the day of publication a signing is the day's news (a week back, a month ahead).
_NEWS_BEFORE = dt.timedelta(days=7)
_NEWS_AFTER = dt.timedelta(days=31)


def signing_place(ctx: Context, m: Match) -> Entity | None:
    """Where: a city or country the trigger's phrases name first, then one the clause names, then
    a site its own phrase names ("at the Pentagon"); never a continent or region, nor a site only
    another clause names ("held talks at the palace and witnessed the signing")."""
    places = [e for e in m.roles.get("place", []) if e.label.lower() not in ctx.lexicon.regions
              and not in_venue_name(ctx, m, e)]
    # "in the French city of Nancy": the city before the state its demonym names
    cities = sorted((e for e in places if e.type in {"Place", "State"}), key=lambda e: e.type != "Place")
    said = event_place(ctx, m.sentence, [m.trigger])
    if said is not None and said.type not in {"Place", "State"} and said not in places:
        said = None
    if said is not None and said not in places and not _in_own_clause(ctx, m, said):
        said = None  # "X signed it, which Y had signed in 2021, in Z": the main clause's place
    found = (cities[0] if cities else None) or _city_below(ctx, m) or said or (places[0] if places else None) \
        or venue_city(ctx, m) or _there(ctx, m) or _where(ctx, m) or _at_which(ctx, m) or _trip_destination(ctx, m)
    return (city_of_venue(ctx, m, found) if found is not None else None) or found  # "at X House": its city


#: Relations that open a clause or phrase of another event, or name who and what, below a verb.
_OTHER = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "dobj", "nsubj", "nsubjpass", "agent", "conj", "parataxis"})


#: Prepositions whose phrase is no scene of the event: "according to officials in X", "unlike Y in Z".
_NO_SCENE = frozenset({"according", "despite", "unlike", "like", "than", "from"})


def _city_below(ctx: Context, m: Match) -> Entity | None:
    """A city the trigger's own phrases name however deep the parser hung it ("signed on December 14 at
    the palace in Paris", the place on the date), not one in its object or subject ("an accord on a base
    in X") nor in a clause of another verb ("the pact initialled at Dayton was signed ...")."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    t = m.trigger.i
    if m.args.nominal:
        return None
    found = None  # the last: "at the college, X, in Canberra" is in Canberra
    for c in [c for c in tree.kids(t, "prep") if toks[c].lower not in _NO_SCENE]:
        for i in tree.subtree(c):
            f = ctx.resolver.found_at(i)
            if f is None or f.entity.type != "Place" or f.entity.label.lower() in ctx.lexicon.regions:
                continue
            k, ok = i, True
            while k != c and ok:
                ok, k = toks[k].dep not in _OTHER, toks[k].head
            found = f.entity if ok else found
    return found


def _in_own_clause(ctx: Context, m: Match, place: Entity) -> bool:
    """Is a place the sentence gives inside the clause of a trigger that describes a noun ("the
    accord, which Y signed in Z")? Any place is, for a trigger heading its sentence's own clause,
    and the noun a "where" clause is said of ("Quito, where they signed it") is its place."""
    t = m.trigger
    if t.dep not in {"relcl", "acl"}:
        return True
    tree = ctx.resolver.tree
    own = tree.subtree(t.i)
    if any(tree.toks[k].lower == "where" for k in own):
        return True
    return any((f := ctx.resolver.found_at(k)) is not None and f.entity == place for k in own)


def _there(ctx: Context, m: Match) -> Entity | None:
    """"A and B, whose leaders met in X last week, signed it there", "flew to X and signed it there":
    "there" on the signing is the place named last before it in its sentence (none: the sentence
    before's, :func:`scene_before`)."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    verb = m.args.governor if m.args.nominal and m.args.governor is not None else m.trigger.i
    there = [c for c in tree.kids(verb, "advmod") if toks[c].lower == "there"]
    if not there:
        return None
    # a place a preposition sets the scene in or sends someone to ("in X", "to Y"); not a speaker's state
    before = [f.entity for f in ctx.found(m.sentence, "Place", "State") if f.end <= toks[there[0]].start
              and f.entity.label.lower() not in ctx.lexicon.regions and _scene_phrase(ctx, m.sentence, f.start)]
    return before[-1] if before else None


def _scene_phrase(ctx: Context, s: int, start: int) -> bool:
    toks = ctx.resolver.toks
    k = next((t.i for t in ctx.tokens(s) if t.start >= start), None)  # (the name's first word; its head is the phrase's)
    while k is not None and toks[k].dep in {"compound", "amod"} and toks[k].head != k:
        k = toks[k].head
    return k is not None and toks[k].dep == "pobj" and toks[toks[k].head].lower in _SCENE_PREPOSITIONS


#: Prepositions that set a scene or send someone to it: "met in X", "flew to X".
_SCENE_PREPOSITIONS = frozenset({"in", "to", "at", "into"})


def _where(ctx: Context, m: Match) -> Entity | None:
    """The place a "where" clause holding the trigger is said of: "flies to Lima, where he is due to sign"."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    t = m.trigger
    while t.dep in {"xcomp", "acomp", "ccomp", "conj"} and t.head != t.i:
        t = toks[t.head]
    where = [c for c in tree.subtree(t.i) if c < t.i and toks[c].lower == "where"] if t.dep == "relcl" else []
    if not where:
        return None
    kinds = ("Place", "Facility", "MilitaryBase")
    said_of = ctx.resolver.entities(t.head, kinds)  # "the city where the treaty was signed"
    if said_of:
        return said_of[0]
    # the place named before "where" (the parser may hang the clause on a date: "to Lima on Thursday, where")
    before = [f for f in ctx.found(m.sentence, *kinds) if f.end <= toks[where[0]].start]
    return before[-1].entity if before else None


def _at_which(ctx: Context, m: Match) -> Entity | None:
    """"the meeting in Lima, at which they signed it", "a visit to Lima, during which it was signed":
    a clause set at the event a noun names happens where that event is: the city the noun's own
    phrases name, else one the clause holding the noun places it in ("met in Lima on the sidelines
    of the summit, at which ...")."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    t = m.trigger
    while t.dep in {"xcomp", "acomp", "ccomp", "conj"} and t.head != t.i:
        t = toks[t.head]
    if t.dep != "relcl" or not any(at_which(toks, t, toks[p]) and which_below(ctx.tokens(m.sentence), toks, toks[p])
                                   for p in tree.kids(t.i, "prep")):  # (also "at the end of which")
        return None
    from kg.extract.frames import load_frames

    trips = {w for f in load_frames().frames if f.fact == "visit" for w in f.nouns}
    clause = set(tree.subtree(t.i))
    for a in tree.ancestors(t.i):  # the lowest phrase holding the noun that names a city wins
        found = [f.entity for i in sorted(set(tree.subtree(a)) - clause) if (f := ctx.resolver.found_at(i)) is not None
                 and f.entity.type in {"Place", "State"} and f.entity.label.lower() not in ctx.lexicon.regions
                 and toks[i].dep == "pobj" and (toks[toks[i].head].lower in {"in", "at"} or toks[toks[i].head].lower == "to"
                                                and toks[toks[toks[i].head].head].lemma in trips)]  # "a visit to Lima"
        if found:  # a city before a state ("in Kampala, Uganda")
            return min(found, key=lambda e: e.type != "Place")
        if toks[a].pos in {"VERB", "AUX"}:
            break
    return None


def _trip_destination(ctx: Context, m: Match) -> Entity | None:
    """"signed it during the president's visit to Astana": an event a trip frames is where the
    trip goes."""
    from kg.extract.frames import load_frames

    tree = ctx.resolver.tree
    trips = {w for f in load_frames().frames if f.fact == "visit" for w in f.nouns}
    for p in tree.kids(m.trigger.i, "prep"):
        if tree.toks[p].lower not in {"during", "on", "at", "in"}:
            continue
        for trip in tree.kids(p, "pobj"):
            if tree.toks[trip].lemma not in trips:
                continue
            for to in tree.kids(trip, "prep"):
                if tree.toks[to].lower == "to":
                    found = [e for o in tree.kids(to, "pobj") for e in ctx.resolver.entities(o, ("Place", "State"))]
                    if found:
                        return min(found, key=lambda e: e.type != "Place")
    return None


#: Prepositions by which a clause sets itself at an event told before: "Following the meeting, ...".
_AT_EVENT = frozenset({"following", "after", "during", "at", "on"})
#: Nouns for a part of an event: "at the end of the talks", "on the sidelines of the meeting".
_PARTS = frozenset({"end", "close", "conclusion", "sideline", "sidelines", "margin", "margins"})


def scene_before(ctx: Context, m: Match) -> tuple[Entity | None, object]:
    """"X met Y in Lima on Monday. Following the meeting, they signed ...", "X flew to Lima on Monday.
    There she signed ...": a signing set at an event or a place the sentence before told is where
    (and, told as done, when) that sentence's event was. (None, None) when the trigger points back
    to no such scene: a definite event noun ("the meeting", "the talks") or "there" on the verb."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    t = m.trigger.i
    if m.args.nominal or m.sentence == 0:
        return None, None
    from kg.extract.frames import load_frames

    # a meeting, talks, or a trip: "During the visit, they signed ..." is where the trip told before went
    events = ctx.resolver.frames.descriptions.get("Summit", frozenset()) | {
        w for f in load_frames().frames if f.fact == "visit" for w in f.nouns}
    there = any(toks[c].lower == "there" for c in tree.kids(t, "advmod"))
    objects = [o for p in tree.kids(t, "prep") if toks[p].lower in _AT_EVENT for o in tree.kids(p, "pobj")]
    # "at the end of the talks", "on the sidelines of the meeting": a part of the event
    objects += [e for o in objects if toks[o].lemma in _PARTS for p in tree.kids(o, "prep")
                if toks[p].lower == "of" for e in tree.kids(p, "pobj")]
    nouns = [o for o in objects if (toks[o].lemma in events or toks[o].lower in events) and not tree.kids(o, "prep")
             and any(toks[d].lower in {"the", "that", "this", "his", "her", "their"} for d in tree.kids(o, "det", "poss"))]
    if not there and not nouns:
        return _trip_before(ctx, m), None
    before = m.sentence - 1
    days = {d.start_date for d in ctx.dates_in(before)}
    if not days and nouns:  # "Following the talks, they signed": the talks as told, with their day, before
        before = _told_before(ctx, m.sentence, {toks[o].lemma for o in nouns}) or before
        days = {d.start_date for d in ctx.dates_in(before)}
    cities = ctx.unique(ctx.found(before, "Place"))  # "flew to Lima": the one city it names
    # "flew to Lima, far from the crisis in Quito. There she signed ...": "there" is where the trip went
    where = (_trip_city(ctx, before) if there and not nouns else None) or event_place(ctx, before) or (cities[0] if len(cities) == 1 else None) or _trip_to_state(ctx, before)
    return where, (days.pop() if len(days) == 1 else None)


def _trip_city(ctx: Context, s: int) -> Entity | None:
    """The one city the trips sentence s tells go to."""
    found = {e for trip in ctx.doc.annotations.get("frames", []) if trip.sentence == s
             and trip.frame.name in {"travel", "visit"} for e in trip.roles.get("destination", []) if e.type == "Place"}
    return found.pop() if len(found) == 1 else None


def _trip_to_state(ctx: Context, s: int) -> Entity | None:
    """"X paid a visit to Kenya. During the visit, ...": a trip told as done to a country, no city named."""
    found = {e for trip in ctx.doc.annotations.get("frames", []) if trip.sentence == s
             and trip.frame.name in {"travel", "visit"} and _told_done(ctx, trip.trigger)
             for e in trip.roles.get("destination", [])}
    return found.pop() if len(found) == 1 and next(iter(found)).type == "State" else None


#: The verb that tells an event its noun names ("held talks", "met"): "the meeting" is the one they met at.
_EVENT_VERBS = {"meeting": {"meet"}, "talk": {"talk", "hold"}, "summit": {"hold", "meet"}}


def _told_before(ctx: Context, s: int, lemmas: set[str]) -> int | None:
    """The nearest sentence before ``s`` that tells the event "the talks" or "the meeting" points
    back to, with one day: by its noun ("held talks in X on Monday") or its verb ("met on Monday")."""
    verbs = {v for n in lemmas for v in _EVENT_VERBS.get(n, ())}
    for before in range(s - 1, -1, -1):
        words = {t.lemma for t in ctx.tokens(before)}
        if (words & lemmas or words & verbs) and len({d.start_date for d in ctx.dates_in(before)}) == 1:
            return before
    return None


def _trip_before(ctx: Context, m: Match) -> Entity | None:
    """"X arrived in Tallinn on Monday. On Tuesday he and Y signed ...": a signer whose trip the
    sentence before told as done (or a host told as receiving) signs where that trip went (its
    city), whatever day the signing has."""
    people = {e.key for r in ("signatory", "partner") for e in m.roles.get(r, []) if e.type == "Person"}
    states = {e.key for r in ("signatory", "partner") for e in m.roles.get(r, []) if e.type == "State"}
    if not people and len(states) < 2 or m.sentence == 0 \
            or any(dates_for(ctx, m.sentence, m.trigger, g) for g in ("month", "year")):
        return None  # ("He signed it in 2019": another occasion than the trip)
    if not people:  # "The two leaders signed it": the guest's state and the host's
        return _states_trip_before(ctx, m, states)
    for trip in ctx.doc.annotations.get("frames", []):
        # ("A hosted B in Dublin on Monday. The two leaders signed ...": the guest's trip, told by the host)
        if trip.sentence != m.sentence - 1 or trip.frame.name not in {"travel", "visit", "welcome"} \
                or trip.trigger.tag not in {"VBD", "VBN"} or not people & {e.key for e in trip.roles.get("visitor", [])}:
            continue
        cities = [e for e in trip.roles.get("destination", []) if e.type == "Place"]
        if len(cities) == 1:
            return cities[0]
    return _met_before(ctx, m, people)


def _states_trip_before(ctx: Context, m: Match, states: set[str]) -> Entity | None:
    """"X of A arrived in Lima, B's capital, on Monday. The two leaders signed ...": states that sign,
    named by no person, sign where the sentence before took one of their people to a city of another."""
    for trip in ctx.doc.annotations.get("frames", []):
        if trip.sentence != m.sentence - 1 or trip.frame.name not in {"travel", "visit", "welcome"} \
                or trip.trigger.tag not in {"VBD", "VBN"}:
            continue
        guests = {s.key for e in trip.roles.get("visitor", []) if (s := e if e.type == "State" else
                                                                    state_served(ctx, e) if e.type == "Person" else None)}
        cities = [e for e in trip.roles.get("destination", []) if e.type == "Place"] \
            or [e for e in trip.roles.get("destination", []) if e.type == "State"]  # "visited Chile": no city named
        host = (cities[0] if cities[0].type == "State" else ctx.country_of(cities[0])) if len(cities) == 1 else None
        if host is not None and guests & states and host.key in states - guests:
            return cities[0]
    return None


def _told_done(ctx: Context, trigger) -> bool:
    """A trip told as done: a past verb, or a noun a past verb takes ("paid a visit to X")."""
    toks = ctx.resolver.toks
    return trigger.tag in {"VBD", "VBN"} or trigger.pos == "NOUN" and toks[trigger.head].tag == "VBD"


def _met_before(ctx: Context, m: Match, people: set[str]) -> Entity | None:
    """"A met B in Riga on Monday. They signed ...": signers whom a clause of the sentence before brought
    together, told as done in one city, sign in that city."""
    from kg.extract.reference_groups import clause_people

    before = m.sentence - 1
    met = {e.key for e in clause_people(ctx.resolver, before)}
    if len(people) < 2 or not people <= met or not any(t.tag == "VBD" for t in ctx.tokens(before)):
        return None
    cities = [e for e in ctx.unique(ctx.found(before, "Place")) if e.label.lower() not in ctx.lexicon.regions]
    return cities[0] if len(cities) == 1 else None


def place_at_dateline(ctx: Context, facts: list[Fact]) -> None:
    """"HANOI - ... the two ministers signed the memorandum": a signing told as done, of the day's
    news, that no sentence places happened where the report is filed from. Only for a signing
    dated within days of publication, or undated; never one told with only a month or year (the
    caller leaves those out), nor one still ahead (it may happen anywhere), nor a place the text
    gives elsewhere."""
    from kg.extract.facts.travel import scene

    # an agreement whose signing the text places anywhere is not placed by the dateline
    placed = {f.fields["agreement"] for f in facts if f.fields.get("place")}
    open_ = [f for f in facts if not f.fields.get("place") and f.modality == "asserted" and _of_the_day(ctx, f)
             and f.fields["agreement"] not in placed]
    if not open_:
        return
    here = scene(ctx)
    if here is None or here.type != "Place":
        return
    country = ctx.country_of(here)
    placed = ctx.doc.annotations.setdefault("dateline_signings", set())
    for f in open_:
        states = {sig for g in facts if g.fields["agreement"] == f.fields["agreement"]
                  and isinstance(sig := g.fields.get("signatory"), str) and getattr(ctx.doc.entities.get(sig), "type", None) == "State"}
        if states and (country is None or country.key not in states):
            continue  # "ISLAMABAD - ... after A and B inked a pact": a signing of other states is no news of here
        f.fields["place"] = here.key
        placed.add(id(f))  # where the report is filed from tells no one's trip (kg.extract.facts.presence)


def _of_the_day(ctx: Context, f: Fact) -> bool:
    day, published = f.fields.get("date"), ctx.doc.article.published
    if not isinstance(day, dt.date) or published is None:
        return day is None
    return published - _NEWS_BEFORE <= day <= published + _NEWS_AFTER


def city_told(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One signing told twice, once in a city and once in a coarser place or a site in the city's country
    ("signed in Moscow on July 16" and "signed on July 16 in the Kremlin, during a visit to Russia"): the
    city, for every telling of that signing (same agreement and modality, no two days)."""
    by_event: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.fields.get("place"):
            by_event.setdefault((f.fields["agreement"], f.modality), []).append(f)
    for group in by_event.values():
        if len({f.fields.get("date") for f in group} - {None}) > 1:
            continue
        places = {ctx.doc.entities[key] for f in group if isinstance(key := f.fields["place"], str) and key in ctx.doc.entities}
        cities = [e for e in places if e.type == "Place" and e.label.lower() not in ctx.lexicon.regions]
        if len(places) < 2 or len(cities) != 1 or (country := ctx.country_qid(cities[0])) is None:
            continue
        if all(e in cities or e.type in {"State", "Facility"} and ctx.country_qid(e) == country for e in places):
            for f in group:
                f.fields["place"] = cities[0].key
    return facts
