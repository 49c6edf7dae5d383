"""Parties of agreements signed before those who make them: "documents were signed in the presence
of the two leaders", "the two presidents oversaw the signing of X", "X and Y witnessed the signing".

A signing that names no signatory but says whose leaders watched or presided over it binds the
states those leaders (or the states named) stand for: they are its parties (FORMAT.md), not its
signatories, whom the article does not name.
"""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import make_fact
from kg.extract.facts.signers import state_served
from kg.extract.frames import Match
from kg.extract.nlp import sentence_bounds
from kg.model import Entity, Fact

#: Verbs whose subject watches or presides over a signing ("oversaw the signing of X").
_WITNESSING = frozenset({"oversee", "witness", "attend", "preside", "watch", "observe"})
#: Nouns of a signing those verbs take ("the signing", "a signing ceremony", "the signature").
_SIGNING_NOUNS = frozenset({"signing", "signature", "ceremony"})
_WHO = ("State", "Person", "InternationalOrganization")


def witnessed_parties(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    signings = [f for f in ctx.doc.annotations.get("facts", []) if f.cq == "signing" and f.modality != "negated"]
    unsigned: dict[int, list[Fact]] = {}
    for f in signings:
        if not f.fields.get("signatory"):
            unsigned.setdefault(ctx.doc.sentence_index(f.evidence.start), []).append(f)
    signed = {(f.fields["agreement"], ctx.doc.sentence_index(f.evidence.start)) for f in signings if f.fields.get("signatory")}
    for s, facts in unsigned.items():
        states = _witnesses(ctx, s)
        if len(states) < 2:
            continue  # one side alone tells no pair an agreement binds
        for f in facts:
            if (f.fields["agreement"], s) in signed:
                continue
            for state in states:
                yield make_fact(ctx, "parties", s, f.modality, agreement=f.fields["agreement"], party=state.key)


def _witnesses(ctx: Context, s: int) -> list[Entity]:
    """The states of those the sentence says a signing was done before: "in the presence of X",
    "X oversaw (witnessed, presided over) the signing"."""
    r = ctx.resolver
    heads: list[int] = []
    lo, hi = sentence_bounds(ctx.doc, s)
    for t in r.toks[lo:hi]:
        if t.lower == "presence" and any(r.toks[c].lower == "in" for c in [r.tree.head(t.i)] if c is not None):
            heads += [o for p in r.tree.kids(t.i, "prep") if r.toks[p].lower == "of" for o in r.tree.kids(p, "pobj")]
        elif t.lemma in _WITNESSING and t.pos == "VERB":
            objects = r.tree.kids(t.i, "dobj") + [o for p in r.tree.kids(t.i, "prep") if r.toks[p].lower == "over"
                                                  for o in r.tree.kids(p, "pobj")]
            if any(r.toks[o].lemma in _SIGNING_NOUNS for o in objects):
                heads += r.tree.kids(t.i, "nsubj")
    out: list[Entity] = []
    for h in heads:
        for e in r.entities(h, _WHO):
            state = state_served(ctx, e) if e.type == "Person" else e
            if state is not None and state.type in {"State", "InternationalOrganization"} and state not in out:
                out.append(state)
    return out
