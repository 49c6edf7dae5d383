"""Names a person's by their shape when the tagger saw no name there: an item of a list of
people each with their state ("Presidents A B of Chile, C D of Peru and E F of Bolivia", "the
presidents of Chile, A B, and Peru, C D"), and a capitalised name a title of office follows in
apposition ("A B, Minister of Defence of Chile,")."""
from __future__ import annotations

import itertools
from collections.abc import Callable

from kg.extract.lexicon import Lexicon
from kg.extract.name_bounds import ADDRESS_MARKS
from kg.extract.names import title_follows
from kg.extract.ner_spans import SURNAME_PARTICLES
from kg.extract.nlp import Token
from kg.extract.styled_names import courtesy_only
from kg.model import Document, Mention

#: the most words a listed name is read over
_LONGEST = 5


def people_listed_by_state(doc: Document, toks: list[Token], found: list[Mention],
                           add: Callable[[Mention], bool]) -> None:
    """Add each unread name of a list of "name of state" items that follows a person's item."""
    first = {t.start: t.i for t in toks}
    last = {t.end: t.i for t in toks}
    states = {m.start: m for m in found if m.type == "State"}
    people = {m.start: m for m in found if m.type == "Person"}
    for m in sorted((m for m in found if m.type == "Person"), key=lambda m: m.start):
        begin = first.get(m.start)
        if begin is not None and _after_state(toks, first, last, states, last.get(m.end, -2) + 1) is not None:
            _item_before(doc, toks, first, last, states, people, begin, add)
        end = last.get(m.end)
        while end is not None:
            end = _next_item(doc, toks, first, last, states, people, end + 1, add)


def _item_before(doc: Document, toks: list[Token], first: dict[int, int], last: dict[int, int],
                 states: dict[int, Mention], people: dict[int, Mention], k: int, add: Callable[[Mention], bool]) -> None:
    """The list's first item, before the person's item opening at token k ("his guests: A B of
    Chile, C D of Peru"): the name before its own "of" state and a comma."""
    j = k - 1
    if j < 1 or toks[j].text != ",":
        return
    s = next((m for m in states.values() if m.end == toks[j - 1].end), None)
    of = first.get(s.start, 0) - 1 if s is not None else -1
    of -= of > 0 and toks[of].lower == "the"
    if of < 2 or toks[of].lower != "of" or toks[of].sent != toks[k].sent:
        return
    n = of
    while n > 0 and of - n < _LONGEST and (toks[n - 1].is_cap or toks[n - 1].lower in SURNAME_PARTICLES and n < of):
        n -= 1
    while n < of and not toks[n].is_cap:
        n += 1
    if of - n >= 2 and toks[n].start not in people and not (n > 0 and toks[n - 1].is_cap):
        start, end = toks[n].start, toks[of - 1].end
        add(Mention(start, end, doc.text[start:end], "Person", sentence=toks[n].sent))


def _after_state(toks: list[Token], first: dict[int, int], last: dict[int, int], states: dict[int, Mention],
                 k: int) -> int | None:
    """The token after "of [the] STATE" opening at token k; None when none opens there."""
    if k + 1 >= len(toks) or toks[k].lower != "of":
        return None
    j = k + 1 + (toks[k + 1].lower == "the")
    s = states.get(toks[j].start) if j < len(toks) else None
    if s is None or first.get(s.start) != j:
        return None
    end = last.get(s.end)
    return None if end is None else end + 1


def _next_item(doc: Document, toks: list[Token], first: dict[int, int], last: dict[int, int],
               states: dict[int, Mention], people: dict[int, Mention], k: int, add: Callable[[Mention], bool]) -> int | None:
    """A person's name ends before token k: the last token of the next item's name once it is
    added ("A of Chile, B C of Peru": "B C"), None when no such item follows."""
    after = _after_state(toks, first, last, states, k)
    if after is None:
        return None
    j = after
    while j < len(toks) and toks[j].text in {",", "and"}:
        j += 1
    if j == after or j >= len(toks) or toks[j].sent != toks[k].sent or not toks[j].is_cap:
        return None
    if toks[j].start in people:  # an item read already: the list goes on after it
        return last.get(people[toks[j].start].end)
    n = j
    while n < len(toks) and n - j < _LONGEST and (toks[n].is_cap or n > j and toks[n].lower in SURNAME_PARTICLES):
        n += 1
    if n - j < 2 or _after_state(toks, first, last, states, n) is None:
        return None
    start, end = toks[j].start, toks[n - 1].end
    name = Mention(start, end, doc.text[start:end], "Person", sentence=toks[j].sent)
    if not add(name):
        return None
    people[start] = name
    return n - 1


def people_after_their_states(doc: Document, toks: list[Token], found: list[Mention],
                               add: Callable[[Mention], bool]) -> None:
    """"the presidents of Chile, A B, and Peru, C D": after a person set off behind a state, each
    further "STATE, NAME" item of the list names a person (a name the tagger took for a place or a
    body, unlinked, is retyped)."""
    first = {t.start: t.i for t in toks}
    last = {t.end: t.i for t in toks}
    states = {first[m.start]: m for m in found if m.type == "State" and m.start in first}
    state_ends = {last[m.end] for m in states.values() if m.end in last}
    by_start = {m.start: m for m in found}
    for m in sorted((m for m in found if m.type == "Person"), key=lambda m: m.start):
        k = first.get(m.start)
        if k is None or k < 2 or toks[k - 1].text != "," or k - 2 not in state_ends:
            continue
        end = last.get(m.end)
        while end is not None:
            end = _paired_item(doc, toks, states, by_start, end + 1, add)


def _paired_item(doc: Document, toks: list[Token], states: dict[int, Mention], by_start: dict[int, Mention],
                 k: int, add: Callable[[Mention], bool]) -> int | None:
    """The last token of the next "[,] and STATE, NAME" item's name once it is read, else None."""
    comma = k < len(toks) and toks[k].text == ","
    k += comma
    if k < len(toks) and toks[k].lower == "and":
        k += 1
    elif not comma:
        return None
    s = states.get(k)
    if s is None:
        return None
    while k < len(toks) and toks[k].end <= s.end:
        k += 1
    if k + 2 >= len(toks) or toks[k].text != "," or toks[k].sent != toks[k + 1].sent:
        return None
    j = n = k + 1
    while n < len(toks) and n - j < _LONGEST and (toks[n].is_cap or n > j and toks[n].lower in SURNAME_PARTICLES):
        n += 1
    if n - j < 2 or n < len(toks) and toks[n].text not in {",", ".", "and", ";"}:
        return None
    start, end = toks[j].start, toks[n - 1].end
    taken = by_start.get(start)
    if taken is not None and taken.end == end and taken.qid is None and taken.type in {"Place", "Organization"}:
        taken.type = "Person"  # "Peru, C D": the tagger's place or body is the listed person
    elif taken is None or taken.end != end or taken.type != "Person":
        name = Mention(start, end, doc.text[start:end], "Person", sentence=toks[j].sent)
        if not add(name):
            return None
        by_start[start] = name
    return n - 1


def people_before_titles(doc: Document, lexicon: Lexicon, toks: list[Token], found: list[Mention],
                         add: Callable[[Mention], bool]) -> None:
    """"A B, Minister of Defence of Chile, signed": two to four capitalised words no mention
    covers, opening their clause, with a title in apposition after them, are a person's name."""
    covered = {i for m in found for i in range(m.start, m.end)}
    for c in toks:
        if c.text != "," or c.i < 2:
            continue
        a = c.i
        while a > 0 and c.i - a < 4 and toks[a - 1].is_cap and toks[a - 1].pos == "PROPN" and toks[a - 1].sent == c.sent:
            a -= 1
        while a < c.i and (toks[a].text in ADDRESS_MARKS or courtesy_only(toks[a].text)):
            a += 1  # "HE X Y,": a form of address is no word of the name
        if c.i - a < 2 or any(toks[k].start in covered for k in range(a, c.i)):
            continue
        if a > 0 and toks[a - 1].sent == c.sent and toks[a - 1].text not in {",", "and", "by", "with", ":", "(", "\"", "\u201c"}:
            continue  # only a name that opens its clause or a list item: not the tail of a longer phrase
        if title_follows(doc.text, c.start, lexicon):
            add(Mention(toks[a].start, toks[c.i - 1].end, doc.text[toks[a].start:toks[c.i - 1].end], "Person",
                        sentence=c.sent))


def people_after_possessive_states(doc: Document, lexicon: Lexicon, toks: list[Token], found: list[Mention],
                                   add: Callable[[Mention], bool]) -> None:
    """"A's X Y and B's Z W": in a list whose items are each a state's possessive and a name, an item
    the tagger read as a person makes the other items' two to four unread capitalised words names
    of people too, and a name the tagger took for a place or a body, unlinked, is retyped ("A's X Y,
    B's Z W": each item of the list is what its siblings are)."""
    first = {t.start: t.i for t in toks}
    last = {t.end: t.i for t in toks}
    covered = {i for m in found for i in range(m.start, m.end)}
    spans = {(m.start, m.end): m for m in found}
    items: list[tuple[int, int, bool]] = []  # (first token, end token, read as a person) of each "STATE's Name"
    people = {m.start for m in found if m.type == "Person"}
    for s in sorted((m for m in found if m.type == "State" and m.end in last), key=lambda m: m.start):  # in text order
        k = last[s.end] + 1
        if k + 2 >= len(toks) or toks[k].text not in {"'s", "\u2019s"}:
            continue
        j = n = k + 1
        while n < len(toks) and n - j < 4 and toks[n].is_cap and toks[n].sent == toks[j].sent:
            n += 1
        # the item ends at a list's mark or, as the list's last, at its clause's verb ("B's Z W attended")
        if n - j >= 2 and (n >= len(toks) or toks[n].text in {",", "and", ".", ";", ")"} or toks[n].pos in {"VERB", "AUX"}):
            items.append((first.get(s.start, j), n, toks[j].start in people))
    for a, b in itertools.pairwise(items):
        if a[1] >= len(toks) or toks[a[1]].text not in {",", "and"} or b[0] - a[1] > 2 or a[2] == b[2]:
            continue  # two items side by side, one read as a person, the other not
        j, n = (b[0], b[1]) if a[2] else (a[0], a[1])
        j = next(k for k in range(j, n) if toks[k].text in {"'s", "\u2019s"}) + 1
        taken = spans.get((toks[j].start, toks[n - 1].end))
        if taken is not None and taken.qid is None and taken.type in {"Place", "Organization"} \
                and lexicon.head_type(taken.text) is None:  # not "Peru's Central Bank": a body by its head noun
            taken.type = "Person"  # "Colombia's X Y" read as a body: the listed person
        elif not any(toks[k].start in covered for k in range(j, n)):
            add(Mention(toks[j].start, toks[n - 1].end, doc.text[toks[j].start:toks[n - 1].end], "Person",
                        sentence=toks[j].sent))
