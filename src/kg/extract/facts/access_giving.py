"""Who gives an access and who receives it: "X grants Y access to its ports", "X will let Y's ships
use its ports", "X gave Y the right to use its airfields" (the giver hosts, the receiver uses)."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.facts import access_terms as terms
from kg.extract.facts import expelled_forces as expelled
from kg.extract.frames import Match
from kg.model import Entity

GIVING = frozenset({"give", "grant", "offer", "extend", "provide", "allow", "afford", "deny", "guarantee", "open"})


def givers(ctx: Context, m: Match) -> list[Entity]:
    """The subject of a verb giving the access a nominal trigger names ("X grants Y access"), or
    allowing the use ("X allows Y to use its ports")."""
    r = ctx.resolver
    g = m.args.governor
    t = m.trigger
    if not m.args.nominal and t.dep in {"xcomp", "ccomp"} and t.head != t.i and r.toks[t.head].lemma in terms.ALLOWING:
        g = t.head  # "X will let Y's ships use its ports": the one who allows hosts
    elif not m.args.nominal and t.dep in {"acl", "relcl"} and r.toks[t.head].lemma in terms.LEAVE \
            and r.toks[t.head].dep in {"dobj", "nsubjpass"} and r.toks[r.toks[t.head].head].lemma in GIVING:
        g = r.toks[t.head].head  # "X granted Y the right to use its airfields": the one who grants hosts
    elif not m.args.nominal or g is None or r.toks[g].lemma not in GIVING | expelled.ENDING or t.dep not in {"dobj", "nsubjpass", "ccomp"}:
        return []
    from kg.extract.syntax import surface_subject

    out: list[Entity] = []
    for k in surface_subject(r.tree, g):
        for e in r.entities(k, ("State", "ArmedForces")):
            state = e if e.type == "State" else ctx.country_of(e)
            if state is not None and state not in out:
                out.append(state)
    return out


def receivers(ctx: Context, m: Match) -> list[Entity]:
    """The states of the "to" phrase of the verb giving a nominal access ("granted access to Y")."""
    r = ctx.resolver
    g = m.args.governor
    # the verb's "to", or the noun's where it names no facility ("rights to Y's aircraft", not "access to ports")
    tos = [o for h in ([g] if g is not None else []) for p in r.tree.kids(h, "prep", "dative") if r.toks[p].lower == "to"
           for o in r.tree.kids(p, "pobj")]
    # "grants Y overflight rights": an indirect object with no "to"
    tos += [d for h in ([g] if g is not None and r.toks[g].lemma in GIVING else []) for d in r.tree.kids(h, "dative")
            if r.toks[d].pos in {"NOUN", "PROPN"}]
    tos += [o for p in r.tree.kids(m.trigger.i, "prep") if r.toks[p].lower == "to" for o in r.tree.kids(p, "pobj")
            if not any(pattern.search(r.toks[o].text) for pattern in ctx.lexicon.facilities.values())]
    found = [e for o in tos for e in r.entities(o, ("State", "ArmedForces"))]
    return list(dict.fromkeys(s for e in found if (s := e if e.type == "State" else ctx.country_of(e)) is not None))


def leave_receivers(ctx: Context, m: Match) -> list[Entity]:
    """Whom "the right to use" is given: the giving verb's indirect object ("gave Y the right to
    use"), or the noun the parser hung on the right ("gives Peruvian warships permission to dock")."""
    r = ctx.resolver
    t = m.trigger
    if m.args.nominal or t.dep not in {"acl", "relcl"} or r.toks[t.head].lemma not in terms.LEAVE:
        return []
    noun = t.head
    tos = [d for d in r.tree.kids(r.toks[noun].head, "dative")] + [c for c in r.tree.kids(noun, "compound", "poss")]
    found = [e for o in tos for e in r.entities(o, ("State", "ArmedForces"))]
    return list(dict.fromkeys(s for e in found if (s := e if e.type == "State" else ctx.country_of(e)) is not None))


#: What is given where a facility is not: the access noun's own reading tells whom and where.
_RIGHTS = frozenset({"access", "use", "right", "rights", "permission", "leave", "say"})


def a_right_given(ctx: Context, m: Match) -> bool:
    """Is a facility giving ("X gave Y a naval base") in fact giving a right or access ("gives Y
    access to its ports")? That is the access noun's match, read with its giver and receiver."""
    r = ctx.resolver
    return m.frame.name == "open-facilities" and m.trigger.lemma in {"give", "grant"} \
        and any(r.toks[k].lemma in _RIGHTS for k in m.tokens.get("facility", []))
