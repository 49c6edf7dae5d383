"""A frame match's roles read: the argument tokens each role's sources name, and the entities the
resolver finds there. :func:`kg.extract.frames.match_frames` asks :func:`unfilled` first (a
required role left empty drops the match unread), then :func:`read_roles`.

A role's sources ("subject", "prep:to", ...) are told apart once per role, not at every reading.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frame_arguments import raised
from kg.extract.syntax import Args, Tree
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.frames import Match, Role

#: The argument lists a plain source names, by the source.
_PLAIN = frozenset({"subject", "object", "possessor", "modifier", "dative", "copula"})


def _source(source: str) -> tuple[str, str]:
    """A role source as (kind, word): ("subject", ""), ("prep", "to"), ("object-prep", "with")."""
    if source in _PLAIN or source in {"trigger", "raised"}:
        return source, ""
    if source.startswith("prep:"):
        return "prep", source[5:]
    if source.startswith("object-prep:"):
        return "object-prep", source[12:]
    raise ValueError(f"unknown role source {source!r}")


#: The sources read straight from an Args field of that name.
_ARGS_FIELD = {"subject": "subject", "object": "object", "possessor": "possessor", "modifier": "modifiers",
               "dative": "dative", "copula": "copula"}


def _source_tokens(args: Args, source: tuple[str, str], tree: Tree, k: int) -> list[int]:
    """The tokens of one source (the Args' own list: read, never changed; ``k`` the trigger)."""
    kind, word = source
    if kind == "prep":
        return args.preps.get(word) or []
    if kind in _ARGS_FIELD:
        return getattr(args, _ARGS_FIELD[kind])
    if kind == "trigger":
        return [k]
    if kind == "raised":
        return raised(tree, k)
    # "A co-founded the bloc with B": the parser hangs the partner on the object, not the verb
    return [ob for o in args.object for p in tree.kids(o, "prep") if tree.toks[p].lower == word
            for ob in tree.prep_objects(p)]


#: Each role's sources told apart, by the role's id (with the role: an id outlives its object).
_SOURCES: dict[int, tuple[Role, tuple[tuple[str, str], ...]]] = {}


def _sources(role: Role) -> tuple[tuple[str, str], ...]:
    known = _SOURCES.get(id(role))
    if known is None or known[0] is not role:
        if len(_SOURCES) >= 10_000:
            _SOURCES.clear()  # (frame lexicons loaded again and again: bounded all the same)
        known = _SOURCES[id(role)] = (role, tuple(_source(s) for s in role.sources))
    return known[1]


def tokens_of(match: Match, role: Role, tree: Tree) -> list[int]:
    """The argument tokens of a role, from each of its sources in turn (a new list)."""
    k, args = match.trigger.i, match.args
    sources = _sources(role)
    if len(sources) == 1:
        return list(_source_tokens(args, sources[0], tree, k))
    out: list[int] = []
    for source in sources:
        out += [i for i in _source_tokens(args, source, tree, k) if i not in out]
    return out


def unfilled(match: Match, tree: Tree, resolver, known: dict[int, list[int]]) -> bool:
    """Does a role the frame requires, and the passage cannot fill (not ``implicit``), stay empty?
    Then the match is dropped whatever its other roles hold. Reading roles changes nothing (the
    resolver's answers are remembered, never altered), so not reading them changes no other match.
    Roles without any argument word are told first: they need no reading at all. ``known`` keeps
    the argument tokens found, by role, for :func:`read_roles`."""
    frame = match.frame
    strict = []
    for name in frame.requires:
        if name in frame.implicit:
            continue
        role = frame.role(name)
        if role is None:
            return True
        found = known[id(role)] = tokens_of(match, role, tree)
        if not found:
            return True
        if "facility" not in role.types:  # (a facility role keeps its tokens, never entities)
            strict.append((role, found))
    return any(not any(resolver.entities(i, role.types) for i in found) for role, found in strict)


def read_roles(match: Match, tree: Tree, resolver, known: dict[int, list[int]]) -> Match:
    """Each role of the match's frame filled with the entities its argument tokens refer to
    (``known``: those :func:`unfilled` found already)."""
    frame, s = match.frame, match.sentence
    for role in frame.roles:
        toks_for_role = known.get(id(role)) or tokens_of(match, role, tree)
        match.tokens[role.name] = toks_for_role
        if "facility" in role.types:
            continue
        ents: list[Entity] = []
        for i in toks_for_role:
            for e in resolver.entities(i, role.types, frame=frame, sentence=s):
                if e not in ents:
                    ents.append(e)
        match.roles[role.name] = ents
    return match
