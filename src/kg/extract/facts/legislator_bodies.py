"""Which legislature a legislator's title is of when the phrase names none: of the chambers the
article names, one of the person's own state, and the chamber the title sits in ("Senator X": a
senate or upper house; "Speaker X", a deputy, an MP: the lower house), else the one named most
(:func:`legislator_body`, read by :func:`kg.extract.facts.owners.inferred_owner`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context
from kg.extract.facts.common import mention_counts
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.facts.owners import Holding

def legislator_body(ctx: Context, h: Holding, state: Entity | None) -> Entity | None:
    """The legislature a legislator's office is of, of those the article names (``state``: the
    state the person is known to serve, if any)."""
    from kg.extract.facts.chamber_states import body_state

    seat = ctx.doc.annotations.get("legislator_seat", {}).get(h.person.entity.key)
    if seat is not None:  # "Assembly Speaker X ... X, the first woman speaker, ...": the chamber named for X before
        return seat
    counts = mention_counts(ctx)
    bodies = [e for e in ctx.doc.entities.values() if e.type == "Legislature" and counts.get(e.key)]
    if not bodies:
        return None
    if state is not None:  # "the Indian Speaker" in a story naming Nepal's parliament too: India's
        own = [b for b in bodies if body_state(ctx, b) is state]
        bodies = own or bodies
    seats = ctx.lexicon.titles.seats
    words = h.title.label.casefold().replace(".", "").split()
    kind = next((seats[w] for w in reversed(words) if w in seats), None)
    fits = [b for b in bodies if _chamber(ctx, b) == kind]
    if fits:
        bodies = fits
    elif kind == "upper" and bodies:  # "Senator X" in a story naming only the lower house: the state's senate
        homes = {body_state(ctx, b) for b in bodies}
        home = state or next(iter(homes)) if len(homes) == 1 else state
        other = _state_chamber(ctx, home, kind) if home is not None else None
        if other is not None:
            return other
    return max(bodies, key=lambda b: counts.get(b.key, 0))


def _chamber(ctx: Context, body: Entity) -> str | None:
    """"upper" or "lower": the gazetteer's word for a linked chamber, else its name's
    (``lexicon.yaml`` ``chambers``)."""
    entry = ctx.gazetteer.get(body.qid) if body.qid and ctx.gazetteer is not None else None
    said = (entry.extra or {}).get("chamber") if entry is not None else None
    if said in {"upper", "lower"}:
        return str(said)
    name = f" {' '.join(body.label.casefold().split())} "
    return next((kind for kind, words in ctx.lexicon.titles.chambers.items()
                 if any(f" {w} " in name for w in words)), None)


def _state_chamber(ctx: Context, state: Entity, kind: str) -> Entity | None:
    """The gazetteer's chamber of that kind of a state, as an entity of the article."""
    from kg.extract.facts.described_chambers import _gazetteer_legislature

    entry = _gazetteer_legislature(ctx, state, kind)
    if entry is None:
        return None
    same = [e for e in ctx.doc.entities.values() if e.qid == entry.qid]
    if same:
        return same[0]
    key = f"wd-{entry.qid}"
    ctx.doc.entities[key] = Entity(key=key, type="Legislature", label=entry.label, qid=entry.qid, confidence=1.0)
    return ctx.doc.entities[key]
