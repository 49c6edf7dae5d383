"""What a reference may point to, read from the clause around it: the states a passage pairs
("the two countries"), the subject a description may not take up ("X built a base in the
country"), a state taken "as a member"."""
from __future__ import annotations

from kg.extract.context import Context, Found
from kg.extract.syntax import VERBAL, Tree, surface_subject
from kg.model import Entity

#: People who serve someone: "their ministers" are the leaders' states', not the leaders.
SERVING = frozenset({"minister", "official", "diplomat", "negotiator", "envoy", "delegation", "government",
                     "team", "representative", "aide", "cabinet", "administration"})


def state_served(ctx: Context, offices: list[tuple[str, str, str]], person: Entity) -> Entity | None:
    """The state a person holds office for (the offices read first), or the gazetteer's."""
    for p, _, of in offices:
        if p == person.key and of in ctx.doc.entities and ctx.doc.entities[of].type == "State":
            return ctx.doc.entities[of]
    return ctx.country_of(person)


def pair_states(ctx: Context, s: int, n: int = 2) -> list[Entity]:
    """The n states a passage pairs: those named in this sentence, else the article's most named."""
    here = ctx.unique(ctx.states(s))
    if len(here) == n:
        return here
    named = ctx.unique([f for i in range(s + 1) for f in ctx.states(i)])
    if len(named) < n:
        return []
    counts: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.entity:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    recent = {f.entity.key for i in range(max(0, s - 3), s + 1) for f in ctx.states(i)}
    return sorted(named, key=lambda e: (-counts.get(e.key, 0), e.key not in recent))[:n]


def clause_subjects(tree: Tree, at_token: dict[int, Found], k: int) -> set[str]:
    """The entities subject of the clause a description sits in: "X built a base in the
    country" speaks of another country than X (a full description does not take up its own
    clause's subject)."""
    verb = next((g for g in tree.ancestors(k) if tree.toks[g].pos in VERBAL), None)
    if verb is None:
        return set()
    # the subject phrase's entities, its owner's too ("Chile's navy plans to use ports in the country")
    heads = surface_subject(tree, verb)
    heads += [c for h in heads for c in tree.kids(h, "poss", "compound", "amod", "nmod")]
    return {f.entity.key for i in heads for f in [at_token.get(i)] if f is not None}


def taken_as_member(tree: Tree, k: int) -> bool:
    """Is the state at k said to be taken "as a member" ("approved X as a full member")?"""
    toks = tree.toks
    h = tree.head(k)
    holders = [k] + ([h] if h is not None and toks[k].dep in {"dobj", "nsubjpass"} else [])
    return any(toks[p].lower == "as" and any(toks[o].lemma in {"member", "country", "state"} for o in tree.kids(p, "pobj"))
               for x in holders for p in tree.kids(x, "prep"))
