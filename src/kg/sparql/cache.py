"""Answers kept per store content: the same query over the same checkpoint answers from memory.

A store's content is named by its snapshot key (a checkpoint's path, an in-memory store's
version), which changes with every finished write, so a kept answer is never stale: the next
query after a build misses and runs. Kept in each server process, least recently used first
out, up to ``result_cache_bytes`` (0: off). Queries whose answer is not a function of the data
are never kept: SERVICE (another server's data), and NOW(), RAND(), UUID(), STRUUID(), BNODE().

>>> from kg.sparql.results import QueryResult
>>> cache = ResultCache(1000)
>>> cache.put(("snapshot-1", "ASK {}"), QueryResult("application/sparql-results+json", b"{}", "boolean"))
>>> cache.get(("snapshot-1", "ASK {}")).body, cache.get(("snapshot-2", "ASK {}"))
(b'{}', None)
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable

from kg.sparql.results import QueryResult
from kg.sparql.safety import Scan


def cacheable(parsed: Scan) -> bool:
    """Whether the answer to the scanned query depends on the store's content alone (no SERVICE,
    no place the parser could read NOW, RAND, UUID, STRUUID or BNODE: :data:`kg.sparql.safety.VOLATILE`)."""
    return not parsed.services and not parsed.volatile


class ResultCache:
    """Serialised answers by key, least recently used out first, up to ``max_bytes`` of bodies."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max(0, max_bytes)
        self._entries: OrderedDict[Hashable, QueryResult] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: Hashable) -> QueryResult | None:
        with self._lock:
            result = self._entries.get(key)
            if result is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return result

    def put(self, key: Hashable, result: QueryResult) -> None:
        """Keep ``result`` unless it would take more than a quarter of the cache."""
        size = len(result.body)
        if size > self.max_bytes // 4:
            return
        with self._lock:
            if key in self._entries:
                self._bytes -= len(self._entries.pop(key).body)
            self._entries[key] = result
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, old = self._entries.popitem(last=False)
                self._bytes -= len(old.body)

