"""A case-insensitive alternation of phrases, written so the regex engine skips most of it fast.

Python's engine tries the alternatives of ``a|b|c`` one by one, and under IGNORECASE each try
of an alternative that fails on its first letter costs as much as a real attempt: only an
alternative opening with a case-sensitive literal or character class is skipped at once. So
``(?i:minister|mayor|envoy)`` is written ``(?-i:[Mm])(?:inister|ayor)|(?-i:[Ee])(?:nvoy)``: the
phrases grouped by first letter, each group opening with exactly the letters IGNORECASE
matches to it. It matches what the plain alternation matches, at every position: alternatives
of different first letters never match at the same place, and within a group the order stays.

    >>> import re
    >>> p = re.compile(alternation(["minister", "mayor", "envoy"]), re.IGNORECASE)
    >>> [m.group(0) for m in p.finditer("The Mayor met an ENVOY")]
    ['Mayor', 'ENVOY']
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

#: The letters outside ASCII that IGNORECASE matches to an ASCII letter (the dotted and dotless
#: i, the long s, the Kelvin sign): the only ones whose simple case mapping is ASCII.
_CASE_PARTNERS = "\u0130\u0131\u017f\u212a"
_QUANTIFIERS = frozenset("?*+{")


@functools.cache
def letters_matching(char: str) -> str:
    """Every character that ``char`` matches under IGNORECASE ("k" -> "KkK")."""
    one = re.compile(re.escape(char), re.IGNORECASE)
    return "".join(c for c in (*map(chr, range(128)), *_CASE_PARTNERS) if one.fullmatch(c))


def alternation(forms: Sequence[str]) -> str:
    """``"|".join(forms)`` for a pattern compiled with IGNORECASE, grouped by first letter.

    ``forms`` are regex alternatives in the order they are to be tried; the grouping is used only
    when each opens with an ASCII letter or digit standing for itself, else the plain join."""
    if len(forms) < 2 or not all(f[:1].isascii() and f[:1].isalnum() and f[1:2] not in _QUANTIFIERS for f in forms):
        return "|".join(forms)
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[0].lower(), []).append(form[1:])
    out = []
    for first, rests in groups.items():
        letters = letters_matching(first)
        opener = f"(?-i:[{letters}])" if len(letters) > 1 else letters
        out.append(f"{opener}(?:{'|'.join(rests)})")
    return "|".join(out)
