"""A state whose leader stays away: "Chile's president decided to skip the summit", "Peru's
leader, X, forwent the meeting" — the state named inside the phrase of a person a negative attend
frame has as participant is kept away with that person (:func:`participants.kept_away`)."""
from __future__ import annotations

from kg.extract.context import Context, Found


def away_with_its_leader(ctx: Context, s: int, f: Found, k: int | None) -> bool:
    """Is the state at ``f`` (its head word ``k``) a possessor or modifier in the phrase of a person
    a negative attend frame of its sentence keeps away?"""
    if k is None:
        return False
    people = {e.key for m in ctx.doc.annotations.get("frames", []) if m.negative and m.sentence == s
              for e in m.roles.get("participant", []) if e.type == "Person"}
    if not people:
        return False
    r = ctx.resolver
    for g in [k, *r.tree.ancestors(k, 4)]:
        if r.toks[g].pos in {"VERB", "AUX"}:
            return False
        # the person's own words, or the name set beside a title ("Chile's president, X,")
        for i in [g, *r.tree.kids(g, "appos")]:
            found = r.at_token.get(i)
            if found is not None and found is not f and found.entity.key in people:
                return True
    return False
