"""A ratification said of every signatory at once: "it must be ratified by each signatory's parliament",
"ratification is needed in each of the five states", "the respective parliaments will take it up":
each state that signed the agreement ratifies (read by :mod:`kg.extract.facts.ratifications`)."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity

#: Words that spread a ratifier over every party: "each signatory's", "the respective parliaments".
_DISTRIBUTIVE = frozenset({"each", "every", "respective"})


def distributed(ctx: Context, m: Match) -> bool:
    """Does the ratifier's phrase, or the "in" phrase of the clause a ratification noun hangs on
    ("required in each of the states"), spread it over every party?"""
    tree, toks = ctx.resolver.tree, ctx.resolver.toks
    phrases = list(m.tokens.get("ratifier", []))
    g = m.args.governor
    if m.args.nominal and g is not None:
        phrases += [o for p in tree.kids(g, "prep") if toks[p].lower == "in" for o in tree.kids(p, "pobj")]
    return any(toks[i].lower in _DISTRIBUTIVE for k in phrases for i in tree.subtree(k))


def signatory_states(ctx: Context, matches: list[Match], agreements: list[Entity]) -> list[Entity]:
    """The states the article has signing these agreements (told as done), in text order."""
    from kg.extract.facts.signers import signers_of
    from kg.extract.facts.treaties import agreements_of, trigger_modality

    out: list[Entity] = []
    for o in matches:
        if o.frame.name != "sign" or not set(agreements_of(ctx, o)) & set(agreements) or trigger_modality(ctx, o) != "asserted":
            continue
        out += [e for e in signers_of(ctx, o) if e.type == "State" and e not in out]
    return out
