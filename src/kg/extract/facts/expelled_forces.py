"""Forces sent away from a state (the ``expel-forces`` frame): "X expelled Y's troops", "the
expulsion of Y's forces from X", "X ordered Y's forces out of the air base". Forces sent away no
longer use that state's bases: a denied access (FORMAT.md), of the kind the place they leave names
("out of the air base"), else its bases in general.
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.context import Context
from kg.extract.frames import Match

FRAME = "expel-forces"
#: What the ones sent away must be for the bases to be theirs: forces, not diplomats or migrants.
FORCES = frozenset({"force", "troop", "personnel", "soldier", "unit", "military", "contingent", "garrison",
                     "marine"})


def expelling(m: Match) -> bool:
    """Is the match one of forces sent away?"""
    return m.frame.name == FRAME


def sent_from(ctx: Context, m: Match) -> list[int]:
    """Where the forces are sent away from, on the verb or hung by the parser on them: "expelled
    Y's troops from the air base", "ordered Y's forces out of X"."""
    r = ctx.resolver
    out: list[int] = []
    for h in [m.trigger.i, *m.tokens.get("user", [])]:
        for p in r.tree.kids(h, "prep", "prt"):
            inner = [q for q in r.tree.kids(p, "prep") if r.toks[q].lower == "of"] if r.toks[p].lower == "out" else [p]
            out += [o for q in inner if r.toks[q].lower in {"from", "of"} for o in r.tree.kids(q, "pobj")]
    return out


def told(ctx: Context, m: Match) -> bool:
    """Are forces told as sent away: the ones sent are forces ("expelled two diplomats" is no
    access), and the expulsion happened — not one ahead ("will expel", "voted to evict") or
    denied ("did not expel"), which ends no access yet."""
    from kg.extract.facts.treaties import trigger_modality

    r = ctx.resolver
    forces = any(r.toks[k].lemma in FORCES or r.entities(k, ("ArmedForces",)) for k in m.tokens.get("user", []))
    if not forces:
        return False
    if not m.args.nominal and any(r.toks[c].lower == "to" for c in r.tree.kids(m.trigger.i, "aux")):
        return False  # "voted to evict", "decided to expel": what is meant, not done
    return trigger_modality(ctx, replace(m, negative=False)) == "asserted"


#: Verbs that end an access a noun names: "ended French access to its bases", "revoked Y's basing
#: rights", "terminated the use of its ports by Y": who ends it hosts, as one who grants it does.
ENDING = frozenset({"end", "revoke", "terminate", "cancel", "suspend", "halt", "rescind", "withdraw"})


def after_ending(ctx: Context, m: Match, clause: str) -> str | None:
    """The modality of an access a verb ends: negated once the ending is done, none while it is
    ahead or denied ("will end Y's access"); else the clause's own."""
    g = m.args.governor
    if not (m.args.nominal and g is not None and ctx.resolver.toks[g].lemma in ENDING
            and m.trigger.dep in {"dobj", "nsubjpass"}):
        return clause
    return "negated" if clause == "asserted" else None
