"""Whose "no" a vote against is: a chamber's members named as a part of it ("opposition deputies",
"senators of the Green Party", "the deputies who voted against", "with only the far-right MPs
voting no") are a minority, whose vote rejects nothing; members named as the chamber's
("Polish lawmakers", "members of the Sejm") stand for it. Read by
:mod:`kg.extract.facts.ratifications` for negative triggers."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match

#: Nouns for the members of a legislature.
_MEMBERS = frozenset({"deputy", "deputies", "lawmaker", "legislator", "senator", "member", "mp", "mps", "representative",
                      "congressman", "congresswoman", "congressmen", "parliamentarian", "councillor", "councilor",
                      "speaker", "delegate", "mep", "meps", "assemblyman", "assemblywoman"})
#: Types whose name beside the members makes them the whole chamber ("Polish lawmakers", "members of the Sejm").
_WHOLE = ("State", "Legislature")


def a_faction(ctx: Context, m: Match) -> bool:
    """Are who vote against some of a chamber's members, named as a part of it?"""
    r = ctx.resolver
    toks, tree = r.toks, r.tree
    t = m.trigger.i
    subjects = tree.kids(t, "nsubj") + list(m.args.subject)
    relative = toks[t].dep == "relcl" and (h := tree.head(t)) is not None and toks[h].lemma.lower() in _MEMBERS
    if relative:  # "the deputies who voted against": those of them who did
        return True
    if any(toks[c].lower == "only" for c in tree.kids(t, "advmod")):
        return any(toks[k].lemma.lower() in _MEMBERS for k in subjects)
    for k in subjects:
        if toks[k].lemma.lower() not in _MEMBERS and toks[k].lower not in _MEMBERS:
            continue
        for c in tree.children[k]:
            dep = toks[c].dep
            if dep in {"amod", "compound", "nmod"} and not r.entities(c, _WHOLE) and toks[c].pos in {"ADJ", "NOUN", "PROPN"}:
                return True  # "opposition deputies", "Conservative senators"
            if dep == "prep" and toks[c].lower in {"of", "for", "from"}:
                objs = tree.kids(c, "pobj")
                if objs and not any(r.entities(o, _WHOLE) for o in objs) and not _chamber_word(ctx, objs):
                    return True  # "deputies of the Green Party", "speakers for the Left"
            if toks[c].lower == "only" and dep in {"advmod", "amod", "det", "preconj"}:
                return True  # "only the nationalist deputies"
    return False


def _chamber_word(ctx: Context, objs: list[int]) -> bool:
    """Is the phrase a legislature named by a common noun ("members of parliament")?"""
    words = ctx.resolver.frames.descriptions.get("Legislature", frozenset())
    toks = ctx.resolver.toks
    return any(toks[o].lemma in words or toks[o].lower in words for o in objs)
