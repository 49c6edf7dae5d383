"""Signatories at summits: a state or organisation that signs an agreement at a summit takes part in
it ("the five presidents signed the treaty at the summit in X", "a convention was signed there on
the summit's second day"). A signing is at a summit when it is told where and when the summit is
held (its place the summit's, its day within the summit's days) or by a verb of signing the summit's
mention hangs on ("signed at the summit", "the signing took place at the summit"), not one told of
another agreement in its sentence ("A signed X in 2016; Y was signed during a summit"). Read after
the summits are built."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kg.extract.context import Context, Found
from kg.extract.facts.participants import represented
from kg.model import Entity, Fact

_TAKING_PART = frozenset({"State", "InternationalOrganization"})


def _days(f: Fact) -> tuple[dt.date, dt.date] | None:
    start = f.fields.get("start")
    end = f.fields.get("end") or start
    return (start, end) if isinstance(start, dt.date) and isinstance(end, dt.date) else None


def _at(ctx: Context, signing: Fact, summit: Fact) -> bool:
    """Is this signing told at this summit: its place and day the summit's, or its sentence's
    signing verb (or "the signing ... took place") the one the summit's mention hangs on ("signed
    at the summit", "was signed during the summit"), with no day outside the summit's days."""
    day = signing.fields.get("date")
    days = _days(summit)
    inside = isinstance(day, dt.date) and days is not None and days[0] <= day <= days[1]
    place = signing.fields.get("place")
    if place is not None and place == summit.fields.get("location") and inside:
        return True
    if isinstance(day, dt.date) and not inside:
        return False  # "the accord signed at the 2019 summit ..." told on another day
    if place is not None and summit.fields.get("location") not in {None, place}:
        return False
    s = ctx.doc.sentence_index(signing.evidence.start)
    agreement = [f for f in ctx.found(s, "Agreement") if f.entity.key == signing.fields.get("agreement")]
    return any(_signed_at(ctx, s, f, agreement) for f in ctx.found(s, "Summit")
               if f.entity.key == summit.fields["summit"])


#: Words of signing a summit's mention may hang on ("signed at", "the signing took place at").
_SIGN = frozenset({"sign", "ink", "conclude", "signing", "signature"})


def _signed_at(ctx: Context, s: int, summit: Found, agreement: list[Found]) -> bool:
    """Does the summit's mention hang (through at/during/on the sidelines of ...) on a verb of
    signing whose clause holds the agreement, or on a verb whose subject is the signing of it?"""
    toks = ctx.tokens(s)
    lo = toks[0].i if toks else 0
    inside = {t.i for t in toks if summit.start <= t.start < summit.end}
    heads = [i for i in inside if toks[i - lo].head not in inside]
    if not heads or not agreement:
        return False
    wanted = {t.i for t in toks for a in agreement if a.start <= t.start < a.end}

    def below(j: int) -> set[int]:
        out = {j}
        for t in toks:  # a sentence's words, a few times per summit at most
            k, seen = t.i, 0
            while k not in out and seen < 12 and toks[k - lo].head != k:
                k, seen = toks[k - lo].head, seen + 1
            if k in out:
                out.add(t.i)
        return out

    j = heads[0]
    for _ in range(6):
        nxt = toks[j - lo].head
        if nxt == j:
            break
        j = nxt
        t = toks[j - lo]
        if t.lemma in _SIGN and wanted & below(j):
            return True
        if t.pos in {"VERB", "AUX"}:
            subjects = [c.i for c in toks if c.head == j and c.dep in {"nsubj", "nsubjpass"} and c.lemma in _SIGN]
            return any(wanted & below(c) for c in subjects)
    return False


def _signers(ctx: Context, signing: Fact) -> list[Entity]:
    who = ctx.doc.entities.get(str(signing.fields.get("signatory")))
    if who is None:
        return []
    if who.type in _TAKING_PART:
        return [who]
    return represented(ctx, who.key) if who.type == "Person" else []


def signatories_at_summits(ctx: Context) -> Iterator[Fact]:
    """Add the states and organisations that sign at a summit to its participants (no new fact)."""
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    summits = [f for f in facts if f.cq == "summit" and f.modality != "negated"]
    if not summits:
        return
    for signing in [f for f in facts if f.cq == "signing" and f.modality != "negated"]:
        for summit in summits:
            if summit.modality != signing.modality or not _at(ctx, signing, summit):
                continue
            before = summit.fields.get("participants", ())
            joined = tuple(e.key for e in _signers(ctx, signing))
            summit.fields["participants"] = tuple(dict.fromkeys(
                (*(before if isinstance(before, tuple) else ()), *joined)))
    yield from ()
