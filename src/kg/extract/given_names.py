"""A person named in full and later by the first word of the name alone: "Abiy" after "Abiy
Ahmed", "Isaias" after "Isaias Afwerki" (names whose bearers go by their first name, and names
written family name first, "Hun" after "Hun Manet").

Only a first word no other person of the article shares is read so, and only where nothing the
gazetteer knows is named by it: a word that is also a state's or a city's name stays that place.
"""
from __future__ import annotations

from kg.extract.joined_names import runs_on
from kg.extract.ner_spans import SURNAME_PARTICLES
from kg.extract.nlp import Token
from kg.model import Document, Mention

#: Shortest first word read alone as a name: shorter ones are initials or particles ("Al", "Jo").
_SHORTEST = 3


def _first_words(found: list[Mention]) -> set[str]:
    """First words of people's full names that no other person's name holds at any place."""
    owners: dict[str, set[str]] = {}
    for m in found:
        if m.type != "Person" or " " not in m.text:
            continue
        for w in m.text.split():
            owners.setdefault(w, set()).add(m.text)
    firsts = {m.text.split()[0] for m in found if m.type == "Person" and " " in m.text}
    return {w for w in firsts if len(owners[w]) == 1 and len(w) >= _SHORTEST and w[:1].isupper()
            and w[1:].islower() and w.lower() not in SURNAME_PARTICLES}


def given_names(doc: Document, toks: list[Token], found: list[Mention], add) -> None:
    """The first word of one person's full name, alone and capitalised, names that person; a
    statistical guess at it as some other thing (a place or body no gazetteer entry backs) gives way."""
    firsts = _first_words(found)
    if not firsts:
        return
    for t in toks:
        if t.text not in firsts or not t.is_cap or t.i + 1 < len(toks) and toks[t.i + 1].is_cap \
                and toks[t.i + 1].sent == t.sent:
            continue  # ("Abiy Ahmed" itself, or another name that opens with the word)
        guesses = [m for m in found if m.start == t.start and m.end == t.end and m.qid is None and m.type != "Person"]
        for m in guesses:
            found.remove(m)
        if not runs_on(doc.text, found, t.start, t.end):
            add(Mention(t.start, t.end, t.text, "Person", kind="alias", sentence=t.sent))
