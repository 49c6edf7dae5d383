"""The safety scan: what kg refuses before pyoxigraph runs a query or an update.

* ``SERVICE`` calls outside ``settings.service_allowlist``: every place the parser could read the
  keyword SERVICE (:meth:`kg.sparql.lexer.Lexed.sites`) followed by an endpoint and a group is a
  call. Its endpoint must be an absolute IRI on the allowlist, written out or through a prefix
  every declaration of which (in any prologue of the text) names it; a variable, a relative IRI or
  an undeclared prefix is refused.
* ``LOAD`` in updates: kg never fetches data named in a request.
* Nesting deeper than :data:`MAX_DEPTH` or more than :data:`MAX_OPERATORS` operators: the engine
  recurses over both and a deep enough query overflows its stack (a crash, not an error).

Also read on the way: the query form and whether a dataset clause (FROM) is given.

>>> scan("PREFIX w: <https://query.wikidata.org/> SELECT * { SERVICE w:sparql { ?s ?p ?o } }").services
('https://query.wikidata.org/sparql',)
>>> scan("PREFIX : <http://127.0.0.1:8000/> SELECT * { SERVICE:x {} }").services
('http://127.0.0.1:8000/x',)
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import QueryRefusedError, QueryTooComplexError, UserInputError
from kg.settings import Settings
from kg.sparql.lexer import IRIREF, PNAME, UCHAR, VAR, Lexed, Token, skip_gap
from kg.sparql.negotiation import Kind

#: Deepest nesting of brackets (and runs of '!') accepted; the query worker's stack holds far more.
MAX_DEPTH = 1000
#: Most operators accepted in one request: a chain of 300,000 '&&' overflows the worker's stack,
#: and the engine's time grows with the square of a chain of '+' (5,000 take 0.9 s, 10,000 2.6 s).
MAX_OPERATORS = 5_000

#: Functions whose value is not a function of the data: a query that could call one is never kept
#: (kg.sparql.cache).
VOLATILE = ("now", "rand", "uuid", "bnode")  # STRUUID contains UUID
_FORMS: dict[str, Kind] = {"SELECT": "solutions", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}
_IRIREF = re.compile(IRIREF)
_PNAME = re.compile(PNAME)
_VAR = re.compile(VAR)
_PNAME_NS = re.compile(r"(?:[^\W\d][\w.\-\u00B7]*+)?:")
_SILENT = re.compile(r"(?i:silent)")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_UNESCAPE = re.compile(UCHAR + r"|\\([_~.\-!$&'()*+,;=/?#@%])")
_OPENING = frozenset("{([")
_NESTING = re.compile(r"[{}()\[\]]|!+")
_NOT_OPERATORS = str.maketrans(dict.fromkeys("&|!=<>+-*/^"))

#: What an unresolvable endpoint is shown as.
UNKNOWN = ""


def _unescape(text: str) -> str:
    def repl(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return match.group(1)
        digits = match.group(0)[2:]  # after \u or \U
        return chr(int(digits, 16))

    return _UNESCAPE.sub(repl, text)


@dataclass(frozen=True)
class Scan:
    """What the safety scan learnt about a query or update."""

    kind: Kind | None  # None when the scan could not tell (the parser will say why)
    has_dataset: bool  # FROM / FROM NAMED present
    services: tuple[str, ...]  # every endpoint a SERVICE call could name ("" when it cannot be known)
    tokens: tuple[Token, ...]
    loads: int = 0  # places an update could LOAD
    volatile: bool = False  # it could call a function whose value is not the data's (NOW, RAND…)


def _term_at(text: str, pos: int) -> tuple[str, str] | None:
    """The IRI, prefixed name or variable at ``pos``, as (type, text)."""
    for kind, pattern in (("iri", _IRIREF), ("pname", _PNAME), ("var", _VAR)):
        match = pattern.match(text, pos)
        if match:
            return kind, match.group()
    return None


def _service_endpoints(text: str, site: int) -> list[tuple[str, str]]:
    """The endpoints of a SERVICE call whose keyword could start at ``site`` (none if no call fits):
    SERVICE, optionally SILENT, an IRI, prefixed name or variable, then a group."""
    found = []
    after = skip_gap(text, site + len("service"))
    starts = [after]
    silent = _SILENT.match(text, after)
    if silent:  # SERVICE SILENT x {…}, or SERVICE with an endpoint spelt silent…
        starts.append(skip_gap(text, silent.end()))
    for start in starts:
        term = _term_at(text, start)
        if term is not None and text.startswith("{", skip_gap(text, start + len(term[1]))):
            found.append(term)
    return found


def _declarations(lexed: Lexed) -> tuple[dict[str, set[str]], set[str]]:
    """Every prefix declaration and BASE anywhere the parser could read one: prefix -> IRIs, bases."""
    text = lexed.text
    prefixes: dict[str, set[str]] = {}
    for site in lexed.sites("prefix"):
        name = _PNAME_NS.match(text, skip_gap(text, site + len("prefix")))
        if name is None:
            continue
        iri = _IRIREF.match(text, skip_gap(text, name.end()))
        if iri is not None:
            prefixes.setdefault(name.group()[:-1], set()).add(_unescape(iri.group()[1:-1]))
    bases = set()
    for site in lexed.sites("base"):
        iri = _IRIREF.match(text, skip_gap(text, site + len("base")))
        if iri is not None:
            bases.add(_unescape(iri.group()[1:-1]))
    return prefixes, bases


def _resolve(term: tuple[str, str], prefixes: dict[str, set[str]]) -> set[str]:
    """Every absolute IRI ``term`` could name; UNKNOWN stands for one kg cannot know."""
    kind, value = term
    if kind == "iri":
        iri = _unescape(value[1:-1])
        return {iri if _SCHEME.match(iri) else UNKNOWN}  # relative: resolved against a base
    if kind == "pname":
        prefix, _, local = value.partition(":")
        namespaces = prefixes.get(prefix)
        if not namespaces:
            return {UNKNOWN}
        return {ns + _unescape(local) if _SCHEME.match(ns) else UNKNOWN for ns in namespaces}
    return {UNKNOWN}  # a variable


def _check_nesting(reading: list[Token]) -> None:
    """Refuse nesting deeper than MAX_DEPTH (brackets, and a run of '!' on top) and more than
    MAX_OPERATORS operator characters (counted generously: any character that can be one)."""
    depth = operators = 0
    for token in reading:
        if token.type != "other":
            continue
        text = token.text
        operators += len(text) - len(text.translate(_NOT_OPERATORS))
        if operators > MAX_OPERATORS:
            raise QueryTooComplexError(f"the query has more than {MAX_OPERATORS:,} operators")
        for match in _NESTING.finditer(text):
            char = match.group()
            if char[0] == "!":
                if depth + len(char) > MAX_DEPTH:
                    raise QueryTooComplexError(f"the query nests deeper than {MAX_DEPTH} levels")
            elif char in _OPENING:
                depth += 1
                if depth > MAX_DEPTH:
                    raise QueryTooComplexError(f"the query nests deeper than {MAX_DEPTH} levels")
            else:
                depth = max(depth - 1, 0)


def _braces(token: Token) -> int:
    """How much ``token`` changes the depth of braces."""
    return token.text.count("{") - token.text.count("}") if token.type == "other" else 0


def scan(text: str, *, base_iri: str | None = None) -> Scan:
    """Read ``text``'s form, dataset clause, SERVICE endpoints and LOADs (see the module docstring).

    ``base_iri`` is accepted for symmetry with the engine; relative endpoints are refused whatever
    the base, so it changes nothing here.

    >>> scan("SELECT * { ?s ?p 1SERVICE <http://evil.example/> {} }").services
    ('http://evil.example/',)
    """
    lexed = Lexed(text)
    _check_nesting(lexed.tokens)
    prefixes, _bases = _declarations(lexed)
    services: list[str] = []
    for site in sorted(lexed.sites("service")):
        for term in _service_endpoints(text, site):
            services.extend(sorted(_resolve(term, prefixes)))
    loads = sum(1 for site, before in lexed.sites("load").items() if _could_load(text, site, before))
    kind: Kind | None = None
    has_dataset = False
    depth = 0
    for token in lexed.tokens:
        depth = max(depth + _braces(token), 0)
        if token.type == "word" and depth == 0:
            word = token.text.upper()
            if word in _FORMS and kind is None:
                kind = _FORMS[word]
            elif word == "FROM":
                has_dataset = True
    volatile = any(lexed.sites(name) for name in VOLATILE)
    return Scan(kind, has_dataset, tuple(services), tuple(lexed.tokens), loads, volatile)


def _could_load(text: str, site: int, before: set[str]) -> bool:
    """Whether an update could LOAD at ``site``: an operation starts there (at the start, after ';'
    or after a prologue's IRI) and an IRI, prefixed name or SILENT follows."""
    if not before & {"", ";", ">"}:
        return False
    after = skip_gap(text, site + len("load"))
    return bool(_SILENT.match(text, after) or _IRIREF.match(text, after) or _PNAME.match(text, after))


def check_query(text: str, settings: Settings, *, base_iri: str | None = None, update: bool = False) -> Scan:
    """Refuse what kg never runs: SERVICE outside ``settings.service_allowlist``, LOAD, nesting
    beyond the limits (see the module docstring)."""
    result = scan(text, base_iri=base_iri)
    allowed = set(settings.service_allowlist)
    for endpoint in result.services:
        if endpoint not in allowed:
            shown = endpoint or "a variable, relative IRI or undeclared prefix"
            raise QueryRefusedError(
                f"SERVICE {shown} is not allowed; allowed endpoints: {', '.join(sorted(allowed)) or 'none'}"
            )
    if update and result.loads:
        raise QueryRefusedError("LOAD is not allowed: kg never fetches data named in an update")
    return result


def graph_iris(values: Iterable[str], parameter: str) -> tuple[ox.NamedNode, ...]:
    """The protocol's graph parameters as IRIs; anything else is the client's error (400)."""
    nodes = []
    for value in values:
        try:
            nodes.append(ox.NamedNode(value))
        except ValueError:
            raise UserInputError(f"{parameter} must be an absolute IRI, not {value!r}") from None
    return tuple(nodes)


def with_using(update: str, tokens: Iterable[Token], graphs: Iterable[ox.NamedNode],
               named: Iterable[ox.NamedNode]) -> str:
    """``update`` with USING clauses for the protocol's using-(named-)graph-uri parameters.

    The clauses are written from pyoxigraph terms (so an IRI is always one IRI), before each WHERE
    that ends an operation's template.
    """
    tokens = list(tokens)
    clause = "".join(f" USING {g}" for g in graphs) + "".join(f" USING NAMED {g}" for g in named) + " "
    if any(t.type == "word" and t.text.upper() in ("USING", "WITH") for t in tokens):
        raise UserInputError("using-graph-uri/using-named-graph-uri conflict with USING or WITH in the update")
    depth = 0
    inserts = []
    previous: Token | None = None
    for token in tokens:
        depth = max(depth + _braces(token), 0)
        if (token.type == "word" and token.text.upper() == "WHERE" and depth == 0
              and not (previous is not None and previous.type == "word" and previous.text.upper() == "DELETE")):
            inserts.append(token.start)
        previous = token
    for start in reversed(inserts):
        update = update[:start] + clause + update[start:]
    return update
