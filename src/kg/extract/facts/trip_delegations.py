"""Who travels in a delegation: "The Indian delegation included X and Y", "Her delegation
comprises X", "The UAE delegation is expected to be led by Z". The members and the leader of a
delegation go where it goes: the trip told nearest of a person of the delegation's own (its
possessor, or a traveller serving the state its modifier names), else the summit in view (FORMAT.md:
one fact per trip of a person)."""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.clause_modality import parse_modality
from kg.extract.context import Context
from kg.extract.facts.attendance import main_summit
from kg.extract.facts.common import make_fact
from kg.extract.facts.homes import at_home, home_of
from kg.extract.frames import Match
from kg.model import Entity, Fact

#: Nouns of the party that travels together.
_PARTY = frozenset({"delegation", "entourage"})
#: Verbs that say who is in it, and who leads it.
_MEMBERS = frozenset({"include", "comprise"})
_LEADING = frozenset({"lead", "head"})
#: How many sentences before the delegation's the trip it makes may be told.
_NEAR = 3


def delegation_trips(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """A visit for each person a delegation is said to include or to be led by, copied from the
    trip of the delegation's own traveller told just before it, else, where the article tells no trip of
    its own, one for the summit in view."""
    r = ctx.resolver
    visits = [f for f in ctx.doc.annotations.get("facts", []) if f.cq == "visit"]
    for m in matches:
        k = m.trigger.i
        if not m.args.nominal or m.trigger.lemma not in _PARTY:
            continue
        verb, members = _members(ctx, k)
        if not members:
            continue
        owners = [e for c in r.tree.kids(k, "poss", "amod", "compound") for e in r.entities(c, ("Person", "State"))]
        if not owners:
            continue
        theirs = [f for f in visits if _owned(ctx, ctx.doc.entities[str(f.fields["visitor"])], owners)
                  and f.fields["visitor"] not in {p.key for p in members}]
        mod = parse_modality(r.tree, verb) or "asserted"
        near = [f for f in theirs if 0 <= m.sentence - ctx.doc.sentence_index(f.evidence.start) <= _NEAR]
        if near:
            told = _nearest(ctx, near)
            place = ctx.doc.entities[str(told.fields["destination"])]
            for person in members:
                if not at_home(ctx, person, place):
                    fields = {key: v for key, v in told.fields.items() if key != "visitor"}
                    yield make_fact(ctx, "visit", m.sentence, told.modality, visitor=person.key, **fields)
        elif not theirs and (summit := main_summit(ctx)) is not None:
            pending = ctx.doc.annotations.setdefault("pending_visits", [])
            pending += [(m.sentence, mod, {"visitor": p.key, "start": None, "end": None, "purpose": summit.key})
                        for p in members]


def _members(ctx: Context, k: int) -> tuple[int, list[Entity]]:
    """The verb that tells who is in the delegation at token ``k``, and the people it names:
    "the delegation included X and Y" (its object), "was led by X" (the agent), "the delegation,
    led by X," (the participle's agent)."""
    r = ctx.resolver
    t = r.toks[k]
    found: list[int] = []
    verb = t.head
    # "is expected to be led by X", "will include X": the verb its subject is raised from
    verb = next((x for x in r.tree.kids(verb, "xcomp") if r.toks[x].lemma in _MEMBERS | _LEADING), verb)
    if t.dep in {"nsubj", "nsubjpass"} and r.toks[verb].lemma in _MEMBERS:
        found = r.tree.kids(verb, "dobj")
    elif t.dep in {"nsubj", "nsubjpass"} and r.toks[verb].lemma in _LEADING and r.tree.kids(verb, "agent"):
        found = [o for a in r.tree.kids(verb, "agent") for o in r.tree.kids(a, "pobj")]
    people = [e for o in found for c in r.tree.conjuncts(o) for e in r.entities(c, ("Person",)) if e.type == "Person"]
    return verb, list(dict.fromkeys(people))


def _owned(ctx: Context, traveller: Entity, owners: list[Entity]) -> bool:
    """Is the traveller the delegation's own: its possessor, or one serving the state it is of?"""
    return traveller in owners or any(o.type == "State" and home_of(ctx, traveller) is o for o in owners)


def _nearest(ctx: Context, trips: list[Fact]) -> Fact:
    """The trip told last, to its city rather than the same trip told again by its country ("a
    state visit to the kingdom" ... "in Riyadh")."""
    places = [ctx.doc.entities[str(f.fields["destination"])] for f in trips]
    cities = {ctx.country_of(p) for p in places if p.type != "State"}
    kept = [f for f, p in zip(trips, places) if p not in cities]
    return max(kept or trips, key=lambda f: f.evidence.start)
