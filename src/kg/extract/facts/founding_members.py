"""Members told by their founding text: a state that is a party to an organisation's founding text
("the treaty establishing the X Confederation", "the Constitutive Treaty of Y", "the Z Charter", "the
Collective Security Treaty" of the Collective Security Treaty Organization) is a member of it, planned
while its party is (signed but "yet to ratify" stays a party). A text that names a state beside the
organisation ("the NATO-Russia Founding Act") binds that state to it, not into it. Read after parties."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import known_in_name, states_in_name
from kg.model import Entity, Fact

#: Words by which a text's name says it founds the organisation it names.
_FOUNDING = re.compile(r"(?i)\b(?:establish\w*|constitutive|charter|founding|statutes?|constitution|creat\w+)\b")
#: What an organisation named after its founding text adds to the text's name.
_BODY = re.compile(r"(?i)\s+(?:organi[sz]ation|alliance)$")


def members_by_founding_text(ctx: Context) -> Iterator[Fact]:
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    told = {(f.fields["member"], f.fields["organization"]) for f in facts if f.cq == "member"}
    founded: dict[str, list[Entity]] = {}
    bound = [f for f in facts if f.cq == "parties" and f.modality != "negated"
             and getattr(ctx.doc.entities.get(str(f.fields["party"])), "type", None) == "State"]
    said = _said_founding(ctx)
    parties: dict[str, int] = {}
    for f in bound:
        parties[str(f.fields["agreement"])] = parties.get(str(f.fields["agreement"]), 0) + 1
    for f in bound:
        party = ctx.doc.entities[str(f.fields["party"])]
        key = str(f.fields["agreement"])
        if key not in ctx.doc.entities:
            continue
        if key not in founded:
            # a body the gazetteer does not know that several states found is an organisation of theirs,
            # unless its name gives whose it is ("the India-Oman Joint Commission")
            founded[key] = [o for o in _founded_by(ctx, ctx.doc.entities[key]) if o.type == "InternationalOrganization"
                            or parties[key] > 1 and not states_in_name(ctx, o)]
            founded[key] += [o for o in said.get(key, []) if o not in founded[key]]
        for org in founded[key]:
            if (party.key, org.key) not in told:
                told.add((party.key, org.key))
                yield Fact("member", {"member": party.key, "organization": org.key}, f.evidence, f.modality)


def _founded_by(ctx: Context, agreement: Entity) -> list[Entity]:
    """The organisations an agreement's name says it founds."""
    if states_in_name(ctx, agreement):
        return []
    names = [agreement.label, *agreement.aliases]
    orgs = [e for e in ctx.doc.entities.values() if e.type in {"InternationalOrganization", "Organization"}]
    # "the Collective Security Treaty": the organisation whose name is the text's and a body's word
    out = [e for e in orgs if any(_BODY.sub("", n).casefold() == a.casefold() for n in [e.label, *e.aliases]
                                  if _BODY.search(n) for a in names)]
    if any(_FOUNDING.search(n) for n in names):
        out += [e for e in orgs if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", a)
                                       for n in [e.label, *e.aliases] if len(n) > 1 for a in names)]
        out += known_in_name(ctx, agreement, "InternationalOrganization")
    return list(dict.fromkeys(out))


def _said_founding(ctx: Context) -> dict[str, list[Entity]]:
    """The organisations a clause says a text founded ("the Kigali Charter, the text that set up
    the tribunal"), or a text whose name says it founds says it is of ("its founding treaty")."""
    resolver = ctx.resolver
    out: dict[str, list[Entity]] = {}
    for m in ctx.doc.annotations.get("frames", []):
        if m.fact != "founding":
            continue
        texts = m.roles.get("agreement", []) if not m.args.nominal else [
            e for e in resolver.entities(m.trigger.i, ("Agreement",)) if any(_FOUNDING.search(n) for n in (e.label, *e.aliases))]
        for text in texts:
            out.setdefault(text.key, []).extend(o for o in m.roles.get("organization", []) if o not in out[text.key])
    return out
