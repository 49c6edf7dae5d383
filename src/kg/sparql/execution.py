"""``execute()`` and ``execute_update()``: a query or update from text to answer, checked on the way.

The request's parameters are read first (result formats negotiated by
:mod:`kg.sparql.negotiation`, dataset IRIs checked); then the whole job — the safety scan
(:mod:`kg.sparql.safety`), parsing, evaluation, serialisation — runs in a worker process of a
:class:`QueryPool` on the store's :meth:`~kg.store.Store.snapshot`, under the query timeout and
the memory cap. A remote store runs the query on its own server instead (the scan runs here: it
is linear, and the server has its own timeout). Results come back whole, so a stopped query is a
:class:`~kg.errors.QueryTimeoutError`, never a 200 cut short.
"""
from __future__ import annotations

import hmac
import logging
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

import pyoxigraph as ox

from kg.errors import (
    NotAcceptableError,
    UnauthorizedError,
    UserInputError,
)
from kg.settings import Settings
from kg.sparql.negotiation import choose_media_types, not_acceptable
from kg.sparql.pool import QueryPool, raise_error
from kg.sparql.results import QueryResult, serialize_results
from kg.sparql.safety import check_query, graph_iris, with_using
from kg.sparql.worker import Job
from kg.store.base import Store

log = logging.getLogger(__name__)
_JSON = "application/sparql-results+json"


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
    media_types = choose_media_types(accept, format)
    default_graphs = tuple(g.value for g in graph_iris(default_graph_uris, "default-graph-uri"))
    named_graphs = tuple(g.value for g in graph_iris(named_graph_uris, "named-graph-uri"))
    protocol_dataset = bool(default_graphs or named_graphs)
    job = Job(
        query=query,
        settings=settings,
        media_types=media_types,
        default_graphs=default_graphs if protocol_dataset else None,
        named_graphs=named_graphs if protocol_dataset else None,
        base_iri=base_iri,
    )
    snapshot = store.snapshot()
    if snapshot is None:
        return _result(_run_on_server(store, job))
    if pool is None:
        with QueryPool(1, memory_mb=settings.query_memory_mb) as own_pool:
            return _result(own_pool.run(snapshot, job, settings.query_timeout))
    key = None
    if cache and pool.cache.max_bytes:
        # The snapshot's key names the store's content: a finished write changes it. Only answers
        # the worker's scan finds to be the data's alone are kept (kg.sparql.cache.cacheable).
        key = (snapshot.key, query, tuple(sorted(media_types.items())), settings.max_rows, job.default_graphs,
               job.named_graphs, base_iri)
        kept = pool.cache.get(key)
        if kept is not None:
            return kept
    reply = pool.run(snapshot, job, settings.query_timeout)
    result = _result(reply)
    if key is not None and reply[-1] is True:
        pool.cache.put(key, result)
    return result


def _result(reply: tuple[Any, ...]) -> QueryResult:
    if reply[0] == "ok":
        media_type, body, kind, truncated = reply[1:5]  # a worker adds whether the answer may be kept
        return QueryResult(media_type, body, kind, truncated)
    if reply[1] == "bug":
        log.error("query worker failed:\n%s", reply[2])
        raise RuntimeError("query worker failed (see the log)")
    raise_error(reply)
    raise AssertionError("unreachable")


def _run_on_server(store: Store, job: Job) -> tuple[Any, ...]:
    """Run a query on a remote store (its own HTTP timeout applies), then cap and serialise here."""
    if job.default_graphs is not None:
        raise UserInputError("default-graph-uri/named-graph-uri are not supported over a remote store")
    scanned = check_query(job.query, job.settings, base_iri=job.base_iri)
    if scanned.kind is not None and job.media_types[scanned.kind] is None:
        raise NotAcceptableError(not_acceptable(scanned.kind))
    results = store.query(job.query)
    return ("ok", *serialize_results(results, job.media_types, job.settings.max_rows))


def execute_update(
    store: Store,
    update: str,
    *,
    token: str | None,
    settings: Settings,
    using_graph_uris: Iterable[str] = (),
    using_named_graph_uris: Iterable[str] = (),
    base_iri: str | None = None,
    pool: QueryPool | None = None,
) -> None:
    """Run a SPARQL Update, only with the configured ``settings.update_token``.

    LOAD and SERVICE outside the allowlist are refused; the protocol's ``using-graph-uri`` and
    ``using-named-graph-uri`` become USING clauses written from IRI terms. The update runs in a
    worker process like a query (same timeout, memory cap and scan) on the store's
    :meth:`~kg.store.Store.update_target`; the store then moves its version, so query workers see
    the change on their next query. A remote store runs it on its own server.
    """
    if not settings.update_token:
        raise UnauthorizedError("updates are disabled on this server (no update token is configured)")
    if not token or not hmac.compare_digest(token.encode(), settings.update_token.encode()):
        raise UnauthorizedError("updates need the server's bearer token")
    job = Job(
        query=update,
        settings=settings,
        media_types={},
        base_iri=base_iri,
        using_graphs=tuple(g.value for g in graph_iris(using_graph_uris, "using-graph-uri")),
        using_named_graphs=tuple(g.value for g in graph_iris(using_named_graph_uris, "using-named-graph-uri")),
    )
    start = time.monotonic()
    target = store.update_target(wait=settings.query_timeout)
    if target is None:  # a remote store: its server runs the update
        scanned = check_query(update, settings, base_iri=base_iri, update=True)
        text = update
        if job.using_graphs or job.using_named_graphs:
            text = with_using(update, scanned.tokens, graph_iris(job.using_graphs, "using-graph-uri"),
                              graph_iris(job.using_named_graphs, "using-named-graph-uri"))
        store.update(text, base_iri=base_iri)
        return
    content = None
    try:
        if pool is None:
            with QueryPool(1, memory_mb=settings.query_memory_mb) as own_pool:
                reply = own_pool.update(target, job, settings.query_timeout - (time.monotonic() - start))
        else:
            reply = pool.update(target, job, settings.query_timeout - (time.monotonic() - start))
        if reply[0] != "updated":
            _result(reply)
        content = reply[1]
    finally:
        store.after_update(content)


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
