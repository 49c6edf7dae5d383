"""Parties told by ending or leaving an agreement: "X suspended its gas deal with Y", "Z revoked the 2012
accord", "tore up the pact". Only a party can suspend, revoke or end an agreement, so whoever does
(or threatens to) was bound by it — unless the article says otherwise ("it has stayed outside the
pact ever since"), which is why these come last, for pairs nothing else names."""
from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from kg.extract.clause_modality import parse_modality
from kg.extract.context import Context
from kg.extract.facts.common import make_fact
from kg.extract.facts.signers import state_served
from kg.extract.frames import Match
from kg.model import Fact


def ended_parties(ctx: Context, matches: list[Match], named: AbstractSet[tuple[object, object]]) -> Iterator[Fact]:
    """The parties of the ``end-agreement`` frame's matches that no other fact names."""
    from kg.extract.facts.treaties import agreements_of  # treaties reads this module

    told: set[tuple[object, object]] = set(named)
    for m in matches:
        if m.frame.name != "end-agreement":
            continue
        for agreement in agreements_of(ctx, m):
            for who in m.roles.get("party", []):
                party = state_served(ctx, who) if who.type == "Person" else who  # "its spokesman revoked it"
                if party is not None and (agreement.key, party.key) not in told:
                    told.add((agreement.key, party.key))
                    yield make_fact(ctx, "parties", m.sentence, agreement=agreement.key, party=party.key)


#: Verbs a withdrawal is reported under: a deed told, so done ("notified B that it was quitting it").
TELLING = frozenset({"notify", "inform", "announce", "declare", "confirm", "tell"})


def withdrawn(ctx: Context, m: Match) -> bool:
    """A withdrawal told as done: not one threatened, planned or wanted ("threatened to pull out
    of it", "will quit it"), nor denied."""
    # "notified B that it was quitting it": a deed reported, so told as done
    told = m.trigger.dep == "ccomp" and ctx.resolver.toks[m.trigger.head].lemma in TELLING
    return (told or m.trigger.dep not in {"xcomp", "ccomp", "advcl"}) and parse_modality(ctx.resolver.tree, m.trigger.i) is None

