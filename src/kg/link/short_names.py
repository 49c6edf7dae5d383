"""The shorter names news gives a listed person whose full name is long: the first words of it
("Bruno Rodriguez" of "Bruno Rodriguez Parrilla": a given name and the first surname; "Osman Saleh"
of "Osman Saleh Mohammed": a given name and the father's) and the name less its line of descent
("Abdullatif Al Zayani" of "Abdullatif bin Rashid Al Zayani").

A short name reaches a person only when it is no other listed person's, and never by a particle
("Mohammed bin") or by a single word.
"""
from __future__ import annotations

from collections.abc import Iterable

from kg.link.gazetteer import GazetteerEntry
from kg.text import DESCENT as _DESCENT
from kg.text import NAME_PARTICLES as _JOINING
from kg.text import PERSON_TITLES, lookup_key

#: A title opening a listed name ("Prince Faisal bin Farhan"): no short name starts with it.
_TITLES = frozenset({*PERSON_TITLES, "sheikh", "sheikha", "shaikh", "prince", "princess", "archbishop", "dr", "emir",
                     "sultan", "king", "queen"})


def without_descent(words: list[str]) -> list[str]:
    """A name's words less each "bin X" ("abdullatif bin rashid al zayani" -> "abdullatif al zayani")."""
    out, skip = [], False
    for w in words:
        if skip:
            skip = False
        elif w in _DESCENT:
            skip = True
        else:
            out.append(w)
    return out


def short_forms(name: str) -> set[str]:
    """The shorter names (lookup keys) a long name gives its holder: its leading two or more words,
    each a capitalised name word (no initial, nickname, title or joining word ending it; a comma
    ends the name: "Albert II, Prince of Monaco"), and the name less its line of descent."""
    words = name.split(",")[0].split()
    if words and words[0].casefold().rstrip(".") in _TITLES:
        return set()
    out = set()
    for n in range(2, len(words)):
        head = words[:n]
        if not all(w[:1].isupper() and len(w.rstrip(".")) > 1 and '"' not in w for w in head):
            break
        if lookup_key(head[-1]) not in _JOINING:
            out.add(lookup_key(" ".join(head)))
    keys = lookup_key(" ".join(words)).split()
    bare = without_descent(keys)
    if 2 <= len(bare) < len(keys):
        out.add(" ".join(bare))
    return {f for f in out if sum(w not in _JOINING for w in f.split()) >= 2}


def short_name_index(entries: Iterable[GazetteerEntry], taken: Iterable[str]) -> dict[str, GazetteerEntry]:
    """Short name -> the one listed person it gives; a short name two people share, or that is
    already some item's name (``taken``: the gazetteer's keys), reaches no one."""
    seen: dict[str, set[str]] = {}
    people: dict[str, GazetteerEntry] = {}
    for e in entries:
        if e.type != "Person":
            continue
        people[e.qid] = e
        for form in (e.label, *e.aliases):
            for short in short_forms(form):
                seen.setdefault(short, set()).add(e.qid)
    names = set(taken)
    return {k: people[next(iter(q))] for k, q in seen.items() if len(q) == 1 and k not in names}


def names_by_descent(words: list[str], theirs: list[str]) -> bool:
    """Is ``words`` the listed name ``theirs`` less its line of descent (both as key words)?"""
    bare = without_descent(theirs)
    return len(bare) < len(theirs) and bare == words
