"""Members told by taking part: a state whose leader or delegation takes part in an organisation's own
summit ("the NATO summit", "the 44th session of the Supreme Council of the GCC") sits in that
organisation, unless the article gives it another standing there (a guest, an observer, a partner,
one invited, one whose membership it denies or puts ahead) or the summit is held with others ("the
ASEAN-China summit", "the GCC-US summit", "BRICS Plus"). Read after the summits are built."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.model import Entity, Fact

#: Words in a summit's name that bring others to the organisation's table ("ASEAN Plus Three").
_WITH_OTHERS = re.compile(r"(?i)\b(?:plus|outreach|partners?|dialogue|with)\b|\+")


def members_at_summits(ctx: Context) -> Iterator[Fact]:
    """Membership of the organisation whose summit it is, for each state taking part as one of it."""
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    told = {(f.fields["member"], f.fields["organization"]) for f in facts if f.cq == "member"}
    other: set[str] | None = None  # read only for an article with a summit: a scan of every sentence
    for f in facts:
        if f.cq != "summit":
            continue
        summit = ctx.doc.entities[str(f.fields["summit"])]
        names = [summit.label, *summit.aliases]
        taking_part = f.fields.get("participants", ())
        ents = [ctx.doc.entities[k] for k in taking_part if k in ctx.doc.entities] if isinstance(taking_part, tuple) else []
        orgs = [e for e in ents if e.type == "InternationalOrganization" and _in_names(e, names)]
        if not orgs:  # "a summit of the Quad" whose reading left the Quad out: it takes part in its own summit
            orgs = [e for e in ctx.doc.entities.values() if e.type == "InternationalOrganization" and _in_names(e, names)]
        if len(orgs) != 1:
            continue  # no organisation's own summit, or one held between two ("the EU-AU summit")
        org = orgs[0]
        if org.attributes.get("only_in_a_summit_name"):
            continue  # "the 13th ABC Ministers' Meeting", a body known by nothing else: no roll of it told
        if any(_WITH_OTHERS.search(_without(n, [org])) for n in names):
            continue  # (a word of the organisation's own name, "the Quadrilateral Security Dialogue", brings no one)
        other = _other_standing(ctx) if other is None else other
        roll = _roll(ctx, org)
        for state in [e for e in ents if e.type == "State"]:
            if _in_names(state, names) or (state.key, org.key) in told or state.key in other:
                continue  # "the GCC-US summit": the guest its name gives
            if roll and state.key not in roll:
                continue  # "the G7 comprises A, B, ...": a state the article's own roll leaves out is a guest
            told.add((state.key, org.key))
            yield Fact("member", {"member": state.key, "organization": org.key}, f.evidence, "asserted")


#: Frames that give an organisation's whole composition ("the bloc comprises A, B and C", "A, B and C
#: make up the bloc"), not who joined it ("new members X and Y").
_COMPOSITION = frozenset({"comprise", "make-up", "made-of"})


def _roll(ctx: Context, org: Entity) -> set[str]:
    """The members one composition frame lists, three or more: the roll the article gives, which a
    state at the summit and not on it is not a member by."""
    rolls = [{e.key for e in m.roles.get("member", []) if e.type == "State"}
             for m in ctx.doc.annotations.get("frames", [])
             if m.frame.name in _COMPOSITION and not m.negative and org in m.roles.get("organization", [])]
    rolls = [r for r in rolls if len(r) >= 3]
    return max(rolls, key=len) if rolls else set()


def _in_names(e: Entity, names: list[str]) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", s) for n in [e.label, *e.aliases] if len(n) > 1
               for s in names)


def _other_standing(ctx: Context) -> set[str]:
    """The states a sentence names beside a word of another standing than a member's ("Turkey
    attended as a guest of honour", "partner countries", "observer states", "invited")."""
    words = [*ctx.lexicon.membership.get("standing", ()), *ctx.lexicon.membership.get("invited", ())]
    said = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b")
    out: set[str] = set()
    orgs = [e for e in ctx.doc.entities.values() if e.type == "InternationalOrganization"]
    for s in range(len(ctx.doc.sentences)):
        found = ctx.found(s, "State")
        if found and said.search(_without(ctx.sentence(s), orgs)):
            out |= {f.entity.key for f in found}
    return out


def _without(text: str, orgs: list[Entity]) -> str:
    """The text with the organisations' own names taken out (their words tell no standing)."""
    for n in sorted({n for e in orgs for n in (e.label, *e.aliases) if len(n) > 1}, key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(n) + r"(?!\w)", " ", text)
    return text
