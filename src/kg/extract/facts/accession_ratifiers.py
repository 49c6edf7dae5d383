"""Members told by their vote on another's accession: only members ratify a state's way in, so a state
whose ratification of an accession instrument is told or awaited ("Hungary's parliament ratified
Sweden's accession protocol", "the instrument still needs the consent of Chile's senate") is a
member of the organisation the instrument admits to. Not the acceding state itself ("Montenegro's
parliament ratified the country's accession"): a state the instrument's name gives, or one whose
membership of that organisation the article tells as ahead. Read after ratifications."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import known_in_name, most_named, states_in_name
from kg.model import Entity, Fact

#: Words by which an instrument's name says it admits a new member.
_ADMITS = re.compile(r"(?i)\b(?:accession|admission|membership|enlargement)\b")


def members_by_accession_votes(ctx: Context) -> Iterator[Fact]:
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    told: dict[tuple, str] = {}
    for f in facts:
        if f.cq == "member":
            told.setdefault((f.fields["member"], f.fields["organization"]), f.modality)
    for f in facts:
        if f.cq != "ratification" or f.modality == "negated":
            continue  # a refusal may be a non-member's ("Austria will not ratify the EU's enlargement")
        agreement = ctx.doc.entities.get(str(f.fields["agreement"]))
        state = ctx.doc.entities.get(str(f.fields["state"]))
        if agreement is None or state is None or state.type != "State":
            continue
        if not any(_ADMITS.search(n) for n in (agreement.label, *agreement.aliases)):
            continue
        if state in states_in_name(ctx, agreement):
            continue  # its own accession
        org = _admitting(ctx, agreement, ctx.doc.sentence_index(f.evidence.start))
        if org is None or told.get((state.key, org.key)) in {"asserted", "planned"}:
            continue  # one told ahead is the one joining
        told[(state.key, org.key)] = "asserted"
        yield Fact("member", {"member": state.key, "organization": org.key}, f.evidence, "asserted")


def _admitting(ctx: Context, agreement: Entity, s: int) -> Entity | None:
    """The organisation an accession instrument admits to: one its name gives ("the NATO accession
    protocol"), else the one its sentence or the three before name last, else the article's."""
    orgs = [e for e in ctx.doc.entities.values() if e.type == "InternationalOrganization"
            and any(len(n) > 1 and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", agreement.label)
                    for n in (e.label, *e.aliases))]
    orgs = orgs or known_in_name(ctx, agreement, "InternationalOrganization")
    if orgs:
        return orgs[0]
    for i in range(s, max(-1, s - 4), -1):
        found = ctx.found(i, "InternationalOrganization")
        if found:
            return max(found, key=lambda x: x.start).entity
    return most_named(ctx, "InternationalOrganization")

