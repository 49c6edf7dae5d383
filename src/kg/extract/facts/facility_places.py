"""The state a named base or port lies in where the gazetteer does not place it: the place the text
sets right after one of its mentions ("X Naval Base in Y province", "Camp Z, near W", "X, a small
outpost inside Y"); else, for one the text never places and nothing else says whose it is, the state
of the report's dateline (a local site in a local report: "KOTOR — two frigates were received at X
Naval Base")."""
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
    """The state the text places the facility in (None where it does not)."""
    return _placed(ctx, ent)[0] if ent.type in {"MilitaryBase", "Facility"} else None


def local_host(ctx: Context, phrases: list[int]) -> list[Entity]:
    """The dateline's state, for facility phrases naming only bases or ports the text never places
    ("received at X Naval Base", "use the port" with none named before): a local site of a local
    report. Asked last, where nothing else tells whose the facility is."""
    r = ctx.resolver
    heads = [c for k in phrases for c in r.tree.conjuncts(k)]
    sites = [e for c in heads for e in (_named(ctx, c) or told_before(ctx, c)) if e.type in {"MilitaryBase", "Facility"}]
    if any(ctx.country_of(e) or _placed(ctx, e)[1] for e in sites):
        return []  # (one the text places: not the dateline's to tell)
    bare = [c for c in heads if not told_before(ctx, c) and _site_noun(ctx, c) and _definite(ctx, c)]  # "the port"
    where = scene(ctx) if sites or bare else None
    state = where if where is None or where.type == "State" else ctx.country_of(where)
    return [state] if state is not None else []


def _named(ctx: Context, k: int) -> list[Entity]:
    f = ctx.resolver.found_at(k)
    return [f.entity] if f is not None else []


def _definite(ctx: Context, k: int) -> bool:
    r = ctx.resolver
    return r.found_at(k) is None and any(r.toks[d].lower == "the" for d in r.tree.kids(k, "det"))


def told_before(ctx: Context, k: int) -> list[Entity]:
    """"the base", "the port": the named base or port it stands for, if any."""
    r = ctx.resolver
    if not _definite(ctx, k):
        return []
    return [e for e in r.entities(k, ("MilitaryBase", "Facility")) if e.type in {"MilitaryBase", "Facility"}][:1]


def _site_noun(ctx: Context, k: int) -> bool:
    """Does the word at k name a facility by its kind alone ("the port", "the base", "the harbour")?"""
    return any(p.fullmatch(ctx.resolver.toks[k].text) for p in ctx.lexicon.facilities.values())


def _placed(ctx: Context, ent: Entity) -> tuple[Entity | None, bool]:
    """The state of the place set after a mention of the facility, and whether a mention is placed in a
    place of a known state (one the article may not name)."""
    text = ctx.doc.text
    for m in ctx.doc.mentions:
        if m.entity != ent.key:
            continue
        for f in sorted(ctx.found(m.sentence, "State", "Place"), key=lambda f: f.start):
            if not m.end < f.start <= m.end + 80 or f.entity.key == ent.key or f.mention.kind == "demonym":
                continue  # (a demonym places nothing: "X, where Chilean troops train")
            if not _PLACING.match(text[m.end:f.start]) or re.search(r"[;.()\u2014]", text[m.end:f.start]):
                break  # (only the first place after it, and only one the words between set it in)
            if f.entity.type == "State":
                return f.entity, True
            if ctx.country_qid(f.entity) is None:
                break  # a place no better known than the facility: the dateline may still tell
            return ctx.country_of(f.entity), True
    return None, False
