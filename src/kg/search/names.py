"""Names as search keys: one spelling for the ways a name is written, in any script.

A key builds on :func:`kg.rdf.identity.normalise_name` (the rule that makes one entity of two
spellings across articles: case and accents folded, a leading "the" dropped, dash variants and
spelt-out ordinals unified), then transliterates other scripts to Latin letters with
``anyascii`` (so "Дума" finds "Duma") and reads punctuation as word breaks. The compact key
drops the spaces too, for names written as one word or with hyphens ("EU-Mercosur",
"XiJinping").

>>> name_key("The State Duma"), name_key("Государственная Дума")
('state duma', 'gosudarstvennaya duma')
>>> compact_key("EU–Mercosur") == compact_key("EU Mercosur")
True
>>> name_key("Sweden's accession"), name_key("Côte d'Ivoire")
('sweden accession', 'cote divoire')
"""
from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

from kg.rdf.identity import PERSON_TITLES, normalise_name

_POSSESSIVE = re.compile(r"['`\u2019]s\b")
_APOSTROPHE = re.compile(r"['`\u2019](?=\w)")
_BREAKS = re.compile(r"[^a-z0-9]+")


def name_key(text: str) -> str:
    """``text`` as lower-case ASCII words separated by single spaces ("" for no letters)."""
    folded = anyascii(normalise_name(text)).lower()
    # "Sweden's accession" and "accession of Sweden" share the word "sweden"; "O'Brien" is one word
    folded = _APOSTROPHE.sub("", _POSSESSIVE.sub("", folded))
    return " ".join(_BREAKS.split(folded)).strip()


def compact_key(text: str) -> str:
    """:func:`name_key` without spaces."""
    return name_key(text).replace(" ", "")


def strip_titles(key: str) -> str:
    """A person's name key without the titles in front ("president ana sobral" -> "ana sobral").

    >>> strip_titles(name_key("Prime Minister Ana Sobral"))
    'ana sobral'
    >>> strip_titles("president")   # a title alone is kept: it may be all the user typed
    'president'
    """
    changed = True
    while changed:
        changed = False
        for title in _title_keys():
            if key.startswith(title) and len(key) > len(title):
                key, changed = key[len(title):], True
                break
    return key


@cache
def _title_keys() -> tuple[str, ...]:
    """The titles' keys, each with the space after it, longest first."""
    return tuple(sorted({name_key(t) + " " for t in PERSON_TITLES}, key=len, reverse=True))
