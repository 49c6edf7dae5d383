"""Trips for summits: a visit for a summit goes where the summit is held, a visit to where the
article's summit is held is for it, and the visitor's state or organisation takes part in it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import make_fact, most_named
from kg.extract.facts.homes import at_home, at_the_seat
from kg.extract.facts.participants import represented
from kg.extract.facts.summit_speakers import the_summit_under_way, trips_speaking_at
from kg.model import Entity, Fact


def _home(ctx: Context, person: Entity) -> Entity | None:
    return ctx.doc.annotations.get("office_state", {}).get(person.key) or ctx.country_of(person)


def _at_home(ctx: Context, person: Entity, place: Entity) -> bool:
    """A leader in their own country's capital is not visiting it; nor is one the article calls
    the host ("Host President X", "the host, X"), whose country it does not otherwise tell."""
    home = _home(ctx, person)
    if _called_host(ctx, person) and (home is None or _guessed_home(ctx, person)):
        return True
    return home is not None and (place is home or ctx.country_of(place) is home) or at_the_seat(ctx, person, place)


def _guessed_home(ctx: Context, person: Entity) -> bool:
    """Is the person's country only guessed from the passage ("President X" in an article on Y)?"""
    return person.key in ctx.doc.annotations.get("implied_home", set()) and ctx.country_of(person) is None


def _called_host(ctx: Context, person: Entity) -> bool:
    """Is the person titled or set beside "host": "Host President X", "X, the host", "the host, X"?"""
    r = ctx.resolver
    toks = r.toks
    for k, f in r.at_token.items():
        if f.entity is not person or r.at_token.get(toks[k].head) is f:
            continue
        beside = [*r.tree.kids(k, "appos"), *([toks[k].head] if toks[k].dep == "appos" else [])]
        if any(toks[i].lower == "host" and toks[i].dep in {"compound", "amod"} for i in r.tree.subtree(k) if i < k) \
                or any(toks[i].lemma == "host" and toks[i].pos == "NOUN" for i in beside):
            return True
    return False


def visits_to_summits(ctx: Context) -> Iterator[Fact]:
    """A visit for a summit goes where the summit is held; a visit to where (or to the country
    where) the article's summit is held is for that summit."""
    facts = ctx.doc.annotations.get("facts", [])
    # (a place only a guest's trip gave tells no one else's trip: :func:`summit_places.where_guests_went`)
    placed = ctx.doc.annotations.get("summits_placed_by_guests", set())
    location = {f.fields["summit"]: None if f.fields["summit"] in placed else f.fields.get("location")
                for f in facts if f.cq == "summit"}
    ahead = {f.fields["summit"] for f in facts if f.cq == "summit" and f.modality == "planned"}
    published = ctx.doc.article.published

    def still_ahead(fields: dict) -> bool:
        """A visit for a summit still ahead, with no date of its own in the past, is ahead too."""
        start = fields.get("start")
        return fields.get("purpose") in ahead and (start is None or bool(published and start > published))

    for f in facts:
        if f.cq == "visit" and f.modality == "asserted" and still_ahead(f.fields):
            f.modality = "planned"
        if f.cq == "visit" and f.fields.get("purpose") in location:
            _held_there(ctx, f, location)
            _to_the_summits_city(ctx, f, location[f.fields["purpose"]])
    summit_facts = {f.fields["summit"]: f for f in facts if f.cq == "summit"}
    trips = [(f.fields, f.modality) for f in facts if f.cq == "visit"]
    acting = [id(fields) for fields in ctx.doc.annotations.get("acting_at_summit", [])]
    pending = ctx.doc.annotations.get("pending_visits", [])
    # "X told reporters" in a report from the summit while it is on: X is there
    # (not one the same sentence says stays away: "X said she would stay away", "X, who was absent, said")
    away = {(ctx.doc.sentence_index(f.evidence.start), f.fields["visitor"]) for f in facts if f.cq == "visit" and f.modality == "negated"}
    said = trips_speaking_at(ctx, {(s, fields["visitor"]) for s, mod, fields in pending if id(fields) in acting or mod == "negated"} | away)
    acting += [id(fields) for _, _, fields in said]
    speaking = {id(fields) for _, _, fields in said}
    now = the_summit_under_way(ctx, list(summit_facts.values())) if speaking else None
    for s, mod, fields in [*pending, *said]:
        if id(fields) in speaking:
            if now is None:
                continue  # words said anywhere but in a report from the summit while it is on
            fields["purpose"] = now
            where = location.get(now)
            place, person = ctx.doc.entities.get(str(where)) if where else None, ctx.doc.entities[str(fields["visitor"])]
            country = ctx.country_of(place) if place is not None else None
            qid = country.qid if country is not None else ctx.country_qid(place) if place is not None else None
            home = _home(ctx, person)
            if place is None or qid is None or at_home(ctx, person, place) or home is not None and home.qid == qid \
                    or (home is None or _guessed_home(ctx, person)) and _called_host(ctx, person):
                continue  # (a leader at a summit in their own country, or one no country tells abroad)
        if id(fields) in acting and (any(t.get("visitor") == fields["visitor"] and t.get("purpose") == fields["purpose"]
                                         for t, _ in trips) or not _taking_part(ctx, fields, summit_facts)):
            continue  # "X flew to Y for the summit. At the summit, X said": one trip, told once
        mod = "planned" if mod == "asserted" and still_ahead(fields) else mod
        where = location.get(fields["purpose"])
        if where and not _at_home(ctx, ctx.doc.entities[fields["visitor"]], ctx.doc.entities[where]):
            yield make_fact(ctx, "visit", s, mod, destination=where, **fields)
        trips.append((fields, mod))  # "X flew in for the summit", wherever it is: X came for it
    # "X greeted her at the airport": who welcomes a guest come for the summit is at it too
    hosts: dict[str, list[Entity]] = {}
    for m in ctx.doc.annotations.get("frames", []):
        if m.frame.name == "welcome" and not m.negative:
            for guest in m.roles.get("visitor", []):
                hosts.setdefault(guest.key, []).extend(h for h in m.roles.get("host", []) if h is not guest)
    for fields, mod in trips:  # the visitor's state or organisation takes part in the summit it came for
        purpose = fields.get("purpose")
        if purpose in summit_facts and mod != "negated":
            joined = tuple(e.key for e in represented(ctx, str(fields["visitor"])))
            joined += tuple(e.key for h in hosts.get(str(fields["visitor"]), [])
                            for e in ([h] if h.type == "State" else represented(ctx, h.key)))
            target = summit_facts[purpose]
            target.fields["participants"] = tuple(dict.fromkeys((*target.fields.get("participants", ()), *joined)))
    yield from _for_the_main_summit(ctx, facts, location)
    _days_from_trips(ctx, summit_facts)
    trips_on_the_summits_day(ctx)  # (every trip yielded above is among the facts by now)


def _held_there(ctx: Context, f: Fact, location: dict) -> None:
    """"X, who spoke at the summit in Kigali last year, will travel to Addis Ababa for the
    meeting": a trip is for a summit held where it goes; one held in another country is not its
    purpose when exactly one other summit the article tells is held at that place."""
    place = ctx.doc.entities.get(str(f.fields["destination"]))
    where = ctx.doc.entities.get(str(location.get(f.fields["purpose"])))
    if place is None or where is None or _same_country(ctx, place, where):
        return
    there = [s for s, w in location.items() if s != f.fields["purpose"] and w is not None
             and (w == place.key or place.type == "State" and ctx.country_qid(ctx.doc.entities[str(w)]) == place.qid)]
    if len(there) == 1:
        f.fields["purpose"] = there[0]


def _same_country(ctx: Context, a: Entity, b: Entity) -> bool:
    """Are the two places one, or in one country (a state being its own country), or is either's
    country unknown?"""
    ca, cb = ctx.country_qid(a), ctx.country_qid(b)
    return a is b or ca is None or cb is None or ca == cb


def _to_the_summits_city(ctx: Context, f: Fact, where) -> None:
    """"X will fly to Japan for the G7 summit in Hiroshima": a trip to a country for a summit its
    sentence holds in one of that country's cities goes to the city (FORMAT.md: the most specific
    place; one trip)."""
    country = ctx.doc.entities.get(str(f.fields["destination"]))
    city = ctx.doc.entities.get(str(where)) if where else None
    if country is None or city is None or country.type != "State" or city.type != "Place" \
            or ctx.country_of(city) is not country:
        return
    if any(x.entity is city for x in ctx.found(ctx.doc.sentence_index(f.evidence.start), "Place")):
        f.fields["destination"] = city.key


def _for_the_main_summit(ctx: Context, facts: list[Fact], location: dict) -> Iterator[Fact]:
    """A visit to where (or to the country where) the article's summit is held is for it."""
    main = most_named(ctx, "Summit")
    where = location.get(main.key) if main else None
    if where is None or main is None:
        return
    country = ctx.country_of(ctx.doc.entities[where])
    summit = next((f for f in facts if f.cq == "summit" and f.fields.get("summit") == main.key), None)
    for f in list(facts):
        if f.cq == "visit" and "purpose" not in f.fields and f.fields["destination"] in {where, country.key if country else None} \
                and not _apart_in_time(f, summit):
            s = ctx.doc.sentence_index(f.evidence.start)
            yield make_fact(ctx, "visit", s, f.modality, **{**f.fields, "purpose": main.key})
            if summit is not None and f.modality != "negated":
                # the visitor's state or organisation takes part in the summit it came for
                joined = tuple(e.key for e in represented(ctx, str(f.fields["visitor"])))
                before = summit.fields.get("participants", ())
                summit.fields["participants"] = tuple(dict.fromkeys(
                    (*(before if isinstance(before, tuple) else ()), *joined)))


def _days_from_trips(ctx: Context, summit_facts: dict[str, Fact]) -> None:
    """A summit told no day is on the one day the trips for it give ("X greeted Y at the base
    on Friday", "the leaders met there"): a summit is held where and when its guests come."""
    days: dict[str, set] = {}
    for f in ctx.doc.annotations.get("facts", []):
        if f.cq == "visit" and f.modality != "negated" and f.fields.get("start") and not f.fields.get("end"):
            days.setdefault(str(f.fields.get("purpose")), set()).add(f.fields["start"])
    for key, summit in summit_facts.items():
        told = days.get(str(key), set())
        if summit.fields.get("start") is None and len(told) == 1:
            summit.fields["start"] = next(iter(told))


def _apart_in_time(visit: Fact, summit: Fact | None) -> bool:
    """A trip that ended before the summit began, or began after it ended, was not for it ("a
    delegation left Accra on March 15" is no trip to the July summit there)."""
    def day(f: Fact | None, *keys: str) -> dt.date | None:
        found = [f.fields.get(k) for k in keys] if f is not None else []
        return next((v for v in found if isinstance(v, dt.date)), None)

    first, last = day(summit, "start"), day(summit, "end", "start")
    start, end = day(visit, "start", "end"), day(visit, "end", "start")
    if first is None or last is None or start is None or end is None:
        return False
    return end < first - dt.timedelta(days=1) or start > last + dt.timedelta(days=1)


def _taking_part(ctx: Context, fields: dict, summit_facts: dict[str, Fact]) -> bool:
    """One who acts at a summit went there for it, unless only the home state takes part and the
    summit's name names it: a meeting of its own ("at a meeting of X's security council, X's president said")."""
    summit = summit_facts.get(str(fields["purpose"]))
    home = _home(ctx, ctx.doc.entities[fields["visitor"]])
    listed = summit.fields.get("participants", ()) if summit is not None else ()
    taking_part = set(listed) if isinstance(listed, tuple) else set()
    if home is None or summit is None or taking_part != {home.key}:
        return True
    label = ctx.doc.entities[str(fields["purpose"])].label
    return not any(n and n in label for n in [home.label, *home.aliases])


def trips_on_the_summits_day(ctx: Context) -> None:
    """A trip for a one-day summit that tells no day of its own is on the summit's day: whoever
    came for a meeting held on one day was there that day ("The ministers met in X on Friday. Y,
    who flew in for the meeting, ..."). A summit over several days tells no one's arrival; a trip
    called off has no day, and one the article also tells with a day is that trip, on its own day."""
    facts = ctx.doc.annotations.get("facts", [])
    dated = {k for f in facts if f.cq == "visit" and (f.fields.get("start") or f.fields.get("end")) for k in _trip_keys(ctx, f)}
    days: dict[str, set] = {}
    for f in facts:
        if f.cq == "summit" and f.modality != "negated" and isinstance(f.fields.get("start"), dt.date):
            end = f.fields.get("end")
            days.setdefault(str(f.fields["summit"]), set()).add(None if end and end != f.fields["start"] else f.fields["start"])
    for f in facts:
        told = days.get(str(f.fields.get("purpose")), set()) if f.cq == "visit" else set()
        if len(told) == 1 and None not in told and f.modality != "negated" \
                and not dated & _trip_keys(ctx, f) and not _another_time(ctx, f, next(iter(told))):
            f.fields["start"] = next(iter(told))


def _another_time(ctx: Context, f: Fact, day: dt.date) -> bool:
    """Does the trip's sentence tell a time the summit's day is not in ("went there in 2019 for talks")?"""
    ev = f.evidence
    return any(ev.start <= d.start < ev.end and not d.start_date <= day <= (d.end_date or d.start_date)
               for d in ctx.dates)


def _trip_keys(ctx: Context, f: Fact) -> set:
    """What tells one trip: its traveller and its place, the place's country ("in Washington" is
    "in the US"), or its purpose."""
    place = ctx.doc.entities.get(str(f.fields["destination"]))
    country = ctx.country_of(place) if place is not None else None
    return {(f.fields["visitor"], str(k)) for k in (f.fields["destination"], country.key if country else None,
                                                     f.fields.get("purpose")) if k}
