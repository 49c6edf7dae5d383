"""Members told by taking part: a state whose leader or delegation takes part in an organisation's own
summit ("the NATO summit", "the 44th session of the Supreme Council of the GCC") sits in that
organisation, unless the article gives it another standing there (a guest, an observer, a partner,
one invited, one whose membership it denies or puts ahead) or the summit is held with others ("the
ASEAN-China summit", "the GCC-US summit", "BRICS Plus"). A participant is no member by being one: only
a state a sentence naming the summit itself names (or one of its office holders), not as the host
alone nor on the summit's sidelines, is told as sitting at its table. Read after the summits are built."""
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
        at_table = _at_the_table(ctx, summit, f, facts)
        for state in [e for e in ents if e.type == "State"]:
            if _in_names(state, names) or (state.key, org.key) in told or state.key in other:
                continue  # "the GCC-US summit": the guest its name gives
            if roll and state.key not in roll:
                continue  # "the G7 comprises A, B, ...": a state the article's own roll leaves out is a guest
            if state not in at_table:
                continue  # a participant the summit's reading gave (a host, a signer nearby): no member told
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


def _at_the_table(ctx: Context, summit: Entity, fact: Fact, facts: list[Fact]) -> set[Entity]:
    """The states a sentence naming the summit names beside it, by name or through a holder of one of
    their offices ("A's president flew in for the X summit"); not in a sentence that sets a meeting
    on its sidelines ("met on the margins of the X summit"), nor the host where the sentence names it
    alone (as where the summit is held, "the X summit, which A will host"), not listed among others."""
    beside = ctx.lexicon.membership.get("beside_a_summit", ())
    office_of = {f.fields["person"]: ctx.doc.entities.get(str(f.fields["of"])) for f in facts
                 if f.cq == "office" and f.fields.get("of") in ctx.doc.entities}
    place = ctx.doc.entities.get(str(fact.fields.get("location")))
    host = place if place is None or place.type == "State" else ctx.country_of(place)
    out: set[Entity] = set()
    for s in sorted({m.sentence for m in ctx.doc.mentions if m.entity == summit.key}):
        if any(w in beside for w in re.findall(r"[a-z]+", ctx.sentence(s).lower())):
            continue
        states = ctx.found(s, "State")
        named = {f.entity for f in states if f.entity is not host or _listed(ctx, f, states)}
        named |= {e for f in ctx.found(s, "Person") if (e := office_of.get(f.entity.key)) is not None
                  and e.type == "State" and e is not host}
        out |= named
    return out


def _listed(ctx: Context, f, states: list) -> bool:
    """Is this state's mention one of a list of states ("leaders of A, B and C")?"""
    text = ctx.doc.text
    return any(re.fullmatch(r"\s*(?:,|and|, and)\s*", text[a.end:b.start]) is not None
               for g in states if g.entity is not f.entity for a, b in ((g, f), (f, g)) if a.end <= b.start)


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
