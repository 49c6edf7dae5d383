"""A state's ministry named in lower case by its state and portfolio: "Chile's foreign ministry",
"the Peruvian defence ministry". FORMAT.md counts a government body as an Organization; the
article names it by description, and that description is its label."""
from __future__ import annotations

import re
from collections.abc import Callable

from kg.model import Document, Mention

#: "<state>'s" or "<demonym>", then up to two lower-case portfolio words and "ministry".
_MINISTRY = re.compile(r"^(?:'s|\u2019s)?\s+((?:[a-z][a-z-]+\s+){1,2}ministry)\b(?!\s+of\b)")
#: Words that only point or praise, or say when: no portfolio ("Chile's new ministry").
_NO_PORTFOLIO = frozenset({"new", "old", "former", "own", "current", "then", "whole", "entire", "powerful",
                           "the", "a", "an", "its", "their", "and", "or"})


def name_state_ministries(doc: Document, found: list[Mention], add: Callable[[Mention], bool]) -> None:
    """Add an Organization for each "<State>'s <portfolio> ministry" or "<Demonym> <portfolio>
    ministry" the text names, the state keeping its own mention."""
    text = doc.text
    for m in [m for m in found if m.type == "State" and m.kind in {"name", "demonym"}]:
        match = _MINISTRY.match(text[m.end:m.end + 40])
        if match is None or (m.kind == "demonym") == text.startswith(("'s", "\u2019s"), m.end):
            continue
        words = match.group(1).split()[:-1]
        if any(w in _NO_PORTFOLIO for w in words):
            continue
        start, end = m.end + match.start(1), m.end + match.end(1)
        mention = Mention(start, end, text[start:end], "Organization", kind="service", sentence=m.sentence)
        if add(mention):
            doc.annotations.setdefault("service_labels", {})[(start, end)] = text[m.start:end]
