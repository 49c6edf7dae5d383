"""A person's name as a search key, without the titles in front of it.

Names become search keys through :func:`kg.text.name_key` (identity's normalisation, any script in
Latin letters, punctuation as word breaks); a query for "President Ana Sobral" should find the
entity labelled "Ana Sobral".
"""
from __future__ import annotations

from functools import cache

from kg.text import PERSON_TITLES, name_key


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
