"""Visits read from frame matches: who travels where, when, for what.

The frames visit, travel, stopover, depart, welcome and carry-to (``data/frames.yaml``) find the
traveller and the place in any construction ("X visited Y", "X's three-day visit to Y", "a tour of
A and B", "X, who arrived in Y", "Y welcomed X", "X left Z for Y", "the tour took X to Y"); attend
gives the summit a person goes to. A place the parser hung elsewhere is read where it hangs (on the
guest: "hosted X in Y"; on the verb a trip noun is the object of, or on its traveller: "followed the
visit of X to Y"); a way home tells the place left ("flew home from Y"). This module applies
FORMAT.md's conventions: one fact per statement of a trip, to the most specific place it names
(a site when the trip is to the site itself, else the city, else the country; never the venue of
the talks), not to the traveller's own country, with the summit or event it is for. A tour told
as a whole ("a three-day trip to Brazil") and stop by stop ("the tour began in Belém") gives a
fact for the whole and one per stop, as the answer keys record it; "the tour" with no traveller
of its own is the trip the article follows. When: :mod:`kg.extract.facts.trip_dates`; trips no
trip verb tells: :mod:`kg.extract.facts.presence`."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.attendance import attending as attending_people
from kg.extract.facts.attendance import main_summit, the_sending, trips_acting_at
from kg.extract.facts.common import make_fact
from kg.extract.facts.homes import at_home, host_abroad
from kg.extract.facts.report_scene import called_off_here, scene, told_here
from kg.extract.facts.treaties import trigger_modality
from kg.extract.facts.trip_arguments import (
    TRAVELLING_GROUPS,
    away_at_home,
    city_of_unnamed_venue,
    companions,
    goes_without_goal,
    group_told_next,
    guests_named,
    hosts_place,
    hung_on_the_guest,
    open_question,
    place_of_main_clause,
    place_of_the_object,
    places_not_the_traveller,
    said_of_the_origin,
    staying_away,
    stops_in_order,
    to_hung_on_the_verb,
    trip_of_the_phrase,
)
from kg.extract.facts.trip_dates import back_from, homecoming, trip_dates, trip_length
from kg.extract.facts.trip_origins import homeward as _homeward
from kg.extract.facts.trip_places import (
    city_in_view,
    city_of_the_occasion,
    described,
)
from kg.extract.frames import Match
from kg.model import Entity, Fact

VISIT_FRAMES = frozenset({"visit", "travel", "stopover", "depart", "welcome", "carry-to", "expected-in", "accompany", "way-to",
                          "invite-to", "stay-away"})
#: Buildings where talks are held (and where a guest is received, "at X Lodge"): a visit goes to their city.
_VENUE = re.compile(r"\b(palace|hall|house|centre|center|headquarters|hotel|residence|building|office|ministry|airport|"
                    r"kremlin|secretariat|chancellery|parliament|embassy|villa|mansion)\b", re.IGNORECASE)


def visits(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    pending = ctx.doc.annotations.setdefault("pending_visits", [])
    attending = attending_people(ctx, matches)
    here = scene(ctx)
    traveller = _traveller(ctx, matches)
    trips = {m.trigger.i for m in matches if m.frame.name in VISIT_FRAMES}
    placed = {m.trigger.i for m in matches if m.frame.name in VISIT_FRAMES and m.roles.get("destination")}
    homecomings = {homecoming(ctx, m) for m in matches if m.frame.name in VISIT_FRAMES}  # "returned to Y after a visit"
    going = {m.trigger.i: m for m in matches if m.frame.name in VISIT_FRAMES and not m.args.nominal and m.roles.get("visitor")}
    guests: dict[str, list[Entity]] = {}  # host -> the people the article says it hosts
    for m in matches:
        if m.frame.name == "welcome":
            for h in m.roles.get("host", []):
                guests.setdefault(h.key, []).extend(v for v in m.roles.get("visitor", [])
                                                    if v.type == "Person" and v is not h and v not in guests[h.key])
    for m in matches:
        if m.frame.name not in VISIT_FRAMES or _purpose_of_a_trip(ctx, m, trips, placed) or m.trigger.i in homecomings \
                or staying_away(ctx, m) or open_question(ctx, m.trigger.i):
            continue
        if m.roles.get("destination"):
            m.roles["destination"] = places_not_the_traveller(ctx, m)
        if m.roles.get("city") and not m.roles.get("destination"):
            m.roles["destination"] = m.roles["city"]  # "her Lima visit"
        visitors = [e for e in m.roles.get("visitor", []) if e.type == "Person"]
        hosts = set(m.roles.get("host", []))
        if any(h not in visitors for h in hosts):
            hosts -= set(visitors)  # "X was welcomed by his counterpart Y": "his" is the guest's, Y hosts
        visitors = [v for v in visitors if v not in hosts]
        if m.frame.name == "welcome" and host_abroad(
                ctx, m.roles.get("destination") or [f.entity for f in ctx.found(m.sentence, "Place")], hosts):
            continue  # "In Santiago, Peru's president greeted Chile's ministers": a guest greets no guests
        visitors = _host_for_guest(ctx, m, visitors, guests)
        carrier = trip_of_the_phrase(ctx, m, going) if not visitors and not hosts else None
        if carrier is not None:  # "landed in X, the second stop of a tour of ...": that traveller's tour
            visitors = [e for e in carrier.roles["visitor"] if e.type == "Person"]
        if not visitors and traveller is not None and _the_trip_in_view(ctx, m):
            visitors = [traveller]  # "the tour began in X": the trip the article follows
        if not visitors:
            visitors = [v for v in guests_named(ctx, m, guests) or group_told_next(ctx, m) if v not in hosts]
        if not visitors:
            if m.args.nominal and not m.roles.get("destination") and trigger_modality(ctx, m) == "negated":
                ctx.doc.annotations.setdefault("called_off", []).append((m.sentence, None))  # "the visit was postponed"
            elif m.args.nominal and not m.roles.get("destination") and _definite(ctx, m):
                _days_told_again(ctx, m, None)  # "The visit, which runs from March 8 to March 11, ..."
            continue
        visitors += companions(ctx, m, visitors)
        purposes = [] if _talks_with_someone(ctx, m) else list(m.roles.get("purpose", []))
        tree = ctx.resolver.tree
        for v in visitors:
            # "flew to X, where he attended the summit": an attendance in the trip's own clauses
            # (not "X was absent": "be" with no place goes nowhere for an attendance denied)
            purposes += [p for p, a in attending.get((m.sentence, v.key), []) if p not in purposes and not m.args.nominal
                         and not a.negative
                         and (a.trigger.i in tree.subtree(m.trigger.i) and not said_of_the_origin(ctx, a, m)
                              or m.trigger.i in tree.subtree(a.trigger.i))]
        mod = trigger_modality(ctx, m)
        if mod == "planned" and _has_arrived(ctx, m):
            mod = "asserted"  # "X has arrived for tomorrow's session": the arrival is done, whatever is ahead
        elif mod == "asserted" and _going_now(ctx, m):
            mod = "planned"  # "He then flies on to X", "was flying on to X": the stop is still ahead
        if m.frame.name in {"expected-in", "invite-to"} and mod == "asserted":
            mod = "planned"  # "in X, he is expected to meet Y": being expected there is a trip ahead, whatever follows
        if m.frame.name == "invite-to" and (mod == "negated" or not m.roles.get("destination") and not purposes):
            continue  # "was not invited to X" tells no trip; "invited X to join" goes nowhere
        # "on his way to X, stopped in Y on Monday": the day is the stop's, not the arrival's
        start, end = trip_dates(ctx, m) if m.frame.name != "way-to" else (None, None)
        published = ctx.doc.article.published
        last = start or end
        if mod == "asserted" and published and last is not None and last > published:
            mod = "planned"  # "before ending the trip in X on June 16": a trip still to end is ahead
        left = _left_behind(ctx, m)
        if left and mod == "asserted":
            ctx.doc.annotations.setdefault("departures", []).extend(
                (m.sentence, v.key, o.key, start) for v in visitors for o in left)
        for visitor in visitors:
            places = _destinations(ctx, m, visitor)
            places = [city_of_the_occasion(ctx, m, p) or p if p.type == "State" else p for p in places]
            fields = {"visitor": visitor.key, "start": start, "end": end, "purpose": purposes[0].key if purposes else None}
            # ("would fly home from X": going home is no arrival where the story is)
            arriving = not m.roles.get("destination") and not _homeward(ctx, m) and (m.trigger.lemma in _ARRIVING and not m.args.nominal
                                                            or m.args.nominal and m.trigger.lemma == "arrival"
                                                            or not m.args.nominal and told_here(ctx, m.trigger.i))
            if not places and (arriving or goes_without_goal(ctx, m)) and not purposes and main_summit(ctx) is not None:
                fields["purpose"] = main_summit(ctx).key  # type: ignore[union-attr]  # "X flew in": to the summit in view
                pending.append((m.sentence, mod, fields))
                continue
            if not places and arriving and here is not None and not at_home(ctx, visitor, here):
                places = [here]  # "X arrived on Tuesday": where the report is
            if not places and not m.roles.get("destination"):
                places = [p for p in hung_on_the_guest(ctx, m) if not at_home(ctx, visitor, p)]
            if not places and not m.roles.get("destination"):
                places = [p for p in city_of_unnamed_venue(ctx, m) if not at_home(ctx, visitor, p)]
            if not places and not m.roles.get("destination"):
                places = [p for p in to_hung_on_the_verb(ctx, m) if not at_home(ctx, visitor, p)]
            if not places and not m.roles.get("destination"):
                places = [p for p in place_of_the_object(ctx, m) if not at_home(ctx, visitor, p)]
            if m.frame.name == "carry-to" and not m.roles.get("destination") and not places:
                continue  # "took office", "brought X to the table": no place, no trip
            if not places and not m.roles.get("destination"):
                places = [p for p in place_of_main_clause(ctx, m) if not at_home(ctx, visitor, p)]
            if not places and not m.roles.get("destination") and not purposes and main_summit(ctx) is None:
                places = [p for p in hosts_place(ctx, hosts, here) if not at_home(ctx, visitor, p)]
            if not places and not m.roles.get("destination") and not purposes and here is not None \
                    and (mod == "asserted" and main_summit(ctx) is None or called_off_here(m, mod)) and m.frame.name == "visit" \
                    and not m.args.prep("to", "in", "at") and not _definite(ctx, m) and not at_home(ctx, visitor, here):
                places = [here]  # "NAIROBI - X began a two-day visit on Friday": where the report is
            if not m.roles.get("destination") or described(ctx, m):  # "Egypt hosted X for talks in Cairo": the city
                places = list(dict.fromkeys(city_in_view(ctx, m, p) or p if p.type == "State" else p for p in places))
            if not places and not purposes and m.args.nominal and not m.roles.get("destination") and mod == "negated":
                # "was due in Lima on Monday but postponed her trip": her trip just told, called off
                ctx.doc.annotations.setdefault("called_off", []).append((m.sentence, visitor.key))
            stops = [(p, mod) for p in places] if carrier is None else stops_in_order(ctx, m, carrier, places, mod)
            # (a tour's stops: the verb's day is only its own place's; "came back from a visit": its last)
            own_days = carrier is None or start is not None and back_from(ctx, m) is not None
            for place, how in stops:
                yield make_fact(ctx, "visit", m.sentence, how, destination=place.key,
                                **(fields if own_days else {**fields, "start": None, "end": None}))
            if not places and purposes:
                pending.append((m.sentence, mod, fields))
            elif not places and arriving and start is not None and mod == "asserted":
                ctx.doc.annotations.setdefault("arrivals", []).append((m.sentence, visitor.key, start))
            elif not places and not m.roles.get("destination") and m.args.nominal and (m.args.possessor or _definite(ctx, m)):
                _days_told_again(ctx, m, visitor.key)  # "His visit ends on March 5"
    # a person attending a summit travels to it: where it is held is read with the summit
    for (s, person), summits in attending.items():
        for summit, m in summits:
            if open_question(ctx, m.trigger.i):
                continue
            if m.roles.get("delegate") and m.args.nominal and m.args.governor is not None:
                m = the_sending(ctx, m)  # "sent its minister, X": when is the verb's
            mod = trigger_modality(ctx, m)
            if m.roles.get("delegate") and mod == "negated" and not tree.kids(m.trigger.i, "neg"):
                mod = "asserted"  # "did not go and sent X in his place": sending is what was done instead
            start, end = trip_dates(ctx, m)
            pending.append((s, mod, {"visitor": person, "start": start, "end": end, "purpose": summit.key}))
    # "X said at the summit", "told the gathering": a trip only where no other statement tells it
    acting = trips_acting_at(ctx)
    pending += acting
    ctx.doc.annotations.setdefault("acting_at_summit", []).extend(fields for _, _, fields in acting)


#: Nouns of talks, which a "with" phrase makes a meeting of their own.
_TALKS = frozenset({"talk", "talks", "meeting", "meetings", "consultation", "consultations", "discussion", "discussions"})


def _talks_with_someone(ctx: Context, m: Match) -> bool:
    """"flew on to Lima for talks with Peruvian officials": talks the trip is for, with someone
    of their own, are that meeting, not the summit the article is about."""
    toks = ctx.resolver.tree.toks
    return any(toks[k].lower in _TALKS and any(toks[p].lower == "with" for p in ctx.resolver.tree.kids(k, "prep"))
               for k in m.tokens.get("purpose", []))


#: Verbs of setting off for a place (not of arriving, whose present tells the news of the day).
_GOING = frozenset({"travel", "fly", "head", "go", "jet", "depart", "leave", "return", "move", "proceed", "continue", "press",
                    "journey"})


def _going_now(ctx: Context, m: Match) -> bool:
    """"He then flies on to X", "is travelling to X", "was flying on to X": a verb of going in the
    present or in progress in the story (not its headline), with no day gone by, has its stop ahead."""
    t = m.trigger
    # "X journeys to Y on Tuesday": a plural trip noun heading a clause with no verb is the
    # present of its verb, which the parser took for a noun
    misread = m.args.nominal and t.tag == "NNS" and t.dep == "ROOT"
    if m.args.nominal and not misread or t.lemma not in _GOING or m.sentence == 0:
        return False
    tree = ctx.resolver.tree
    aux = [tree.toks[a] for a in tree.kids(t.i, "aux")]
    progressive = t.tag == "VBG" and any(a.lemma == "be" for a in aux)
    present = (t.tag in {"VBZ", "VBP"} or misread) and not aux
    if not (present or progressive) or tree.kids(t.i, "neg"):
        return False
    published = ctx.doc.article.published
    days = trip_dates(ctx, m)
    return not any(d is not None and published is not None and d < published for d in days)


def _has_arrived(ctx: Context, m: Match) -> bool:
    """"has arrived", "have landed": a present perfect of arriving, done by the time of writing."""
    tree = ctx.resolver.tree
    t = m.trigger
    return not m.args.nominal and t.lemma in _ARRIVING and t.tag == "VBN" and not tree.kids(t.i, "neg") \
        and any(tree.toks[a].lemma == "have" and tree.toks[a].tag in {"VBZ", "VBP"} for a in tree.kids(t.i, "aux"))


def _days_told_again(ctx: Context, m: Match, visitor: str | None) -> None:
    """A trip told again by its noun alone, with days or a length of its own ("his stay, which ends
    Tuesday", "the two-day visit"): those of the trip told before it (:mod:`.trip_references`)."""
    length = trip_length(ctx, m)  # "During the two-day visit, he will ...": its length is its own, wherever it hangs
    # (its days only as subject or with a clause: not "crossed the border on Tuesday on his first trip")
    own = m.trigger.dep in {"nsubj", "nsubjpass"} or ctx.resolver.tree.kids(m.trigger.i, "relcl", "acl")
    start, end = trip_dates(ctx, m) if own else (None, None)
    if start is not None or end is not None or length:
        ctx.doc.annotations.setdefault("trip_days", []).append((m.sentence, visitor, start, end, length))


def _purpose_of_a_trip(ctx: Context, m: Match, trips: set[int], placed: set[int]) -> bool:
    """"will fly to X to tour a shipyard", "is expected to travel to X to visit the port": an
    infinitive telling what a trip is for is that trip, told once by the verb it hangs on."""
    t = m.trigger
    kids = ctx.resolver.tree.children[t.i]
    if t.lemma == "head" and any(ctx.resolver.toks[c].dep == "agent" for c in kids):
        return True  # "a delegation headed by X" leads, it does not travel
    toks = ctx.resolver.toks
    if m.args.nominal and t.dep == "pobj" and toks[t.head].lower == "for" and toks[t.head].head in trips \
            and (t.lemma == "stop" or toks[t.head].head in placed):
        return True  # "flying on to X for a short stop", "flies to X for a visit": the flight's trip
    return not m.args.nominal and t.dep == "advcl" and t.head in trips and any(
        ctx.resolver.toks[c].lower == "to" and ctx.resolver.toks[c].dep == "aux" for c in kids)


def _left_behind(ctx: Context, m: Match) -> list[Entity]:
    """The places the match says the traveller leaves: "left X", "departed from X", and, of a
    travel verb, only on a way home ("flew home from X", "headed back from X", "returned from X"),
    not "flew in from X" (where the traveller may only have passed)."""
    if m.frame.name != "travel":
        return list(m.roles.get("origin", []))
    r = ctx.resolver
    homeward = [c for c in r.tree.children[m.trigger.i] if r.toks[c].lower in {"home", "back"}]
    if m.trigger.lemma != "return" and not homeward:
        return []
    # "flew back from X": the parser may hang the origin on "back"
    hung = [e for c in homeward for p in r.tree.kids(c, "prep") if r.toks[p].lower == "from"
            for o in r.tree.kids(p, "pobj") for e in r.entities(o, ("Place", "State"))]
    return list(dict.fromkeys([*m.roles.get("origin", []), *hung]))


def _traveller(ctx: Context, matches: list[Match]) -> Entity | None:
    """The person whose trip the article follows: the one most often said to go somewhere abroad,
    the first on a tie."""
    counts: dict[str, int] = {}
    people: dict[str, Entity] = {}
    for m in matches:
        if m.frame.name in VISIT_FRAMES:
            for e in m.roles.get("visitor", []):
                if e.type == "Person" and any(not at_home(ctx, e, d) for d in m.roles.get("destination", [])):
                    counts[e.key] = counts.get(e.key, 0) + 1
                    people.setdefault(e.key, e)
    return people[max(counts, key=counts.__getitem__)] if counts else None


def _the_trip_in_view(ctx: Context, m: Match) -> bool:
    """A definite trip noun with a place and no doer of its own ("the tour began in X", "this
    visit to Y"): the trip already in view, not a new one ("a visit"), nor another's ("a visit
    by a delegation")."""
    if not m.args.nominal or m.args.subject or m.args.possessor or not m.roles.get("destination") \
            or m.trigger.lemma in TRAVELLING_GROUPS:
        return False  # ("the security mission to X", "the delegation in Y": a group of its own, not the trip)
    return _definite(ctx, m)


def _definite(ctx: Context, m: Match) -> bool:
    """"the visit", "this trip": a trip already in view, told where it was first told."""
    r = ctx.resolver
    return any(r.toks[c].dep == "det" and r.toks[c].lower in {"the", "this", "that"} for c in r.tree.children[m.trigger.i])


_ARRIVING = frozenset({"arrive", "land", "fly", "touch", "come", "jet"})


def _host_for_guest(ctx: Context, m: Match, visitors: list[Entity], guests: dict[str, list[Entity]]) -> list[Entity]:
    """"X received Y at the airport as he arrived in X's country": a pronoun read as a host, who is
    at home where the trip goes, is the guest that host receives."""
    r = ctx.resolver
    places = m.roles.get("destination", [])
    if not any(r.toks[k].pos == "PRON" for k in m.tokens.get("visitor", [])):
        return visitors
    # "X welcomed Y as he arrived": with no place said, one who arrives in the sentence that has him
    # receive a guest is that guest
    arriving = not places and m.trigger.lemma in _ARRIVING and not m.args.nominal
    out: list[Entity] = []
    for v in visitors:
        away = [g for g in guests.get(v.key, []) if not any(at_home(ctx, g, p) for p in places)
                and (not arriving or g in ctx.unique(ctx.found(m.sentence, "Person")))]
        swap = away and (arriving or places and all(at_home(ctx, v, p) for p in places))
        out += [g for g in away if g not in out] if swap else [v]
    return out


def _destinations(ctx: Context, m: Match, visitor: Entity) -> list[Entity]:
    """The most specific places of the trip: sites kept, venues replaced by their city, a
    country dropped when one of its cities is named, the traveller's own country never."""
    found = [e for e in m.roles.get("destination", []) if e.label.lower() not in ctx.lexicon.regions]
    places: list[Entity] = []
    told = not m.args.nominal or _told_by_the_noun(m)
    for e in found:
        if e.type in {"Facility"} and (_VENUE.search(e.label) or m.frame.name == "welcome"):
            city = venue_city(ctx, m, e)
            if city is not None and city not in found and not at_home(ctx, visitor, city, told=told):
                places.append(city)  # "due at the White House", "at the palace in Hanoi": the city
            continue
        if at_home(ctx, visitor, e, told=told) and not away_at_home(ctx, m, e, told):
            continue
        places.append(e)
    specific = []
    r = ctx.resolver
    inside = {e.key for k in m.tokens.get("destination", []) for p in r.tree.kids(k, "prep")
              if r.toks[p].lower in {"in", "near"} for o in r.tree.kids(p, "pobj") for e in r.entities(o, ("Place", "State"))}
    for e in places:
        if e.type == "State" and any(o is not e and ctx.country_of(o) is e for o in places):
            continue  # "to Astana, Kazakhstan": the city
        if e.key in inside and len(places) > 1:
            continue  # "to tour Joint Base X in Virginia": the site, not the state it lies in
        specific.append(e)
    return specific


def _told_by_the_noun(m: Match) -> bool:
    """"the visit of X to Y", "X's trip to Y": a trip noun whose own phrase names both the traveller
    and the place tells the trip outright, as a verb does."""
    own = set(m.args.possessor) | set(m.args.prep("of")) | set(m.args.prep("by"))
    return bool(own & set(m.tokens.get("visitor", []))) and bool(set(m.args.prep("to")) & set(m.tokens.get("destination", [])))


def venue_city(ctx: Context, m: Match, venue: Entity) -> Entity | None:
    """The city a venue of the talks is in: the one its own phrase names ("the palace in X"), else
    the one city of the venue's country the article names, that country's capital first."""
    r = ctx.resolver
    for k in m.tokens.get("destination", []):
        if r.at_token.get(k) is not None and r.at_token[k].entity is venue:
            # "the palace in X", "X's airport"
            owners = [o for p in r.tree.kids(k, "prep") if r.toks[p].lower in {"in", "near"} for o in r.tree.kids(p, "pobj")]
            for o in owners + r.tree.kids(k, "poss"):
                named = [e for e in r.entities(o, ("Place",)) if e.type == "Place"]
                if named:
                    return named[0]
    country = ctx.country_qid(venue)
    if country is None:
        return None
    cities = [e for e in ctx.doc.entities.values() if e.type == "Place" and ctx.country_qid(e) == country]
    entry = ctx.gazetteer.get(country) if ctx.gazetteer is not None else None
    capital = (entry.extra or {}).get("capital") if entry is not None else None
    first = [e for e in cities if capital and e.qid == capital]
    return first[0] if first else cities[0] if len(cities) == 1 else None
