"""People named by what they lead, ride in or are (reference resolution, kg.extract.reference):
"a delegation led by X", "the plane carrying X", "the Kenyan leader", "X is the first leader to",
"the head of state", "the Indian prime minister", "the Pakistani and Russian defence ministers"."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.reference_scope import title_words
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.reference import Resolver

#: Verbs whose complement names their subject again ("X became the first leader to ...").
_COPULAS = frozenset({"be", "become", "remain"})
#: Verbs by which a group or a vehicle stands for the person in it: "a delegation led by X",
#: "the plane carrying X".
_LEADING = frozenset({"lead", "head"})
_CARRYING = frozenset({"carry", "transport", "bring", "fly"})


def predicate_subject(r: Resolver, k: int, depth: int) -> list[Entity]:
    """"X is the first leader to visit Y", "X became the only minister to attend": the predicate's
    noun is its subject (a person: "the leader of a country that ..." is no state)."""
    t = r.toks[k]
    if t.dep != "attr" or t.pos != "NOUN" or r.toks[t.head].lemma not in _COPULAS:
        return []
    return [e for c in r.tree.kids(t.head, "nsubj") for e in r._one(c, frozenset({"Person"}), depth + 1)]


def led_or_carried(r: Resolver, k: int, depth: int) -> list[Entity]:
    """"a delegation led by X", "the plane carrying X": the person the group or vehicle is
    there for, as a person (not the state a serving noun stands for)."""
    out: list[Entity] = []
    for c in r.tree.kids(k, "acl"):
        verb = r.toks[c]
        if verb.lemma in _LEADING and verb.tag == "VBN":
            people = [o for a in r.tree.kids(c, "agent") for o in r.tree.kids(a, "pobj")]
        elif verb.lemma in _CARRYING and verb.tag == "VBG":
            people = r.tree.kids(c, "dobj")
        else:
            continue
        out += [e for o in people for e in r._one_conj(o, frozenset({"Person"}), depth + 1)]
    return list(dict.fromkeys(out))


def leader(r: Resolver, k: int) -> list[Entity]:
    """"the Kenyan leader", "Chile's leader": the one person the article gives a leading office
    (lexicon ``leader_offices``) of that state."""
    owners = {e.key for e in r._owners(k, frozenset({"State"}), 0)}
    if len(owners) != 1:
        return []
    holders = {person for person, office, of in r.offices
               if of in owners and office.lower() in r.ctx.lexicon.leader_offices}
    return [r.ctx.doc.entities[holders.pop()]] if len(holders) == 1 else []


#: What "the head of state" and "the head of government" may hold.
_HEADS = {"state": ("president", "king", "queen", "emir", "sultan", "emperor", "monarch", "supreme leader"),
          "government": ("prime minister", "premier", "chancellor", "taoiseach")}


def head_of(r: Resolver, k: int) -> list[Entity]:
    """"the head of state", "Poland's head of government": the person the article gives such an
    office (of that state, when the phrase names one); of several, the one named last before."""
    kind = [r.toks[o].lower for p in r.tree.kids(k, "prep") if r.toks[p].lower == "of" for o in r.tree.kids(p, "pobj")]
    if r.toks[k].lower != "head" or len(kind) != 1 or kind[0] not in _HEADS:
        return []
    owners = {e.key for e in r._owners(k, frozenset({"State"}), 0) if e.type == "State"}
    holders = {person for person, office, of in r.offices
               if office.lower() in _HEADS[kind[0]] and (not owners or of in owners)}
    if len(holders) == 1:
        return [r.ctx.doc.entities[holders.pop()]]
    s, start = r.toks[k].sent, r.toks[k].start
    for i in range(s, -1, -1):
        named = [f.entity for f in r.ctx.found(i, "Person") if f.entity.key in holders and (i < s or f.end <= start)]
        if named:
            return [named[-1]]
    return []


def title_holder(r: Resolver, k: int) -> list[Entity]:
    """"the Indian prime minister", "the president", "his guest": the person the article
    gives that office (of that owner, when the phrase names one)."""
    if not r.offices:
        return []
    if r.toks[k].tag == "NNS":
        return _titles_holders(r, k)
    words = title_words(r.ctx, r.tree, r.at_token, k)
    if not words:
        return []
    owner_keys = {e.key for e in r._owners(k, frozenset({"State", "InternationalOrganization", "Organization",
                                                             "Legislature"}), 0)}
    # "the US defence chief": the portfolio's holder, whatever its office noun ("Defence Secretary")
    titles = r.ctx.lexicon.titles
    if len(words) > 1 and words[-1] in titles.portfolio_heads and (rest := [w for w in words[:-1] if w not in titles.grades]):
        words = rest
    holders = []
    for person, office, of in r.offices:
        office_words = set(re.findall(r"[a-z]+", titles.spellings.get(office.lower(), office.lower())))
        if {titles.spellings.get(w, w) for w in words} <= office_words and (not owner_keys or of in owner_keys):
            holders.append(person)
    holders = list(dict.fromkeys(holders))
    if len(holders) == 1:
        return [r.ctx.doc.entities[holders[0]]]
    if len(holders) > 1:  # the one named last before this point
        s = r.toks[k].sent
        for i in range(s, -1, -1):
            named = [f.entity for f in r.ctx.found(i, "Person") if f.entity.key in holders
                     and (i < s or f.end <= r.toks[k].start)]
            if named:
                return [named[-1]]
    return []


def _titles_holders(r: Resolver, k: int) -> list[Entity]:
    """"the Pakistani and Russian defence ministers": for each state the phrase names, the one
    person the article gives that office of it."""
    t = r.toks[k]
    if r.ctx.lexicon.office(t.lemma) is None:
        return []
    words = {t.lemma} | {r.toks[c].lower for c in r.tree.kids(k, "compound", "amod")
                         if c not in r.at_token and r.toks[c].lower.isalpha()}
    # the states the phrase names before its head, also where the parser hung them on a modifier
    # ("the Russian and Pakistani defence ministers": "Russian" on "defence")
    owners = list(dict.fromkeys(f.entity for i in r.tree.subtree(k) if i < k and (f := r.at_token.get(i)) is not None
                                and f.entity.type == "State"))
    # "the defence ministers of Chile and Peru": the states of its "of" phrase
    owners += [f.entity for p in r.tree.kids(k, "prep") if r.toks[p].lower == "of" for o in r.tree.kids(p, "pobj")
               for c in r.tree.conjuncts(o) if (f := r.at_token.get(c)) is not None and f.entity.type == "State"
               and f.entity not in owners]
    out: list[Entity] = []
    exact = 0
    for owner in owners if len(owners) > 1 else []:
        held = [(p, set(re.findall(r"[a-z]+", office.lower()))) for p, office, of in r.offices if of == owner.key]
        holders = list(dict.fromkeys(p for p, office in held if words <= office))
        exact += len(holders) == 1
        if not holders:  # "the energy ministers of A and B", B's being its electricity minister: its one minister
            holders = list(dict.fromkeys(p for p, office in held if t.lemma in office))
        if len(holders) != 1:
            return []  # each state's holder, or none: not half of them
        out.append(r.ctx.doc.entities[holders[0]])
    return out if exact else []


#: Plural nouns that name people by any office: "the two leaders" by a leading one where the article gives one.
_ANY_OFFICE = frozenset({"leader", "man", "head", "counterpart"})


def noun_of(r: Resolver, k: int) -> str:
    """A noun's lemma, a capitalised plural's too ("the two Ministers": the tagger keeps "ministers")."""
    t = r.toks[k]
    return t.lemma[:-1] if t.tag == "NNPS" and t.lemma.endswith("s") and t.lemma == t.lower else t.lemma


def pair_holders(r: Resolver, k: int, states: list[Entity]) -> list[Entity]:
    """"the two leaders", "both ministers", "the three presidents": for each state the passage pairs,
    its person holding an office the noun names (a minister's for "ministers", a leading office for
    "leaders" where one is given), the one named last before the phrase where several are."""
    lemma = noun_of(r, k)
    out: list[Entity] = []
    for state in states:
        held = [(p, office.lower()) for p, office, of in r.offices if of == state.key]
        if lemma in _ANY_OFFICE:
            leading = [p for p, office in held if office in r.ctx.lexicon.leader_offices]
            # "the two leaders" are no foreign ministers; "the two men" may be anyone holding an office
            keys = leading or ([p for p, _ in held] if lemma != "leader" else [])
        else:
            keys = [p for p, office in held if lemma in re.findall(r"[a-z]+", office)]
        keys = list(dict.fromkeys(keys))
        if len(keys) > 1:
            s, start = r.toks[k].sent, r.toks[k].start
            named = [f.entity.key for i in range(s + 1) for f in r.ctx.found(i, "Person")
                     if f.entity.key in keys and (i < s or f.end <= start)]
            keys = named[-1:] or keys[:1]
        out += [r.ctx.doc.entities[p] for p in keys if p in r.ctx.doc.entities]
    return out


def office_group(r: Resolver, k: int, n: int) -> list[Entity]:
    """"the two prime ministers" where the passage pairs no states ("A of X and B of Y signed a treaty ... A said ...,
    while B said ... The two presidents also signed ..."): the n people the two sentences before the phrase
    (and its own words before it) name holding an office the noun names, when exactly n of different states
    are; the noun "leader" any leading office."""
    lemma, s, start = noun_of(r, k), r.toks[k].sent, r.toks[k].start
    leading = r.ctx.lexicon.leader_offices
    holders = {p: of for p, office, of in r.offices
               if (office.lower() in leading if lemma == "leader" else lemma in re.findall(r"[a-z]+", office.lower()))}
    named = list(dict.fromkeys(f.entity.key for i in range(max(0, s - 2), s + 1) for f in r.ctx.found(i, "Person")
                               if f.entity.key in holders and (i < s or f.end <= start)))
    if len(named) != n or len({holders[p] for p in named}) != n:
        return []
    return [r.ctx.doc.entities[p] for p in named if p in r.ctx.doc.entities]


def states_held(r: Resolver, held: list[Entity]) -> list[Entity]:
    """The state each person holds an office of, when each holds one of exactly one state, else none."""
    out = []
    for p in held:
        states = {of for q, _, of in r.offices if q == p.key and getattr(r.ctx.doc.entities.get(of), "type", None) == "State"}
        if len(states) != 1:
            return []
        out.append(r.ctx.doc.entities[states.pop()])
    return out if len(set(out)) == len(out) else []


#: Words that keep an uncounted plural from naming every holder in view: its own owners and limits.
_NARROWING = frozenset({"poss", "nummod", "prep", "relcl", "acl", "appos", "nmod"})
#: Words by which the plural names others than the holders in view ("the former presidents").
_NOT_NOW = frozenset({"former", "other", "previous", "late", "future", "new", "next", "past"})


def uncounted_holders(r: Resolver, k: int) -> list[Entity]:
    """"The presidents signed ...", "the foreign ministers then met": an uncounted definite plural of an
    office names the people the passage (its sentence before the phrase and the two before) names
    holding that office, one each of two or more states (where a state has two, none is told)."""
    t = r.toks[k]
    kids = [r.toks[c] for c in r.tree.children[k]]
    if t.tag not in {"NNS", "NNPS"} or not any(c.dep == "det" and c.lower == "the" for c in kids) \
            or any(c.dep in _NARROWING and not _aside(r, k2) or c.lower in _NOT_NOW or k2 in r.at_token
                   for c, k2 in zip(kids, r.tree.children[k])):
        return []
    lemma, s, start = noun_of(r, k), t.sent, t.start
    leading = r.ctx.lexicon.leader_offices
    holders: dict[str, list[str]] = {}
    for p, office, of in r.offices:
        if office.lower() in leading if lemma == "leader" else lemma in re.findall(r"[a-z]+", office.lower()):
            holders.setdefault(p, []).append(of)
    named = list(dict.fromkeys(f.entity.key for i in range(max(0, s - 2), s + 1) for f in r.ctx.found(i, "Person")
                               if f.entity.key in holders and (i < s or f.end <= start)))
    states = [holders[p][0] for p in named if len(set(holders[p])) == 1]
    if len(named) < 2 or len(states) != len(named) or len(set(states)) != len(states):
        return []
    return [r.ctx.doc.entities[p] for p in named if p in r.ctx.doc.entities]


def _aside(r: Resolver, k: int) -> bool:
    """Is the clause at k set off by a comma ("the ministers, who had met twice, signed"), saying
    more of the whole group rather than picking some of it?"""
    first = min(r.tree.subtree(k))
    return r.toks[k].dep in {"relcl", "acl"} and first > 0 and r.toks[first - 1].text == ","
