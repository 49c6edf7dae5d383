"""Who goes along on a trip told elsewhere: "X, who accompanied Y, said ...", "X, who is travelling
with Y, told reporters ...", "X was among those accompanying Y".

The companion's own clause names no place: the place is the trip of the one accompanied, told in
the same sentence or near it ("Y arrived in Z on Thursday. X, who accompanied Y, said ..."). Each
such companion makes that trip too (FORMAT.md: one fact per trip of a person), with its place,
days and purpose; a clause that names its own place ("accompanied Y to Z") is read by
:mod:`kg.extract.facts.travel` and left alone here.
"""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.facts.common import make_fact
from kg.extract.facts.homes import at_home
from kg.extract.facts.treaties import trigger_modality
from kg.extract.facts.trip_arguments import away_at_home
from kg.extract.frames import Match
from kg.model import Entity, Fact

#: Verbs of going that say with whom: "travelling with Y", "flew in with Y", "was with Y".
_GOING_WITH = frozenset({"travel", "fly", "come", "go", "arrive", "be", "jet", "land"})
#: Verbs whose passive subject is placed by someone: "was seated next to her".
_PLACED = frozenset({"seat"})
#: How many sentences away the trip of the one accompanied may be told.
_NEAR = 3


def companion_trips(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    """A visit for each companion whose clause names no place, copied from the trip of the one
    they accompany that is told nearest (in the sentence, else before it, else after)."""
    facts = ctx.doc.annotations.get("facts", [])
    visits = [f for f in facts if f.cq == "visit"]
    if not visits:
        return
    for m in matches:
        if m.roles.get("destination") or m.args.nominal:
            continue
        pairs = _companions(ctx, m) or _joining(ctx, m, visits)
        mod = trigger_modality(ctx, m) if pairs else "asserted"
        for companion, leader in pairs:
            theirs = [f for f in visits if f.fields.get("visitor") == leader.key
                      and abs(ctx.doc.sentence_index(f.evidence.start) - m.sentence) <= _NEAR]
            if _trip_told_before(ctx, m):  # "accompanying Y during the visit": a trip already told
                theirs = [f for f in theirs if ctx.doc.sentence_index(f.evidence.start) <= m.sentence] or theirs
            # the trip to a city, not the same trip told again by its country ("received by the emir")
            cities = {ctx.country_of(d) for f in theirs if (d := ctx.doc.entities[str(f.fields["destination"])]).type != "State"}
            theirs = [f for f in theirs if ctx.doc.entities[str(f.fields["destination"])] not in cities]
            if not theirs:
                continue
            told = min(theirs, key=lambda f: (abs(ctx.doc.sentence_index(f.evidence.start) - m.sentence),
                                              ctx.doc.sentence_index(f.evidence.start) > m.sentence))
            place = ctx.doc.entities[str(told.fields["destination"])]
            if at_home(ctx, companion, place) and not away_at_home(ctx, m, place, True):
                continue  # ("X will travel to a city of Y's country accompanied by his host Y": the host goes too)
            fields = {k: v for k, v in told.fields.items() if k != "visitor"}
            yield make_fact(ctx, "visit", m.sentence, "negated" if mod == "negated" else told.modality,
                            visitor=companion.key, **fields)


#: Nouns of a trip one may join.
_TRIPS = frozenset({"visit", "trip", "tour", "journey", "delegation", "mission", "stop", "leg"})


def _trip_told_before(ctx: Context, m: Match) -> bool:
    """Does the companion's clause name its trip as one already told ("during the visit", "on
    his trip")? A definite trip noun points back, not to a stop told next."""
    r = ctx.resolver
    return any(r.toks[k].lemma in _TRIPS and any(r.toks[c].lower in {"the", "this", "his", "her", "their"}
                                                for c in r.tree.kids(k, "det", "poss"))
               for k in r.tree.subtree(m.trigger.i) if k != m.trigger.i)


def _joining(ctx: Context, m: Match, visits: list[Fact]) -> list[tuple[Entity, Entity]]:
    """"X joined the visit", "X joined Y on the trip": (companion, traveller) — Y, the trip noun's
    own traveller, else the one whose trip is told last in the sentence or the one before."""
    r = ctx.resolver
    if m.frame.name != "attend" or m.trigger.lemma != "join":
        return []
    objects = m.args.object
    trips = [k for k in objects if r.toks[k].lemma in _TRIPS]
    trips += [o for k in objects for p in r.tree.kids(k, "prep") if r.toks[p].lower in {"on", "for"}
              for o in r.tree.kids(p, "pobj") if r.toks[o].lemma in _TRIPS]
    trips += [o for p in r.tree.kids(m.trigger.i, "prep") if r.toks[p].lower in {"on", "for"}
              for o in r.tree.kids(p, "pobj") if r.toks[o].lemma in _TRIPS]
    if not trips:
        return []
    going = [e for k in m.args.subject for c in r.tree.conjuncts(k) for e in r.entities(c, ("Person",)) if e.type == "Person"]
    leaders = [e for k in objects for e in r.entities(k, ("Person",)) if e.type == "Person"]
    leaders += [e for t in trips for c in r.tree.kids(t, "poss") for e in r.entities(c, ("Person",)) if e.type == "Person"]
    if not leaders:
        told = [f for f in visits if m.sentence - 1 <= ctx.doc.sentence_index(f.evidence.start) <= m.sentence
                and f.fields.get("visitor") not in {g.key for g in going}]
        if told:
            leaders = [ctx.doc.entities[str(max(told, key=lambda f: f.evidence.start).fields["visitor"])]]
    return [(c, leader) for c in going for leader in leaders if c is not leader]


def _companions(ctx: Context, m: Match) -> list[tuple[Entity, Entity]]:
    """(companion, the one accompanied) the match tells: the subject of "accompany" and its object,
    the subject of a verb of going and its "with" phrase."""
    r = ctx.resolver

    def people(ks: list[int]) -> list[Entity]:
        return [e for k in ks for c in r.tree.conjuncts(k) for e in r.entities(c, ("Person",)) if e.type == "Person"]

    going = people(m.args.subject)
    named = [*m.args.subject, *m.args.object, *(k for b in r.tree.kids(m.trigger.i, "ccomp")
                                                 if r.toks[b].lemma == "be" for k in r.tree.kids(b, "nsubj", "attr"))]
    if m.frame.name == "accompany" and any(r.toks[k].tag == "PRP" for k in named) and _said_after(ctx, m):
        # "Accompanying him was X", "Among those accompanying her were A and B": whichever way the
        # parser hung them, the names are who goes along and the pronoun the one accompanied
        going = people([k for k in named if r.toks[k].tag != "PRP"])
        return [(c, leader) for leader in _traveller_before(ctx, m, going) for c in going if c is not leader]
    if m.frame.name == "accompany" and m.trigger.lemma in _PLACED:
        # "X was seated next to her", "A and B are seated on both sides of him": those seated go
        # along with the one they are seated by (the first person named after the verb)
        going = people(m.args.object)
        by = [k for k in r.tree.subtree(m.trigger.i) if k > m.trigger.i and r.toks[k].dep == "pobj"
              and (r.toks[k].tag == "PRP" or r.toks[k].pos == "PROPN") and people([k])]
        leaders = people(by[:1])
        if by and r.toks[by[0]].tag == "PRP":  # (a pronoun there is not the clause's own subject)
            leaders = [e for e in leaders if e not in going] or _traveller_before(ctx, m, going)
    elif m.frame.name == "accompany" and m.args.passive:
        # "X, who was accompanied by Y": Y (the agent) goes along with X; "X spoke after the talks,
        # flanked by Y": a participle set off by a comma is said of its clause's subject, wherever
        # the parser hung it
        leaders = people(m.args.object) or (people(_clause_subject(ctx, m.trigger.i))
                                            if m.trigger.i > 0 and r.toks[m.trigger.i - 1].lower == "," else [])
    elif m.frame.name == "accompany":
        # the object, also where the parser took a name for a modifier ("who accompanied Mwale")
        leaders = people(m.args.object) or people(r.tree.kids(m.trigger.i, "npadvmod", "oprd"))
        # "X, who accompanied him": a plain pronoun object is never its own clause's subject; it is
        # the traveller told just before
        if any(r.toks[k].tag == "PRP" for k in m.args.object):
            leaders = [e for e in leaders if e not in going] or _traveller_before(ctx, m, going)
    elif m.frame.name == "travel" and m.trigger.lemma in _GOING_WITH:
        leaders = people(m.args.prep("with"))
        # "X, who travelled with his minister, Y": they go together, whichever trip is told
        return [(c, lead) for c in going for lead in leaders if c is not lead] + \
            [(lead, c) for c in going for lead in leaders if c is not lead]
    else:
        return []
    return [(c, leader) for c in going for leader in leaders if c is not leader]


def _said_after(ctx: Context, m: Match) -> bool:
    """Is "accompanying" a participle whose clause tells its subject after a "be": fronted,
    "Accompanying him was X", or on "those" after "among", "Among those accompanying her were A and B"?"""
    r = ctx.resolver
    t = m.trigger
    if t.tag != "VBG" or m.args.nominal:
        return False
    be = [a for a in r.tree.kids(t.i, "aux", "ccomp") if r.toks[a].lemma == "be" and a > t.i]
    among = t.dep in {"acl", "amod"} and r.toks[t.head].dep == "pobj" \
        and r.toks[r.toks[t.head].head].lower == "among"
    return bool(be) or among


def _traveller_before(ctx: Context, m: Match, going: list[Entity]) -> list[Entity]:
    """The one a pronoun the companion's clause names stands for: the traveller of the trip told
    last in the sentence or the one before, not one of those going."""
    told = [f for f in ctx.doc.annotations.get("facts", []) if f.cq == "visit"
            and m.sentence - 1 <= ctx.doc.sentence_index(f.evidence.start) <= m.sentence
            and f.fields.get("visitor") not in {g.key for g in going}]
    return [ctx.doc.entities[str(max(told, key=lambda f: f.evidence.start).fields["visitor"])]] if told else []


def _clause_subject(ctx: Context, k: int) -> list[int]:
    """The subject of the nearest clause above the word at k (a few heads up, not past the root)."""
    tree = ctx.resolver.tree
    for _ in range(4):
        h = tree.head(k)
        if h is None or h == k:
            return []
        k = h
        if subjects := tree.kids(k, "nsubj"):
            return subjects
    return []
