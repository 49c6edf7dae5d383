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

from kg.extract.alternation import alternation

#: Letters of an opener compared before the whole pattern is tried (six, not three: "for" and
#: "pre" no longer pass for "foreign" and "premier", and the pattern is tried at 40% fewer words).
KEY_LENGTH = 6


class OpenerScan:
    """``pattern.finditer`` over the places where one of ``openers`` begins a word."""

    def __init__(self, pattern: re.Pattern[str], openers: Iterable[str]) -> None:
        self.pattern = pattern
        # each opener's leading word characters: literal in the pattern, so compared by the same
        # engine under the same flags they match wherever the pattern's first letters do
        keys = {re.match(r"\w*", opener).group(0)[:KEY_LENGTH] for opener in openers}  # type: ignore[union-attr]
        grouped = False
        if not keys or "" in keys:
            self.starts = None  # an opener that begins with no word character: scan everywhere
        else:
            escaped = sorted((re.escape(k) for k in keys), key=len, reverse=True)
            alternatives = "|".join(escaped)
            if pattern.flags & re.IGNORECASE and len(escaped) > 1:
                # grouped by first letter (kg.extract.alternation): the engine skips most keys at
                # once, and finds the same word starts several times faster than the loop below
                alternatives = alternation(escaped)
                grouped = alternatives != "|".join(escaped)
            self.starts = re.compile(rf"(?<![\w-])(?:{alternatives})", pattern.flags)
        # The same places found faster: every word start, kept when its first letters are a key
        # (an alternation of hundreds of keys tried at every word start is most of the scan). A
        # word start with a non-ASCII letter among them is kept for the pattern to decide (under
        # IGNORECASE the Kelvin sign is a "k"); ASCII letters match an ASCII key as ``lower``
        # says, and a non-ASCII key only if one of its letters matches an ASCII letter.
        self._fold = bool(pattern.flags & re.IGNORECASE)
        self._words: re.Pattern[str] | None = None
        if self.starts is not None and not grouped and not any(_matches_ascii(c, pattern.flags) for k in keys
                                                               for c in k if not c.isascii()):
            self._words = re.compile(r"(?<![\w-])\w", pattern.flags)
            self._keys = frozenset(k.lower() if self._fold else k for k in keys if k.isascii())
            self._lengths = sorted({len(k) for k in self._keys})
            self._heads: dict[str, bool] = {}  # a word's first letters -> kept

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search``: the first match."""
        return next(self.finditer(text), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.starts is None:
            yield from self.pattern.finditer(text)
            return
        end = 0
        for at in self._starts(text):
            if at < end:
                continue  # inside the match before, as finditer goes on from a match's end
            match = self.pattern.match(text, at)
            if match is not None:
                end = match.end()
                yield match

    def _starts(self, text: str) -> Iterator[int]:
        """Where ``starts`` matches, or more places: the pattern itself decides each."""
        if self._words is None:
            for start in self.starts.finditer(text):  # type: ignore[union-attr]
                yield start.start()
            return
        known = self._heads
        for word in self._words.finditer(text):
            at = word.start()
            head = text[at:at + KEY_LENGTH]
            kept = known.get(head)
            if kept is None:
                kept = known[head] = self._kept(head)
            if kept:
                yield at

    def _kept(self, head: str) -> bool:
        """Is a word start with these first letters one where ``starts`` might match?"""
        if len(self._heads) >= 100_000:
            self._heads.clear()  # a few letters of any script: bounded all the same
        if not head.isascii():
            return True
        if self._fold:
            head = head.lower()
        return any(head[:n] in self._keys for n in self._lengths)


def _matches_ascii(char: str, flags: int) -> bool:
    """Does ``char`` match some ASCII character under these flags ("ſ" is "s" under IGNORECASE)?"""
    one = re.compile(re.escape(char), flags)
    return any(one.fullmatch(chr(a)) for a in range(128))
