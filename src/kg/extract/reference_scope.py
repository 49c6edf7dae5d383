"""What a reference may point to, read from the clause around it: the states a passage pairs
("the two countries"), the subject a description may not take up ("X built a base in the
country"), a state taken "as a member", a capital acting for its state."""
from __future__ import annotations

from kg.extract.context import Context, Found
from kg.extract.nlp import Token
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


def noun_of_states(t: Token) -> bool:
    """Is the word a noun of states ("allies", "neighbours", "countries"), not of a state's own
    people or bodies ("delegation", "government")? A state modifying it tells the group, it is
    none of it ("the two U.S. allies")."""
    from kg.extract.frames import load_frames

    frames = load_frames()
    return t.lemma in frames.descriptions.get("State", ()) and t.lower not in frames.representative


def pair_states(ctx: Context, s: int, n: int = 2, without: frozenset[str] = frozenset(),
                at: int | None = None) -> list[Entity]:
    """The n states a passage pairs: those named in this sentence, else the article's most named;
    never a state of ``without`` (the one the pair is told by: "the two U.S. allies"). A pair
    named at character ``at`` before every state of its sentence is the pair told before ("The
    two countries are seeking ... in response to A's invasion of B"), when one was."""
    found = [f for f in ctx.states(s) if f.entity.key not in without]
    here = ctx.unique(found)
    last = s  # the last sentence whose states may be the pair
    if at is not None and found and all(f.start > at for f in found) \
            and len({f.entity.key for i in range(s) for f in ctx.states(i)} - without) >= n:
        here, last = [], s - 1  # (the sentence's own states are read after the pair: never the pair)
    if len(here) == n:
        return here
    if n > 2:  # "the three nations", "the six countries": a list of as many just told (two sentences back)
        listed = next((listed for i in range(s - 1, max(-1, s - 3), -1)
                       if len(listed := [e for e in ctx.unique(ctx.states(i)) if e.key not in without]) == n), [])
        if listed or n > 4:  # (a pair or a few may also be the article's most named)
            return listed
    named = [e for e in ctx.unique([f for i in range(last + 1) for f in ctx.states(i)]) if e.key not in without]
    if len(named) < n:
        return []
    counts: dict[str, int] = {}
    for m in ctx.doc.mentions:
        if m.entity:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    recent = {f.entity.key for i in range(max(0, last - 3), last + 1) for f in ctx.states(i)}
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


def capital_acting(ctx: Context, tree: Tree, k: int, e: Entity) -> Entity | None:
    """The state of a capital named where an actor stands — a subject, a possessor, a partner
    "with" or "between" ("talks with Washington", "Baghdad and Washington agreed") — though the
    article may not name the state; none where a place stands ("for London", "to Paris")."""
    from kg.extract.facts.owner_entities import (
        known_state,  # the facts package reads the resolver
    )

    entry = ctx.gazetteer.get(e.qid) if e.qid and ctx.gazetteer is not None else None
    if entry is None or not (entry.extra or {}).get("capital_of"):
        return None
    while tree.toks[k].dep == "conj" and tree.head(k) is not None:
        k = tree.toks[k].head
    head = tree.head(k)
    acting = tree.toks[k].dep in {"nsubj", "nsubjpass", "poss"} or tree.toks[k].dep == "pobj" and head is not None \
        and tree.toks[head].lower in {"with", "between", "among", "by"}
    return known_state(ctx, e) if acting else None


def title_words(ctx: Context, tree: Tree, at_token: dict[int, Found], k: int) -> list[str]:
    """The words of an office title headed by token k ("prime minister" for "minister"); none for a
    bare "minister", which refers to no one in particular."""
    t = tree.toks[k]
    words = [t.lower]
    for c in tree.children[k]:
        u = tree.toks[c]
        if u.dep in {"compound", "amod"} and u.i not in at_token and u.lower.isalpha():
            words.insert(0, u.lower)
    if ctx.lexicon.office(t.lower) is None:
        # "the top diplomat": an idiom naming an office stands for the office's own words
        idioms = ctx.lexicon.titles.expansions
        said = next((idioms[p].split() for p in idioms if len(p.split()) > 1
                     and " ".join(words[-len(p.split()):]) == p), None)
        if said is None:
            return []
        words = [*words[:-len(said)], *said] if len(words) > len(said) else said
    if not any(tree.toks[c].dep in {"det", "poss"} or c in at_token for c in tree.children[k]):
        return []
    return words
