"""Where a person is at home: the state they serve (FORMAT.md: a leader in their own country is not
visiting it), and the states an envoy is posted to."""
from __future__ import annotations

from kg.extract.context import Context
from kg.model import Entity


def home_of(ctx: Context, person: Entity) -> Entity | None:
    return ctx.doc.annotations.get("office_state", {}).get(person.key) or ctx.country_of(person) \
        or ctx.doc.annotations.get("served_state", {}).get(person.key)


def at_home(ctx: Context, person: Entity, place: Entity, told: bool = False) -> bool:
    """A leader in their own country (or one of its cities) is not visiting it; nor is an envoy
    in the state they are posted to. A trip ``told`` outright ("X visited Y") is not denied by a
    home only guessed from the passage ("President X", in an article on Y)."""
    home = home_of(ctx, person)
    if told and person.key in ctx.doc.annotations.get("implied_home", set()) and not ctx.country_of(person):
        home = None
    if home is not None and (place is home or ctx.country_of(place) is home):
        return True
    posted = ctx.doc.annotations.get("posted_to", {}).get(person.key, set())
    country = place if place.type == "State" else ctx.country_of(place)
    return (country is not None and country.key in posted) or at_the_seat(ctx, person, place)


def at_the_seat(ctx: Context, person: Entity, place: Entity) -> bool:
    """An officer of an international body in the city of its seat (the gazetteer's headquarters,
    `lexicon.yaml` `body_seats` where that is wrong) is at work there, not visiting it: the head of an alliance at a meeting in the alliance's city."""
    if place.type != "Place" or ctx.gazetteer is None:
        return False
    names = {n.casefold() for n in (place.label, *place.aliases)}
    for f in ctx.doc.annotations.get("facts", []):
        if f.cq != "office" or f.fields.get("person") != person.key:
            continue
        body = ctx.doc.entities.get(str(f.fields.get("of")))
        if body is None or not body.qid or body.type == "State":
            continue
        entry = ctx.gazetteer.get(body.qid)
        seat = ctx.lexicon.body_seats.get(body.qid) or str(((entry.extra or {}) if entry else {}).get("headquarters") or "")
        city = seat.split(",")[0].strip().removeprefix("City of ").removesuffix(" Municipality").casefold()
        if city and city in names:
            return True
    return False


def host_abroad(ctx: Context, places: list[Entity], hosts: set[Entity]) -> bool:
    """Are the people said to welcome or greet others at a place all known to be from another
    country? Then they are guests there themselves, and those they greet are no guests of theirs."""
    people = [h for h in hosts if h.type == "Person"]
    if not places or not people:
        return False
    country = places[0] if places[0].type == "State" else ctx.country_of(places[0])
    homes = [home_of(ctx, h) for h in people]
    return country is not None and all(h is not None and h is not country for h in homes)
