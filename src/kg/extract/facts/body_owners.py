"""Which state each ratifying legislature is of, decided once for the article: a chamber is one
state's, whatever state the sentence of each of its steps names beside it. Read last by
:mod:`kg.extract.facts.ratifications`."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.facts.chamber_states import _bare, _demonym_state, _linked_state, _said_owner
from kg.extract.facts.report_scene import scene
from kg.layout import has_headline
from kg.model import Entity, Fact


def settled_states(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Give every step of a legislature its one state: the state the text names it by ("Zenda's
    Moot", "the Moot of Zenda", "the Zendan Moot", "Zenda's parliament, the Moot"), the one its own
    name links it to; for a chamber named by words that say no state ("the Chamber"), the state the
    story's sentences give it before one a headline gives ("Chamber backs pact with Varia": the
    partner is no owner), else the state the report is filed from."""
    bodies = {str(f.fields["body"]) for f in facts if _legislature(ctx, f)}
    owners = {k: _owner(ctx, ctx.doc.entities[k], [f for f in facts if f.fields.get("body") == k]) for k in bodies}
    out: list[Fact] = []
    for f in facts:
        owner = owners.get(str(f.fields.get("body")))
        if owner is not None and owner.key != f.fields.get("state"):
            f = Fact(f.cq, {**f.fields, "state": owner.key}, f.evidence, f.modality)
        if all(g.key() != f.key() for g in out):
            out.append(f)
    return out


def _legislature(ctx: Context, f: Fact) -> bool:
    body = ctx.doc.entities.get(str(f.fields.get("body")))
    return body is not None and body.type == "Legislature"


def _owner(ctx: Context, body: Entity, steps: list[Fact]) -> Entity | None:
    said = _said_owner(ctx, body) or _said_after(ctx, body) or (None if _bare(ctx, body) else ctx.country_of(body) or _linked_state(ctx, body))
    if said is None and (described := ctx.doc.entities.get(str(body.attributes.get("described_state")))) is not None:
        said = described  # the state of a description the chamber was found to be ("Zenda's upper house")
    said = said or _demonym_state(ctx, body)
    if said is not None:
        return said
    given = {str(f.fields["state"]) for f in steps}
    if len(given) < 2:
        return None
    line_end = ctx.doc.text.find("\n")
    titles = {i for i, x in enumerate(ctx.doc.sentences) if x.start < line_end} if has_headline(ctx.doc.text) else set()
    story = {str(f.fields["state"]) for f in steps if ctx.doc.sentence_index(f.evidence.start) not in titles}
    if len(story) == 1:
        return ctx.doc.entities[story.pop()]
    here = reported_from(ctx)
    return here if here is not None and here.key in given else None


def reported_from(ctx: Context) -> Entity | None:
    """The state whose place the report's dateline names."""
    here = scene(ctx)
    return here if here is None or here.type == "State" else ctx.country_of(here)


#: What follows a chamber's name to say whose it is: "the Moot of Zenda", "the Moot, Zenda's parliament,".
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_OWNED_AFTER = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,3}(?:parliament|legislature|chamber|house|assembly|senate|congress)\b")


def _said_after(ctx: Context, body: Entity) -> Entity | None:
    """The one state the text names right after a chamber's name: "the Moot of Zenda" (the state
    outside the name the parser cut), "the Moot, Zenda's unicameral parliament,"."""
    owners: dict[str, Entity] = {}
    text = ctx.doc.text
    for m in (m for m in ctx.doc.mentions if m.entity == body.key):
        for f in ctx.found(m.sentence, "State"):
            between = text[m.end:f.start]
            if f.start >= m.end and (_OF.fullmatch(between) or re.fullmatch(r",\s*", between)
                                      and _OWNED_AFTER.match(text[f.end:f.end + 60])):
                owners[f.entity.key] = f.entity
    return next(iter(owners.values())) if len(owners) == 1 else None
