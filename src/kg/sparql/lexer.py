"""The query text as SPARQL's terminals, and every place pyoxigraph's parser could read a keyword.

pyoxigraph's parser (a PEG) matches a keyword wherever the grammar allows one, with no word
boundary: ``SERVICE:x`` is the keyword SERVICE and the prefixed name ``:x``, ``trueSERVICE <…>``
the literal true and a SERVICE call, ``PREFIXex: <…>`` declares ``ex:``. A tokenizer that reads
``SERVICE:x`` as one prefixed name misses the call, so :func:`keyword_sites` answers a wider
question: where *could* the parser read a keyword? Anywhere outside strings, IRIs, comments,
variables and the local part of a prefixed name (which the parser reads greedily). And because
``<`` is an IRI for one reading and the less-than operator for another (``FILTER(?a<'x>')`` is a
comparison with a string to the parser), the text is read both ways and a place either reading
leaves open counts.

Every function here is linear in the length of the text: a request is scanned before anything
else and must not be a way to pin a process (``"a." * 100_000`` took 40 s with the old pattern).

>>> [t.text for t in tokens("PREFIX : <http://x/> SELECT * { SERVICE:y {} }")][:4]
['PREFIX', ':', '<http://x/>', 'SELECT']
>>> sorted(keyword_sites("SELECT * { SERVICE:y {} } # service", "service"))
[11]
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
IRIREF = r"<(?:[^<>\"{}|^`\\\x00-\x20]|" + UCHAR + r")*+>"
#: A prefix (PN_PREFIX, never ending in '.'); atomic, so a long run of name characters is read once.
NAME = r"(?>[^\W\d][\w\-\u00B7]*+(?:\.++[\w\-\u00B7]++)*+)"
#: The local part of a prefixed name (PN_LOCAL: escapes, %-encoding, inner dots).
LOCAL = r"(?>(?:[\w:%\-\u00B7]|\\[_~.\-!$&'()*+,;=/?#@%]|\.(?=[\w:%\-\\]))*+)"
PNAME = r"(?:" + NAME + r")?:" + LOCAL
VAR = r"[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]++"
#: Whitespace and comments between terminals (wider than the grammar's: wider finds more).
GAP = re.compile(r"(?:\s++|\#[^\n\r]*+)*+")

#: Characters that start no other terminal: read as one run (brackets and operators are counted
#: from it), so a long run of punctuation is one token, not one per character.
_PUNCTUATION = r"(?:[^\w\s#'\"$:<?]|\d)++"
_REST = (
    r"(?P<ws>\s++)|(?P<comment>\#[^\n\r]*+)"
    r"|(?P<var>" + VAR + r")|(?P<pname>" + PNAME + r")|(?P<word>" + NAME + r")"
)
_WITH_IRIS = re.compile(r"(?P<iri>" + IRIREF + r")|" + _REST + r"|(?P<other>" + _PUNCTUATION + r"|.)", re.DOTALL)
_WITHOUT_IRIS = re.compile(_REST + r"|(?P<other>" + _PUNCTUATION.replace("<", "") + r"|.)", re.DOTALL)
#: A short string's body: up to its closing quote, a line end or the text's end.
_SHORT_BODY = {q: re.compile(r"(?:[^" + q + r"\\\n\r]++|\\.)*+", re.DOTALL) for q in "'\""}


class Token(NamedTuple):
    """One terminal: its type, text and offset; ``code`` is how much of it may hold a keyword."""

    type: str
    text: str
    start: int
    code: int  # the whole text for words and other characters, the prefix for a prefixed name

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class _Strings:
    """Where strings end, each found in linear time overall.

    An opening that does not close tells about later ones: no later long opening of the same
    quote closes, and no later short one on the same line (the escapes line up the same way).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.no_close: dict[str, int] = {}  # an opening before this offset does not close

    def end(self, pos: int) -> int:
        """End of the string opening at ``pos``, or -1 when it does not close."""
        text = self.text
        quote = text[pos:pos + 3]
        if quote in ("'''", '"""') and pos < self.no_close.get(quote, len(text) + 1):
            end = self._long_end(pos, quote)
            if end >= 0:
                return end
            self.no_close[quote] = pos
        quote = text[pos]
        if pos < self.no_close.get(quote, -1):
            return -1
        body = _SHORT_BODY[quote].match(text, pos + 1)
        stop = body.end() if body else pos + 1
        if stop < len(text) and text[stop] == quote:
            return stop + 1
        self.no_close[quote] = stop
        return -1

    def _long_end(self, start: int, quote: str) -> int:
        # The first closing quotes not escaped by an odd run of backslashes.
        text, at = self.text, start + 3
        while True:
            close = text.find(quote, at)
            if close < 0:
                return -1
            run = close - len(text[at:close].rstrip("\\")) if close > at else 0
            if run % 2 == 0:
                return close + 3
            at = close + 1


def tokens(text: str, *, iris: bool = True) -> list[Token]:
    """The terminals of ``text`` (whitespace and comments left out); ``iris=False`` reads ``<`` as
    an operator, never as the start of an IRI."""
    match_at = (_WITH_IRIS if iris else _WITHOUT_IRIS).match
    strings = _Strings(text)
    no_close = strings.no_close
    out: list[Token] = []
    append = out.append
    pos, size = 0, len(text)
    while pos < size:
        char = text[pos]
        if (char == "'" or char == '"') and (pos >= no_close.get(char, -1) or text.startswith(char * 3, pos)):
            end = strings.end(pos)
            if end >= 0:
                append(Token("string", text[pos:end], pos, 0))
                pos = end
                continue
        match = match_at(text, pos)
        assert match is not None  # (?P<other>.) matches any character
        kind = match.lastgroup
        end = match.end()
        if kind == "word" or kind == "other":
            append(Token(kind, text[pos:end], pos, end - pos))
        elif kind == "pname":
            value = text[pos:end]
            append(Token(kind, value, pos, value.index(":") + 1))
        elif kind != "ws" and kind != "comment":
            append(Token(kind or "other", text[pos:end], pos, 0))
        pos = end
    return out


class Lexed:
    """A text read both ways (``<`` as an IRI's start, and as an operator), to ask where keywords
    could be. The second reading is made only when a keyword is looked for and ``<`` occurs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokens(text)  # the grammar's own reading
        self._readings: list[tuple[list[Token], list[int]]] = [(self.tokens, [t.start for t in self.tokens])]

    def _both(self) -> list[tuple[list[Token], list[int]]]:
        if len(self._readings) == 1 and "<" in self.text:
            other = tokens(self.text, iris=False)
            self._readings.append((other, [t.start for t in other]))
        return self._readings

    def sites(self, keyword: str) -> dict[int, set[str]]:
        """Offsets where the parser could read ``keyword`` (any case) — in the code part of a token
        of either reading — each with the significant characters that could come before it (the
        previous token's last, or the one glued to it; "" at the start of the text)."""
        sites: dict[int, set[str]] = {}
        found = [m.start() for m in re.finditer(re.escape(keyword), self.text, re.IGNORECASE)]
        if not found:
            return sites
        for reading, starts in self._both():
            for at in found:
                i = bisect.bisect_right(starts, at) - 1
                if i < 0:
                    continue
                token = reading[i]
                offset = at - token.start
                if offset + len(keyword) <= token.code:
                    before = token.text[offset - 1] if offset else (reading[i - 1].text[-1] if i else "")
                    sites.setdefault(at, set()).add(before)
        return sites


def keyword_sites(text: str, keyword: str) -> set[int]:
    """Offsets where the parser could read ``keyword`` in ``text`` (see :class:`Lexed`)."""
    return set(Lexed(text).sites(keyword))


def skip_gap(text: str, pos: int) -> int:
    """``pos`` moved past whitespace and comments."""
    match = GAP.match(text, pos)
    return match.end() if match else pos
