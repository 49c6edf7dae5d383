"""Groups that stand for several states: "the three Baltic states", "Nordic countries", "G7
nations", "Gulf leaders" refer to the states of the group (``state_groups`` in
``data/lexicon.yaml``), each the gazetteer's state, whether or not the article names it."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.nlp import Token
from kg.model import Document, Entity, Fact

#: the most words a group's name has before its noun ("Nordic and Baltic", "Gulf Arab")
_LONGEST = 3


def group_states(ctx: Context, toks: list[Token], k: int) -> list[Entity]:
    """The states a plural noun names when the words right before it name a group of states."""
    lexicon = ctx.lexicon
    if toks[k].lower not in lexicon.state_group_nouns or not lexicon.state_groups:
        return []
    text = ctx.doc.text
    names: tuple[str, ...] = ()
    for a in range(k - 1, max(-1, k - 1 - _LONGEST * 2), -1):
        if toks[a].sent != toks[k].sent or not (toks[a].is_cap or toks[a].lower in {"and", "-"}):
            break
        names = lexicon.state_groups.get(text[toks[a].start:toks[k - 1].end].lower(), names)
    return [e for name in names if (e := state_entity(ctx, name)) is not None]


def state_entity(ctx: Context, name: str) -> Entity | None:
    """The article's entity for the state the gazetteer gives this name, made if the article has none."""
    if ctx.gazetteer is None:
        return None
    entry = next((e for e, _kind in ctx.gazetteer.lookup(name) if e.type == "State"), None)
    if entry is None:
        return None
    for e in ctx.doc.entities.values():
        if e.qid == entry.qid:
            return e
    return ctx.doc.entities.setdefault(f"wd-{entry.qid}", Entity(key=f"wd-{entry.qid}", type="State", label=entry.label,
                                                                  qid=entry.qid, attributes={"of_a_group": True}))


def drop_unused(doc: Document, facts: list[Fact]) -> None:
    """A state made for a group no fact kept is none of the article's entities."""
    used = {v for f in facts for x in f.fields.values() for v in (x if isinstance(x, tuple) else (x,))
            if isinstance(v, str)}
    for key in [k for k, e in doc.entities.items() if e.attributes.get("of_a_group") and k not in used]:
        del doc.entities[key]
