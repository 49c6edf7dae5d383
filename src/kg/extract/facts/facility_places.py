"""The state a named base or port lies in where the gazetteer does not place it: the place the text
sets right after one of its mentions ("X Naval Base in Y province", "Camp Z, near W", "X, a small
outpost inside Y"); else, for one the text never places, the state of the report's dateline (a local site in a
local report: "KOTOR — two frigates were received at X Naval Base")."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.facts.report_scene import scene
from kg.model import Entity

#: What sets a place after a facility's name: "X in Y", "X, near Y", "X, a small outpost inside Y", "X on
#: the island of Y", "X, Y" (a name right after the comma); a place only a few words on ("in northern Y").
_PLACING = re.compile(r",\s+$|,?\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4})?(?:in|inside|near|on|at|outside|off)\s+"
                      r"(?:[\w-]+\s+){0,3}?$")


def placed_state(ctx: Context, ent: Entity) -> Entity | None:
    """The state the facility lies in, by the text or the dateline (None where neither tells)."""
    if ent.type not in {"MilitaryBase", "Facility"}:
        return None
    placed, told = _placed(ctx, ent)
    if placed is not None or told:
        return placed  # (placed in a place of another state the article does not name: none)
    return local_state(ctx)


def local_state(ctx: Context) -> Entity | None:
    """The state of the report's dateline, where the article names it."""
    where = scene(ctx)
    if where is None:
        return None
    return where if where.type == "State" else ctx.country_of(where)


def _placed(ctx: Context, ent: Entity) -> tuple[Entity | None, bool]:
    """The state of the place set after a mention of the facility, and whether a mention is placed in a
    place of a known state (one the article may not name)."""
    text = ctx.doc.text
    for m in ctx.doc.mentions:
        if m.entity != ent.key:
            continue
        for f in sorted(ctx.found(m.sentence, "State", "Place"), key=lambda f: f.start):
            if not m.end < f.start <= m.end + 80 or f.entity.key == ent.key:
                continue
            if not _PLACING.match(text[m.end:f.start]) or re.search(r"[;.()\u2014]", text[m.end:f.start]):
                break  # (only the first place after it, and only one the words between set it in)
            if f.entity.type == "State":
                return f.entity, True
            if ctx.country_qid(f.entity) is None:
                break  # a place no better known than the facility: the dateline may still tell
            return ctx.country_of(f.entity), True
    return None, False
