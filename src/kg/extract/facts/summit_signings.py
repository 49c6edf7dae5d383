"""Signatories at summits: a state or organisation that signs an agreement where and when a summit is
held takes part in it ("The SADC summit was held in Maputo on June 6 and 7. A water accord was
signed there on June 7 by Zambia and Malawi"): the signing's place is the summit's and its day
within the summit's days. (A signing told in the summit's own sentence, "signed at the summit", is
read there already.) Read after the summits are built."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.participants import represented
from kg.model import Entity, Fact

_TAKING_PART = frozenset({"State", "InternationalOrganization"})


def _at(signing: Fact, summit: Fact) -> bool:
    """Is the signing told at the summit's place on one of its days?"""
    start, day = summit.fields.get("start"), signing.fields.get("date")
    end = summit.fields.get("end") or start
    place = signing.fields.get("place")
    if place is None or place != summit.fields.get("location"):
        return False
    return isinstance(start, dt.date) and isinstance(end, dt.date) and isinstance(day, dt.date) and start <= day <= end


def _signers(ctx: Context, signing: Fact) -> list[Entity]:
    """The state or organisation that signed, or those the signing person holds office for."""
    who = ctx.doc.entities.get(str(signing.fields.get("signatory")))
    if who is None:
        return []
    if who.type in _TAKING_PART:
        return [who]
    return represented(ctx, who.key) if who.type == "Person" else []


def signatories_at_summits(ctx: Context) -> Iterator[Fact]:
    """Add the states and organisations that sign at a summit to its participants (no new fact)."""
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    summits = [f for f in facts if f.cq == "summit" and f.modality != "negated" and f.fields.get("start")]
    # a signing placed only by where the report is filed from is not told at the summit held there
    datelined = ctx.doc.annotations.get("dateline_signings", set())
    for signing in [f for f in facts if f.cq == "signing" and f.modality != "negated"
                    and id(f) not in datelined] if summits else []:
        for summit in summits:
            if summit.modality == signing.modality and _at(signing, summit):
                before = summit.fields.get("participants", ())
                joined = tuple(e.key for e in _signers(ctx, signing))
                summit.fields["participants"] = tuple(dict.fromkeys(
                    (*(before if isinstance(before, tuple) else ()), *joined)))
    yield from ()
