"""What a statistical tagger's span may name, and how a place is named: a person's name has no
lower-case word but its particles and is no lone "the X"; a title or a head noun alone names
nothing; an unknown place is named with its unit noun ("the Amur region"). Read by
:func:`kg.extract.mentions.find_mentions`."""
from __future__ import annotations

import re

from kg.extract.gazetteer_index import GazetteerIndex
from kg.extract.lexicon import Lexicon
from kg.extract.name_bounds import ADDRESS_MARKS, POSTNOMINALS, courtesy_run
from kg.extract.nlp import Token


def bare_head(lexicon: Lexicon, word: str) -> bool:
    """Is the word by itself one of the head nouns that type a name ("Navy", "Government")? A
    legislature's ("Senate", "Parliament") names the article's own body alone, and a facility's
    may be a site's own name ("the Kremlin", "the Pentagon")."""
    from kg.extract.frames import load_frames

    etype = lexicon.head_type(word)
    documents = load_frames().descriptions.get("Agreement", ())
    if etype is None and (word.lower() in documents or word[-1:] == "s" and word[:-1].lower() in documents):
        return True  # "an MoU", "the MoUs signed": documents, no one's name
    return etype not in {None, "Legislature", "Facility"} and word.lower() in lexicon.heads.get(etype, ())


def tidy_tail(phrase: str) -> str:
    """A tagger's span without what cannot end a name: an acronym's opening parenthesis, a
    connector ("the Centre for Islamic Studies of").

    >>> tidy_tail("Joint Committee (JC")
    'Joint Committee'
    >>> tidy_tail("Centre for Islamic Studies of")
    'Centre for Islamic Studies'
    """
    if phrase.count("(") > phrase.count(")"):
        phrase = phrase[:phrase.index("(")].rstrip()
    return re.sub(r"(?:\s+(?:of|and|for|the))+$", "", phrase)


#: The noun an administrative unit is named with ("the Amur region", "X province").
UNIT = re.compile(r" (?:region|province|oblast|governorate|prefecture|district|county)\b")


def unknown_place(name: str, lexicon: Lexicon, index: GazetteerIndex | None) -> bool:
    """A place known by its name alone (the gazetteer's "Guangdong", a region) keeps it: only an
    unknown one is named with its unit noun ("the Amur region")."""
    return name.lower() not in lexicon.regions and not (index is not None and index.match(name))


THE = re.compile(r"^the\s+", re.IGNORECASE)

#: Lower-case words a person's name may hold ("Mohammed bin Salman", "Ursula von der Leyen").
_NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos",
                   "du", "la", "le", "van", "von", "ter", "y", "e", "abu", "ould", "ben", "mac", "st", "zu"}


def titled_name(toks: list[Token], i: int, j: int, title_heads: frozenset[str], name_type=None) -> bool:
    """Do tokens i..j end with a title and the name after it ("Defence Minister Ana Ruiz")? Then
    "and" after them starts another name, however capitalised what follows ("and Army chief ...").
    Not when a head noun types the words ("General Agreement", "General Assembly")."""
    if name_type is not None and name_type(" ".join(t.text for t in toks[i:j])) is not None:
        return False
    return any(toks[k].lower in title_heads and toks[k + 1].lower not in title_heads
               and all(t.is_cap or t.lower in SURNAME_PARTICLES or t.text == "-" for t in toks[k + 1:j])
               for k in range(i, j - 1))


def personal_name(toks: list[Token], a: int, b: int) -> bool:
    """Can NER's span be a person's name? Not with a lower-case word that is no particle ("president
    pro tempore"), nor a lone word "the" opens that heads its own phrase ("the Quartet would meet";
    "the Trump administration" is a name used as a modifier)."""
    if any(t.text[:1].islower() and t.lower.strip(".-") not in _NAME_PARTICLES for t in toks[a:b]):
        return False
    return not (b - a == 1 and a > 0 and toks[a - 1].lower == "the" and toks[a].dep not in {"compound", "amod", "nmod", "poss"})


#: Particles that join a surname to the given name before it ("von der", "bin", "de la").
SURNAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "da", "de", "del", "della", "den", "der", "di", "dos",
                     "du", "la", "le", "ter", "van", "von", "zu"}


def particle_run(toks: list[Token], j: int) -> int:
    """How many particles open at token ``j`` and run, spaced, up to a capitalised word ("von der
    Leyen": 2); 0 when none do."""
    n = 0
    while j + n < len(toks) and toks[j + n].lower in SURNAME_PARTICLES and toks[j + n].ws:
        n += 1
    return n if n and j + n < len(toks) and toks[j + n].is_cap and toks[j + n].sent == toks[j].sent else 0


def _over_particles(toks: list[Token], i: int, end: int) -> int:
    """A person's span the tagger stopped at or inside a particle ends after the surname:
    "Ursula von der" + "Leyen", "Charles" + "de Gaulle"."""
    back = end
    while back > i + 1 and toks[back - 1].lower in SURNAME_PARTICLES:
        back -= 1  # the span ends on particles: read them again with the word after
    if back < end or toks[end - 1].is_cap:
        run = particle_run(toks, back)
        if run:
            return back + run + 1
    return end


def before_their_state(toks: list[Token], a: int, b: int, states: dict[int, int]) -> int:
    """Where a tagger's person span ends that ran on through "of" and a state ("Ana Ruiz of
    Chile", "Presidents X of A, Y of B"): before the "of", the state no word of the name. The
    span's end when it holds no such "of"."""
    for k in range(a + 2, b - 1):
        if toks[k].lower != "of":
            continue
        j = k + 1 + (toks[k + 1].lower == "the")
        if j < b and states.get(toks[j].start, -1) >= toks[b - 1].end:
            return k
    return b


#: A time of day, as a live report stamps its entries ("08:30 Clinton is due in X"): no word of a name.
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


#: Marks opening a list's item ("- X's trip comes as ..."): no word of the name after them.
_BULLETS = frozenset({"-", "\u2013", "\u2014", "\u2022", "*", "\u00b7"})


def ner_spans(toks: list[Token]) -> list[tuple[int, int, str]]:
    """The tagger's entities as (first token, end token, label)."""
    spans, i = [], 0
    while i < len(toks):
        if toks[i].ent_iob == "B":
            j = i + 1
            while j < len(toks) and toks[j].ent_iob == "I":
                j += 1
            end = j
            while end > i + 1 and toks[end - 1].text in {"'s", "\u2019s", "'"}:
                end -= 1  # "Tomas Ruud's": the possessive is not part of the name
            start = i
            while start < end - 1 and (toks[start].text in ADDRESS_MARKS or _CLOCK.fullmatch(toks[start].text)
                                       or toks[start].text in _BULLETS):
                start += 1  # "HE Khalid X": the form of address is no part of the name, nor a live report's "08:30", nor a list's bullet
            label = toks[i].ent_type
            styled = courtesy_run(toks, start)
            if styled and start + styled < end:
                start, label = start + styled, "PERSON"  # "the Hon X MP": only a person is styled so
            while end - 1 > start and toks[end - 1].text in POSTNOMINALS:
                end -= 1  # "X MP": the seat is no part of the name
            if label == "PERSON":
                end = _over_particles(toks, i, end)
            spans.append((start, end, label))
            i = max(j, end)
        else:
            i += 1
    return spans
