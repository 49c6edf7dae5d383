"""Reading the store for search and reconciliation: SELECT queries through ``kg.sparql.execute``.

Every read takes the one query path the SPARQL endpoint takes — the safety scan, the worker
process killed after ``settings.query_timeout``, the row cap — so a search can neither run
longer nor reach further than a query sent to ``/sparql``.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.prefixes import ID
from kg.prefixes import PREFIXES as ALL_PREFIXES
from kg.settings import Settings
from kg.sparql import QueryPool, execute
from kg.store import RemoteStore, Store

#: kg's prefixes, and ``id:`` for the resources it mints.
PREFIXES: dict[str, str] = {**ALL_PREFIXES, "id": ID}
_HEADER = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
_JSON = "application/sparql-results+json"
REMOTE_REFRESH = 300.0

Row = dict[str, Any]


@dataclass
class SparqlReader:
    """SELECTs over ``store`` (kg's prefixes prepended), answered as rows of pyoxigraph terms.

    ``pool`` is the app's query pool; without one each query starts its own worker (slow, but
    right for a one-off call from the CLI or a script).
    """

    store: Store
    settings: Settings
    pool: QueryPool | None = None

    def select(self, query: str) -> list[Row]:
        """Rows of a SELECT; :class:`kg.errors.QueryTimeoutError` when it runs too long."""
        return list(self._rows(query))

    def select_all(self, query: str, *, order_by: str) -> list[Row]:
        """Every row of a SELECT, in pages of the row cap when the cap cuts the answer."""
        page_size = self.settings.max_rows
        first = self._execute(query)
        rows = list(_parse(first.body))
        if not first.truncated:
            return rows
        rows, offset = [], 0
        while True:  # a stable order makes the pages add up to the whole answer
            result = self._execute(f"{query}\nORDER BY {order_by} LIMIT {page_size} OFFSET {offset}")
            page = list(_parse(result.body))
            rows += page
            if len(page) < page_size:
                return rows
            offset += page_size

    def version(self) -> str:
        """A key that changes whenever the store's content does: the store's own version, and
        for a remote store, which others may change behind its back, also every
        ``REMOTE_REFRESH`` seconds."""
        if isinstance(self.store, RemoteStore):
            return f"{self.store.version}@{int(time.time() // REMOTE_REFRESH)}"
        return str(self.store.version)

    def _rows(self, query: str) -> Iterator[Row]:
        yield from _parse(self._execute(query).body)

    def _execute(self, query: str) -> Any:
        return execute(self.store, _HEADER + query, accept=_JSON, settings=self.settings, pool=self.pool)


def _parse(body: bytes) -> Iterator[Row]:
    solutions = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    names = [v.value for v in solutions.variables]  # type: ignore[union-attr]
    for solution in solutions:  # type: ignore[union-attr]
        yield {name: solution[name] for name in names}


def values(nodes: Any) -> str:
    """Terms for a SPARQL ``VALUES`` block; only :class:`pyoxigraph.NamedNode` (checked IRIs) pass."""
    return " ".join(str(node) for node in nodes if isinstance(node, ox.NamedNode))
