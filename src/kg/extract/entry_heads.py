"""The day a chronology's entry is headed by: "16 May 2019 — In Lima, X and Y sign ...", where the
parser ends a sentence at the dash, leaving the date a sentence of its own. What the entry tells
happened on the day its head gives, as it would were the date inside its sentence.

    >>> bool(_HEAD_REST.fullmatch(" (scheduled) —"))
    True
"""
from __future__ import annotations

import re
from typing import Any

#: What may follow the date in an entry's head: a word in brackets, then a dash, a colon or a bar.
_HEAD_REST = re.compile(r"\s*(?:\([a-z ]+\)\s*)?[-\u2013\u2014:|]+\s*")


def head_dates(doc: Any, dates: list, s: int, granularity: str) -> list:
    """The dates of the sentence before ``s`` when that sentence is nothing but a date opening the
    line ``s`` goes on (a dateline opens with its place, so it is none)."""
    if s == 0:
        return []
    text = doc.text
    head, sent = doc.sentences[s - 1], doc.sentences[s]
    if "\n" in text[head.end:sent.start] or text.rfind("\n", 0, head.start) + 1 != head.start:
        return []
    own = [d for d in dates if head.start <= d.start < head.end]
    if len(own) != 1 or own[0].start != head.start or not _HEAD_REST.fullmatch(text, own[0].end, head.end):
        return []
    return own if own[0].granularity == granularity else []
