"""Names their acronym spells out: "the Abu Dhabi Fund for Development (ADFD)" is one name,
however early a finder or the tagger cut it ("Abu Dhabi Fund")."""
from __future__ import annotations

import re

from kg.model import Document, Mention

#: Lower-case words a name's initials skip ("Fund for Development", "Committee on Defence and Security").
_SKIPPED = frozenset({"for", "of", "on", "and", "the", "in", "de", "to", "&"})
_DEFINED = re.compile(r"\s\(([A-Z][A-Za-z&]{1,11})\)")
_WORD = re.compile(r"[\w'\u2019.-]+|&")
#: Types a name spelled out by its acronym may take from a finder's shorter reading of it.
_NAMED_TYPES = frozenset({"Organization", "InternationalOrganization", "Agreement", "ArmedForces", "Legislature",
                          "Summit", "Facility", "MilitaryBase"})


def spelled_span(text: str, end: int, acronym: str) -> int | None:
    """Where the words before ``end`` whose initials spell ``acronym`` begin, if they do.

    >>> text = "officials of the Abu Dhabi Fund for Development (ADFD) came"
    >>> text[spelled_span(text, text.index(" ("), "ADFD"):text.index(" (")]
    'Abu Dhabi Fund for Development'
    >>> spelled_span("talks in Paris (AFP)", 14, "AFP") is None
    True
    """
    letters = [c for c in acronym if c.isupper() or c == "&"]
    words = list(_WORD.finditer(text[max(0, end - 160):end]))
    offset = max(0, end - 160)
    need = len(letters)
    start = None
    for w in reversed(words):
        word = w.group(0)
        if word.lower() in _SKIPPED and word[:1].islower():
            continue
        if not word[:1].isupper() or need == 0:
            break
        parts = [p for p in word.split("-") if p]  # "Trans-Caspian": one word, or one initial per part
        initials = [p[0] for p in parts if p[:1].isupper()]
        if letters[need - len(initials):need] == initials and len(initials) <= need:
            need -= len(initials)
        elif letters[need - 1] == word[0]:
            need -= 1
        else:
            return None
        start = offset + w.start()
        if need == 0:
            return start
    return None


def spell_out_acronyms(doc: Document, found: list[Mention]) -> None:
    """A name a finder cut short of the words its acronym spells gives way to the whole of them."""
    text = doc.text
    for match in _DEFINED.finditer(text):
        end = match.start()
        start = spelled_span(text, end, match.group(1))
        if start is None:
            continue
        inside = [m for m in found if start <= m.start and m.end <= end]
        across = [m for m in found if m.start < end and m.end > start and m not in inside]
        if across or not inside or any(m.start == start and m.end == end for m in inside):
            continue  # already read whole, or read as part of a longer name
        named = [m for m in inside if m.type in _NAMED_TYPES]
        if not named and all(m.type in {"State", "Place"} for m in inside) \
                and len(text[max(m.end for m in inside):end].split()) >= 2:
            etype = "Organization"  # "the Kuwait Fund for Arab Economic Development (KFAED)": a body named after a place
        elif len(named) == 1 and named[0].start == start and not named[0].qid:
            etype = named[0].type
        else:
            continue
        for m in inside:
            found.remove(m)
        found.append(Mention(start, end, text[start:end], etype, sentence=doc.sentence_index(start)))
