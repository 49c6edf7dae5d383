"""``execute()`` and ``execute_update()``: a query or update from text to answer, checked on the way.

A query is scanned for what kg refuses (:mod:`kg.sparql.safety`), its result format negotiated
(:mod:`kg.sparql.negotiation`), then run in a worker process of a :class:`QueryPool` on the
store's :meth:`~kg.store.Store.snapshot`, or on the server itself for a remote store. Results come
back whole, so a stopped query is a :class:`~kg.errors.QueryTimeoutError`, never a 200 cut short.
"""
from __future__ import annotations

import hmac
import logging
from collections.abc import Iterable
from typing import Any

from kg.errors import (
    KgError,
    NotAcceptableError,
    QuerySyntaxError,
    StoreError,
    UnauthorizedError,
    UserInputError,
)
from kg.settings import Settings
from kg.sparql.negotiation import choose_media_types, not_acceptable
from kg.sparql.pool import Job, QueryPool
from kg.sparql.results import QueryResult, serialize_results
from kg.sparql.safety import check_query, with_using
from kg.store.base import Store

log = logging.getLogger(__name__)

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
) -> QueryResult:
    """Run a SPARQL query on ``store`` and serialise its answer as the client accepts.

    ``default_graph_uris``/``named_graph_uris`` set the dataset as the SPARQL protocol does
    (overriding FROM / FROM NAMED); otherwise the default graph is the store's: the union of the
    article graphs, each triple once. Without a ``pool`` a one-off worker is started (the CLI);
    the endpoint keeps one pool for its life.
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
        reply = _run_on_server(store, job)
    elif pool is None:
        with QueryPool(1) as own_pool:
            reply = own_pool.run(snapshot, job, settings.query_timeout)
    else:
        reply = pool.run(snapshot, job, settings.query_timeout)
    return _result(reply)


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
