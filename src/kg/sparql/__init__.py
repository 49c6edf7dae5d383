"""The one query path shared by the CLI and the SPARQL endpoint: ``execute()``.

One module per job, data flowing down the list:

* :mod:`~kg.sparql.safety` — the scan that refuses ``SERVICE`` outside the allowlist and ``LOAD``;
* :mod:`~kg.sparql.negotiation` — result formats and content negotiation (werkzeug's);
* :mod:`~kg.sparql.pool` — worker processes that run queries and are killed on timeout;
* :mod:`~kg.sparql.results` — answers serialised, capped at ``max_rows``, and as a table;
* :mod:`~kg.sparql.execution` — ``execute()`` and ``execute_update()``, which use the rest, and
  ``Reader``: the same path for code that wants terms (the pages).

>>> from kg.settings import Settings
>>> from kg.store import open_store
>>> result = execute(open_store(":memory:"), "ASK {}", settings=Settings())
>>> result.media_type, result.body
('application/sparql-results+json', b'{"head":{},"boolean":true}')
"""
from __future__ import annotations

from kg.sparql.execution import Reader, execute, execute_update
from kg.sparql.negotiation import (
    FORMAT_NAMES,
    MEDIA_TYPE_ALIASES,
    RESULT_MEDIA_TYPES,
    Kind,
    choose_media_types,
    negotiate,
)
from kg.sparql.pool import QueryPool
from kg.sparql.results import QueryResult, format_table, serialize_results
from kg.sparql.safety import Scan, check_query, scan

__all__ = [
    "FORMAT_NAMES",
    "MEDIA_TYPE_ALIASES",
    "RESULT_MEDIA_TYPES",
    "Kind",
    "QueryPool",
    "QueryResult",
    "Reader",
    "Scan",
    "check_query",
    "choose_media_types",
    "execute",
    "execute_update",
    "format_table",
    "negotiate",
    "scan",
    "serialize_results",
]
