"""The query worker pool: fresh interpreters that run queries and are killed when one runs too long.

pyoxigraph has no timeout of its own and a thread cannot be stopped, so each query runs in a
worker process; :class:`QueryPool` kills the worker after ``timeout`` seconds and starts another.
A worker opens the store it is told to (an on-disk store's checkpoint, held while open; a graph
file; a copy of an in-memory store) and keeps it until the store's key changes.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Self

import pyoxigraph as ox

from kg.errors import NotAcceptableError, QueryTimeoutError, StoreError
from kg.sparql.cache import ResultCache
from kg.sparql.negotiation import Kind
from kg.sparql.results import serialize_results
from kg.store.base import Snapshot
from kg.store.checkpoints import Held


@dataclass(frozen=True)
class Job:
    """One query and how to answer it, as sent to a worker."""

    query: str
    media_types: dict[Kind, str | None]
    max_rows: int
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    base_iri: str | None



def run_job(store: ox.Store, job: Job) -> tuple[Any, ...]:
    """Run one query in a worker: ("ok", media type, body, kind, truncated) or ("error", kind, message)."""
    options: dict[str, Any] = {"base_iri": job.base_iri}
    if job.default_graphs is not None or job.named_graphs is not None:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs or ()]
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs or ()]
    try:
        results = store.query(job.query, **options)
        return ("ok", *serialize_results(results, job.media_types, job.max_rows))
    except SyntaxError as error:
        return ("error", "syntax", error.msg if hasattr(error, "msg") else str(error))
    except NotAcceptableError as error:
        return ("error", "not-acceptable", error.message)
    except ValueError as error:
        return ("error", "input", str(error))
    except OSError as error:
        return ("error", "store", str(error))
    except Exception:  # noqa: BLE001  # a bug: the parent logs the traceback and answers 500
        return ("error", "bug", traceback.format_exc())


def worker_main(fd: int) -> None:
    """A query worker (``python -c``): open stores when asked, run queries, until the socket closes."""
    # Ctrl-C and SIGTERM sent to the whole process group (a terminal, systemd, a supervisor)
    # are the parent's to handle: gunicorn's graceful shutdown lets queries in flight finish,
    # and a worker exits once its socket closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    conn = Connection(fd)
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
            try:
                held = payload.open()
                conn.send(("ok",))
            except Exception as error:  # noqa: BLE001  # whatever it is, the parent reports it
                conn.send(("error", "store", f"cannot open the store: {error}"))
        elif held is None:
            conn.send(("error", "store", "no store is open"))
        else:
            conn.send(run_job(held.store, payload))




@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    conn: Connection
    key: str | None = None


def _start_worker() -> _Worker:
    # A fresh interpreter rather than multiprocessing: forking a threaded web server is unsafe,
    # and spawn/forkserver re-run the __main__ script (gunicorn's, the CLI's, a test's).
    parent, child = socket.socketpair()
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    code = f"from kg.sparql.pool import worker_main; worker_main({child.fileno()})"
    try:
        process = subprocess.Popen([sys.executable, "-c", code], pass_fds=[child.fileno()], env=env,
                                   stdin=subprocess.DEVNULL, close_fds=True)
    finally:
        child.close()
    return _Worker(process, Connection(parent.detach()))


class QueryPool:
    """Worker processes that run queries and are killed, then replaced, when one runs too long.

    Workers are fresh interpreters that open the store's checkpoint read-only (or load the graph
    file, or a copy of an in-memory store) once, then serve queries; at most ``size`` run at a time.
    """

    def __init__(self, size: int = 1, *, open_timeout: float = 300.0, cache_bytes: int = 0) -> None:
        self.size = max(1, size)
        self.open_timeout = open_timeout
        #: Answers kept per store content (kg.sparql.cache); 0 bytes: none kept.
        self.cache = ResultCache(cache_bytes)
        self._idle: list[_Worker] = []
        self._count = 0
        self._lock = threading.Condition()
        self._closed = False

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every idle worker; busy ones stop when handed back."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            self._stop(worker)

    def _acquire(self, wait: float) -> _Worker:
        deadline = time.monotonic() + wait
        with self._lock:
            while True:
                if self._closed:
                    raise StoreError("the query pool is closed")
                if self._idle:
                    return self._idle.pop()
                if self._count < self.size:
                    self._count += 1
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    raise QueryTimeoutError("the server is busy with other queries; try again later")
                self._lock.wait(left)
        try:
            return _start_worker()
        except BaseException:
            with self._lock:
                self._count -= 1
                self._lock.notify()
            raise

    def _release(self, worker: _Worker) -> None:
        with self._lock:
            if not self._closed:
                self._idle.append(worker)
                self._lock.notify()
                return
        self._stop(worker)

    def _stop(self, worker: _Worker, *, kill: bool = False) -> None:
        try:
            worker.conn.close()  # a live worker exits when its socket closes
            if kill:
                worker.process.kill()
            try:
                worker.process.wait(5)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait(5)
        finally:
            with self._lock:
                self._count -= 1
                self._lock.notify()

    def _call(self, worker: _Worker, message: tuple[str, Any], timeout: float) -> tuple[Any, ...]:
        worker.conn.send(message)
        if not worker.conn.poll(timeout):
            raise TimeoutError
        return worker.conn.recv()

    def run(self, snapshot: Snapshot, job: Job, timeout: float) -> tuple[Any, ...]:
        """Run ``job`` on the store ``snapshot`` opens; kill the worker after ``timeout`` seconds."""
        worker = self._acquire(timeout)
        try:
            if worker.key != snapshot.key:
                # Opening (or loading a graph file) is not the query's time: its own, long limit.
                reply = self._call(worker, ("open", snapshot), self.open_timeout)
                if reply[0] != "ok":
                    raise StoreError(reply[2])
                worker.key = snapshot.key
            reply = self._call(worker, ("query", job), timeout)
        except TimeoutError:
            self._stop(worker, kill=True)
            raise QueryTimeoutError(f"the query ran longer than {timeout:g} s and was stopped") from None
        except (EOFError, OSError) as error:
            self._stop(worker, kill=True)
            raise StoreError(f"the query worker failed ({error or 'it exited'}); the query was not run") from None
        except BaseException:
            self._stop(worker, kill=True)
            raise
        self._release(worker)
        return reply

