"""A ship's call at a place is a use of that place's port: "a Chilean frigate docked in X", "the
destroyer called at Y", "two corvettes were received in Z" (``lexicon.yaml`` ``port_calls``): the
kind a facility phrase that names only a place takes, where a ship is what comes there; and who may
be received at a facility as its user (forces, ships, aircraft; never a guest)."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match


def port_of_call(ctx: Context, m: Match, phrases: list[int]) -> list[str]:
    """["port"] where every facility phrase names a place of a state (a city, a bay, the state
    itself) and a ship calls there: a ship's noun among the users, or a verb only a ship's call
    tells ("docked", "moored"); else nothing ("Chilean troops arrived in X" uses no port)."""
    r, words = ctx.resolver, ctx.lexicon.port_calls
    users = m.tokens.get("user", [])
    ship = any(warship(ctx, k) for k in users)
    if not ship and any(r.toks[k].lemma in words.get("craft", ()) for k in users):
        return []  # "a Y cargo ship docked in X": trade, no forces
    if not phrases or not ship and (m.args.nominal or m.trigger.lemma not in words.get("verbs", ())):
        return []
    found = [f for k in phrases for c in r.tree.conjuncts(k) if (f := r.found_at(c)) is not None]  # (not "in 2014")
    if not found or any(f.entity.type not in {"State", "Place"} or
                        f.entity.type == "Place" and ctx.country_of(f.entity) is None for f in found):
        return []  # (a sea or a place of no state named: no state's port)
    return ["port"]


def received_forces(ctx: Context, m: Match) -> bool:
    """Are those received forces, ships or aircraft ("received two Y frigates", "Y troops were welcomed
    at the base"), not guests ("greeted his counterpart at the base")?"""
    r, units = ctx.resolver, ctx.lexicon.port_calls.get("units", ())
    found = [r.found_at(k) for k in m.tokens.get("user", [])]
    return any(r.toks[k].lemma in units or warship(ctx, k) for k in m.tokens.get("user", [])) or any(
        f is not None and f.entity.type == "ArmedForces" for f in found)


#: Words that make a ship of any kind a navy's: "a navy vessel", "naval ships", "a coast guard boat".
_NAVAL = frozenset({"navy", "naval", "military", "coast", "guard", "patrol", "warship"})


def warship(ctx: Context, k: int) -> bool:
    """Is the word at k a warship ("a frigate"), or a ship its phrase calls a navy's ("vessels of the
    X Navy", "a US Navy vessel"), not a merchant's ("a cargo ship")?"""
    r, words = ctx.resolver, ctx.lexicon.port_calls
    if r.toks[k].lemma in words.get("warships", ()) or named_ship(ctx, k):
        return True
    return r.toks[k].lemma in words.get("craft", ()) and any(
        r.toks[j].lower in _NAVAL or (f := r.found_at(j)) is not None and f.entity.type == "ArmedForces"
        for j in r.tree.subtree(k) if j != k)


def named_ship(ctx: Context, k: int) -> bool:
    """Is the word at k a ship's name after its navy's prefix ("USS X"; ``lexicon.yaml`` ``ship_prefixes``)?"""
    r = ctx.resolver
    return any(r.toks[j].text in ctx.lexicon.ship_prefixes and r.found_at(j) is not None
               for j in r.tree.kids(k, "compound"))


def shared(ctx: Context, k: int) -> bool:
    """Is the word at k a share of a facility ("a berth", "mooring space"), whose place phrase names it?"""
    return ctx.resolver.toks[k].lemma in ctx.lexicon.port_calls.get("shares", ())
