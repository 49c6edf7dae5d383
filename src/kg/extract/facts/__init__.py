"""Facts: the frame matches of a document turned into answers to the competency questions.

Offices are read first (from titles beside names); then every frame in ``data/frames.yaml`` is
matched once (:func:`kg.extract.frames.match_frames`), its roles resolved with
:class:`kg.extract.reference.Resolver` (which reads the offices: "the Indian prime minister"),
and each builder turns the matches of its kind into facts. Builders run in order: later ones
read the facts earlier ones found (signatories become parties, visits give summit participants).
"""
from __future__ import annotations

import os
from typing import Callable, Iterator

from kg.extract.context import Context
from kg.extract.facts import access, agreements, events, roles, summits, travel, treaties
from kg.extract.frames import Match, load_frames, match_frames
from kg.extract.reference import Resolver
from kg.model import Fact

Finder = Callable[[Context], Iterator[Fact]]
Builder = Callable[[Context, list[Match]], Iterator[Fact]]

_OLD = set(os.environ.get("KG_OLD_FINDERS", "").split(","))
_NEW = set(os.environ.get("KG_NEW_FINDERS", "").split(","))


def _old(finder: Finder) -> Builder:
    return lambda ctx, matches: finder(ctx)


#: In order: later builders read the facts earlier ones found (offices -> signers' states,
#: members and visits -> summit participants).
BUILDERS: dict[str, Builder] = {
    "member": _old(roles.members),
    "ratification": _old(agreements.ratifications) if "ratification" in _OLD else treaties.ratifications,
    "signing": _old(agreements.signings) if "signing" in _OLD else treaties.signings,
    "parties": _old(agreements.parties) if "parties" in _OLD else treaties.parties,
    "visit": _old(events.visits) if "visit" in _OLD else travel.visits,
    **({"departure": _old(events.departures)} if "visit" in _OLD else {}),
    "meeting abroad": _old(events.meetings_abroad),
    "summit": summits.summits if "summit" in _NEW else _old(events.summits),
    "visit for a summit": _old(events.visits_to_summits),
    "access": access.access,
    "access (patterns)": _old(agreements.access),
    "parties of access": treaties.access_parties,
    "permits": _old(agreements.permits),
}


def find_facts(ctx: Context) -> list[Fact]:
    """Offices, then every frame, then each builder in turn; duplicates keep their first
    evidence, and a fact that another of the same kind and modality says more about (same fields
    plus others) is dropped."""
    seen: dict[tuple, Fact] = {}
    ctx.doc.annotations["facts"] = found = []

    def keep(facts) -> None:
        for fact in facts:
            if fact.key() not in seen:
                seen[fact.key()] = fact
                found.append(fact)

    keep(roles.offices(ctx))
    lexicon = load_frames()
    resolver = Resolver(ctx, lexicon)
    resolver.set_offices([(f.fields["person"], str(f.fields["office"]), f.fields["of"]) for f in found  # type: ignore[misc]
                          if f.cq == "office"])
    ctx.resolver = resolver  # type: ignore[attr-defined]
    matches = match_frames(ctx, lexicon, resolver)
    ctx.doc.annotations["frames"] = matches
    for builder in BUILDERS.values():
        keep(builder(ctx, matches))
    facts = list(seen.values())
    return [f for f in facts if not any(g is not f and _subsumes(g, f) for g in facts)]


def _subsumes(general: Fact, specific: Fact) -> bool:
    """True when ``general`` states everything ``specific`` does and more."""
    if general.cq != specific.cq or general.modality != specific.modality or general.cq == "summit":
        return False
    if len(general.fields) <= len(specific.fields):
        return False
    return all(general.fields.get(k) == v for k, v in specific.fields.items())


__all__ = ["BUILDERS", "Finder", "find_facts"]
