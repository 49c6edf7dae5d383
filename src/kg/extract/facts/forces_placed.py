"""Forces placed, kept or staying in a state use its bases (FORMAT.md: general bases are "military
base"): "Chile will deploy 500 troops to Peru under the pact", "the pact lets Chile keep troops in
Peru", "Chilean troops may remain in Peru under the pact", "allows Chilean troops to visit Peru"
(``lexicon.yaml`` ``forces_placed``). Only where a phrase puts the clause under an agreement or a
verb of leave governs it: troops sent into a state at war, or beside a treaty the sentence speaks
of, use no base it gave; "each other's territory" names no facility (no state's bases)."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.facts import access_terms as terms
from kg.extract.facts.port_calls import warship
from kg.extract.frames import Match

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
