"""Which words after an agreement noun say whom it binds rather than what it is: "between Chile
and Peru", "between them", "between their coast guards", "among the three navies", "between the
foreign ministries of the two countries". FORMAT.md labels an unnamed agreement with its own
description; such a phrase names its parties (a reader keeps the fuller form as another name)."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from kg.extract.frames import load_frames, pair_word
from kg.extract.tree import Tree
from kg.model import Document

#: Prepositions whose object is the set of parties an agreement binds.
_BINDING = frozenset({"between", "among", "amongst"})


def between_parties(tree: Tree, phrases: Iterable[list[int]], covered: set[int]) -> set[int]:
    """The tokens of every "between"/"among" phrase inside ``phrases`` (token lists of a head's
    complements, the head's own or hung deeper: "memorandum of understanding on X between Y")
    whose objects are all parties: names, pronouns, pair words ("the two neighbours") or the
    bodies that act for a party ("their navies", "the foreign ministries of the two countries")."""
    toks = tree.toks
    out: set[int] = set()
    for phrase in phrases:
        for p in phrase:
            if toks[p].lower in _BINDING and toks[p].dep == "prep" and p not in out:
                objects = _objects(tree, p)
                if objects and all(_party(tree, o, covered) for o in objects):
                    out.update(tree.subtree(p))
    return out


def _objects(tree: Tree, p: int) -> list[int]:
    """The prepositional object and its conjuncts ("between A, B and C")."""
    out, todo = [], list(tree.kids(p, "pobj"))
    while todo:
        o = todo.pop()
        out.append(o)
        todo.extend(tree.kids(o, "conj"))
    return out


def _party(tree: Tree, o: int, covered: set[int]) -> bool:
    """Is the object a party: a name, a pronoun, a pair word, or a body acting for one?"""
    toks = tree.toks
    t = toks[o]
    if o in covered or t.pos == "PRON" or pair_word(toks, tree.children, o):
        return True
    return t.lemma in _acting_bodies() or t.lower in _acting_bodies()


@functools.cache
def _acting_bodies() -> frozenset[str]:
    """Nouns for those who act for a party (``data/frames.yaml`` ``representative``, and the last
    words of armed services: "coast guards", "armed forces")."""
    from kg.extract.lexicon import load_lexicon

    services = {s.split()[-1] for s in load_lexicon().services}
    return load_frames().representative | frozenset(services) | frozenset(s + "s" for s in services)


#: A title-case agreement name closed by its kind noun, then a phrase of whom it binds.
_NAME_THEN_PARTIES = re.compile(
    r"^((?:the\s+)?(\w[\w-]*)\b.*?\b(?:Agreement|Treaty|Accord|Pact|Memorandum|Convention|Protocol|Arrangement"
    r"|Partnership|Compact|Deal|Charter))\s+(?:between|among)\s", re.IGNORECASE)


def name_before_parties(phrase: str, title_openers: frozenset[str]) -> int | None:
    """"the Reciprocal Access Agreement between Japan and the Philippines": a name closed by its
    kind noun ends there, the "between" phrase saying whom it binds (its length, or None). A title
    that opens with its kind noun ("Treaty on X between A and B", ``title_openers``) runs on."""
    match = _NAME_THEN_PARTIES.match(phrase)
    if match is None or match.group(2).lower() in title_openers:
        return None
    return match.end(1)


def cut_before_parties(doc: Document, start: int, end: int, phrase: str, title_openers: frozenset[str]) -> tuple[int, str]:
    """An agreement name's end and text without the phrase naming its parties (:func:`name_before_parties`),
    the whole phrase kept as the name's alias."""
    cut = name_before_parties(phrase, title_openers)
    if cut is None:
        return end, phrase
    doc.annotations.setdefault("noun_aliases", {})[(start, start + cut)] = phrase
    return start + cut, phrase[:cut]
