"""Members listed right beside an organisation's name: "the Gulf Cooperation Council (Saudi Arabia,
Kuwait, Qatar, Bahrain, Oman and the UAE)" and, fronted, "of the bloc's ten members, A and B
objected". Read by :func:`kg.extract.facts.members.members`."""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.extract.nlp import Token
from kg.extract.tree import is_partitive
from kg.model import Entity

#: What may stand between the names of a bracketed list of members.
_LIST_WORDS = frozenset({",", "and", "the", "&", ";"})


def bracketed(ctx: Context, toks: list[Token]) -> Iterator[tuple[int, Entity, list[Entity]]]:
    """(sentence, organisation, states) for each organisation's name followed by a bracket holding
    nothing but two or more states: the organisation's members, listed."""
    resolver = ctx.resolver
    for s in range(len(ctx.doc.sentences)):
        for f in ctx.found(s, "InternationalOrganization"):
            after = next((t for t in ctx.tokens(s) if t.start >= f.end), None)
            if after is None or after.text != "(":
                continue
            states: list[Entity] = []
            for t in toks[after.i + 1:after.i + 40]:
                if t.text == ")" or t.sent != after.sent:
                    break
                found = resolver.found_at(t.i)
                if found is not None and found.entity.type == "State":
                    if found.entity not in states:
                        states.append(found.entity)
                elif t.lower not in _LIST_WORDS:
                    states = []
                    break
            else:
                states = []
            if len(states) > 1:
                yield s, f.entity, states


def fronted_partitive(resolver, toks: list[Token], m: Match) -> list[Entity]:
    """"Of the bloc's ten members, A and B objected", "Among the alliance's members, only A ...": the
    subject of the clause a fronted "of"/"among" phrase on the member noun opens."""
    t = m.trigger
    if t.dep != "pobj" or t.tag not in {"NNS", "NNPS"}:
        return []
    prep = toks[t.head]
    verb = prep.head
    if prep.lower in {"of", "among"} and prep.dep == "prep" and verb < prep.i and _ranked_among(toks, toks[verb], prep):
        verb = toks[verb].head  # "A and B are the largest economies among the bloc's members"
        return [e for c in toks[max(0, verb - 12):verb] if c.head == verb and c.dep == "nsubj"
                for j in resolver.tree.conjuncts(c.i) for e in resolver.entities(j, ("State",))]
    if prep.lower not in {"of", "among"} or prep.dep != "prep" or verb <= prep.i or toks[verb].pos not in {"VERB", "AUX"}:
        return []
    return [e for c in toks[prep.i:verb] if c.head == verb and c.dep in {"nsubj", "nsubjpass"}
            for j in resolver.tree.conjuncts(c.i) for e in resolver.entities(j, ("State",))]


def _ranked_among(toks: list[Token], word: Token, prep: Token) -> bool:
    """Is ``word`` the complement of "be" that ranks its subject among the members the phrase
    ``prep`` opens ("the largest of", "one of", any "among"), not a relation to them ("partner of")?"""
    if word.dep not in {"attr", "acomp"} or toks[word.head].lemma not in {"be", "remain"}:
        return False
    if prep.lower == "among" or is_partitive(word):
        return True
    # "the most populous of": an adjective graded to the top, not a noun ("the biggest partner of")
    return word.pos == "ADJ" and any(c.head == word.i and c.tag == "RBS" for c in toks[max(0, word.i - 3):word.i])


#: verbs of a relative clause on the member noun that go on to list members
_LISTING_VERBS = frozenset({"count", "include", "comprise"})


def listed_in_relative(resolver, toks: list[Token], t: Token) -> list[Entity]:
    """"the six members of the bloc, which also counts A, B and C": the states the relative clause
    on the member noun lists (the parser hangs "which" on the noun, not the organisation)."""
    return [e for c in toks[t.i + 1:t.i + 12] if c.head == t.i and c.dep == "relcl" and c.lemma in _LISTING_VERBS
            for o in toks[c.i + 1:c.i + 4] if o.head == c.i and o.dep == "dobj"
            for k in resolver.tree.conjuncts(o.i) for e in resolver.entities(k, ("State",))]
