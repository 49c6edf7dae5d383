"""Query answers as bytes: serialised in the negotiated format, capped at ``max_rows``, and read back.

pyoxigraph writes whole result sets only, so the cap on solutions goes through TSV (one solution
per line, read back losslessly); graphs are cut after ``max_rows`` triples. ``format_table``
turns an answer into the plain-text table ``kg query`` prints.
"""
from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.errors import NotAcceptableError
from kg.prefixes import ID, PREFIXES, curie, used_prefixes
from kg.sparql.negotiation import Kind, not_acceptable
from kg.store.base import serialized

#: Answers (Turtle, the terminal table) shorten kg's own resources too: ``id:state/Q30``.
ANSWER_PREFIXES = {"kg": PREFIXES["kg"], "id": ID, **PREFIXES}

def _results_format(media_type: str) -> ox.QueryResultsFormat:
    format = ox.QueryResultsFormat.from_media_type(media_type)
    assert format is not None, media_type  # negotiation offers only formats pyoxigraph writes
    return format


def _rdf_format(media_type: str) -> ox.RdfFormat:
    format = ox.RdfFormat.from_media_type(media_type)
    assert format is not None, media_type
    return format


@dataclass(frozen=True)
class QueryResult:
    """A serialised query answer: what to send and how to label it."""

    media_type: str
    body: bytes
    kind: Kind
    truncated: bool = False  # the row cap (settings.max_rows) cut the answer

    @property
    def content_type(self) -> str:
        """``media_type`` with a charset where the format is text."""
        if self.media_type.startswith("text/") or self.media_type == "application/n-triples":
            return self.media_type + "; charset=utf-8"
        return self.media_type


class _Capped(io.BytesIO):
    """A binary sink for TSV results that stops after ``limit`` lines (header included)."""

    class Full(Exception):
        pass

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit, self.lines = limit, 0

    def write(self, data: Any) -> int:
        written = super().write(data)
        self.lines += bytes(data).count(b"\n")
        if self.lines > self.limit:
            raise _Capped.Full
        return written


def serialize_results(results: Any, media_types: Mapping[Kind, str | None], max_rows: int) -> tuple[str, bytes, Kind, bool]:
    """(media type, bytes, kind, truncated) for pyoxigraph results, capped at ``max_rows``."""
    if isinstance(results, ox.QueryBoolean):
        media_type = media_types["boolean"]
        if media_type is None:
            raise NotAcceptableError(not_acceptable("boolean"))
        return media_type, serialized(results.serialize(format=_results_format(media_type))), "boolean", False
    if isinstance(results, ox.QuerySolutions):
        media_type = media_types["solutions"]
        if media_type is None:
            raise NotAcceptableError(not_acceptable("solutions"))
        # pyoxigraph serialises only whole result sets, so the cap goes through TSV, which has
        # one solution per line and which pyoxigraph reads back losslessly.
        sink = _Capped(max_rows + 1)
        try:
            results.serialize(sink, format=ox.QueryResultsFormat.TSV)
        except (_Capped.Full, OSError, RuntimeError):
            if sink.lines <= sink.limit:
                raise
        lines = sink.getvalue().split(b"\n")
        lines.pop()  # after the last newline (a lone empty line is a solution with nothing bound)
        truncated = len(lines) > max_rows + 1
        tsv = b"".join(line + b"\n" for line in lines[: max_rows + 1])
        capped = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
        return media_type, serialized(capped.serialize(format=_results_format(media_type))), "solutions", truncated
    media_type = media_types["graph"]
    if media_type is None:
        raise NotAcceptableError(not_acceptable("graph"))
    triples = list(itertools.islice(results, max_rows + 1))
    truncated = len(triples) > max_rows
    format = _rdf_format(media_type)
    if format.supports_datasets:
        items: list[Any] = [ox.Quad(t.subject, t.predicate, t.object) for t in triples[:max_rows]]
    else:
        items = triples[:max_rows]
    prefixes = None
    if format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        used = {t.value for triple in items for t in (triple.subject, triple.predicate, triple.object)
                if isinstance(t, ox.NamedNode)} | {t.datatype.value for triple in items
                                                   if isinstance(t := triple.object, ox.Literal)}
        prefixes = used_prefixes(used, ANSWER_PREFIXES)
    return media_type, serialized(ox.serialize(items, format=format, prefixes=prefixes)), "graph", truncated



def _cell(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        short = curie(term.value, ANSWER_PREFIXES)
        return short if short != term.value else f"<{term.value}>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"{term.value}@{term.language}"
        return term.value
    return str(term)


def format_table(result: QueryResult, *, width: int = 60) -> str:
    """SELECT results as a plain-text table (other kinds: their text); cells cut at ``width``."""
    if result.kind == "boolean":
        answer = ox.parse_query_results(result.body, format=_results_format(result.media_type))
        return "true" if bool(answer) else "false"
    if result.kind == "graph":
        return result.body.decode("utf-8")
    if result.media_type == "text/csv":
        reader = csv.reader(io.StringIO(result.body.decode("utf-8")))
        header, *rows = list(reader) or [[]]
    else:
        solutions = ox.parse_query_results(result.body, format=_results_format(result.media_type))
        assert isinstance(solutions, ox.QuerySolutions)  # result.kind says so
        header = [v.value for v in solutions.variables]
        rows = [[_cell(solution[v]) for v in header] for solution in solutions]

    def cut(text: str) -> str:
        text = text.replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cut(c) for c in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [" " + " | ".join(h.ljust(w) for h, w in zip(header, widths)), line]
    out += [" " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''}{', truncated' if result.truncated else ''})"
    return "\n".join([*out, footer])
