"""Which side of a two-party agreement a bare chamber votes for. News names an agreement from the
side it reports: "the Senate approves the fisheries pact with Peru" is the other party's Senate,
not Peru's. A chamber named by words that say no state ("the Senate", "the Chamber of Deputies"),
whose state the text never gives, was put in a state by its link (the best-known namesake) or by
the states its sentence names; when that state is the one the article names after "with" the
agreement, the vote is the other party's. Read after every builder, when the parties are known."""
from __future__ import annotations

import dataclasses
import re

from kg.extract.context import Context
from kg.extract.facts.chamber_states import bare_chamber, home_state, text_owner
from kg.model import Fact

#: An agreement's noun right before "with" and the partner named after it ("treaty with the").
_WITH_PARTNER = re.compile(
    r"\b(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|protocols?|memorand(?:um|a)|partnerships?|compacts?|"
    r"conventions?|arrangements?)\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def other_side(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Each ratification by a bare chamber put in an agreement's "with" partner, given instead to
    the agreement's one other party."""
    partners = _with_partners(ctx)
    if not partners:
        return facts
    parties: dict[str, set[str]] = {}
    for f in facts:
        if f.cq == "parties" and isinstance(f.fields.get("party"), str):
            parties.setdefault(str(f.fields.get("agreement")), set()).add(str(f.fields["party"]))
    out: list[Fact] = []
    seen: set[tuple] = set()
    for f in facts:
        if f.cq == "ratification":
            f = _given_to_other_party(ctx, f, partners, parties)
            if f.key() in seen:
                continue
            seen.add(f.key())
        out.append(f)
    return out


def _given_to_other_party(ctx: Context, f: Fact, partners: dict[str, set[str]], parties: dict[str, set[str]]) -> Fact:
    agreement, state = str(f.fields.get("agreement")), str(f.fields.get("state"))
    body = ctx.doc.entities.get(str(f.fields.get("body")))
    if body is None or body.type != "Legislature" or state not in partners.get(agreement, set()):
        return f
    if not bare_chamber(ctx, body) or text_owner(ctx, body) is not None:
        return f  # "Peru's Senate approved the pact with Chile": the text says whose it is
    # the agreement's one other party; of one the article gives no other party, the state it reports from
    others = parties.get(agreement, set()) - partners[agreement]
    if len(parties.get(agreement, set())) > 2 or len(others) > 1:
        return f
    other = ctx.doc.entities.get(others.pop()) if others else home_state(ctx)
    if other is None or other.type != "State" or other.key in partners[agreement]:
        return f
    return dataclasses.replace(f, fields={**f.fields, "state": other.key})


def _with_partners(ctx: Context) -> dict[str, set[str]]:
    """Per agreement, the states the article names right after it and "with" ("the accord with
    Togo"): its own mention ending there, else the one agreement of a sentence that names it only
    by a common noun (a headline's "Chamber approves treaty with Togo")."""
    doc = ctx.doc
    out: dict[str, set[str]] = {}
    ratified = {str(f.fields.get("agreement")) for f in doc.annotations.get("facts", []) if f.cq == "ratification"}
    for s in ctx.by_sentence:
        found = ctx.found(s)
        for x in (x for x in found if x.entity.type == "State"):
            start = doc.sentences[s].start
            said = _WITH_PARTNER.search(doc.text[max(start, x.start - 60):x.start])
            if said is None:
                continue
            at = x.start - len(said.group(0)) + len(said.group(0).split()[0])
            named = {g.entity.key for g in found if g.entity.type == "Agreement" and g.start < at <= g.end}
            if not named:
                here = {g.entity.key for g in found if g.entity.type == "Agreement"}
                named = here if len(here) == 1 else set(ratified) if not here and len(ratified) == 1 else set()
            for a in named:
                out.setdefault(a, set()).add(x.entity.key)
    return out
