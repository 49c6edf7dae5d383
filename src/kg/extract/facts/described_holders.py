"""A person named and then called by a state's office: "When X flew into Y, the Australian foreign
minister presented ...", "X was absent. The White House said the American president ...".

News names a person and then, for variety, calls them by their office with its state and no name.
The description is theirs when it follows the person's name in the same sentence or the next and
no other person is named between the start of that window and the description.
"""
from __future__ import annotations

from kg.extract.context import Context, Found
from kg.extract.facts.owners import Holding, Names, named_owner
from kg.extract.nlp import Token, sentence_bounds
from kg.extract.title_phrase import Title


def described_holders(ctx: Context, names: Names, s: int, titles: list[Title], held: list[Holding],
                      toks: list[Token]) -> list[Holding]:
    """Holdings of the sentence's unattached definite titles a state owns ("the Russian
    president") by the one person named just before them."""
    attached = {id(h.title) for h in held}
    out: list[Holding] = []
    for t in titles:
        if id(t) in attached or not _definite_state_title(t, toks) or not _told_about(toks, t.head):
            continue
        lo = sentence_bounds(ctx.doc, s - 1)[0] if s > 0 else sentence_bounds(ctx.doc, s)[0]
        named = names.people(lo, t.start)
        if len({f.entity.key for _, _, f in named}) != 1 or not any(_subject(toks, a, b) for a, b, _ in named):
            continue
        person: Found = named[0][2]
        h = Holding(person, t, "described")
        owner = named_owner(ctx, names, h, toks)
        if owner is None or owner.type != "State":
            continue
        known = ctx.doc.annotations.get("office_state", {}).get(person.entity.key)
        if known is not None and known is not owner:
            continue  # a person the article already gives another state is not this state's officer
        h.owner = owner
        out.append(h)
    return out


def titled_elsewhere(h: Holding, holdings) -> bool:
    """Does the article title this person itself, or give this state's office to someone else
    ("Chinese President Y")? Then the description is not read as this person's office."""
    words = h.title.label.casefold().split()
    return any(o.person.entity is h.person.entity or o.owner is h.owner and o.title.label.casefold().split() == words
               for _, o in holdings)


#: what a clause is about: its subject, or a copula's complement ("the absentee will be X")
_TOPIC = frozenset({"nsubj", "nsubjpass", "attr"})


def _subject(toks: list[Token], a: int, b: int) -> bool:
    """Is the name in tokens a..b its clause's subject (what the description goes on about)?"""
    for k in range(a, b):
        t = toks[k]
        if not a <= t.head < b or t.head == k:  # the name's head word
            j = k
            while toks[j].dep == "conj" and toks[j].head != j:  # "A and X flew in": X shares A's part
                j = toks[j].head
            return toks[j].dep in _TOPIC
    return False


def _told_about(toks: list[Token], k: int) -> bool:
    """Is the description what its clause is about (its subject, or the subject's possessor: "the
    Chilean president('s plane) arrived")? One a verb or preposition acts on is someone the person
    deals with ("X met the Austrian chancellor", "was received by the Peruvian president")."""
    t = toks[k]
    while t.dep == "conj" and t.head != t.i:
        t = toks[t.head]
    if t.dep == "poss" and t.head != t.i:
        t = toks[t.head]
    return t.dep in {"nsubj", "nsubjpass"}


def _definite_state_title(t: Title, toks: list[Token]) -> bool:
    """"the Russian president", "the Australian foreign minister": a definite, present, singular
    office with its state's word before it and no name, pronoun or counterpart."""
    if t.former or t.planned or t.descriptive or t.plural or t.generic or t.counterpart or t.local \
            or t.organisational or t.legislative or t.pronoun is not None or not t.owner_before:
        return False
    return toks[t.start].lower == "the" and t.start not in t.owner_before
