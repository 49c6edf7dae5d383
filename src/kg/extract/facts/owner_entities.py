"""The entities an office's owner can be beyond those the text names beside the title: the body
seated at a site ("Kremlin spokesman"), a body named only as an owner, the state a linked person
serves, the state of the dateline and the state the article is most about."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.titles import OWNER_TYPES
from kg.model import Entity
from kg.text import label_key, slug


def seated_body(ctx: Context, site: Entity) -> Entity:
    """The body seated at a site, named after it ("the Palace" that issues statements, a base's
    command): an organisation of the article, apart from the building (no Wikidata item of its)."""
    return body_entity(ctx, site.label, "Organization")


def body_entity(ctx: Context, label: str, etype: str) -> Entity:
    """The article's entity of this type and name; made when the article has none (a body the
    text names only as the owner of an office)."""
    key = label_key(label)
    for e in ctx.doc.entities.values():
        if e.type == etype and key in {label_key(n) for n in (e.label, *e.aliases)}:
            return e
    ent = Entity(key=f"{etype.lower()}-{slug(label)}", type=etype, label=label)
    ctx.doc.entities.setdefault(ent.key, ent)
    return ctx.doc.entities[ent.key]


def entity_named(ctx: Context, phrase: str) -> Entity | None:
    """The entity of an owner's type whose name or alias is this phrase (case and "the" aside)."""
    key = phrase.lower().removeprefix("the ").strip()
    for e in ctx.doc.entities.values():
        if e.type in OWNER_TYPES and key in {n.lower().removeprefix("the ") for n in (e.label, *e.aliases)}:
            return e
    # "the Union" after "the African Union": one word ending one body's name is that body
    ends = {e.key: e for e in ctx.doc.entities.values() if " " not in key and e.type in OWNER_TYPES and e.type != "State"
            and " " in e.label and e.label.split()[-1].lower() == key}
    return next(iter(ends.values())) if len(ends) == 1 else None


def known_state(ctx: Context, person: Entity) -> Entity | None:
    """The state the gazetteer says a linked person serves, though the article names only its
    capital ("a visit to Washington hosted by President X"): never the state in view instead."""
    qid = ctx.country_qid(person) if person.qid else None
    entry = ctx.gazetteer.get(qid) if qid and ctx.gazetteer is not None else None
    if entry is None or entry.type != "State":
        return None
    ent = ctx.doc.entities.setdefault(f"wd-{qid}", Entity(key=f"wd-{qid}", type="State", label=entry.label, qid=qid))
    return ent if ent.type == "State" else None


def titled_state(ctx: Context, label: str, capitalised: bool = True) -> Entity | None:
    """The state an office's title alone names ("Secretary of State": the United States'),
    ``state_titles`` in the lexicon, as the gazetteer's state: where the text writes the title as
    a proper title, or speaks of that state ("the secretary of defense" in a story of Ecuador
    alone is Ecuador's)."""
    name = ctx.lexicon.state_titles.get(label.casefold())
    if name is None or ctx.gazetteer is None:
        return None
    entry = next((e for e, _ in ctx.gazetteer.lookup(name) if e.type == "State"), None)
    if entry is None:
        return None
    key = f"wd-{entry.qid}"
    if not capitalised and key not in ctx.doc.entities:
        return None
    ent = ctx.doc.entities.setdefault(key, Entity(key=key, type="State", label=entry.label, qid=entry.qid))
    return ent if ent.type == "State" else None


def dateline_state(ctx: Context) -> Entity | None:
    """The state of the place the article is filed from ("KYIV —"), when it names that state."""
    from kg.extract.facts.travel import scene

    here = scene(ctx)
    if here is None:
        return None
    return here if here.type == "State" else ctx.country_of(here)


def dominant_state(ctx: Context) -> Entity | None:
    """The state an article names at least twice as often as any other, if there is one."""
    counts: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.entity and ctx.doc.entities[m.entity].type == "State":
            counts[m.entity] = counts.get(m.entity, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ctx.doc.entities[ranked[0][0]]
    return None
