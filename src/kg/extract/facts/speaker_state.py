"""The state a quoted "we" speaks for: '"We are a member of the forum," the president said', an
interview's '"We rejoined the bloc in 2020," ...'. A minister or leader quoted saying "we" of a
state's standing speaks for their state: the one the office of a person named in the sentence or
the two before is of, else the state the article is about (the interview's). Read by
:func:`kg.extract.facts.members.members`."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.facts.owner_entities import dominant_state
from kg.extract.nlp import Token
from kg.model import Entity

_WE = frozenset({"we", "us", "our"})
_QUOTES = frozenset('"\u201c\u201d')


def quoted_we(ctx: Context, toks: list[Token], ks: list[int]) -> list[Entity]:
    """The speaker's state for a first-person plural among tokens ``ks`` inside a quotation; []
    for none, or when no state can be told."""
    we = next((toks[k] for k in ks if toks[k].lower in _WE and toks[k].pos == "PRON"), None)
    if we is None or not _inside_quote(ctx.doc.text, we.start):
        return []
    state = _office_state(ctx, we.sent)
    state = state or dominant_state(ctx)
    return [state] if state is not None else []


def _inside_quote(text: str, at: int) -> bool:
    """Is offset ``at`` inside a quotation opened in its paragraph (a quote may run over sentences)?"""
    start = text.rfind("\n", 0, at) + 1
    return sum(c in _QUOTES for c in text[start:at]) % 2 == 1


def _office_state(ctx: Context, s: int) -> Entity | None:
    """The one state whose office a person named in sentence ``s`` or the two before holds."""
    offices = getattr(ctx.resolver, "offices", None) or []
    held = {person: of for person, _office, of in offices}
    for i in range(s, max(-1, s - 3), -1):
        states = {held[f.entity.key] for f in ctx.found(i, "Person") if f.entity.key in held}
        states = {k for k in states if k in ctx.doc.entities and ctx.doc.entities[k].type == "State"}
        if len(states) == 1:
            return ctx.doc.entities[states.pop()]
        if states:
            return None
    return None
