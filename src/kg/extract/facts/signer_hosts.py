"""Who hosts what a signed text gives: "X has signed a deal that gives Y's warships a naval base" —
the giver is what X signed, so X hosts; "X has signed nothing that gives Y a base", "X signed no
pact that gives Y a port", "X never signed anything that gives Y a port" deny it. Read by
kg.extract.facts.access where the facility phrase places nothing."""
from __future__ import annotations

from functools import cache

from kg.extract.context import Context
from kg.extract.frames import Match, load_frames
from kg.model import Entity

#: Pronouns that say no such text exists: "signed nothing that gives".
_NONE = frozenset({"nothing", "none"})


@cache
def _signing_verbs() -> frozenset[str]:
    return frozenset(v for f in load_frames().frames if f.fact == "signing" for v in f.verbs if " " not in v)


def _givers_signed(ctx: Context, m: Match) -> list[tuple[int, int]]:
    """(giver, signing verb) for each giver the match's subject stands for that a signing verb takes as its object."""
    r = ctx.resolver
    out = []
    for k in m.tokens.get("host", []):
        t = r.toks[k]
        if t.dep == "dobj" and r.toks[t.head].lemma in _signing_verbs() and r.tree.kids(k, "relcl"):
            out.append((k, t.head))
    return out


def signer_hosts(ctx: Context, m: Match, users: list[Entity]) -> list[Entity]:
    """The state that signed the text giving the facility, where the giver is that text."""
    r = ctx.resolver
    return list(dict.fromkeys(e for _, verb in _givers_signed(ctx, m) for s in r.tree.kids(verb, "nsubj")
                              for e in r.entities(s, ("State",)) if e not in users))


def denied_by_giver(ctx: Context, m: Match) -> bool:
    """Is the signed giver "nothing", a noun "no" determines ("no deal that gives"), or what a
    signing denied took ("has never signed anything that gives", "did not sign a pact that gives")?"""
    r = ctx.resolver
    return any(r.toks[k].lower in _NONE or any(r.toks[d].lower == "no" for d in r.tree.kids(k, "det"))
               or r.tree.kids(verb, "neg") for k, verb in _givers_signed(ctx, m))
