"""A person's name read in pieces is one name: a word of another person's name right beside a
name ("Muhammad Shehbaz Sharif" after "Khawaja Muhammad Asif"), and a piece a particle of lineage
opens (a listed "A bin B" + "bin C D" read apart)."""
from __future__ import annotations

import itertools

from kg.model import Mention


def runs_on(text: str, found: list[Mention], a: int, b: int) -> bool:
    """A name word right before or after a person's name, a space apart, is part of that name
    ("Karim Tariq Rana" after "Omar Karim Aziz"; "A bin B bin C D"), not another person
    named by one of their words: the name is widened over it."""
    for m in found:
        if m.type == "Person" and (m.start == b + 1 and text[b] == " " or m.end == a - 1 and text[m.end] == " "):
            m.start, m.end = min(m.start, a), max(m.end, b)
            m.text = text[m.start:m.end]
            return True
    return False


def joined_names(text: str, found: list[Mention]) -> list[Mention]:
    """A person's name read in two pieces a space apart, the second opened by a particle of
    lineage (a listed "A bin B" + "bin C D"), is one name: the first piece's
    person, whose given name it opens with."""
    people = sorted((m for m in found if m.type == "Person"), key=lambda m: m.start)
    gone = set()
    for a, b in itertools.pairwise(people):
        if id(a) not in gone and b.start == a.end + 1 and text[a.end] == " " and b.text.split()[0] in {"bin", "bint", "ibn"}:
            a.end, a.text = b.end, text[a.start:b.end]
            gone.add(id(b))
    return [m for m in found if id(m) not in gone]
