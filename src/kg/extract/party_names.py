"""Political parties named with their lower-case noun: "the ruling X party", "the governing Y Z
party" name the party X, Y Z (an Organization), and readers name it with its noun too (an alias),
whatever a tagger made of the words ("X" a person, "Y Z party" one name, or nothing)."""
from __future__ import annotations

import re

from kg.extract.nlp import Token
from kg.model import Document, Mention

#: up to four capitalised words, then the noun in lower case (not "the X Party", a name of its own)
_PARTY = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019.-]*\s){0,3}[A-Z][\w'\u2019-]*)\s(party)\b(?![-\w])")
#: words opening a sentence or a phrase that are no words of a name
_OPENERS = frozenset({"the", "his", "her", "its", "their", "a", "an", "this", "that", "ruling", "opposition",
                      "governing", "main", "new", "small", "former", "largest", "junior", "senior"})
#: types a name keeps whatever noun follows ("the Russian party" is Russia's, not a party's name)
_KEEPS = frozenset({"State", "Place", "InternationalOrganization", "Legislature", "ArmedForces"})


def name_parties(doc: Document, toks: list[Token], found: list[Mention]) -> None:
    """Each "X party" of the text as the party X, replacing what a finder made of its words."""
    text = doc.text
    starts = {t.start: t for t in toks}
    for match in _PARTY.finditer(text):
        start, end = match.start(1), match.end(1)
        words = match.group(1).split()
        while words and words[0].lower() in _OPENERS:  # "The X party", "Ruling X party" opening a line
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        if not words:
            continue
        first = starts.get(start)
        opens = first is not None and (first.i == 0 or toks[first.i - 1].sent != first.sent)
        if first is None or opens and len(words) == 1 and first.pos != "PROPN":
            continue  # "Opposition party leaders said": a word of the sentence, no name
        inside = [m for m in found if m.start < match.end(2) and start < m.end]
        if any(m.type in _KEEPS or m.qid or m.start < start or m.end > match.end(2) for m in inside):
            continue  # "the Russian party", a listed name, or a longer name running through it
        for m in inside:
            found.remove(m)
        phrase = text[start:end]
        found.append(Mention(start, end, phrase, "Organization", sentence=first.sent))
        doc.annotations.setdefault("noun_aliases", {})[(start, end)] = f"{phrase} party"
