"""The states a sentence names that may be its ratifier: a partner an agreement or a verb takes
"with" ("signed into law the treaty with Kazakhstan", "the law ratifying the pact with Norway") is
the other side of the agreement, never the state ratifying it ("along with B" and "together with B"
add a companion instead). Read by :mod:`kg.extract.facts.ratifications`."""
from __future__ import annotations

from kg.extract.context import Context, Found, head_token
from kg.extract.facts.chamber_states import home_state
from kg.extract.facts.signers import state_served
from kg.extract.frames import Match
from kg.model import Entity, Fact

#: Words before "with" that make its object a companion of the subject, not a partner.
_ALONG = frozenset({"along", "together"})


def candidate_states(ctx: Context, s: int) -> list[Entity]:
    """The states sentence ``s`` names, in order, less those named only as a "with" partner."""
    # (one named also outside a "with" phrase stays: "Chile's treaty with Chile's neighbour")
    return ctx.unique([f for f in ctx.found(s, "State") if not _a_partner(ctx, f)])


def _a_partner(ctx: Context, f: Found) -> bool:
    """Is the mention the object of "with" (or one coordinated with it: "with A and B")?"""
    toks = ctx.resolver.toks
    t = head_token(ctx, f)
    if t is None:
        return False
    k = t.i
    for _ in range(4):  # up a list: "with A, B and C"
        if toks[k].dep != "conj" or toks[k].head == k:
            break
        k = toks[k].head
    if toks[k].dep != "pobj":
        return False
    p = toks[toks[k].head]
    return p.lower == "with" and not (p.i > 0 and toks[p.i - 1].lower in _ALONG or toks[p.head].lower in _ALONG)


def served_here(ctx: Context, person: Entity, s: int) -> Entity | None:
    """The state a person serves, unless sentence ``s`` names it only as the "with" partner: what the
    title was read to serve from that sentence alone ("President X signed the law ratifying the pact
    with Y") is the other side of the agreement, not the signer's own."""
    served = state_served(ctx, person)
    partners = {f.entity.key for f in ctx.found(s, "State") if _a_partner(ctx, f)}
    return None if served is not None and served.key in partners and served not in candidate_states(ctx, s) else served


def ratifying_states(ctx: Context, m: Match, ratifiers: list[Entity]) -> list[Entity]:
    """The states among a trigger's ratifiers, less one its sentence names only as a "with" partner
    that a phrase hung low gave ("the law ratifying the pact with Y": Y taken for one ratifying with
    it); the frame's own ratifier stays ("signed with A and B will ratify it": B the parser swallowed)."""
    named, own = candidate_states(ctx, m.sentence), m.roles.get("ratifier", [])
    partners = {f.entity.key for f in ctx.found(m.sentence, "State") if _a_partner(ctx, f)}
    return [e for e in ratifiers if e.type == "State" and (e.key not in partners or e in named or e in own)]


def signers_state(ctx: Context, m: Match, person: Entity, facts: list[Fact]) -> Entity | None:
    """Whose ratification a head of state's signature is: the state they serve when the sentence
    names it; else the one whose body ratified in that sentence ("A's senate ratified it, and
    President X signed it into law"); else the one state the sentence names."""
    served = served_here(ctx, person, m.sentence)
    named = candidate_states(ctx, m.sentence)  # "signed into law the treaty with X": X is the other side
    if served is not None and served in named:
        return served
    voted = {str(f.fields["state"]) for f in facts if ctx.doc.sentence_index(f.evidence.start) == m.sentence
             and not signed_by_person(ctx, f)}  # a body's vote, not another head of state's signature
    if len(voted) == 1:
        return ctx.doc.entities[voted.pop()]
    return unless_partner(ctx, m.sentence, named[0] if len(named) == 1 else served or home_state(ctx))


def unless_partner(ctx: Context, s: int, state: Entity | None) -> Entity | None:
    """The state guessed for a signer (the article's own, where the sentence names no other), unless
    sentence ``s`` names it only as the "with" partner: then whose signature it is goes untold."""
    if state is None or state in candidate_states(ctx, s):
        return state
    return None if any(f.entity.key == state.key and _a_partner(ctx, f) for f in ctx.found(s, "State")) else state


def signed_by_person(ctx: Context, f: Fact) -> bool:
    body = ctx.doc.entities.get(str(f.fields.get("body")))
    return body is not None and body.type == "Person"
