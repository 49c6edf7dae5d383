"""The state a named base or port lies in where the gazetteer does not place it: the place the text
sets right after one of its mentions ("X Naval Base in Y province", "Camp Z, near W", "the port at
V"); else, for one the text never places, the state of the report's dateline (a local site in a
local report: "KOTOR — two frigates were received at X Naval Base")."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.facts.report_scene import scene
from kg.model import Entity

#: What sets a place after a facility's name: "X in Y", "X, near Y", "X on the island of Y", "X at Y".
_PLACING = re.compile(r",?\s+(?:in|near|on|at|outside|off)\b|,\s", re.IGNORECASE)
#: A new clause after the name places nothing ("X, and flies on to Y").
_CLAUSE = re.compile(r",\s*(?:and|but|or|while|whereas|before|after|which|who|where|when)\b", re.IGNORECASE)


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
        if m.entity != ent.key or not _PLACING.match(text, m.end):
            continue
        window = re.split(r"[;.()\u2014]", text[m.end:m.end + 100])[0]
        if _CLAUSE.match(window):
            continue
        for f in sorted(ctx.found(m.sentence, "State", "Place"), key=lambda f: f.start):
            if m.end < f.start <= m.end + len(window) and f.entity.key != ent.key:
                if f.entity.type == "State":
                    return f.entity, True
                if ctx.country_qid(f.entity) is None:
                    break  # a place no better known than the facility: the dateline may still tell
                return ctx.country_of(f.entity), True
    return None, False
