"""The query process: a fresh interpreter that opens a store and runs its pool's queries and updates.

Everything a request asks of the engine happens here, where the pool can stop it: the safety scan,
parsing, evaluation and serialisation. The engine runs on a thread with a stack big enough for the
nesting the scan lets through (pyoxigraph recurses over a query's structure; on a normal thread
2,000 nested groups crash it), and under a memory cap: the process may grow ``memory_mb`` past what
it holds with its store open, and an allocation beyond that stops it (the pool answers 503).
"""
from __future__ import annotations

import os
import resource
import signal
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from kg.errors import KgError, QuerySyntaxError, StoreLockedError, UserInputError
from kg.settings import Settings
from kg.sparql.cache import cacheable
from kg.sparql.capped import run_capped
from kg.sparql.negotiation import Kind, not_acceptable
from kg.sparql.safety import check_query, graph_iris, with_using
from kg.store.base import Snapshot
from kg.store.checkpoints import Held
from kg.store.union import RESYNC_DEFAULT_GRAPH

#: The engine thread's stack: 30,000 nested groups parse on it; the scan allows 1,000.
ENGINE_STACK = 256 * 1024 * 1024
#: How long an update waits for another writer (a build, another update) to let go of the store.
LOCK_WAIT = 2.0


@dataclass(frozen=True)
class Job:
    """One query or update and how to answer it, as sent to a worker."""

    query: str
    settings: Settings  # the allowlist and limits the scan checks against
    media_types: dict[Kind, str | None]
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    base_iri: str | None = None
    using_graphs: tuple[str, ...] = ()
    using_named_graphs: tuple[str, ...] = ()


def error_reply(error: BaseException) -> tuple[Any, ...]:
    """("error", the KgError's class name, message); anything else is a bug with its traceback."""
    if isinstance(error, KgError):
        return ("error", type(error).__name__, error.message)
    if isinstance(error, SyntaxError):
        return ("error", "QuerySyntaxError", getattr(error, "msg", None) or str(error))
    if isinstance(error, MemoryError):
        return ("error", "QueryMemoryError", "the query needed more memory than a query may use and was stopped")
    if isinstance(error, ValueError):
        return ("error", "UserInputError", str(error))
    if isinstance(error, OSError):
        return ("error", "StoreError", str(error))
    return ("error", "bug", "".join(traceback.format_exception(error)))


def run_query(store: ox.Store, job: Job) -> tuple[Any, ...]:
    """Scan, run and serialise one query: ("ok", media type, body, kind, truncated, whether the
    answer may be kept) or an error."""
    scanned = None
    try:
        scanned = check_query(job.query, job.settings, base_iri=job.base_iri)
        if scanned.kind is not None and job.media_types[scanned.kind] is None:
            return ("error", "NotAcceptableError", not_acceptable(scanned.kind))
        options: dict[str, Any] = {"base_iri": job.base_iri}
        if job.default_graphs is not None or job.named_graphs is not None:
            options["default_graph"] = list(graph_iris(job.default_graphs or (), "default-graph-uri"))
            options["named_graphs"] = list(graph_iris(job.named_graphs or (), "named-graph-uri"))
        answer = run_capped(store, job.query, options, job.media_types, job.settings.max_rows, scanned)
        return ("ok", *answer, cacheable(scanned))
    except (OSError, RuntimeError) as error:
        if scanned is not None and scanned.services:  # the allowed endpoint failed, not the store
            return ("error", "ServiceError", f"a SERVICE call failed: {error}")
        return error_reply(error)
    except Exception as error:  # noqa: BLE001  # reported to the pool, which raises it there
        return error_reply(error)


def run_update(target: Snapshot, job: Job) -> tuple[Any, ...]:
    """Scan and run one update on ``target``: ("updated", N-Quads of a copy, or None) or an error."""
    try:
        scanned = check_query(job.query, job.settings, base_iri=job.base_iri, update=True)
        text = job.query
        if job.using_graphs or job.using_named_graphs:
            text = with_using(text, scanned.tokens, graph_iris(job.using_graphs, "using-graph-uri"),
                              graph_iris(job.using_named_graphs, "using-named-graph-uri"))
            check_query(text, job.settings, base_iri=job.base_iri, update=True)
        if target.kind == "directory":
            _update_directory(target.location, text, job.base_iri)
            return ("updated", None)
        copy = target.open().store
        copy.update(text, base_iri=job.base_iri)
        copy.update(RESYNC_DEFAULT_GRAPH)  # the default graph is the union again (kg.store.union)
        return ("updated", copy.dump(format=ox.RdfFormat.N_QUADS))
    except Exception as error:  # noqa: BLE001  # reported to the pool, which raises it there
        return error_reply(error)


def _update_directory(location: str, text: str, base_iri: str | None) -> None:
    """One update on the on-disk store, as its one writer (the lock is held only meanwhile)."""
    from kg.store.opening import open_directory

    waited_until = time.monotonic() + LOCK_WAIT
    while True:
        try:
            store = open_directory(_path(location), read_only=False, create=False)
            break
        except StoreLockedError:
            if time.monotonic() > waited_until:
                raise
            time.sleep(0.05)
    try:
        store.update(text, base_iri=base_iri)
    except QuerySyntaxError:
        raise
    except ValueError as error:
        raise UserInputError(str(error)) from None
    finally:
        store.close()


def _path(location: str):  # pathlib only where needed: the worker imports little
    from pathlib import Path

    return Path(location)


class MemoryCap:
    """RLIMIT_DATA set ``memory_mb`` above what the process holds once its store is open (Linux)."""

    def __init__(self, memory_mb: int) -> None:
        self.extra = memory_mb * 1024 * 1024
        self.baseline = 0
        self.enabled = memory_mb > 0 and os.path.exists("/proc/self/status")

    @staticmethod
    def data_bytes() -> int:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
        return 0

    def lift(self) -> None:
        if self.enabled:
            _, hard = resource.getrlimit(resource.RLIMIT_DATA)
            resource.setrlimit(resource.RLIMIT_DATA, (hard, hard))

    def set(self) -> None:
        """Cap from here: the process as it is now, plus ``memory_mb``."""
        if self.enabled:
            self.baseline = self.data_bytes()
            _, hard = resource.getrlimit(resource.RLIMIT_DATA)
            soft = self.baseline + self.extra
            resource.setrlimit(resource.RLIMIT_DATA, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))

    def grown(self) -> bool:
        """Whether the process kept more than half its allowance after a query (time to retire)."""
        return self.enabled and self.data_bytes() > self.baseline + self.extra // 2


def worker_main(fd: int, memory_mb: int = 0) -> None:
    """A query process (``python -c``): serve the pool on the socket ``fd`` until it closes."""
    # Ctrl-C and SIGTERM sent to the whole process group (a terminal, systemd, a supervisor)
    # are the parent's to handle: gunicorn's graceful shutdown lets queries in flight finish,
    # and a worker exits once its socket closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.stack_size(ENGINE_STACK)
    engine = threading.Thread(target=_serve, args=(Connection(fd), MemoryCap(memory_mb)), name="engine")
    engine.start()
    engine.join()


def _serve(conn: Connection, cap: MemoryCap) -> None:
    held: Held | None = None
    while True:
        try:
            message, payload = conn.recv()
        except (EOFError, OSError):
            return
        if message == "open":
            if held is not None:  # let go of the old store (and its checkpoint) before opening the new
                held.release()
                held = None
            cap.lift()
            try:
                held = payload.open()
                reply: tuple[Any, ...] = ("ok",)
            except Exception as error:  # noqa: BLE001  # whatever it is, the parent reports it
                reply = ("error", "StoreError", f"cannot open the store: {error}")
            cap.set()
        elif message == "update":
            target, job = payload
            cap.lift()  # an update opens its own store; cap what it does from there
            cap.set()
            reply = run_update(target, job)
        elif held is None:
            reply = ("error", "StoreError", "no store is open")
        else:
            reply = run_query(held.store, payload)
        conn.send((reply, cap.grown()))
