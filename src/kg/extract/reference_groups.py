"""Counted group references to people where the article gives no office to pair them by: "the
two men", "both leaders", "the pair" are the people one clause before brought together ("A hosted
B. The two men ...", "A held talks with B, after which both men signed"), however the parser hung
them; a group word counts as its number does ("the pair" two, "the trio" three)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.number_words import COUNT_WORDS
from kg.extract.reference_people import noun_of
from kg.extract.syntax import VERBAL, surface_subject
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.reference import Resolver

#: singular nouns that count a group: "the pair signed", "the trio met"
GROUP_NOUNS = {"pair": 2, "duo": 2, "trio": 3}
#: words counting a plural noun's members ("the two leaders", "both men")
COUNTED = {**{w: n for w, n in COUNT_WORDS.items() if n > 1}, "both": 2}
#: nouns that may name anyone, whatever office they hold
_ANYONE = frozenset({"man", "woman", "pair", "duo", "trio", "counterpart", "head"})
#: the partners a verb takes besides its object: "held talks with B", "hosted B", "met B in"
_PARTNER_PREPS = frozenset({"with", "between"})


def count_of(r: Resolver, k: int) -> int:
    """How many a group phrase counts: "the two countries" 2, "the pair" 2, else 0."""
    t = r.toks[k]
    if t.lower in GROUP_NOUNS:  # (not "a pair of agreements": a count of things)
        kids = [r.toks[c] for c in r.tree.children[k]]
        return GROUP_NOUNS[t.lower] if any(c.dep == "det" for c in kids) and not any(
            c.dep == "prep" and c.lower == "of" for c in kids) else 0
    if bare_count(r, k):
        return COUNTED[t.lower]  # "the three signed": the number is the phrase
    if not t.tag.endswith("S") and t.lower != "both":
        return 0
    return max((COUNTED.get(r.toks[c].lower, 0) for c in r.tree.children[k]), default=0)


def bare_count(r: Resolver, k: int) -> bool:
    """Is the token at k a number standing for its group, "the two", "the three" (no noun after it)?"""
    t = r.toks[k]
    return t.pos == "NUM" and t.lower in COUNTED and t.dep in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"} \
        and any(r.toks[c].lower == "the" for c in r.tree.kids(k, "det"))


def _sentence(r: Resolver, s: int) -> list[int]:
    """The tokens of sentence s (indexed once per document)."""
    memo = r.tree.memo.setdefault("sentence tokens", {})
    if not memo:
        for t in r.toks:
            memo.setdefault(t.sent, []).append(t.i)
    return memo.get(s, [])


def clause_people(r: Resolver, s: int, before: int | None = None, kind: str = "Person") -> list[Entity]:
    """The people one clause of sentence s brings together: those in its subject phrase and its
    object or partner ("A met B", "A held talks with B", "A and B arrived" however the parser
    hung B). Only a clause naming two or more; before token ``before`` when it is in s."""
    for v in _sentence(r, s):
        if before is not None and v >= before:
            break
        if r.toks[v].pos not in VERBAL or r.toks[v].dep not in {"ROOT", "conj"}:
            continue
        heads = surface_subject(r.tree, v) + r.tree.kids(v, "dobj")
        heads += [o for p in r.tree.kids(v, "prep") if r.toks[p].lower in _PARTNER_PREPS for o in r.tree.kids(p, "pobj")]
        heads += [o for a in r.tree.kids(v, "agent") for o in r.tree.kids(a, "pobj")]  # "was chaired by A and B"
        for d in r.tree.kids(v, "dobj"):  # "held talks with B": the light verb's noun's partner
            heads += [o for p in r.tree.kids(d, "prep") if r.toks[p].lower in _PARTNER_PREPS
                      for o in r.tree.kids(p, "pobj")]
        people: list[Entity] = []
        for h in heads:
            for j in r.tree.subtree(h):
                f = r.at_token.get(j)
                if f is not None and f.entity.type == kind and f.entity not in people \
                        and (before is None or j < before):
                    people.append(f.entity)
        if len(people) >= 2:
            return people
    return []


def _fits(r: Resolver, noun: str, person: Entity) -> bool:
    """May the noun name this person? "the two men" anyone; "both ministers" no president: a
    person the article gives offices is named only by a noun one of them holds."""
    held = [office.lower() for p, office, _ in r.offices if p == person.key]
    if not held or noun in _ANYONE or noun in COUNTED:  # ("the two": anyone)
        return True
    if noun == "leader":
        return any(o in r.ctx.lexicon.leader_offices for o in held)
    return any(noun in re.findall(r"[a-z]+", o) for o in held)


def people_pair(r: Resolver, k: int, n: int | None = None) -> list[Entity]:
    """The people a plural reference at token k takes up: the clause before it in its sentence,
    else in the sentence before, that brought two or more together (exactly n when counted), each
    one the noun may name."""
    s, noun = r.toks[k].sent, noun_of(r, k)
    for i, before in ((s, k), (s - 1, None)):
        if i < 0:
            break
        people = [p for p in clause_people(r, i, before) if _fits(r, noun, p)]
        if people:
            return people if n is None or len(people) == n else []
    return []


#: What sets a list after the noun it spells out: "both chambers, A and B", "two parliaments - A and B".
_LISTING = frozenset({",", "-", "–", "—", ":"})


def listed_after(r: Resolver, k: int, types: frozenset[str]) -> list[Entity]:
    """"both legislatures, the A and the B", "the two houses - A and B": the names listed right after a
    counted noun, as many as it counts and of a wanted type, wherever the parser hung them."""
    n = count_of(r, k)
    end = max(r.tree.subtree(k)) + 1
    if not n or end + 1 >= len(r.toks) or r.toks[end].text not in _LISTING or r.toks[end + 1].sent != r.toks[k].sent:
        return []
    first = next((j for j in range(end + 1, min(end + 6, len(r.toks))) if j in r.at_token), None)
    if first is None or any(r.toks[j].pos not in {"DET", "PROPN", "ADJ"} for j in range(end + 1, first)):
        return []
    if r.at_token[first].entity.type not in types:
        return []
    # the names of that one kind up to the clause's end (the parser may hang the second on the first's place)
    span = range(first, next((j for j in range(first, len(r.toks)) if r.toks[j].sent != r.toks[k].sent
                              or r.toks[j].pos in {"VERB", "AUX"} or r.toks[j].text in {";", ".", ")"}), len(r.toks)))
    found = list(dict.fromkeys(f.entity for j in span if (f := r.at_token.get(j)) is not None
                               and f.entity.type == r.at_token[first].entity.type))
    return found if len(found) == n else []
