"""Where a signing happened that no sentence places: at the event of its day. News that tells a
state visit or a summit tells the documents signed there as its news, often paragraphs later and
with only a day ("President A arrived in X on Monday for a two-day visit. ... On Tuesday A and B
signed a memorandum"): a signing told as done on a day of a trip told as done to one city, by the
guest or the host, or on a day of a summit held in one city, by one of its participants (any
state, at a bloc's summit), is in that city. Read after the visits and summits are built, so a signing so placed tells no trip of
its own."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.signers import state_served
from kg.model import Entity, Fact

#: What a signing's place may be; anything else the parser took for one ("at the close of the
#: session of the council") is no place, and the day's event places the signing instead.
_PLACES = frozenset({"Place", "State", "Facility", "MilitaryBase"})


def place_at_events(ctx: Context) -> Iterator[Fact]:
    """Give each unplaced, dated signing told as done the one city of the events of its day that
    its signers take part in (no new fact)."""
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    signings = [f for f in facts if f.cq == "signing" and f.modality == "asserted"
                and isinstance(f.fields.get("date"), dt.date) and not _placed(ctx, f)]
    events = [f for f in facts if f.cq in {"visit", "summit"} and f.modality == "asserted"]
    if not signings or not events:
        return
    groups: dict[tuple, list[Fact]] = {}
    for f in signings:  # one signing: an agreement on a day, whoever of its signers is told
        groups.setdefault((f.fields["agreement"], f.fields["date"]), []).append(f)
    for (agreement, day), group in groups.items():
        people, states = _signers(ctx, [g for g in facts if g.cq == "signing" and g.modality == "asserted"
                                         and g.fields["agreement"] == agreement and g.fields.get("date") == day])
        cities = {c.key for e in events if (c := _city_of(ctx, e, day, people, states)) is not None}
        if len(cities) == 1:
            city = cities.pop()
            for f in group:
                f.fields["place"] = city
    yield from ()


def _placed(ctx: Context, f: Fact) -> bool:
    where = ctx.doc.entities.get(str(f.fields.get("place", "")))
    return where is not None and where.type in _PLACES


def _signers(ctx: Context, group: list[Fact]) -> tuple[set[str], set[str]]:
    """The people who signed, and the states that did or that those people serve."""
    people: set[str] = set()
    states: set[str] = set()
    for f in group:
        who = ctx.doc.entities.get(str(f.fields.get("signatory", "")))
        if who is None:
            continue
        if who.type == "Person":
            people.add(who.key)
            who = state_served(ctx, who)
        if who is not None and who.type == "State":
            states.add(who.key)
    return people, states


def _city_of(ctx: Context, event: Fact, day: dt.date, people: set[str], states: set[str]) -> Entity | None:
    """The city of a trip or summit on that day whose guest, host or participants signed."""
    start = event.fields.get("start")
    end = event.fields.get("end") or start
    if not (isinstance(start, dt.date) and isinstance(end, dt.date) and start <= day <= end):
        return None
    city = ctx.doc.entities.get(str(event.fields.get("location" if event.cq == "summit" else "destination", "")))
    if city is None or city.type != "Place" or city.label.lower() in ctx.lexicon.regions:
        return None
    if event.cq == "summit":
        listed = event.fields.get("participants")
        taking_part = [ctx.doc.entities[k] for k in (listed if isinstance(listed, tuple) else ()) if k in ctx.doc.entities]
        # a bloc's summit gathers its members, whom the article need not list as taking part
        bloc = any(e.type == "InternationalOrganization" for e in taking_part)
        return city if states and (bloc or states & {e.key for e in taking_part}) else None
    visitor = ctx.doc.entities.get(str(event.fields.get("visitor", "")))
    if visitor is None:
        return None
    guest = {visitor.key} | ({s.key} if visitor.type == "Person" and (s := state_served(ctx, visitor)) else set())
    host = {h.key} if (h := ctx.country_of(city)) is not None else set()
    sides = guest | host
    # the guest or the host signs, and no third state: "A and B signed" on the day A's leader is in B
    return city if (people | states) & sides and not states - sides else None
