"""Facts: one finder per competency question, each a small rule over a sentence's entities.

Finders read a ``Context`` and return Facts; they never write entities. Triggers and the words
that map to activities, facility kinds and offices come from the lexicon (``data/lexicon.yaml``).
Finders live by subject: ``agreements``, ``events``, ``roles``; ``common`` holds what they share.
"""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.facts.agreements import access, parties, permits, ratifications, signings
from kg.extract.facts.common import Finder
from kg.extract.facts.events import departures, meetings_abroad, summits, visits, visits_to_summits
from kg.extract.facts.roles import members, offices
from kg.model import Fact


#: In order: later finders read the facts earlier ones found (offices -> signers' states,
#: members and visits -> summit participants).
FINDERS: dict[str, Finder] = {
    "office": offices,
    "member": members,
    "ratification": ratifications,
    "signing": signings,
    "parties": parties,
    "visit": visits,
    "departure": departures,
    "meeting abroad": meetings_abroad,
    "summit": summits,
    "visit for a summit": visits_to_summits,
    "access": access,
    "permits": permits,
}


def find_facts(ctx: Context) -> list[Fact]:
    """Every finder in turn; duplicates keep their first evidence, and a fact that another of
    the same kind and modality says more about (same fields plus others) is dropped."""
    seen: dict[tuple, Fact] = {}
    ctx.doc.annotations["facts"] = found = []
    for finder in FINDERS.values():
        for fact in finder(ctx):
            if fact.key() not in seen:
                seen[fact.key()] = fact
                found.append(fact)
    facts = list(seen.values())
    return [f for f in facts if not any(g is not f and _subsumes(g, f) for g in facts)]


def _subsumes(general: Fact, specific: Fact) -> bool:
    """True when ``general`` states everything ``specific`` does and more."""
    if general.cq != specific.cq or general.modality != specific.modality or general.cq == "summit":
        return False
    if len(general.fields) <= len(specific.fields):
        return False
    return all(general.fields.get(k) == v for k, v in specific.fields.items())

__all__ = ["FINDERS", "Finder", "find_facts"]
