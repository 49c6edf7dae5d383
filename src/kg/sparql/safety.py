"""The safety scan: what kg refuses before pyoxigraph sees a query or update.

The scanner tokenises with SPARQL's own terminals, so it sees exactly what the parser will:
``SERVICE`` endpoints (refused outside ``settings.service_allowlist``), ``LOAD`` in updates
(refused: kg never fetches data named in a request), the query form and a dataset clause.

>>> scan("PREFIX w: <https://query.wikidata.org/> SELECT * { SERVICE w:sparql { ?s ?p ?o } }").services
('https://query.wikidata.org/sparql',)
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin

from kg.errors import QueryRefusedError, UserInputError
from kg.settings import Settings
from kg.sparql.negotiation import Kind

# Spec-exact terminals (SPARQL 1.1 §19.8), so comments and strings hide exactly what they hide
# from pyoxigraph's parser; anything the scanner cannot classify is looked at, not skipped.
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|""" + _UCHAR + r""")*>)
  | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<pname>(?:[^\W\d_][\w.\-\u00B7]*)?:(?:[\w:%\-\u00B7]|\\[_~.\-!$&'()*+,;=/?\#@%]|\.(?=[\w:%\-\\]))*)
  | (?P<word>[^\W\d][\w\-]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_UNESCAPE = re.compile(_UCHAR + r"|\\([_~.\-!$&'()*+,;=/?#@%])")
_FORMS: dict[str, Kind] = {"SELECT": "solutions", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}


def _unescape(text: str) -> str:
    def repl(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return match.group(1)
        digits = match.group(0)[2:]  # after \\u or \\U
        return chr(int(digits, 16))

    return _UNESCAPE.sub(repl, text)


@dataclass(frozen=True)
class Token:
    """One terminal of the query text: its type, text, offset and how many braces enclose it."""

    type: str
    text: str
    start: int
    depth: int  # braces open before the token


def _tokens(text: str) -> list[Token]:
    out, depth = [], 0
    for match in _TOKEN.finditer(text):
        type_ = match.lastgroup or "other"
        if type_ in ("ws", "comment"):
            continue
        value = match.group()
        if value == "}":
            depth = max(depth - 1, 0)
        out.append(Token(type_, value, match.start(), depth))
        if value == "{":
            depth += 1
    return out


@dataclass(frozen=True)
class Scan:
    """What the safety scan learnt about a query or update."""

    kind: Kind | None  # None when the scan could not tell (the parser will say why)
    has_dataset: bool  # FROM / FROM NAMED present
    services: tuple[str, ...]  # resolved SERVICE endpoints
    tokens: tuple[Token, ...]


def scan(text: str, *, base_iri: str | None = None) -> Scan:
    """Tokenise ``text`` and collect its form, dataset clause and SERVICE endpoints.

    >>> scan("PREFIX w: <https://query.wikidata.org/> SELECT * { SERVICE w:sparql { ?s ?p ?o } }").services
    ('https://query.wikidata.org/sparql',)
    """
    tokens = _tokens(text)
    prefixes: dict[str, str] = {}
    base = base_iri
    kind: Kind | None = None
    has_dataset = False
    services: list[str] = []

    def resolve(token: Token) -> str | None:
        if token.type == "iri":
            iri = _unescape(token.text[1:-1])
            return urljoin(base, iri) if base else iri
        if token.type == "pname":
            prefix, _, local = token.text.partition(":")
            if prefix in prefixes:
                return prefixes[prefix] + _unescape(local)
        return None

    for i, token in enumerate(tokens):
        word = token.text.upper() if token.type == "word" else None
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if word == "BASE" and following is not None and following.type == "iri":
            base = resolve(following)
        elif word == "PREFIX" and following is not None and following.type == "pname" and i + 2 < len(tokens):
            target = resolve(tokens[i + 2])
            if target is not None:
                prefixes[following.text.partition(":")[0]] = target
        elif word in _FORMS and kind is None and token.depth == 0:
            kind = _FORMS[word]
        elif word == "FROM" and token.depth == 0:
            has_dataset = True
        elif word == "SERVICE":
            j = i + 1
            if j < len(tokens) and tokens[j].text.upper() == "SILENT":
                j += 1
            # An endpoint that is a variable or cannot be resolved is kept as "" and refused.
            services.append((resolve(tokens[j]) if j < len(tokens) else None) or "")
    return Scan(kind, has_dataset, tuple(services), tuple(tokens))


def check_query(text: str, settings: Settings, *, base_iri: str | None = None, update: bool = False) -> Scan:
    """Refuse what kg never runs: SERVICE outside ``settings.service_allowlist``, LOAD."""
    result = scan(text, base_iri=base_iri)
    allowed = set(settings.service_allowlist)
    for endpoint in result.services:
        if endpoint not in allowed:
            shown = endpoint or "a variable or unknown endpoint"
            raise QueryRefusedError(
                f"SERVICE {shown} is not allowed; allowed endpoints: {', '.join(sorted(allowed)) or 'none'}"
            )
    if update and any(t.type == "word" and t.text.upper() == "LOAD" for t in result.tokens):
        raise QueryRefusedError("LOAD is not allowed: kg never fetches data named in an update")
    return result


def with_using(update: str, tokens: Iterable[Token], graphs: Iterable[str], named: Iterable[str]) -> str:
    """``update`` with USING clauses for the protocol's using-(named-)graph-uri parameters."""
    tokens = list(tokens)
    clause = "".join(f" USING <{g}>" for g in graphs) + "".join(f" USING NAMED <{g}>" for g in named) + " "
    if any(t.type == "word" and t.text.upper() in ("USING", "WITH") and t.depth == 0 for t in tokens):
        raise UserInputError("using-graph-uri/using-named-graph-uri conflict with USING or WITH in the update")
    inserts = [
        t.start
        for prev, t in zip([None, *tokens], tokens)
        if t.type == "word" and t.text.upper() == "WHERE" and t.depth == 0
        and not (prev is not None and prev.type == "word" and prev.text.upper() == "DELETE")
    ]
    for start in reversed(inserts):
        update = update[:start] + clause + update[start:]
    return update

