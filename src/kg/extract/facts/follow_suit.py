"""Who "followed suit": a ratification or signing told again of another state or body by a verb
phrase that stands for it ("The lower house followed suit on Tuesday", "Peru did so a day later",
"Bolivia is expected to do the same"), in the sentence after the one that tells it or later in the
same sentence. The stand-in's own clause gives the date and the modality ("has not followed
suit" is negated, "is expected to do so" planned). Within one clause, "as did B" and "B is
expected to do so" are :mod:`kg.extract.gapping`'s.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.clause_dates import dates_for
from kg.extract.clause_modality import parse_modality
from kg.extract.context import Context
from kg.extract.facts.chamber_states import body_state
from kg.extract.facts.common import make_fact
from kg.extract.facts.signers import state_served
from kg.extract.frames import Match
from kg.extract.syntax import surface_subject
from kg.model import Fact

#: The object or adverb that makes a verb a stand-in, by the verb's lemma: "follow suit", "do so",
#: "do the same", "do likewise".
_STAND_INS = {"follow": {"suit"}, "do": {"so", "same", "likewise"}}
_WORDS = re.compile(r"\b(?:suit|so|same|likewise|follow(?:s|ed|ing)?)\b", re.IGNORECASE)

#: Who may step in, per kind of fact told just before.
_TYPES = {"ratification": ("State", "Legislature"), "signing": ("State", "Person", "InternationalOrganization")}


def followed_suit(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    if not _WORDS.search(ctx.doc.text):
        return
    told = [f for f in ctx.doc.annotations.get("facts", []) if f.cq in _TYPES]
    if not told:
        return
    tree = ctx.resolver.tree
    toks = tree.toks
    for s in {ctx.doc.sentence_index(f.evidence.start) + d for f in told for d in (0, 1)}:
        if s >= len(ctx.doc.sentences) or not _WORDS.search(ctx.sentence(s)):
            continue
        for t in ctx.tokens(s):
            bare = _followed(tree, t.i)
            verb = t if bare else toks[t.head]
            if not bare and (t.lower not in _STAND_INS.get(verb.lemma, ()) or t.head == t.i):
                continue
            before = [f for f in told if f.evidence.start < verb.start
                      and ctx.doc.sentence_index(f.evidence.start) in (s - 1, s)]
            if not before:
                continue
            last = before[-1]
            yield from _again(ctx, last, verb.i, s)


def _followed(tree, i: int) -> bool:
    """"Kazakhstan's parliament followed in 2019": "follow" with no object of its own stands for
    what the one before did."""
    t = tree.toks[i]
    return t.lemma == "follow" and t.tag.startswith("VB") and t.dep not in {"amod", "acl", "relcl", "xcomp"} \
        and not tree.kids(i, "dobj", "xcomp", "ccomp", "nsubjpass", "agent", "auxpass") \
        and not any(tree.toks[p].lower in {"by", "with", "from", "through", "up"} for p in tree.kids(i, "prep", "prt"))


def _as_did(tree, v: int) -> list[int]:
    """"A followed in 2019, as did B": who did the same as the stand-in's subject."""
    return [k for c in tree.kids(v, "advcl") if tree.toks[c].lemma == "do"
            and any(tree.toks[m].lower == "as" for m in tree.kids(c, "mark")) for k in tree.kids(c, "nsubj")]


def _again(ctx: Context, last: Fact, v: int, s: int) -> Iterator[Fact]:
    """The fact ``last`` told again of the subjects of stand-in verb ``v``."""
    tree = ctx.resolver.tree
    # the subject given or shared: "Bolivia is expected to follow suit"
    doers = [e for k in surface_subject(tree, v) + _as_did(tree, v) for e in ctx.resolver.entities(k, _TYPES[last.cq])
             if e.type in _TYPES[last.cq]]
    own = {last.fields.get("state"), last.fields.get("signatory"), last.fields.get("body")}
    doers = [e for e in doers if e.key not in own]
    if not doers:
        return
    mod = parse_modality(tree, v) or "asserted"
    found = dates_for(ctx, s, tree.toks[v])
    date = found[0].start_date if found else None
    agreement = last.fields["agreement"]
    for e in doers:
        if last.cq == "ratification":
            # "Chile's Senate ratified it. The lower house followed suit": a chamber the text gives no
            # state is the other chamber of the state whose chamber it follows
            other_chamber = getattr(ctx.doc.entities.get(str(last.fields.get("body"))), "type", None) == "Legislature"
            state = e if e.type == "State" else body_state(ctx, e) or (
                ctx.doc.entities.get(str(last.fields["state"])) if other_chamber else None)
            if state is not None:
                yield make_fact(ctx, "ratification", s, mod, agreement=agreement, state=state.key,
                                body=e.key if e.type == "Legislature" else None, date=date)
        else:
            yield make_fact(ctx, "signing", s, mod, agreement=agreement, signatory=e.key, date=date)
            serves = state_served(ctx, e) if e.type == "Person" else None
            if serves is not None:
                yield make_fact(ctx, "signing", s, mod, agreement=agreement, signatory=serves.key, date=date)
