"""The state a title's owner is when neither the phrase nor the person says it: the one the
sentence places the person in, else the one the person's other sentences name, else the state the
article is plainly about (:func:`implied_owner`, the last resort of
:func:`kg.extract.facts.owners.inferred_owner`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context, Found, head_token, role
from kg.extract.facts.acted_on import acted_on, dealt_with
from kg.extract.facts.common import located, preceded_by
from kg.extract.facts.owner_entities import dateline_state, dominant_state
from kg.extract.facts.sole_owner import sole_state
from kg.extract.nlp import Token
from kg.extract.reference_scope import noun_of_states
from kg.extract.tree import clause_of, document_tree
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.facts.owners import Holding, Names


def implied_owner(ctx: Context, names: Names, s: int, h: Holding, holdings) -> Entity | None:
    """A state office with no owner named ("Prime Minister X visited Budapest"): the state the
    sentence places the person in (by name, or a city where things happen and the person does
    not travel to) when one stands out (of states that tie, the one whose legislature the article
    names); else the one state the person's other sentences place them in ("Chancellor X hosted
    ... . X said Germany would ..."); else the state the article is plainly about (filed from, named
    most, or whose legislature it names most)."""
    placed, tie, away, spoken = _placed_in(ctx, names, s, h, holdings)
    chamber = _chamber_state(ctx)
    if tie and chamber is not None and chamber.key not in away and chamber in ctx.unique(ctx.states(s)):
        return chamber  # "A's constitution forbids it, a charge the defence minister, X, rejected" (A's parliament)
    if tie and placed is None:
        # "LONDON - Britain and Japan signed ..., a pact Prime Minister X called historic": a report
        # names the officials of the state it is filed from without their state
        dateline = dateline_state(ctx)
        if dateline is not None and dateline.key not in away and dateline in ctx.unique(ctx.states(s)):
            return dateline
    if placed is not None or tie:
        return placed
    told = {e.key: e for e in _spoken_for(ctx, names, h)}
    if len(told) == 1:
        return next(iter(told.values()))
    dateline = dateline_state(ctx)
    if dateline is not None and dateline.key in spoken:
        return dateline  # "COLOMBO - ... Spokesman X said the deal binds India and Sri Lanka"
    # none, or only others' (where the person goes, whose officials they meet): the article's, first
    # the state it is filed from (a report names its own state's officials bare, a foreigner with a
    # state, however often it names another: "COLOMBO - ... Chinese loans ... Finance Minister X"),
    # then the one it names most; its legislature's when it is filed from there too, or when nothing else says
    homes = [chamber] * (chamber is dateline) + [dateline, dominant_state(ctx), chamber]
    went = _travelled_to(ctx, names, h)  # "X begins a visit to Peru ... President X": never Peru's
    return next((e for e in homes if e is not None and e.key not in away | went), None) or sole_state(ctx, names, h, holdings)


def _travelled_to(ctx: Context, names: Names, h: Holding) -> set[str]:
    """The states any sentence has the person arrive in, visit or travel to (or to a city of)."""
    out: set[str] = set()
    for s in sorted({names.toks[k].sent for k, f in [*names.at.items(), *names.pronoun_at.items()]
                     if f.entity is h.person.entity}):
        for f in [*ctx.states(s), *ctx.found(s, "Place")]:
            state = f.entity if f.entity.type == "State" else ctx.country_of(f.entity)
            if state is not None and state.key not in out and _arrives_in(ctx, s, h.person, f):
                out.add(state.key)
    return out


def _chamber_state(ctx: Context) -> Entity | None:
    """The state whose legislature the article names, at least twice as often as any other's: a
    passage on a parliament's business is on that state's politics, and an official it names with
    no state is that state's."""
    counts: dict[str, int] = {}
    states: dict[str, Entity] = {}
    for m in ctx.doc.mentions:
        e = ctx.doc.entities.get(m.entity) if m.entity else None
        c = ctx.country_of(e) if e is not None and e.type == "Legislature" else None
        if c is not None:
            counts[c.key] = counts.get(c.key, 0) + 1
            states[c.key] = c
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] < 2 * ranked[1]:
        return None
    return states[max(counts, key=counts.__getitem__)]


#: verbs of speech: "X said Germany would ..." speaks for Germany
_SPEECH = frozenset({"say", "tell", "announce", "insist", "add", "warn", "stress", "pledge", "promise", "vow",
                     "declare", "state", "confirm", "argue"})


def _spoken_for(ctx: Context, names: Names, h: Holding) -> list[Entity]:
    """The states the person speaks for anywhere in the article: the subject of what they say
    ("X said Germany would not send tanks", "X told reporters that Chile wanted a deal")."""
    toks = names.toks
    out: list[Entity] = []
    for k, f in [*names.at.items(), *names.pronoun_at.items()]:
        t = toks[k]
        if f.entity is not h.person.entity or t.dep != "nsubj" or toks[t.head].lemma not in _SPEECH:
            continue
        for c in toks[t.head:t.head + 40]:
            if c.head != t.head or c.dep != "ccomp":
                continue
            for d in toks[max(0, c.i - 12):c.i]:
                g = names.at.get(d.i)
                if d.head == c.i and d.dep == "nsubj" and g is not None and g.entity.type == "State" and g.entity not in out:
                    out.append(g.entity)
    return out


def _placed_in(ctx: Context, names: Names, s: int, h: Holding, holdings) -> tuple[Entity | None, bool, set[str], set[str]]:
    """The state sentence s places the person in, whether its states tie, the states it says
    are others' (whose officials the person meets, where the person goes), and those named only
    in what the person's clause reports."""
    from kg.extract.facts.owners import owner_after_name  # owners reads this module

    score: dict[str, float] = {}
    ents: dict[str, Entity] = {}
    # "X and US Treasury Secretary Y": a state named as another's owner is not X's
    # ("President Y of Chile received X": the owner named after another's name too)
    away = {o.owner.key for s2, o in holdings if s2 == s and o.owner is not None and o.person.entity is not h.person.entity
            and (o.title.owner_before or o.title.owner_after
                 or owner_after_name(ctx, names, o, names.toks) is o.owner and _list_top(names, o) != _list_top(names, h))
            and o.owner.type == "State"}
    # "with Chilean General X": the same, for a person named without an office
    away |= {f.entity.key for f in ctx.states(s) if _others_state(ctx, names, f, h) == "person"}
    if len(away) > 1:
        away = set()  # "A's minister and B's minister signed, after remarks by President X": X is of one of them
    # "X hosted Chile's president and the Peruvian foreign minister": officials the person acts on are others'
    away |= _officials_met(names, s, h)
    away |= _counterparts_states(names, s, h)
    # where envoys are sent ("A's [ambassador] to B said X ..."), not one listed with the person ("signed by X and the US envoy to Ghana")
    beside = [o.title for s2, o in holdings if s2 == s and o is not h and _list_top(names, o) == _list_top(names, h)]
    toward = {k for t in [*(o.title for s2, o in holdings if s2 == s), *names.titles.get(s, [])] if all(t is not b for b in beside) for k in t.toward}
    own = _own_clauses(ctx, h)
    spoken: set[str] = set()
    for f in ctx.states(s):
        if tells_a_group(ctx, f):
            continue  # "the two U.S. allies": what the group is told by places no one there
        # "his first visit to the Peruvian capital", "met Chilean officials", "the envoy to Chile"
        if _arrives_in(ctx, s, h.person, f) or _covers(names, f, toward) or _others_state(ctx, names, f, h) == "group" \
                or dealt_with(names, f, h) or acted_on(names, f, h):  # "signed the deal with Chile", "urged Chile"
            away.add(f.entity.key)
        if _in_clauses(ctx, f, own):  # not "X said the migrants came from Libya": what X speaks of
            score.setdefault(f.entity.key, 0.0)
            ents[f.entity.key] = f.entity
        else:
            spoken.add(f.entity.key)
    for f in ctx.found(s, "Place"):
        c = ctx.country_of(f.entity)
        if c is None:
            continue
        ents[c.key] = c
        # "the pact with Paris", "talks with Lima": a city standing for the other side
        if _arrives_in(ctx, s, h.person, f) or _covers(names, f, toward) or preceded_by(ctx, s, f, {"with"}) \
                or acted_on(names, f, h):  # "accused Lima of meddling"
            away.add(c.key)
        elif _in_clauses(ctx, f, own):
            score[c.key] = score.get(c.key, 0.0) + (2.0 if located(ctx, s, f) else 0.5)
    for f in ctx.found(s, "Legislature", "ArmedForces"):  # "submitted it to the Sejm": Poland's
        c = ctx.country_of(f.entity)
        if c is not None:
            ents[c.key] = c
            score[c.key] = score.get(c.key, 0.0) + 0.5
    ranked = sorted(((v, k) for k, v in score.items() if k not in away), reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ents[ranked[0][1]], False, away, spoken
    return None, bool(ranked), away, spoken - away  # the states the sentence leaves the person in tie: no guess


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _own_clauses(ctx: Context, h: Holding) -> list[int]:
    """The clause the person is named in and every clause it hangs from, innermost first."""
    t = head_token(ctx, h.person)
    out: list[int] = []
    if t is None:
        return out
    tree = document_tree(ctx.doc)
    toks = tree.toks
    k = clause_of(tree, t.i)
    while k not in out:
        out.append(k)
        k = clause_of(tree, toks[k].head)
    return out


def _in_clauses(ctx: Context, f: Found, own: list[int]) -> bool:
    """Is a name in the person's clause, in a clause it hangs from, or in a clause without a
    subject of its own that hangs from one ("X, speaking in Y, said", "X flew on to visit Y")? A
    content clause ("X said the boats came from Y"; "noting that Y had joined, while X said ...",
    however the parser hangs it) tells what is said, and another clause with its own subject what
    another does, not where X stands."""
    t = head_token(ctx, f)
    if t is None or not own:
        return True
    tree = document_tree(ctx.doc)
    toks = tree.toks
    k = clause_of(tree, t.i)
    if k in own:
        return k == own[0] or toks[k].dep != "ccomp"
    if toks[k].dep == "conj" and clause_of(tree, toks[k].head) in own:
        return True  # "said that X had been consulted and that it bound Spain": one report
    seen: set[int] = set()
    while k not in own:
        if k in seen or toks[k].head == k or any(
                c.head == k and c.dep in _SUBJECTS for c in ctx.tokens(toks[k].sent)):
            return False
        seen.add(k)
        k = clause_of(tree, toks[k].head)
    return True


def _officials_met(names: Names, s: int, h: Holding) -> set[str]:
    """States owning the sentence's other titles that a verb or preposition acts on ("hosted
    Chile's president", "met the Peruvian foreign minister"), held by a named person or not."""
    toks = names.toks
    out: set[str] = set()
    for t in names.titles.get(s, []):
        if t is h.title or not _is_object(toks, toks[t.head]):
            continue
        for k in (t.owner_before or t.owner_after)[-1:]:
            f = names.at.get(k)
            if f is not None and f.entity.type == "State" and f.entity is not h.person.entity:
                out.add(f.entity.key)
    return out


def _counterparts_states(names: Names, s: int, h: Holding) -> set[str]:
    """"X and her Turkish counterpart": the state of the person's own counterpart is another's."""
    out: set[str] = set()
    for t in names.titles.get(s, []):
        ref = names.pronoun_at.get(t.pronoun) if t.counterpart and t.pronoun is not None else None
        if ref is None or ref.entity is not h.person.entity:
            continue
        for k in (t.owner_before or t.owner_after)[-1:]:
            f = names.at.get(k)
            if f is not None and f.entity.type == "State":
                out.add(f.entity.key)
    return out


def _others_state(ctx: Context, names: Names, f: Found, h: Holding) -> str | None:
    """Is the state named as the owner of another person ("with Chilean General X": "person") or
    of people the person is not one of ("met Chilean officials", "with the Chilean delegation":
    "group")?"""
    from kg.extract.frames import load_frames

    toks = names.toks
    people = load_frames().representative - _PLACE_NOUNS
    for k, g in names.at.items():
        if g is not f:
            continue
        head = toks[toks[k].head]
        if toks[k].dep not in {"amod", "poss", "compound", "nmod"}:
            continue
        named = head
        while names.at.get(named.i) is None and named.dep == "compound" and named.head != named.i:
            named = toks[named.head]  # "Chilean Brigadier General X": through the rank to the name
        other = names.at.get(named.i)
        if other is not None and other.entity.type == "Person" and other.entity is not h.person.entity:
            return "person"
        if names.at.get(head.i) is None and (head.lemma in people or head.lower in people) and _is_object(toks, head):
            return "group"
    return None


#: representative nouns that are places, not people ("the Chilean capital" is where, not whose)
_PLACE_NOUNS = frozenset({"capital", "city", "town", "port", "region", "province", "island", "state", "states",
                          "country", "countries", "nation", "nations"})


def _is_object(toks: list[Token], t: Token) -> bool:
    """Is the noun what a verb or preposition acts on (an object: "met X", "with X"), not a subject?"""
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    return t.dep in {"dobj", "pobj", "dative"}


def _covers(names: Names, f: Found, tokens: set[int]) -> bool:
    """Is the found name one of these tokens' names?"""
    return any(names.at.get(k) is f for k in tokens)


#: the visit frame's verbs whose subject stays at home: one who hosts, receives, sends or returns
_HOSTING = frozenset({"host", "receive", "welcome", "greet", "invite", "expect", "send", "dispatch", "despatch",
                      "return"})


def _arrives_in(ctx: Context, s: int, p: Found, place: Found) -> bool:
    """Does the person arrive in, visit or travel to the place (so it is not their country)?"""
    from kg.extract.frames import load_frames

    lemmas = load_frames().verbs_of("visit") - _HOSTING
    toks = ctx.tokens(s)
    # "where X is to receive his guest": a "be" with a verb to follow is that verb's, not a stay
    triggers = [t for t in toks if t.lemma in lemmas
                and not (t.lemma == "be" and any(c.head == t.i and c.dep == "xcomp" for c in toks))]
    if not triggers:
        return False
    visited = _visited_object(ctx, place, triggers)  # "is to visit Hanoi": the place the verb takes
    if not visited and not preceded_by(ctx, s, place, {"in", "to", "at", "into"}):
        return False
    mentions = [f for f in ctx.found(s, "Person") if f.entity is p.entity]  # "he", "his" too
    return any(role(ctx, f, t.i) in {"subject", "possessor"} or _governing_subject(ctx, f, t)
               for f in mentions for t in (visited or triggers))


def _visited_object(ctx: Context, place: Found, triggers: list[Token]) -> list[Token]:
    """The visit verbs whose direct object the place is ("visit Hanoi", "visit Hanoi, Vietnam")."""
    toks: list[Token] = ctx.doc.annotations["tokens"]
    t = head_token(ctx, place)
    if t is None:
        return []
    if t.dep == "appos" and t.head != t.i:
        t = toks[t.head]  # "Hanoi, Vietnam": the state beside the city the verb takes
    return [v for v in triggers if t.dep == "dobj" and t.head == v.i]


#: how a visit verb hangs under the verb whose subject travels: "is set to visit", "plans to fly",
#: "will on Friday travel", parsed as a noun after "on", and a visit noun a light verb takes ("began
#: a state visit to X", "pays a visit to X")
_GOVERNED = frozenset({"xcomp", "pobj", "prep", "dobj"})


def _governing_subject(ctx: Context, f: Found, trigger: Token) -> bool:
    """Is the person the subject of the verb the visit verb is governed by (through "to" infinitives
    or a misread "on Friday travel"), with no other subject on the way ("X said Y would visit" is Y's)?"""
    toks: list[Token] = ctx.doc.annotations["tokens"]
    t = head_token(ctx, f)
    if t is None or t.dep not in {"nsubj", "nsubjpass"}:
        return False
    v = trigger
    for _ in range(3):
        if v.dep not in _GOVERNED or v.head == v.i:
            return False
        if any(c.head == v.i and c.dep in {"nsubj", "nsubjpass"} for c in ctx.tokens(v.sent)):
            return False
        v = toks[v.head]
        if v.i == t.head:
            return True
    return False


def apposed_state(names: Names, h: Holding) -> Entity | None:
    """The state a demonym or possessive gives the noun the name stands beside ("his Sudanese host,
    President X", "President X, the Chilean visitor,"): whoever that noun is, the person is of it."""
    toks = names.toks
    span = names.tokens_of(h.person)
    k = _name_head(names, h)
    if k is None:
        return None
    t = toks[k]
    nouns = [toks[t.head]] * (t.dep == "appos" and t.head != t.i)
    nouns += [c for c in toks[t.i + 1:t.i + 8] if c.head == t.i and c.dep == "appos"]
    k = min(h.title.start, span.start)
    end = max(span) + 1
    if k >= 2 and toks[k - 1].text == "," and toks[k - 2].sent == t.sent and toks[k - 2].tag == "NN" \
            and end < len(toks) and toks[end].text == ",":
        nouns.append(toks[k - 2])  # "with his Sudanese host, President X, at his side", parsed otherwise
    for n in nouns:
        if n.pos != "NOUN" or n.i in names.at or any(o.start <= n.i < o.end for o in names.titles.get(t.sent, [])):
            continue  # a title beside the name is read as one ("the Chinese ambassador, X"); a named noun is another's
        for c in toks[max(0, n.i - 4):n.i]:
            f = names.at.get(c.i)
            if c.head == n.i and c.dep in {"amod", "compound", "poss", "nmod"} and f is not None \
                    and f.entity.type == "State":
                return f.entity
    return None


def tells_a_group(ctx: Context, f: Found) -> bool:
    """Does the state modify a noun of states ("the two U.S. allies", "Russia's neighbours"), not
    a noun of its own people or bodies ("the U.S. delegation")?"""
    t = head_token(ctx, f)
    if t is None or t.dep not in {"compound", "amod", "nmod", "poss"} or t.head == t.i:
        return False
    return noun_of_states(ctx.doc.annotations["tokens"][t.head])


def _list_top(names: Names, h: Holding) -> int | None:
    """The first item of the list the holder's name stands in ("A, B and C of Japan": A's token),
    else the name's own head: an owner after the last name is the whole list's."""
    toks = names.toks
    k = _name_head(names, h)
    if k is None:
        return None
    t = toks[k]
    while t.dep in {"conj", "appos"} and t.head != t.i:
        t = toks[t.head]
    return t.i


def _name_head(names: Names, h: Holding) -> int | None:
    """The token heading the holder's name in the parse."""
    toks = names.toks
    span = names.tokens_of(h.person)
    return next((k for k in span if toks[k].head not in span or toks[k].head == k), None)
