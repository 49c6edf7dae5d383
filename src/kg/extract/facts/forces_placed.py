"""Forces placed, kept or staying in a state use its bases (FORMAT.md: general bases are "military
base"): "Chile will deploy 500 troops to Peru under the pact", "the pact lets Chile keep troops in
Peru", "Chilean troops may remain in Peru", "allows their troops to visit each other's countries"
(``lexicon.yaml`` ``forces_placed``). Only where an agreement in the sentence or a verb of leave
places them there: troops sent into a state at war use no base it gave."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.facts import access_terms as terms
from kg.extract.facts.port_calls import warship
from kg.extract.frames import Match

#: The frames whose verb may place forces in a state (their own facility words read first).
_FRAMES = frozenset({"station-forces", "use-facilities", "forces-stay"})


def placed_kind(ctx: Context, m: Match, phrases: list[int]) -> list[str]:
    """["military base"] where forces the match names are placed, kept or stay in a state its
    facility phrase names (or "each other's" land) under an agreement or a state's leave."""
    r, words = ctx.resolver, ctx.lexicon.forces_placed
    t = m.trigger
    if m.frame.name not in _FRAMES or m.args.nominal or t.lemma not in words.get("verbs", ()):
        return []
    forces = words.get("forces", ())
    said = [*m.tokens.get("user", []), *m.args.object]
    if not any(r.toks[k].lemma in forces or warship(ctx, k) for k in said):
        return []  # "the president visited X", "kept its promise in X": no forces
    if not (terms.spoken_of(ctx, m.sentence) or m.roles.get("agreement") or _left(ctx, m)):
        return []  # "sent troops into X": a war's, no base given
    lands = words.get("lands", ())
    for k in phrases:
        if k in said and r.toks[k].lemma in forces:
            continue  # ("keep troops in X": the troops are no place)
        for c in r.tree.conjuncts(k):
            if any(e.type == "State" or ctx.country_of(e) is not None for e in r.entities(c, ("State", "Place"))):
                return ["military base"]
            if r.toks[c].lemma in lands and any(r.toks[j].lower in {"other", "another"} for j in r.tree.subtree(c)):
                return ["military base"]  # "each other's countries": the two states' land
    return []


def _left(ctx: Context, m: Match) -> bool:
    """Does a verb of leave govern the clause ("X allowed Y's troops to stay", "lets Y keep troops")?"""
    r, t = ctx.resolver, m.trigger
    return t.dep in {"xcomp", "ccomp"} and t.head != t.i and r.toks[t.head].lemma in terms.ALLOWING
