"""A short name a formal text gives a long one for its remainder: "the Agreement between A and B
Regarding X, hereafter the X Agreement (XA)", "(hereinafter the Y Convention)" — one thing."""
from __future__ import annotations

import re

from kg.model import Document, Mention

#: What stands between a name and the short name it takes from here on.
_HEREAFTER = re.compile(r"\s*,?\s*\(?\s*(?:hereafter|hereinafter|henceforth)(?:\s+(?:referred to as|called|named|known as))?"
                        r"\s*,?\s+(?:the\s+)?[\"\u201c\u2018']?", re.IGNORECASE)


def name_hereafter(doc: Document, found: list[Mention]) -> None:
    """Mark the short name told "hereafter" after a name as that name's other name (``same_as``)."""
    starts: dict[int, list[Mention]] = {}
    for o in found:
        starts.setdefault(o.start, []).append(o)
    for m in sorted(found, key=lambda m: m.start):
        match = _HEREAFTER.match(doc.text, m.end)
        if match is None or " " not in m.text:
            continue
        for o in starts.get(match.end(), []):
            if o.type == m.type and o.qid is None and o.kind == "name":
                doc.annotations.setdefault("same_as", {})[o.span] = m.span
                o.kind = "alias"
