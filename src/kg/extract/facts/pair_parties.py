"""Parties a story about two states leaves implicit: "the Defence Cooperation Agreement was signed
in 2003", told in a story about A and B only, is their agreement (FORMAT.md: a bilateral agreement's
parties are the two it is between). Read after the signatories and the other readers of parties,
only for an agreement signed with no signatory and no party but the pair's named anywhere, and only
where the story is plainly about one pair of states (no third one named nearly as often)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import make_fact
from kg.model import Fact

#: Names of documents of many states or of an organisation's making, no pair's: "convention",
#: "protocol on X's accession", "trilateral statement", "the X charter".
_MANY = re.compile(r"(?i)\b(?:convention|charter|statute|multilateral|trilateral|regional|accession|membership|"
                   r"constitutive|founding|declaration|communiqu[eé])\b")
#: A set of documents, which may bind several states: "the treaties on friendship" (its head noun
#: plural, before any "on"/"of": "the treaty on maritime arrangements" is one).
_SET = re.compile(r"(?i)^(?:(?!\b(?:on|of|for|between|with|in|to|concerning)\b)[^|])*"
                  r"\b(?:treaties|agreements|accords|pacts|protocols|memoranda|memorandums|arrangements|deals)\b")
#: The pair's lead over any third state: mentions of the less named of the two per mention of the third.
_LEAD = 2


def pair_parties(ctx: Context) -> Iterator[Fact]:
    facts: list[Fact] = ctx.doc.annotations.get("facts", [])
    signed = [f for f in facts if f.cq == "signing" and f.modality == "asserted" and not f.fields.get("signatory")]
    pair = story_pair(ctx) if signed else []
    if not pair:
        return
    # an agreement some party of which is no state of the pair is another's ("A's pact with C")
    partied = {f.fields["agreement"] for f in facts if f.cq == "parties" and f.fields["party"] not in pair}
    partied |= {f.fields["agreement"] for f in facts if f.cq == "signing" and f.fields.get("signatory")}
    orgs = [n.lower() for e in ctx.doc.entities.values() if e.type == "InternationalOrganization"
            for n in (e.label, *e.aliases) if len(n) > 3]
    told: set[str] = set()
    for f in signed:
        key = str(f.fields["agreement"])
        agreement = ctx.doc.entities[key]
        names = " | ".join([agreement.label, *agreement.aliases])
        if key in told or key in partied or _MANY.search(names) or any(_SET.search(n) for n in names.split(" | ")) or any(o in names.lower() for o in orgs):
            continue  # "the North Atlantic Treaty": an organisation's founding text
        told.add(key)
        for state in pair:
            yield make_fact(ctx, "parties", ctx.doc.sentence_index(f.evidence.start), agreement=key, party=state)


def story_pair(ctx: Context) -> list[str]:
    """The two states the story is about: each named at least three times, any third one at most
    half as often as the less named of the two (a story on A and B names others in passing: a
    neighbour, an ally, a rival, each a few times)."""
    counts: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.entity and ctx.doc.entities[m.entity].type == "State":
            counts[m.entity] = counts.get(m.entity, 0) + 1
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    if len(ranked) < 2 or counts[ranked[1]] < 3:
        return []
    if len(ranked) > 2 and counts[ranked[2]] * _LEAD > counts[ranked[1]]:
        return []
    return ranked[:2]
