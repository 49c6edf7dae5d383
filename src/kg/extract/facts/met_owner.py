"""The state of an official who meets someone of another state: "X was met at the airport by
Foreign Minister Y", "X will hold talks with Prime Minister Z", "President W welcomed X".

Whoever receives, welcomes, hosts or holds talks with a person whose state the article gives is
not of that state (a leader's own ministers are seldom reported meeting them): the official's
state is the other one the sentence names, else the country of a place the sentence names, else
the state the article names most after the other person's. None when nothing singles one out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context, Found
from kg.extract.facts.common import located, mention_counts
from kg.extract.facts.implied_owners import tells_a_group
from kg.extract.facts.owner_entities import known_state
from kg.extract.nlp import Token
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.facts.owners import Holding, Names

#: verbs of one person meeting another ("met", "received", "welcomed", "hosted", "greeted")
MEETING_VERBS = frozenset({"meet", "receive", "welcome", "host", "greet", "entertain", "confer", "talk"})
#: nouns of a meeting held "with" someone ("talks with", "a meeting with", "a call with")
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "discussion", "discussions", "call", "conversation",
                           "dinner", "lunch", "breakfast", "audience", "consultation", "consultations"})
_RELATIVE = frozenset({"who", "whom", "that", "which"})


def met_state(ctx: Context, names: Names, s: int, h: Holding) -> tuple[Entity | None, Entity | None]:
    """The state of the holder, told by whom the holder meets (see the module's docstring), and
    the state the holder is not of (the met person's), each None when unknown."""
    theirs = met_persons_state(ctx, names, h)
    return (_other_state(ctx, s, theirs) if theirs is not None else None), theirs


def met_persons_state(ctx: Context, names: Names, h: Holding) -> Entity | None:
    """The state of the person the holder meets, when the article gives it."""
    toks = names.toks
    head = _head(names, h)
    if head is None:
        return None
    other = _met(names, toks, toks[head])
    if other is None or other.entity is h.person.entity or other.entity.type != "Person":
        return None
    return ctx.doc.annotations.get("office_state", {}).get(other.entity.key) \
        or ctx.country_of(other.entity) or known_state(ctx, other.entity)


def _other_state(ctx: Context, s: int, theirs: Entity) -> Entity | None:
    """The one state, other than theirs, that sentence s or the article singles out."""
    # "In Warsaw he held talks with Prime Minister X": where the meeting is, before any state named
    places = {c.key: c for f in ctx.found(s, "Place", "Facility") if (c := ctx.country_of(f.entity)) is not None
              and c.key != theirs.key and located(ctx, s, f)}
    if len(places) == 1:
        return next(iter(places.values()))
    # (not a state a group is told by: "the two U.S. allies")
    here = [e for e in ctx.unique([f for f in ctx.states(s) if not tells_a_group(ctx, f)]) if e.key != theirs.key]
    if len(here) == 1 and not places:
        return here[0]
    if here or places:
        return None  # two other states or places in the sentence: no guess
    # (a state named only as what a group is told by is singled out by no one)
    found = [f for i in range(len(ctx.doc.sentences)) for f in ctx.states(i)]
    telling = {f.entity.key for f in found} - {f.entity.key for f in found if not tells_a_group(ctx, f)}
    counts = sorted(((n, k) for k, n in mention_counts(ctx).items()
                     if k != theirs.key and k not in telling and ctx.doc.entities[k].type == "State"), reverse=True)
    if counts and (len(counts) == 1 or counts[0][0] > counts[1][0]):
        return ctx.doc.entities[counts[0][1]]
    return None


def _head(names: Names, h: Holding) -> int | None:
    """The token heading the holder's name in the parse."""
    toks = names.toks
    span = [k for k in names.tokens_of(h.person) if names.at.get(k) is h.person]
    heads = [k for k in span if not (min(span) <= toks[k].head <= max(span)) or toks[k].head == k] if span else []
    return heads[0] if heads else None


def _met(names: Names, toks: list[Token], t: Token) -> Found | None:
    """The person the holder's token meets: the passive's subject for "met by X", the subject of
    "held talks with X" or of "met X", the object of "X welcomed ..."."""
    while t.dep in {"conj", "appos"} and t.head != t.i:
        t = toks[t.head]
    verb = toks[t.head]
    if t.dep == "pobj" and verb.dep == "agent" and toks[verb.head].lemma in MEETING_VERBS:
        v = toks[verb.head]  # "was met by X", "welcomed by X"
        return _subject(names, toks, v, "nsubjpass") or (_person(names, toks[v.head]) if v.dep in {"acl", "relcl"}
                                                          else None)
    if t.dep == "pobj" and verb.lower == "with" and verb.head != verb.i:
        w = toks[verb.head]  # "talks with X", "met with X"
        if w.lemma in MEETING_NOUNS or w.lower in MEETING_NOUNS:
            w = toks[w.head] if w.head != w.i else w
        elif w.lemma not in MEETING_VERBS:
            return None
        for _ in range(3):  # "before holding talks with X": the subject of the clause it hangs on
            found = _subject(names, toks, w, "nsubj") or _subject(names, toks, w, "nsubjpass")
            if found is not None or w.dep not in {"advcl", "xcomp", "conj", "pcomp"} or w.head == w.i:
                return found
            w = toks[w.head]
            if w.pos == "ADP":  # "before holding ...": the preposition hangs on the verb
                w = toks[w.head]
        return None
    if t.dep == "dobj" and verb.lemma in MEETING_VERBS:  # "Y met X"
        return _subject(names, toks, verb, "nsubj")
    if t.dep == "nsubj":  # "X welcomed Y", "X held talks with Y", "X hosted a dinner for Y"
        objects = [c for c in toks[verb.i + 1:verb.i + 12] if c.head == verb.i and c.dep == "dobj"]
        if verb.lemma in MEETING_VERBS:
            found = next((f for c in objects if (f := _person(names, c)) is not None), None)
            if found is not None:
                return found
        held = [c for c in objects if c.lemma in MEETING_NOUNS or c.lower in MEETING_NOUNS]
        for w in [verb, *held]:
            for p in toks[w.i + 1:w.i + 8]:
                if p.head == w.i and p.dep == "prep" and p.lower in {"with", "for"}:
                    found = next((f for c in toks[p.i + 1:p.i + 8] if c.head == p.i and c.dep == "pobj"
                                  and (f := _person(names, c)) is not None), None)
                    if found is not None and (w is not verb or verb.lemma in MEETING_VERBS):
                        return found
    return None


def _subject(names: Names, toks: list[Token], v: Token, dep: str) -> Found | None:
    """The person that is the verb's subject of that kind ("who" stands for the noun it hangs on)."""
    for c in toks[max(0, v.i - 40):v.i]:
        if c.head == v.i and c.dep == dep:
            if c.lower in _RELATIVE and v.dep == "relcl":
                return _person(names, toks[v.head])
            return _person(names, c)
    return None


def _person(names: Names, t: Token) -> Found | None:
    f = names.at.get(t.i) or names.pronoun_at.get(t.i)
    return f if f is not None and f.entity.type == "Person" else None
