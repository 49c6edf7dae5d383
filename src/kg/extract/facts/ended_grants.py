"""An access an ended agreement gave is denied: "X cancelled the pact that let Y's ships use its
ports", "X terminated the accord, under which Y's troops could stay", "the deal that gave Y access
to X's bases was scrapped" — a relative clause on the agreement a verb ends (``expelled_forces``
``ENDING``, the ``end-agreement`` frame's verbs and the ``leave-agreement`` frame's). Only once the
ending is done: one threatened or ahead leaves the access as its clause tells it."""
from __future__ import annotations

from kg.extract.clause_modality import parse_modality
from kg.extract.context import Context
from kg.extract.facts.expelled_forces import ENDING
from kg.extract.frames import FrameLexicon, Match

#: How far up its clauses the trigger looks for the relative clause ("that let Y's ships use").
_CLIMB = 4


def ended_grant(ctx: Context, m: Match) -> bool:
    """Is the access told in a relative clause on an agreement that a verb, done, ends?"""
    r = ctx.resolver
    k = m.args.governor if m.args.nominal and m.args.governor is not None else m.trigger.i  # ("that gave Y access")
    for _ in range(_CLIMB):
        t = r.toks[k]
        if t.dep == "relcl" and t.head != k:
            return _ended(ctx, t.head)
        if t.dep not in {"xcomp", "ccomp", "conj", "advcl"} or t.head == k:
            return False
        k = t.head
    return False


def _ended(ctx: Context, noun: int) -> bool:
    """Is the agreement noun ended by its verb, that verb's ending done ("cancelled the pact",
    "the pact was scrapped", "withdrew from the deal")?"""
    r = ctx.resolver
    if r.toks[noun].lemma not in r.frames.descriptions.get("Agreement", ()) and \
            not any(e.type == "Agreement" for e in r.entities(noun, ("Agreement",))):
        return False  # (an agreement named, or told by its noun: "the pact that let ...")
    t = r.toks[noun]
    verb = t.head
    if t.dep == "pobj" and r.toks[verb].dep == "prep":
        verb = r.toks[verb].head  # "withdrew from the deal"
    elif t.dep not in {"dobj", "nsubjpass"}:
        return False
    v = r.toks[verb]
    return v.i != noun and v.lemma in _enders(r.frames) and parse_modality(r.tree, verb) in {None, "asserted"} \
        and v.tag in {"VBD", "VBN"}


def _enders(frames: FrameLexicon) -> frozenset[str]:
    """The first words of the verbs that end an agreement, or a party's part in it."""
    words = set(ENDING)
    for f in frames.frames:
        if f.name in {"end-agreement", "leave-agreement"}:
            words |= {w.split()[0].lower() for w in (*f.verbs, *f.negative)}
    return frozenset(words)
