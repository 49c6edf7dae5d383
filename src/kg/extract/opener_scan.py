"""A large word alternation tried only where one of its words can open a match.

Python's regex engine tries every alternative of a pattern at every word start of the text: for
the title pattern (some 200 office words and ranks) that is most of the name layer's regex time.
:class:`OpenerScan` first finds, with a small pattern, the word starts that begin like one of the
words a match can open with, and tries the whole pattern only there. It finds exactly the matches
``pattern.finditer`` finds, provided every match begins where no word character or hyphen
precedes it (the lexicon's patterns open with ``(?<![\\w-])``) with one of ``openers``.

    >>> import re
    >>> scan = OpenerScan(re.compile(r"(?<![\\w-])(?:prime minister|minister|pm)(?![\\w-])", re.I),
    ...                   ["prime", "minister", "pm"])
    >>> [m.group(0) for m in scan.finditer("The PM met the Prime Minister and a minister.")]
    ['PM', 'Prime Minister', 'minister']
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: Letters of an opener compared before the whole pattern is tried.
KEY_LENGTH = 3


class OpenerScan:
    """``pattern.finditer`` over the places where one of ``openers`` begins a word."""

    def __init__(self, pattern: re.Pattern[str], openers: Iterable[str]) -> None:
        self.pattern = pattern
        # each opener's leading word characters: literal in the pattern, so compared by the same
        # engine under the same flags they match wherever the pattern's first letters do
        keys = {re.match(r"\w*", opener).group(0)[:KEY_LENGTH] for opener in openers}  # type: ignore[union-attr]
        if not keys or "" in keys:
            self.starts = None  # an opener that begins with no word character: scan everywhere
        else:
            alternatives = "|".join(sorted((re.escape(k) for k in keys), key=len, reverse=True))
            self.starts = re.compile(rf"(?<![\w-])(?:{alternatives})", pattern.flags)

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search``: the first match."""
        return next(self.finditer(text), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.starts is None:
            yield from self.pattern.finditer(text)
            return
        end = 0
        for start in self.starts.finditer(text):
            if start.start() < end:
                continue  # inside the match before, as finditer goes on from a match's end
            match = self.pattern.match(text, start.start())
            if match is not None:
                end = match.end()
                yield match
