"""Those a meeting noun says it is between: "the meeting in X between A and B", "talks between A
and B in X", "The talks in X were the first between A and B". Each side is where the meeting is,
and visiting it when that place is in another country (FORMAT.md: leaders who meet in a city of
another country are visiting it)."""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.clause_dates import dates_for
from kg.extract.clause_modality import parse_modality
from kg.extract.context import Context
from kg.extract.facts.common import make_fact
from kg.extract.facts.homes import at_home, home_of
from kg.model import Entity, Fact

#: Nouns of a meeting whose "between" phrase names who meets.
_MEETINGS = frozenset({"meeting", "meetings", "talks", "talk", "summit", "encounter", "discussions", "negotiations"})


def meeting_sides(ctx: Context) -> Iterator[Fact]:
    """A meeting noun with a "between" phrase of people and one place of its own ("in X", on the
    noun or on the copula's subject the "between" phrase describes): each person abroad there."""
    r = ctx.resolver
    toks = r.toks
    facts = ctx.doc.annotations.get("facts", [])
    for t in toks:
        if t.pos != "NOUN" or t.lower not in _MEETINGS:
            continue
        # "The meeting in X was the first between A and B": the subject is the meeting told of
        noun = t.i
        if t.dep == "attr" and toks[t.head].lemma == "be":
            noun = next(iter(r.tree.kids(t.head, "nsubj")), t.i)
        elif toks[t.head].dep == "attr" and toks[t.head].lemma in {"first", "last", "second", "latest"}:
            continue  # read at the copula's complement
        between = [p for h in {t.i, *[a for a in r.tree.kids(t.head, "attr") if t.dep == "nsubj"]}
                   for p in r.tree.kids(h, "prep") if toks[p].lower == "between"]
        people = [e for p in between for o in r.tree.kids(p, "pobj") for j in r.tree.conjuncts(o)
                  for e in r.entities(j, ("Person",)) if e.type == "Person"]
        # ("between A and B in X": the parser may hang the place on the last of them)
        sides = [j for p in between for o in r.tree.kids(p, "pobj") for j in r.tree.conjuncts(o)]
        places = [e for h in [noun, *sides] for p in r.tree.kids(h, "prep") if toks[p].lower in {"in", "at"}
                  for o in r.tree.kids(p, "pobj")
                  for e in r.entities(o, ("Place",)) if e.type == "Place" and e.label.lower() not in ctx.lexicon.regions]
        places = list(dict.fromkeys(places))
        if len(set(people)) < 2 or len(places) != 1:
            continue
        s = t.sent
        told = {f.fields.get("visitor") for f in facts if f.cq == "visit" and ctx.doc.sentence_index(f.evidence.start) == s
                and f.fields.get("destination") == places[0].key}
        summit = [f.entity for f in [r.at_token.get(noun)] if f is not None and f.entity.type == "Summit"]
        days = dates_for(ctx, s, toks[noun]) or dates_for(ctx, s, toks[toks[noun].head])
        mod = parse_modality(r.tree, noun) or parse_modality(r.tree, toks[noun].head) or "asserted"
        for person in dict.fromkeys(people):
            if person.key not in told and _abroad(ctx, person, places[0]):
                yield make_fact(ctx, "visit", s, mod, visitor=person.key, destination=places[0].key,
                                start=days[0].start_date if len(days) == 1 else None,
                                purpose=summit[0].key if summit else None)


def _abroad(ctx: Context, person: Entity, place: Entity) -> bool:
    """Does the article say which country the person serves, and is the place in another?"""
    home = home_of(ctx, person)
    qid = ctx.country_qid(place)
    return home is not None and qid is not None and home.qid != qid and not at_home(ctx, person, place)
