"""An edition of the series in view is its organisation's summit too: "the 45th summit will be held in
Manama", "the next summit", "last year's summit in Rabat" told beside "the Gulf bloc's 44th summit" is
the bloc's, and the bloc takes part in it (FORMAT.md: the organisation whose summit it is takes part).
Read after the summits are built and merged: the summit in view gives the organisation."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.attendance import main_summit
from kg.extract.facts.summit_identity import EDITION
from kg.extract.summit_editions import rank_of
from kg.model import Entity, Fact

#: Words that count a summit's sides, which no organisation's own summit is told by.
_SIDES = re.compile(r"\b(?:bilateral|trilateral|quadrilateral|two-way|three-way|four-way|five-way)\b", re.IGNORECASE)

#: Where a summit's label goes on to its place, time or topic: "... in Rabat", "... on trade".
_TAIL = re.compile(r"\s(?:in|at|on|for|held|hosted|, )\b.*$")


def owners_of_editions(ctx: Context) -> Iterator[Fact]:
    """Add the summit in view's own organisation (or, held by none, the states its name names) to each
    other edition of its series that names no organisation taking part; yields nothing (the facts are
    amended where they are)."""
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    summits = [f for f in facts if f.cq == "summit"]
    main = main_summit(ctx)
    ours = next((f for f in summits if main is not None and f.fields["summit"] == main.key), None)
    if ours is None or main is None:
        return
    owner = _owner(ctx, ours, main)
    series = [owner] if owner is not None else _series_states(ctx, ours, main)
    if not series:
        return
    for f in summits:
        e = ctx.doc.entities[str(f.fields["summit"])]
        if f is ours or not _an_edition(e) or not _of_the_series(e, main, series):
            continue
        if owner is not None and _SIDES.search(e.label):
            continue  # "the last trilateral summit" beside a bloc's meeting: a summit of states, not the bloc's
        taking_part = _participants(f)
        if any(ctx.doc.entities[k].type == "InternationalOrganization" for k in taking_part if k in ctx.doc.entities):
            continue  # "the next EU-CELAC summit": the organisations it names
        f.fields["participants"] = tuple(dict.fromkeys((*taking_part, *(x.key for x in series))))
    yield from ()


def _participants(f: Fact) -> tuple[str, ...]:
    value = f.fields.get("participants", ())
    return tuple(str(k) for k in value) if isinstance(value, tuple) else ()


def _owner(ctx: Context, fact: Fact, main: Entity) -> Entity | None:
    """The one organisation taking part in the summit in view, or the one its names name."""
    orgs = [ctx.doc.entities[k] for k in _participants(fact) if k in ctx.doc.entities
            and ctx.doc.entities[k].type == "InternationalOrganization"]
    named = [o for o in orgs if _named_in(o, [main.label, *main.aliases])]
    pick = named if named else orgs
    return pick[0] if len(pick) == 1 else None


def _series_states(ctx: Context, fact: Fact, main: Entity) -> list[Entity]:
    """"the Iraq-Egypt-Jordan summit", "a summit of the leaders of A, B and C": the states a summit in
    view held by no organisation is named by, two or more, are who hold each summit of the series."""
    states = [ctx.doc.entities[k] for k in _participants(fact) if k in ctx.doc.entities
              and ctx.doc.entities[k].type == "State"]
    named = [s for s in states if _named_in(s, [main.label, *main.aliases])]
    return named if len(named) >= 2 else []


def _an_edition(e: Entity) -> bool:
    """Told as one edition among others: an edition word, or another edition's rank ("the 45th summit")."""
    return bool(e.attributes.get("other_edition")) or bool(EDITION.search(e.label)) or (
        rank_of(e.label) is not None and bool(e.attributes.get("unnamed")))


def _of_the_series(e: Entity, main: Entity, series: list[Entity]) -> bool:
    """Does the edition name no one the summit in view does not ("the next G20 summit" beside "the
    BRICS summit" is another series)? Its place, time or topic ("in Rabat") says nothing of whose it is."""
    head = _TAIL.sub("", e.label)
    known = " ".join([main.label, *main.aliases, *(n for o in series for n in [o.label, *o.aliases])])
    return all(w in known for w in re.findall(r"\b[A-Z][\w'’-]*", head) if w.lower() not in _LOWERABLE)


#: Capitalised words of a label that name no one: "Summit", "Meeting" in a title-case label.
_LOWERABLE = frozenset({"summit", "meeting", "the", "next", "last", "conference", "session", "forum"})


def _named_in(o: Entity, names: list[str]) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", s) for n in [o.label, *o.aliases] if len(n) > 1
               for s in names)
