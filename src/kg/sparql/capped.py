"""The row cap as the engine's own LIMIT: a SELECT runs for at most ``max_rows + 1`` solutions,
which are serialised once, straight into the format asked for.

pyoxigraph serialises whole result sets only, so capping an answer of unknown size means
counting its solutions on the way (:func:`kg.sparql.results.serialize_results` writes TSV, one
solution a line, then reads it back into the format asked for: a second serialisation of every
answer). A SELECT whose top level has no LIMIT is instead run with ``LIMIT max_rows + 1`` added
(the first ``max_rows + 1`` solutions of the same sequence: LIMIT applies last in SPARQL), so the
engine itself bounds the answer; only an answer long enough to hold ``max_rows + 1`` solutions is
counted, and only one that does is cut (through TSV, as before). A query whose own LIMIT is within
the cap needs neither. Other forms, and a SELECT with a larger LIMIT of its own, take the
general path. The query text a user sent is what any syntax error is reported against.

>>> with_limit("SELECT * WHERE { ?s ?p ?o } # all", 11)
('SELECT * WHERE { ?s ?p ?o } # all\\nLIMIT 11\\n', 11)
>>> with_limit("SELECT * { ?s ?p ?o } LIMIT 5", 11)
('SELECT * { ?s ?p ?o } LIMIT 5', 5)
>>> with_limit("ASK { ?s ?p ?o }", 11) is None
True
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from kg.errors import NotAcceptableError
from kg.sparql.negotiation import Kind, not_acceptable
from kg.sparql.results import serialize_results
from kg.sparql.safety import Scan, scan
from kg.store.base import serialized

#: The fewest bytes one solution takes in each results format (an empty solution: ``{}`` in
#: JSON, ``<result></result>`` in XML, a line end in TSV): an answer shorter than this many bytes
#: a solution cannot hold more solutions than the cap.
_MIN_SOLUTION_BYTES = {ox.QueryResultsFormat.JSON: 2, ox.QueryResultsFormat.XML: 17, ox.QueryResultsFormat.TSV: 1}


def with_limit(query: str, limit: int, scanned: Scan | None = None) -> tuple[str, int] | None:
    """``query`` run for at most ``limit`` solutions, and how many it can return; None when it is
    no SELECT, or its own top-level LIMIT is larger (the general path caps it). ``scanned`` is
    the query's safety scan, if made already.

    A misreading cannot change an answer: a LIMIT or VALUES clause the scan missed makes the
    capped text one the parser refuses, and the query then runs as sent.
    """
    parsed = scanned if scanned is not None else scan(query)
    if parsed.kind != "solutions":
        return None
    depth, values = 0, len(query)
    top = []
    for token in parsed.tokens:
        if depth == 0:
            top.append(token)
        depth = max(depth + token.text.count("{") - token.text.count("}") if token.type == "other" else depth, 0)
    for i, token in enumerate(top):
        word = token.text.upper() if token.type == "word" else ""
        if word == "LIMIT":
            following = top[i + 1] if i + 1 < len(top) else None
            digits = re.match(r"\d+", following.text) if following is not None and following.type == "other" else None
            if digits and int(digits.group()) <= limit:
                return query, int(digits.group())
            return None
        if word == "VALUES":  # a trailing VALUES block: LIMIT goes before it
            values = min(values, token.start)
    # LIMIT goes after every other solution modifier; on a line of its own, so a comment ending
    # the query does not swallow it.
    return f"{query[:values]}\nLIMIT {limit}\n{query[values:]}", limit


def run_capped(store: ox.Store, query: str, options: Mapping[str, Any], media_types: Mapping[Kind, str | None],
               max_rows: int, scanned: Scan | None = None) -> tuple[str, bytes, Kind, bool]:
    """Run ``query`` on ``store`` and serialise its answer capped at ``max_rows``:
    (media type, bytes, kind, truncated), as :func:`kg.sparql.results.serialize_results` returns."""
    limited = with_limit(query, max_rows + 1, scanned)
    if limited is None or media_types.get("solutions") is None:
        return serialize_results(store.query(query, **options), media_types, max_rows)
    text, bound = limited
    try:
        results = store.query(text, **options)
    except SyntaxError:
        # The user's own text, so the parser's message points into what they sent.
        return serialize_results(store.query(query, **options), media_types, max_rows)
    if not isinstance(results, ox.QuerySolutions):  # the scan misread the form: the parser knows best
        return serialize_results(results, media_types, max_rows)
    media_type = media_types["solutions"]
    if media_type is None:
        raise NotAcceptableError(not_acceptable("solutions"))
    format = ox.QueryResultsFormat.from_media_type(media_type)
    assert format is not None, media_type  # negotiation offers only formats pyoxigraph writes
    if format == ox.QueryResultsFormat.CSV:  # lossy: never read back, so it is written from TSV
        return serialize_results(results, media_types, max_rows)
    variables = [v.value for v in results.variables]
    body = serialized(results.serialize(format=format))
    if bound <= max_rows:
        return media_type, body, "solutions", False
    plain = format == ox.QueryResultsFormat.JSON and plain_json(body, variables)
    # The fewest bytes a solution takes: in plain JSON, the shortest variable bound to an empty
    # IRI ({"v":{"type":"uri","value":""}}); else an empty solution.
    fewest = 30 + min(len(v) for v in variables) if plain else _MIN_SOLUTION_BYTES[format]
    if len(body) < fewest * bound:
        return media_type, body, "solutions", False
    if count_solutions(body, format, variables, plain=plain) <= max_rows:
        return media_type, body, "solutions", False
    # One solution more than the cap: cut it through the general path (bounded by the LIMIT).
    return serialize_results(ox.parse_query_results(body, format=format), media_types, max_rows)


def plain_json(body: bytes, variables: list[str]) -> bool:
    """Whether ``body`` is compact JSON as pyoxigraph writes it, with plain ASCII variable names
    and no ``{}`` anywhere (an empty solution, or text that looks like one)."""
    return (bool(variables) and body.startswith(b'{"head":{"vars":[')
            and all(v.isascii() and v.replace("_", "").isalnum() for v in variables) and b"{}" not in body)


def count_solutions(body: bytes, format: ox.QueryResultsFormat, variables: list[str], *, plain: bool = False) -> int:
    r"""The solutions in a serialised SELECT answer.

    TSV: its lines (values escape line ends). XML: its ``<result>`` elements (text escapes ``<``).
    JSON that is ``plain`` (:func:`plain_json`): the objects that open with a variable's name right
    after ``[`` or ``,`` — no string can end there, as what follows a string's closing quote is
    never a name, and no other array holds objects. Other JSON: read back.

    >>> body = (b'{"head":{"vars":["a"]},"results":{"bindings":[{"a":{"type":"literal","value":",{"}},'
    ...         b'{"a":{"type":"literal","value":"[{\\"a\\":"}}]}}')
    >>> count_solutions(body, ox.QueryResultsFormat.JSON, ["a"], plain=plain_json(body, ["a"]))
    2
    """
    if format == ox.QueryResultsFormat.TSV:
        return body.count(b"\n") - 1  # the header line; every line ends with a newline
    if format == ox.QueryResultsFormat.XML:
        return body.count(b"<result>") + body.count(b"<result/>")
    if plain:
        names = b"|".join(re.escape(v.encode("ascii")) for v in variables)
        return sum(1 for _ in re.finditer(rb'[\[,]\{"(?:' + names + rb')":', body))
    parsed = ox.parse_query_results(body, format=format)
    assert isinstance(parsed, ox.QuerySolutions)  # a SELECT's answer
    return sum(1 for _ in parsed)
