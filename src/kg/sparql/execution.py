"""``execute()`` and ``execute_update()``: a query or update from text to answer, checked on the way.

A query is scanned for what kg refuses (:mod:`kg.sparql.safety`), its result format negotiated
(:mod:`kg.sparql.negotiation`), then run in a worker process of a :class:`QueryPool` on the
store's :meth:`~kg.store.Store.snapshot`, or on the server itself for a remote store. Results come
back whole, so a stopped query is a :class:`~kg.errors.QueryTimeoutError`, never a 200 cut short.
"""
from __future__ import annotations

import hmac
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

import pyoxigraph as ox

from kg.errors import (
    KgError,
    NotAcceptableError,
    QuerySyntaxError,
    StoreError,
    UnauthorizedError,
    UserInputError,
)
from kg.settings import Settings
from kg.sparql.cache import cacheable
from kg.sparql.negotiation import choose_media_types, not_acceptable
from kg.sparql.pool import Job, QueryPool
from kg.sparql.results import QueryResult, serialize_results
from kg.sparql.safety import check_query, with_using
from kg.store.base import Store

log = logging.getLogger(__name__)
_JSON = "application/sparql-results+json"

# Worker errors by the kind the worker reports.
_ERRORS: dict[str, type[KgError]] = {
    "syntax": QuerySyntaxError,
    "not-acceptable": NotAcceptableError,
    "input": UserInputError,
    "store": StoreError,
}


def execute(
    store: Store,
    query: str,
    *,
    accept: str | None = None,
    format: str | None = None,
    default_graph_uris: Iterable[str] = (),
    named_graph_uris: Iterable[str] = (),
    settings: Settings,
    base_iri: str | None = None,
    pool: QueryPool | None = None,
    cache: bool = True,
) -> QueryResult:
    """Run a SPARQL query on ``store`` and serialise its answer as the client accepts.

    ``default_graph_uris``/``named_graph_uris`` set the dataset as the SPARQL protocol does
    (overriding FROM / FROM NAMED); otherwise the default graph is the store's: the union of the
    article graphs, each triple once. Without a ``pool`` a one-off worker is started (the CLI);
    the endpoint keeps one pool for its life, and with it answers kept per store content
    (:mod:`kg.sparql.cache`; ``cache=False`` runs the query all the same).
    """
    parsed = check_query(query, settings, base_iri=base_iri)
    media_types = choose_media_types(accept, format)
    if parsed.kind is not None and media_types[parsed.kind] is None:
        raise NotAcceptableError(not_acceptable(parsed.kind))
    default_graphs, named_graphs = tuple(default_graph_uris), tuple(named_graph_uris)
    protocol_dataset = bool(default_graphs or named_graphs)
    job = Job(
        query=query,
        media_types=media_types,
        max_rows=settings.max_rows,
        default_graphs=default_graphs if protocol_dataset else None,
        named_graphs=named_graphs if protocol_dataset else None,
        base_iri=base_iri,
    )
    snapshot = store.snapshot()
    if snapshot is None:
        return _result(_run_on_server(store, job))
    if pool is None:
        with QueryPool(1) as own_pool:
            return _result(own_pool.run(snapshot, job, settings.query_timeout))
    key = None
    if cache and pool.cache.max_bytes and cacheable(parsed):
        # The snapshot's key names the store's content: a finished write changes it.
        key = (snapshot.key, job.query, tuple(sorted(media_types.items())), job.max_rows, job.default_graphs,
               job.named_graphs, job.base_iri)
        kept = pool.cache.get(key)
        if kept is not None:
            return kept
    result = _result(pool.run(snapshot, job, settings.query_timeout))
    if key is not None:
        pool.cache.put(key, result)
    return result


def _result(reply: tuple[Any, ...]) -> QueryResult:
    if reply[0] == "ok":
        _, media_type, body, kind, truncated = reply
        return QueryResult(media_type, body, kind, truncated)
    _, kind, message = reply
    if kind == "bug":
        log.error("query worker failed:\n%s", message)
        raise RuntimeError("query worker failed (see the log)")
    raise _ERRORS[kind](message)


def _run_on_server(store: Store, job: Job) -> tuple[Any, ...]:
    """Run a query on a remote store (its own HTTP timeout applies), then cap and serialise here."""
    if job.default_graphs is not None:
        raise UserInputError("default-graph-uri/named-graph-uri are not supported over a remote store")
    try:
        results = store.query(job.query)
        return ("ok", *serialize_results(results, job.media_types, job.max_rows))
    except NotAcceptableError as error:
        return ("error", "not-acceptable", error.message)


def execute_update(
    store: Store,
    update: str,
    *,
    token: str | None,
    settings: Settings,
    using_graph_uris: Iterable[str] = (),
    using_named_graph_uris: Iterable[str] = (),
    base_iri: str | None = None,
) -> None:
    """Run a SPARQL Update, only with the configured ``settings.update_token``.

    LOAD and SERVICE outside the allowlist are refused; the protocol's ``using-graph-uri`` and
    ``using-named-graph-uri`` become USING clauses. Query workers see the change on their next
    query (the store's version moves).
    """
    if not settings.update_token:
        raise UnauthorizedError("updates are disabled on this server (no update token is configured)")
    if not token or not hmac.compare_digest(token.encode(), settings.update_token.encode()):
        raise UnauthorizedError("updates need the server's bearer token")
    parsed = check_query(update, settings, base_iri=base_iri, update=True)
    graphs, named = tuple(using_graph_uris), tuple(using_named_graph_uris)
    if graphs or named:
        update = with_using(update, parsed.tokens, graphs, named)
    store.update(update, base_iri=base_iri)


class Reader:
    """Reads for code that wants terms, not bytes — the pages, Graph Store reads, the service
    description — through :func:`execute`: the same worker processes, timeout and freshness as
    ``/sparql``. Offers what :class:`kg.store.Store` does (``select``, ``ask``, ``construct``), so
    the pages read from either.
    """

    def __init__(self, store: Store, settings: Settings, pool: QueryPool | None = None) -> None:
        self.store = store
        self.settings = settings
        self.pool = pool

    def _run(self, sparql: str, accept: str, settings: Settings | None = None) -> QueryResult:
        return execute(self.store, sparql, accept=accept, settings=settings or self.settings, pool=self.pool)

    def select(self, sparql: str) -> ox.QuerySolutions:
        """The solutions of a SELECT query (capped at ``max_rows``)."""
        result = self._run(sparql, _JSON)
        solutions = ox.parse_query_results(result.body, format=ox.QueryResultsFormat.JSON)
        if not isinstance(solutions, ox.QuerySolutions):
            raise UserInputError("expected a SELECT query")
        return solutions

    def ask(self, sparql: str) -> bool:
        """The answer of an ASK query."""
        answer = ox.parse_query_results(self._run(sparql, _JSON).body, format=ox.QueryResultsFormat.JSON)
        if not isinstance(answer, ox.QueryBoolean):
            raise UserInputError("expected an ASK query")
        return bool(answer)

    def construct(self, sparql: str) -> Iterator[ox.Triple]:
        """The triples of a CONSTRUCT or DESCRIBE query (capped at ``max_rows``)."""
        body = self._run(sparql, "application/n-triples").body
        return (q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES))

    def graph(self, sparql: str, media_type: str) -> QueryResult:
        """A CONSTRUCT's whole answer serialised as ``media_type``: no row cap (a Graph Store read
        is a whole graph or nothing), the timeout still applies."""
        return self._run(sparql, media_type, replace(self.settings, max_rows=sys.maxsize - 1))
