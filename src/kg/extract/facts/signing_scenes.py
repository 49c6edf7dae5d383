"""Where and when a signing happened that its own sentence does not place: at the scene the sentences
before set ("X met Y in Lima on Monday. Following the meeting, they signed ...", "X flew to Lima. There
she signed ...", "The high point of the trip was the signing of ..."), or where a signer's trip before
went. Read by :mod:`kg.extract.facts.treaties`."""
from __future__ import annotations

from kg.extract.clause_dates import dates_for
from kg.extract.context import Context
from kg.extract.facts.common import event_place
from kg.extract.facts.signers import signers_of, state_served
from kg.extract.frames import Match
from kg.model import Entity

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
    if m.sentence == 0:
        return None, None
    from kg.extract.frames import load_frames

    # a meeting, talks, or a trip: "During the visit, they signed ..." is where the trip told before went
    events = ctx.resolver.frames.descriptions.get("Summit", frozenset()) | {
        w for f in load_frames().frames if f.fact == "visit" for w in f.nouns}
    if m.args.nominal:  # "The high point of the trip was the signing of X": the event its clause names
        where, day = _scene_of_clause(ctx, m, events)  # ("put their signatures to it": as the verb's)
        return (where, day) if where is not None else (_trip_before(ctx, m), None)
    there = any(toks[c].lower == "there" for c in tree.kids(t, "advmod"))
    objects = [o for p in tree.kids(t, "prep") if toks[p].lower in _AT_EVENT for o in tree.kids(p, "pobj")]
    # "at the end of the talks", "on the sidelines of the meeting": a part of the event
    objects += [e for o in objects if toks[o].lemma in _PARTS for p in tree.kids(o, "prep")
                if toks[p].lower == "of" for e in tree.kids(p, "pobj")]
    nouns = _pointing_back(ctx, objects, events)
    if not there and not nouns:
        return _trip_before(ctx, m), None
    return _scene(ctx, m, nouns, there)


def _pointing_back(ctx: Context, objects: list[int], events: frozenset[str] | set[str]) -> list[int]:
    """The definite event nouns among these tokens, with no phrase of their own ("the visit", not "a visit to X")."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    return [o for o in objects if (toks[o].lemma in events or toks[o].lower in events) and not tree.kids(o, "prep")
            and any(toks[d].lower in {"the", "that", "this", "his", "her", "their"} for d in tree.kids(o, "det", "poss"))]


def _scene_of_clause(ctx: Context, m: Match, events) -> tuple[Entity | None, object]:
    """"The high point of the trip was the signing of X", "The talks ended with the signing of X": a signing
    noun whose clause names an event told before is where (and when) that event was."""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    v = m.trigger.i
    while toks[v].pos not in {"VERB", "AUX"} and toks[v].head != v:
        v = toks[v].head
    if toks[v].pos not in {"VERB", "AUX"}:
        return None, None
    own = set(tree.subtree(m.trigger.i))
    nouns = _pointing_back(ctx, [k for k in tree.subtree(v) if k not in own], events)
    return _scene(ctx, m, nouns, False) if nouns else (None, None)


def _scene(ctx: Context, m: Match, nouns: list[int], there: bool) -> tuple[Entity | None, object]:
    """Where and when the event told in the sentence before (or the one told with the nouns) was."""
    toks = ctx.resolver.toks
    before = m.sentence - 1
    days = {d.start_date for d in ctx.dates_in(before)}
    if not days and nouns:  # "Following the talks, they signed": the talks as told, with their day, before
        before = _told_before(ctx, m.sentence, {toks[o].lemma for o in nouns}) or before
        days = {d.start_date for d in ctx.dates_in(before)}
    cities = ctx.unique(ctx.found(before, "Place"))  # "flew to Lima": the one city it names
    # "flew to Lima, far from the crisis in Quito. There she signed ...": "there" is where the trip went
    went = next((c for b in range(before, max(-1, before - 3), -1) if (c := _trip_city(ctx, b)) is not None), None) \
        if there and not nouns else None  # (the nearest of the three before: "X flew to Lima. Few noticed. There ...")
    said = event_place(ctx, before)
    if said is not None and said.type not in {"Place", "State"} and len(cities) == 1:
        said = cities[0]  # "at the palace, with X, who is in Lima": the site's city, the one the sentence names
    where = went or said or (cities[0] if len(cities) == 1 else None) or _trip_to_state(ctx, before)
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
    states = {e.key for e in signers_of(ctx, m) if e.type == "State"} if not people else set()  # ("the two ministers")
    if not people and len(states) < 2 or m.sentence == 0 \
            or any(dates_for(ctx, m.sentence, m.trigger, g) for g in ("month", "year")):
        return None  # ("He signed it in 2019": another occasion than the trip)
    if not people:  # "The two leaders signed it": the guest's state and the host's, or the states that met
        return _states_trip_before(ctx, m, states) or _met_before(ctx, m, states, "State")
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


def _met_before(ctx: Context, m: Match, people: set[str], kind: str = "Person") -> Entity | None:
    """"A met B in Riga on Monday. They signed ...": signers whom a clause of the sentence before brought
    together, told as done in one city, sign in that city."""
    from kg.extract.reference_groups import clause_people

    before = m.sentence - 1
    met = {e.key for e in clause_people(ctx.resolver, before, kind=kind)}
    if len(people) < 2 or not people <= met or not any(t.tag == "VBD" for t in ctx.tokens(before)):
        return None
    cities = [e for e in ctx.unique(ctx.found(before, "Place")) if e.label.lower() not in ctx.lexicon.regions]
    return cities[0] if len(cities) == 1 else None
