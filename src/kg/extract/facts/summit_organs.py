"""The institutions of an organisation stand for it at a summit: where the organisation takes part,
an institution of it beside it ("the European Commission", "the ECOWAS Parliament" beside the bloc)
is no participant of its own (FORMAT.md: one participant fact per state or organisation). Which
bodies are whose is the gazetteer's family of each, for the families `lexicon.yaml`
`organ_families` names, or, for a body the gazetteer does not list ("the Supreme Council of X"),
the organisation `summit_identity.owner_of_organ` noted it is the organ of (annotation `organs`)."""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import Context
from kg.model import Entity, Fact


def union_of(ctx: Context, body: Entity) -> str | None:
    """The QID of the organisation whose institution the body is, if any (not the organisation itself)."""
    owner = ctx.doc.entities.get(ctx.doc.annotations.get("organs", {}).get(body.key, ""))
    if owner is not None:
        return owner.qid
    entry = ctx.gazetteer.get(body.qid) if ctx.gazetteer is not None and body.qid else None
    if entry is None:
        return None
    union = ctx.lexicon.organ_families.get(str((entry.extra or {}).get("org_family")))
    return union if union != body.qid else None


def without_organs(ctx: Context, participants: list[Entity]) -> list[Entity]:
    """The participants but the institutions of an organisation that takes part too."""
    taking_part = {p.qid for p in participants if p.qid}
    return [p for p in participants if (union_of(ctx, p) or "") not in taking_part]


def institutions_beside(ctx: Context) -> Iterator[Fact]:
    """Drop, from every summit's participants however they were read (its sentences, the trips for
    it, its signings), the institutions of an organisation that takes part; no new fact."""
    for f in ctx.doc.annotations.get("facts", []):
        if f.cq == "summit" and f.fields.get("participants"):
            taking_part = [ctx.doc.entities[k] for k in f.fields["participants"] if k in ctx.doc.entities]
            f.fields["participants"] = tuple(e.key for e in without_organs(ctx, taking_part))
    yield from ()
