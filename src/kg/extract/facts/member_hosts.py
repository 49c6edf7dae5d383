"""Hosts of an organisation's own summit: "Bahrain will host the 46th summit of the Gulf Cooperation
Council", "the ASEAN summit hosted by Laos". An organisation meets at home in one of its members, so
the host is a member. A summit named after more than one party ("the ASEAN-Australia summit", "the
EU-China summit") is a meeting with outsiders, and tells nothing of who belongs."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import known_in_name, make_fact, states_in_name
from kg.extract.frames import Match
from kg.model import Entity, Fact

_JOINED = re.compile(r"\w[-\u2013\u2014/]\w|\w\s*[-\u2013\u2014]\s*\w")


def summit_hosts(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """Membership facts for the states said to host a summit of one organisation."""
    for m in matches:
        if m.frame.name != "host-event" or m.negative:
            continue
        hosts = [e for e in m.roles.get("participant", []) if e.type == "State"]
        for summit in m.roles.get("event", [])[:1]:
            orgs = _own_organisation(ctx, summit)
            for state in hosts if len(orgs) == 1 else []:
                yield make_fact(ctx, "member", m.sentence, "asserted", member=state.key, organization=orgs[0].key)


def _own_organisation(ctx: Context, summit: Entity) -> list[Entity]:
    """The one organisation a summit's name makes it the meeting of, none if the name joins parties."""
    label = summit.label
    if _JOINED.search(label) or states_in_name(ctx, summit):
        return []
    out = [e for e in ctx.doc.entities.values() if e.type == "InternationalOrganization"
           and any(len(n) > 1 and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", label) for n in (e.label, *e.aliases))]
    out += [e for e in known_in_name(ctx, summit, "InternationalOrganization") if e not in out]
    return out
