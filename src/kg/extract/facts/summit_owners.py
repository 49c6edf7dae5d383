"""The organisation a summit belongs to: named in its label, known by a word of it, or the one
organisation its own sentences name (not one named on the edge of another gathering there)."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.facts.common import known_in_name
from kg.extract.facts.gathering_scope import on_another_edge
from kg.extract.facts.owner_entities import body_entity
from kg.extract.facts.spoken_of import acts_on_a_thing
from kg.extract.facts.summit_identity import by_a_city, owner_of_organ
from kg.extract.facts.summit_sentences import summit_sentences
from kg.extract.facts.summit_topics import a_topic
from kg.extract.special_mentions import initials
from kg.model import Entity


def summit_orgs(ctx: Context, summit: Entity, sentences: list[int]) -> list[Entity]:
    """The organisation a summit belongs to: named in its label ("BRICS summit"), or the one
    organisation its own sentences name ("The Tartu summit, the bloc's 25th")."""
    orgs = [e for e in ctx.doc.entities.values() if e.type == "InternationalOrganization"]
    in_label = [e for e in orgs if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", summit.label)
                                       for n in [e.label, *e.aliases] if len(n) > 1)]
    if in_label:  # "the X Assembly's session": the organisation whose organ it is
        return list(dict.fromkeys(owner_of_organ(ctx, e) for e in in_label))
    known = _organisation_in_name(ctx, summit) or _acronym_body(ctx, summit)
    if known is not None:
        return [known]
    named = {m.sentence for m in ctx.doc.mentions if m.entity == summit.key}
    near = ctx.unique([f for s in sentences if s in named for f in ctx.found(s, "InternationalOrganization")
                       if not acts_on_a_thing(ctx, f) and not a_topic(ctx, f)  # not "sanctions imposed by X"
                       and not on_another_edge(ctx, f, summit)])  # nor "on the sidelines of the X meeting"
    if len(near) == 1:
        return near[:1]
    # "the previous summit", "the next meeting": another edition of the series in view, its organisation's
    from kg.extract.facts.attendance import main_summit

    main = main_summit(ctx)
    if main is not None and main is not summit and (_ANOTHER_EDITION.search(summit.label) or by_a_city(ctx, summit, main)):
        return summit_orgs(ctx, main, summit_sentences(ctx, main))
    return []


_ANOTHER_EDITION = re.compile(r"\b(?:next|last|previous|following|preceding|upcoming)\b", re.IGNORECASE)


def _organisation_in_name(ctx: Context, summit: Entity) -> Entity | None:
    """"the ASEAN summit": the international organisation the gazetteer knows by a word of the
    summit's name, made an entity of the article (the summit's name was its only mention)."""
    found = known_in_name(ctx, summit, "InternationalOrganization")
    return found[0] if len(found) == 1 else None


def _acronym_body(ctx: Context, summit: Entity) -> Entity | None:
    """"The 13th ABC Foreign Ministers' Meeting", "the XYZ summit": an acronym in a summit's name
    that names nothing the article or the gazetteer knows is the body whose gathering it is, an
    organisation of the article (its acronym its only name)."""
    if summit.attributes.get("unnamed"):
        return None
    words = [w for w in re.split(r"[\s\u2013\u2014-]+", summit.label) if re.fullmatch(r"[A-Z]{2,6}", w)]
    known = {n for e in ctx.doc.entities.values() for n in (e.label, *e.aliases)}
    known |= {i for n in list(known) for i in initials(n)}  # "EAC" beside "the East African Community"
    unknown = [w for w in words if w not in known and not (ctx.gazetteer is not None and ctx.gazetteer.lookup(w))]
    if len(unknown) != 1 or len(words) != 1:
        return None
    body = body_entity(ctx, unknown[0], "InternationalOrganization")
    body.attributes["only_in_a_summit_name"] = True  # (who belongs to it the article does not say: summit_members)
    return body
