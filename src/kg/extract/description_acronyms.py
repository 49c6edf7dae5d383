"""Acronyms of unnamed agreements: "a mutual logistics support agreement ... the MLSA" — an
acronym spelling the initials of an agreement the article describes in lower case is that
agreement, never a body of its own (the tagger's guess for a word in capitals). Run after
:func:`kg.extract.descriptions.find_descriptions`."""
from __future__ import annotations

import re

from kg.extract.lexicon import Lexicon
from kg.model import Document

#: Lower-case words an acronym skips ("agreement on trade and investment": ATI).
_SKIPPED = frozenset({"for", "of", "on", "and", "the", "in", "to", "&"})
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")


def spellings(name: str, heads: frozenset[str]) -> set[str]:
    """The acronyms a description's words up to an agreement's noun spell, a hyphen's parts one
    letter each or the word one letter.

    >>> sorted(spellings("fuel and cross-docking agreement with Peru", frozenset({"agreement"})))
    ['FCA', 'FCDA']
    """
    out: set[str] = set()
    letters: list[list[str]] = [[]]
    for word in name.split():
        low = word.lower()
        if low in _SKIPPED:
            continue
        parts = [p for p in re.split(r"[-\u2010\u2011]", word) if p[:1].isalpha()]
        if not parts:
            return out  # a number or a mark: no acronym goes through it
        options = {word[0], "".join(p[0] for p in parts)}  # "cross-docking": C or CD
        letters = [s + [o.upper()] for s in letters for o in options]
        if low in heads:
            out |= {"".join(s) for s in letters if len("".join(s)) >= 3}
    return out


def tie_acronyms(doc: Document, lexicon: Lexicon) -> Document:
    """Each acronym spelling an unnamed agreement's description ("MLSA" for "mutual logistics
    support agreement") becomes a mention of that agreement; an entity the acronym alone made
    (a body the tagger guessed) goes."""
    heads = frozenset(lexicon.heads.get("Agreement", ()))
    spelled: dict[str, str] = {}
    for ent in doc.entities.values():
        if ent.type == "Agreement" and ent.attributes.get("unnamed"):
            for name in (ent.label, *ent.aliases):
                for acr in spellings(name, heads):
                    spelled.setdefault(acr, ent.key)
    if not spelled:
        return doc
    orphans = set()
    for m in doc.mentions:
        key = spelled.get(m.text)
        if key is None or m.qid or m.entity == key or not _ACRONYM.fullmatch(m.text) or m.type in {"State", "Person", "Place"}:
            continue
        if m.entity and m.entity != key:
            orphans.add(m.entity)
        m.type, m.entity, m.kind = "Agreement", key, "acronym"
        doc.entities[key].aliases.add(m.text)
    for key in orphans:
        if not any(m.entity == key for m in doc.mentions):
            doc.entities.pop(key, None)
    return doc
