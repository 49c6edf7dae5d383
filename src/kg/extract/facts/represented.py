"""The state a person acts for, as the sentence says it: whoever signs "for" a state or acts "on
behalf of" it serves it; whoever goes along with a leader serves the leader's state.

* "the accord was signed for the Chilean side by Foreign Minister X and for Peru by Y",
  "signed on behalf of Kenya by the Cabinet Secretary for Defence, X": the state of the "for"
  phrase right before the "by" that names the person;
* "Trade Minister X signed for Chile", "X, who spoke on behalf of Peru": the state of the "for"
  phrase of a signing verb, or of any verb's "on behalf of" phrase, whose subject is the person;
* "X will represent the country", "the country will be represented by X", "X represented him": the
  state "represent" takes as its object (a name, a description or pronoun the resolver reads, or
  a person whose state is known) (:func:`_represents`);
* "Economy Minister X, who is travelling with Chancellor Y", "Y, accompanied by Foreign Minister
  X,", "X, who accompanied Y": the state Y serves (:func:`companion_state`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.context import Context
from kg.extract.facts.common import states_in_name
from kg.extract.nlp import Token
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.facts.owners import Holding, Names

#: an organisation that stands for its state: its government
_GOVERNMENT = re.compile(r"\bgovernment\b", re.IGNORECASE)

#: how far before the title a "by" may stand ("by her counterpart, Minister ...")
_REACH = 6


def represented_state(ctx: Context, names: Names, h: Holding) -> Entity | None:
    """The state the sentence says the holder signs or acts for, else None."""
    toks = names.toks
    span = [k for k, f in names.at.items() if f is h.person]
    if not span:
        return None
    first = min(min(span), h.title.start)
    return _before_by(names, toks, first) or _subject_acts_for(ctx, names, toks, span) \
        or _after_name(ctx, names, toks, max(span)) or _represents(ctx, names, toks, span)


#: what, set after a name, says whom the person acts for: "X, on behalf of A,", "X, representing A"
_FOR_WHOM = (("on", "behalf", "of"), ("representing",))


def _after_name(ctx: Context, names: Names, toks: list[Token], last: int) -> Entity | None:
    """"by the defence minister, X, on behalf of the Swedish government": the state (or the state
    of the government or side) the phrase right after the name gives."""
    k = last + 1 + (last + 1 < len(toks) and toks[last + 1].text == ",")
    for words in _FOR_WHOM:
        if tuple(t.lower for t in toks[k:k + len(words)]) == words and toks[k].sent == toks[last].sent:
            return _state_object(ctx, names, toks, toks[k + len(words) - 1])
    return None


def _represents(ctx: Context, names: Names, toks: list[Token], span: list[int]) -> Entity | None:
    """"X will represent the country", "the country will be represented by X": whom the verb says
    the holder stands for, when it is one state."""
    heads = [k for k in span if not (min(span) <= toks[k].head <= max(span)) or toks[k].head == k]
    if not heads:
        return None
    t = toks[heads[0]]
    objects: list[Token] = []
    if t.dep == "nsubj" and toks[t.head].lemma == "represent":
        v = toks[t.head]
        objects = [c for c in toks[v.i + 1:v.i + 6] if c.head == v.i and c.dep == "dobj"]
    elif t.dep == "pobj" and toks[t.head].lower == "by" and toks[t.head].dep == "agent" \
            and toks[toks[t.head].head].lemma == "represent":
        v = toks[toks[t.head].head]
        objects = [c for c in toks[max(0, v.i - 8):v.i] if c.head == v.i and c.dep == "nsubjpass"]
    for o in objects:
        f = names.at.get(o.i) or names.pronoun_at.get(o.i)
        if f is not None and f.entity.type == "Person":
            return ctx.doc.annotations.get("office_state", {}).get(f.entity.key) or ctx.country_of(f.entity)
        if f is not None:
            return f.entity if f.entity.type == "State" else None
        from kg.extract.frames import load_frames
        from kg.extract.reference import Resolver

        states = Resolver(ctx, load_frames()).entities(o.i, ["State"])  # "the country", "it"
        # (not where the nearest sentence naming states names another it could as well be: "A and
        # B sent no leaders. X will represent the country")
        near = {e.key for e in ctx.unique(ctx.states(o.sent) or ctx.states(o.sent - 1))}
        return states[0] if len(states) == 1 and near <= {states[0].key} else None
    return None


def _before_by(names: Names, toks: list[Token], first: int) -> Entity | None:
    """"for A by X", "on behalf of A by X": the surface order holds however the parser hung a
    coordinated "and for B by Y"."""
    sent = toks[first].sent
    k = first - 1
    while k >= 0 and first - k <= _REACH and toks[k].sent == sent and toks[k].lower != "by":
        if names.at.get(k) is not None or toks[k].pos in {"VERB", "AUX"}:
            return None
        k -= 1
    if k < 1 or toks[k].lower != "by" or toks[k].sent != sent:
        return None
    j = k - 1 - (toks[k - 1].text == ",")
    states: list[Entity] = []
    while j >= 0 and k - j <= 6 and toks[j].sent == sent:
        f = names.at.get(j)
        if f is not None and f.entity.type == "State":
            if f.entity not in states:
                states.append(f.entity)
        elif f is not None or toks[j].pos in {"VERB", "AUX"} or toks[j].lower in {",", "and", "or"}:
            return None  # (not past another conjunct: "on behalf of A, and by X on behalf of B")
        if toks[j].lower == "for" or toks[j].lower == "of" and j >= 1 and toks[j - 1].lower == "behalf" \
                or toks[j].lower == "on" and toks[k - 1].lower == "side":  # "led on the Chilean side by X"
            return states[0] if len(states) == 1 else None
        j -= 1
    return None


def _subject_acts_for(ctx: Context, names: Names, toks: list[Token], span: list[int]) -> Entity | None:
    """"X signed for Chile", "X, who spoke on behalf of Peru": the subject's verb's phrase."""
    from kg.extract.frames import load_frames

    heads = [k for k in span if not (min(span) <= toks[k].head <= max(span)) or toks[k].head == k]
    if not heads:
        return None
    t = toks[heads[0]]
    signing = load_frames().verbs_of("signing")
    verbs = [toks[t.head]] if t.dep in {"nsubj", "nsubjpass"} else []
    verbs += [c for c in toks[t.i + 1:t.i + 12] if c.head == t.i and c.dep == "relcl"]  # "X, who signed for A"
    for rel in verbs:
        for p in toks[rel.i + 1:rel.i + 10]:
            if p.head != rel.i or p.dep != "prep":
                continue
            if p.lower == "for" and rel.lemma in signing:
                state = _state_object(ctx, names, toks, p)
            elif p.lower == "on" and p.i + 2 < len(toks) and toks[p.i + 1].lower == "behalf" and toks[p.i + 2].lower == "of":
                state = _state_object(ctx, names, toks, toks[p.i + 2])
            else:
                continue
            if state is not None:
                return state
    return None


def _state_object(ctx: Context, names: Names, toks: list[Token], prep: Token) -> Entity | None:
    """The state a preposition's object names ("for Chile", "for the Chilean side"), or whose
    government it names ("on behalf of the Swedish government")."""
    for c in toks[prep.i + 1:prep.i + 6]:
        f = names.at.get(c.i)
        if f is not None:
            if f.entity.type == "Organization" and _GOVERNMENT.search(f.entity.label):
                named = states_in_name(ctx, f.entity)  # "the Government of Spain", its state named nowhere else
                return ctx.country_of(f.entity) or (named[0] if len(named) == 1 else None)
            return f.entity if f.entity.type == "State" else None
        if c.pos in {"VERB", "AUX", "ADP"} and c.i > prep.i + 1:
            return None
    return None


#: verbs whose subject sends their object in its stead: "Y will send X", "Y dispatched X"
_SENDING = frozenset({"send", "dispatch"})

#: verbs of going that say with whom: "travelling with Y", "flew in with Y"
_GOING_WITH = frozenset({"travel", "fly", "come", "go", "arrive", "jet", "land", "be"})


def companion_state(ctx: Context, names: Names, h: Holding) -> Entity | None:
    """The state served by the one the holder goes along with, where the article says it."""
    toks = names.toks
    span = [k for k, f in names.at.items() if f is h.person]
    heads = [k for k in span if not (min(span) <= toks[k].head <= max(span)) or toks[k].head == k] if span else []
    if not heads:
        return None
    t = toks[heads[0]]
    led: list[Token] = []
    for v in [toks[t.head]] * (t.dep == "nsubj") + [c for c in toks[t.i + 1:t.i + 12] if c.head == t.i and c.dep == "relcl"]:
        if v.lemma == "accompany":  # "X, who accompanied Y"
            led += [c for c in toks[v.i + 1:v.i + 8] if c.head == v.i and c.dep == "dobj"]
        elif v.lemma in _GOING_WITH:  # "X, who is travelling with Y"
            for p in toks[v.i + 1:v.i + 8]:
                if p.head == v.i and p.dep == "prep" and p.lower == "with":
                    led += [c for c in toks[p.i + 1:p.i + 8] if c.head == p.i and c.dep == "pobj"]
    sent = t.dep == "dobj" and toks[t.head].lemma in _SENDING
    if sent:  # "Y will send Foreign Minister X": X goes for Y
        from kg.extract.syntax import surface_subject
        from kg.extract.tree import document_tree

        # (the subject given or shared: "X is preparing a trip and will send Y")
        led += [toks[k] for k in surface_subject(document_tree(ctx.doc), t.head)]
    while (t.dep == "conj" or t.dep == "nmod" and (o := names.at.get(t.head)) is not None and o.entity.type == "Person") \
            and t.head != t.i:
        t = toks[t.head]  # "accompanied by A and B": each of the list (the parser may make A a modifier of B)
    by = toks[t.head] if t.dep == "pobj" else None
    v = toks[by.head] if by is not None and by.lower == "with" else t
    while v.dep in {"npadvmod", "pobj", "prep"} and v.head != v.i:
        v = toks[v.head]  # "flew to Lima on Monday with X": the parser may hang it on a noun of the verb's
    if v is not t and v.lemma in _GOING_WITH | {"visit"}:  # "Y arrived in Z with X": the one who goes, X along
        led += [c for c in toks[max(0, v.i - 12):v.i] if c.head == v.i and c.dep == "nsubj"]
    if by is not None and by.dep == "agent" and toks[by.head].lemma == "accompany":
        v = toks[by.head]  # "Y, accompanied by X,": the noun the participle hangs on, or the passive's subject
        led += [toks[v.head]] if v.dep == "acl" else [c for c in toks[max(0, v.i - 12):v.i] if c.head == v.i
                                                      and c.dep == "nsubjpass"]
    from kg.extract.facts.owner_entities import known_state

    # "Chile's president, X, was accompanied by ...": a title named by its apposition
    led += [a for c in led for a in toks[c.i + 1:c.i + 8] if a.head == c.i and a.dep == "appos"]
    for c in led:
        f = names.at.get(c.i) or names.pronoun_at.get(c.i)
        if f is not None and f.entity.type == "State" and sent:
            return f.entity  # "Chile will send its foreign minister, X"
        if f is None or f.entity.type != "Person" or f.entity is h.person.entity:
            continue
        state = ctx.doc.annotations.get("office_state", {}).get(f.entity.key) or ctx.country_of(f.entity) \
            or known_state(ctx, f.entity)
        if state is not None:
            return state
    return None
