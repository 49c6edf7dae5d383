"""Forces placed, kept or staying in a state use its bases (FORMAT.md: general bases are "military
base"): "Chile will deploy 500 troops to Peru under the pact", "the pact lets Chile keep troops in
Peru", "Chilean troops may remain in Peru under the pact", "allows Chilean troops to visit Peru"
(``lexicon.yaml`` ``forces_placed``). Only where a phrase puts the clause under an agreement or a
verb of leave governs it: troops sent into a state at war, or beside a treaty the sentence speaks
of, use no base it gave; a partner's land named without a facility names none (no state's bases)."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.facts import access_terms as terms
from kg.extract.facts.port_calls import warship
from kg.extract.frames import Match
from kg.model import Entity

#: The frames whose verb may place forces in a state (their own facility words read first).
_FRAMES = frozenset({"station-forces", "use-facilities", "forces-stay"})


def placed_kind(ctx: Context, m: Match, phrases: list[int]) -> list[str]:
    """["military base"] where forces the match names are placed, kept or stay in a state its
    facility phrase names under an agreement or by a state's leave."""
    r, words = ctx.resolver, ctx.lexicon.forces_placed
    t = m.trigger
    if m.frame.name not in _FRAMES or m.args.nominal or t.lemma not in words.get("verbs", ()):
        return []
    forces = words.get("forces", ())
    said = [*m.tokens.get("user", []), *m.args.object]
    if not any(r.toks[k].lemma in forces or warship(ctx, k) for k in said):
        return []  # "the president visited X", "kept its promise in X": no forces
    if not (m.roles.get("agreement") or _under(ctx, m) or _left(ctx, m)):
        return []  # "sent troops into X": a war's, no base given; nor troops sent beside a treaty spoken of
    for k in phrases:
        if k in said and r.toks[k].lemma in forces:
            continue  # ("keep troops in X": the troops are no place)
        for c in r.tree.conjuncts(k):
            if any(e.type == "State" or ctx.country_of(e) is not None for e in r.entities(c, ("State", "Place"))):
                return ["military base"]
    return []


def _under(ctx: Context, m: Match) -> bool:
    """Is the clause put under an agreement, on its verb or one it hangs on ("Under the pact, X will
    send ...", "sent troops to X as part of the deal")?"""
    r = ctx.resolver
    k, seen = m.trigger.i, 0
    while seen < 4:
        for p in r.tree.kids(k, "prep"):
            objects = r.tree.kids(p, "pobj")
            if r.toks[p].lower == "as":  # "as part of the deal"
                objects = [o2 for o in objects if r.toks[o].lemma == "part" for q in r.tree.kids(o, "prep")
                           if r.toks[q].lower == "of" for o2 in r.tree.kids(q, "pobj")]
            elif r.toks[p].lower not in {"under", "per"}:
                continue
            if any(e.type == "Agreement" for o in objects for e in r.entities(o, ("Agreement",))):
                return True
        head = r.tree.head(k)
        if head is None or head == k or r.toks[k].dep not in {"xcomp", "ccomp", "conj", "advcl"}:
            return False
        k, seen = head, seen + 1
    return False


def _left(ctx: Context, m: Match) -> bool:
    """Does a verb of leave govern the clause ("X allowed Y's troops to stay", "lets Y keep troops")?"""
    r, t = ctx.resolver, m.trigger
    return t.dep in {"xcomp", "ccomp"} and t.head != t.i and r.toks[t.head].lemma in terms.ALLOWING


def served(ctx: Context, m: Match, phrases: list[int]) -> tuple[list[Entity], list[Entity]]:
    """The states whose forces a facility is for, and the states building or opening it for them:
    "X will build a base for Y's troops", "X opened a camp for the stationing of a Y brigade" (Y
    uses, X hosts); nothing for a facility for one's own forces, or for anyone but forces."""
    r = ctx.resolver
    if m.frame.name not in _FRAMES or m.args.nominal:
        return [], []
    found: list[Entity] = []
    # the facility's "for" phrase, or the verb's ("the camp, which X built for Y's soldiers")
    for c in [m.trigger.i, *(c for k in phrases for c in r.tree.conjuncts(k))]:
        for p in r.tree.kids(c, "prep"):
            if r.toks[p].lower == "for":
                found += forces_of(ctx, r.tree.kids(p, "pobj"))
    users = list(dict.fromkeys(s for e in found if (s := e if e.type == "State" else ctx.country_of(e)) is not None))
    subjects = [e for k in m.args.subject for e in r.entities(k, ("State", "Organization", "ArmedForces"))]
    builders = list(dict.fromkeys(s for e in subjects if (s := e if e.type == "State" else ctx.country_of(e)) is not None))
    builders = [b for b in builders if b not in users]
    return (users, builders) if users and builders else ([], [])


def forces_of(ctx: Context, objects: list[int]) -> list[Entity]:
    """The states (or forces) whose forces the nouns are: "Y's troops", "a Y brigade", "the
    stationing of a Y brigade" (the forces its "of" names)."""
    r, words = ctx.resolver, ctx.lexicon.forces_placed
    out: list[Entity] = []
    for o in objects:
        held = [o2 for q in r.tree.kids(o, "prep") if r.toks[q].lower == "of" for o2 in r.tree.kids(q, "pobj")] \
            if r.toks[o].lower in words.get("nouns", ()) else [o]
        for h in (h for h in held if r.toks[h].lemma in words.get("forces", ())):
            out += [e for j in [h, *r.tree.kids(h, "amod", "compound", "nmod", "poss")] for e in r.entities(j, ("State", "ArmedForces"))]
    return out
