"""Agreements ratified alongside the one a clause ratifies: "the Assembly ratified the treaty,
together with accords on fishing and on tourism", "approved the accord along with its protocol",
"ratified the pact as well as two annexes". What the verb does to its object it does to them:
each gets the object's ratification (its state, body, day and modality). Read after
:mod:`kg.extract.facts.ratifications`."""
from __future__ import annotations

import bisect
from collections.abc import Iterator

from kg.extract.alongside import alongside_phrase, verb_of
from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Fact


def ratified_alongside(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """A copy of each ratification a verb tells, for every agreement its sentence tells alongside
    the verb's object."""
    facts = [f for f in ctx.doc.annotations.get("facts", []) if f.cq == "ratification"]
    tree = ctx.resolver.tree
    starts = [t.start for t in tree.toks]
    for m in matches:
        if m.frame.name != "ratify" or m.args.nominal:
            continue
        s = m.sentence
        told = [f for f in facts if ctx.doc.sentence_index(f.evidence.start) == s]
        along = []
        for found in ctx.found(s, "Agreement"):
            k = bisect.bisect_left(starts, found.end) - 1  # (its last word: "shared roads" is roads)
            opening = alongside_phrase(tree, k) if k >= 0 else None
            if opening is not None and verb_of(tree, opening) == m.trigger.i:
                along.append(found.entity)
        for f in told:
            if f.fields.get("agreement") in {e.key for e in along}:
                continue
            for e in dict.fromkeys(along):
                yield Fact(f.cq, {**f.fields, "agreement": e.key}, f.evidence, f.modality)
