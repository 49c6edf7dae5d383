"""Organisations listed after the one a membership names: "a member of A, B and C", "members of A,
whose seat is in X, and of B". Read on the names themselves, not the parse: the parser often hangs
the next name of such a list inside the long name before it ("... Authority on Development, the
Arab League and ..." as a conjunct of "Development") or on the verb, and a list of memberships is
told this way in every kind of story; and the organisation a body of it stands for ("the Council of
Ministers of Y"). Read by :func:`kg.extract.facts.members.members`."""
from __future__ import annotations

import re

from kg.extract.context import Context, Found
from kg.extract.facts.common import known_in_name
from kg.extract.facts.summit_organs import union_of
from kg.model import Entity

#: Between two names of a list still open ("A, the B"), and before its last name ("A and B",
#: "A, and of the B", "A or of B").
_OPEN = re.compile(r",\s+(?:the\s+)?")
_CLOSING = re.compile(r",?\s+(?:and|or|as well as)\s+(?:of\s+|to\s+|in\s+)?(?:the\s+)?")
#: "of A, whose seat is in X, and of B": an aside set off by commas, then the preposition said again.
_ASIDE_THEN_AGAIN = re.compile(r",[^;:()\"“”]{1,120}?,\s+(?:and|or)\s+(?:of|to|in)\s+(?:the\s+)?")


def listed_after(ctx: Context, s: int, first: Found) -> list[Entity]:
    """The organisations listed after ``first`` in sentence ``s``, closed by "and"/"or" (a name
    after a comma alone may be the first's other name, "the Forum, the region's main body"):
    [] when no such list follows."""
    text = ctx.doc.text
    names = sorted((f for f in ctx.found(s, "InternationalOrganization") if f.start >= first.end),
                   key=lambda f: f.start)
    out: list[Entity] = []
    end = first.end
    for f in names:
        gap = text[end:f.start].removeprefix(")")  # (after an acronym in brackets)
        if f.entity is first.entity or f.entity in out:
            if gap.strip() in {"", "("}:
                end = max(end, f.end)  # the same name again, or its acronym in brackets
                continue
            return []
        if _CLOSING.fullmatch(gap) or not out and _ASIDE_THEN_AGAIN.fullmatch(gap):
            return [*out, f.entity]
        if not _OPEN.fullmatch(gap):
            return []
        out.append(f.entity)
        end = f.end
    return []


def whole_organisation(ctx: Context, org: Entity) -> Entity:
    """"the Council of Ministers of Y" named as a body of its own: a state sits in the body as a
    member of Y, the organisation whose name the body's name ends with; an institution of an
    organisation the article names ("the European Commission opened talks with X"), the gazetteer's
    family of it (summit_organs.union_of), stands for that organisation."""
    union = union_of(ctx, org)
    whole = next((e for e in ctx.doc.entities.values() if e.qid == union), None) if union else None
    if whole is not None and whole.type == "InternationalOrganization":
        return whole
    words = org.label.split()
    if "of" not in words[1:-1]:
        return org
    tail = " ".join(words[len(words) - words[::-1].index("of"):]).lower().removeprefix("the ")
    for e in ctx.doc.entities.values():
        if e is not org and e.type == "InternationalOrganization" and tail in {
                n.lower().removeprefix("the ") for n in (e.label, *e.aliases)}:
            return e
    known = [e for e in known_in_name(ctx, org, "InternationalOrganization") if e is not org]
    return known[-1] if known else org


def first_member_noun(resolver, k: int) -> int:
    """"founding members of A and members of B": the parser may hang the second member noun on the
    last word of A's long name; it is coordinated with the first, and said of what that is said of."""
    toks = resolver.tree.toks
    t = toks[k]
    f = resolver.found_at(t.head) if t.dep == "conj" else None
    if f is None:
        return k
    head = t.head
    while toks[head].head != head and f.start <= toks[toks[head].head].start < f.end:
        head = toks[head].head  # up to the name's own head
    p = toks[head].head
    if toks[head].dep == "pobj" and toks[p].lower == "of" and toks[toks[p].head].lemma == t.lemma:
        return toks[p].head
    return k
