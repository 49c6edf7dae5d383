"""The query pool: query processes (:mod:`kg.sparql.worker`) that are killed when a query runs too long.

pyoxigraph has no timeout of its own and a thread cannot be stopped, so every query and update
runs in a worker process; :class:`QueryPool` takes a server-wide slot (:mod:`kg.sparql.slots`),
hands the job to an idle worker and kills it at the request's deadline. A worker opens the store
it is told to (an on-disk store's checkpoint, held while open; a graph file; a copy of an
in-memory store) and keeps it until the store's key changes; idle workers that hold an older key
are stopped as soon as a newer one is seen (a held checkpoint keeps its files on disk). One worker
is kept warm beyond those busy, so a cheap query never waits for a start.
A query in the cheap lane that outlives the lane's time moves to a general slot once one is free,
and is stopped (503, busy) only while every general slot holds a heavy query (:mod:`kg.sparql.slots`).
A worker that dies under a query is reported for what it was: the memory cap (503), or a crash.
"""
from __future__ import annotations

import collections
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any, Self

from kg import errors
from kg.errors import (
    KgError,
    QueryEngineError,
    QueryMemoryError,
    QueryTimeoutError,
    ServerBusyError,
    StoreError,
)
from kg.sparql.cache import ResultCache
from kg.sparql.slots import Slot, Slots
from kg.sparql.worker import Job
from kg.store.base import Snapshot

log = logging.getLogger(__name__)

#: Seconds an idle worker is kept beyond the most recently used one: a burst of queries does not
#: start processes again and again, and a quiet server lets them go.
IDLE_SECONDS = 60.0
#: How often a lane query past its time looks for a general slot.
MOVE_POLL_SECONDS = 0.05
#: Lines of a worker's stderr kept to tell why it died (a panic's backtrace follows its message).
TAIL_LINES = 400
#: How a Rust panic in the engine starts on stderr (the panic's message on the next line).
_PANIC = re.compile(r"thread '[^']*'(?: \(\d+\))? panicked at [^\n]*\n([^\n]*)")
@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    conn: Connection
    key: str | None = None
    tail: collections.deque[str] = field(default_factory=lambda: collections.deque(maxlen=TAIL_LINES))
    used: float = 0.0  # when it last finished a job


def _forward(stream: IO[bytes], tail: collections.deque[str]) -> None:
    """Copy a worker's stderr to ours, keeping its last lines."""
    for raw in iter(stream.readline, b""):
        line = raw.decode("utf-8", "replace")
        tail.append(line)
        sys.stderr.write(line)
    stream.close()


def _start_worker(memory_mb: int) -> _Worker:
    # A fresh interpreter rather than multiprocessing: forking a threaded web server is unsafe,
    # and spawn/forkserver re-run the __main__ script (gunicorn's, the CLI's, a test's).
    parent, child = socket.socketpair()
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    code = f"from kg.sparql.worker import worker_main; worker_main({child.fileno()}, {int(memory_mb)})"
    try:
        process = subprocess.Popen([sys.executable, "-c", code], pass_fds=[child.fileno()], env=env,
                                   stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, close_fds=True)
    finally:
        child.close()
    worker = _Worker(process, Connection(parent.detach()))
    assert process.stderr is not None
    threading.Thread(target=_forward, args=(process.stderr, worker.tail), daemon=True).start()
    return worker


class QueryPool:
    """Worker processes that run queries and updates, killed (and replaced) at the deadline.

    ``slots`` bounds how many run at once (server-wide when its folder is shared; an int is that
    many private slots); ``memory_mb`` caps what one query may allocate; ``cache_bytes`` of answers
    are kept per store content (:mod:`kg.sparql.cache`).
    """

    def __init__(self, slots: Slots | int = 1, *, memory_mb: int = 0, open_timeout: float = 300.0,
                 cache_bytes: int = 0) -> None:
        self.slots = slots if isinstance(slots, Slots) else Slots(slots)
        self.memory_mb = memory_mb
        self.open_timeout = open_timeout
        #: Answers kept per store content (kg.sparql.cache); 0 bytes: none kept.
        self.cache = ResultCache(cache_bytes)
        self._idle: list[_Worker] = []
        self._count = 0
        self._lock = threading.Lock()
        self._closed = False
        self._warm: Snapshot | None = None  # what a spare worker opens ahead of use

    @property
    def size(self) -> int:
        return self.slots.capacity

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

    # -- workers -----------------------------------------------------------------------------
    def _acquire(self, key: str) -> _Worker:
        with self._lock:
            if self._closed:
                raise StoreError("the query pool is closed")
            for i, worker in enumerate(self._idle):
                if worker.key == key:
                    return self._idle.pop(i)
            if self._idle:
                return self._idle.pop()
            self._count += 1
        try:
            return _start_worker(self.memory_mb)
        except BaseException:
            with self._lock:
                self._count -= 1
            raise

    def _release(self, worker: _Worker) -> None:
        now = time.monotonic()
        worker.used = now
        with self._lock:
            if self._closed:
                stale = [worker]
            else:
                self._idle.append(worker)
                stale = [w for w in self._idle[:-1] if now - w.used > IDLE_SECONDS]
                self._idle = [w for w in self._idle if w not in stale]
        for old in stale:
            self._stop(old)

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

    def _let_go_of_others(self, key: str) -> None:
        """Stop the idle workers that hold another version of the store: they would open it again
        before their next query anyway, and a checkpoint held keeps its files on disk."""
        with self._lock:
            stale = [w for w in self._idle if w.key is not None and w.key != key]
            self._idle = [w for w in self._idle if w not in stale]
        for worker in stale:
            self._stop(worker)

    def warm(self, snapshot: Snapshot | None) -> None:
        """Start a worker with ``snapshot`` open now, so the first query finds one ready."""
        self._warm = snapshot
        self._keep_one_warm()

    def _keep_one_warm(self) -> None:
        """Start a spare worker (with the store open) when none is idle, off the request's path."""
        with self._lock:
            if self._closed or self._idle or self._count >= self.slots.capacity + 1:
                return
            self._count += 1
        snapshot = self._warm

        def start() -> None:
            try:
                worker = _start_worker(self.memory_mb)
            except OSError:
                with self._lock:
                    self._count -= 1
                return
            if snapshot is not None:
                try:
                    reply = self._call(worker, ("open", snapshot), self.open_timeout)
                    if reply[0] == "ok":
                        worker.key = snapshot.key
                except (TimeoutError, EOFError, OSError):
                    self._stop(worker, kill=True)
                    return
            self._release(worker)

        threading.Thread(target=start, daemon=True).start()

    def _call(self, worker: _Worker, message: tuple[str, Any], timeout: float) -> tuple[Any, ...]:
        worker.conn.send(message)
        return self._receive(worker, timeout)

    def _receive(self, worker: _Worker, timeout: float) -> tuple[Any, ...]:
        if not worker.conn.poll(max(timeout, 0.0)):
            raise TimeoutError
        reply, retire = worker.conn.recv()
        if retire:  # it kept too much memory: answer, then let it go
            worker.key = "retired"
        return reply

    def _death(self, worker: _Worker) -> KgError:
        """What a worker that died under a job died of."""
        try:
            code = worker.process.wait(5)
        except subprocess.TimeoutExpired:
            code = None
        time.sleep(0.05)  # let the last stderr lines arrive
        tail = "".join(worker.tail)
        panic = _PANIC.search(tail)
        if panic:  # checked first: a panic aborts too, and prints an allocation failure when traced
            log.warning("a query process aborted, the engine panicked: %s", panic.group(0))
            return QueryEngineError(f"the query engine failed on this query ({panic.group(1).strip()}) and "
                                    "it was not answered; asking it otherwise (ORDER BY STR(?x), say) may work")
        if code == -signal.SIGABRT or "memory allocation of" in tail:
            if not self.memory_mb:
                return QueryMemoryError("the query process ran out of memory and was stopped")
            return QueryMemoryError(f"the query needed more than the {self.memory_mb} MiB a query may use "
                                    "and was stopped")
        return StoreError(f"the query process died (exit status {code}); the query was not answered")

    # -- jobs --------------------------------------------------------------------------------
    def run(self, snapshot: Snapshot, job: Job, timeout: float) -> tuple[Any, ...]:
        """Run a query on the store ``snapshot`` opens; stop it ``timeout`` seconds after the call."""
        return self._job(snapshot, ("query", job), timeout)

    def update(self, target: Snapshot, job: Job, timeout: float) -> tuple[Any, ...]:
        """Run an update on ``target`` (a store folder, or a copy of an in-memory store)."""
        return self._job(None, ("update", (target, job)), timeout)

    def _leave_the_lane(self, held: list[Slot], worker: _Worker, deadline: float) -> bool:
        """A lane query past the lane's time: move it to a general slot once one is free (True:
        stop it, while every general slot holds a heavy query, to keep the lane for cheap ones)."""
        while time.monotonic() < deadline:
            general = self.slots.general_or_all_heavy()
            if isinstance(general, Slot):
                held[0].release()
                held[0] = general
                return False
            if general:
                return True
            if worker.conn.poll(MOVE_POLL_SECONDS):  # done meanwhile
                return False
        return False

    def _job(self, snapshot: Snapshot | None, message: tuple[str, Any], timeout: float) -> tuple[Any, ...]:
        deadline = time.monotonic() + timeout
        held = [self.slots.take(deadline)]  # the slot may change: from the lane to a general one
        try:
            return self._on_worker(held, snapshot, message, timeout, deadline)
        finally:
            held[0].release()

    def _on_worker(self, held: list[Slot], snapshot: Snapshot | None, message: tuple[str, Any], timeout: float,
                   deadline: float) -> tuple[Any, ...]:
        cut_short = False
        if snapshot is not None:
            if self._warm is None or self._warm.key != snapshot.key:
                self._let_go_of_others(snapshot.key)
            self._warm = snapshot
        worker = self._acquire(snapshot.key if snapshot is not None else "")
        self._keep_one_warm()
        try:
            if snapshot is not None and worker.key != snapshot.key:
                # Opening (or loading a graph file) is not the query's time: its own, long limit.
                started = time.monotonic()
                reply = self._call(worker, ("open", snapshot), self.open_timeout)
                if reply[0] != "ok":
                    raise StoreError(reply[2])
                worker.key = snapshot.key
                deadline += time.monotonic() - started
            worker.conn.send(message)
            lane_end = time.monotonic() + self.slots.lane_timeout
            if held[0].lane and lane_end < deadline and not worker.conn.poll(self.slots.lane_timeout):
                cut_short = self._leave_the_lane(held, worker, deadline)
                if cut_short:
                    raise TimeoutError
            reply = self._receive(worker, deadline - time.monotonic())
        except TimeoutError:
            self._stop(worker, kill=True)
            if cut_short:
                raise ServerBusyError(
                    f"every query slot is busy with long queries and this one ran past the "
                    f"{self.slots.lane_timeout:g} s a query may take meanwhile; try again later") from None
            raise QueryTimeoutError(f"the query ran longer than {timeout:g} s and was stopped") from None
        except (EOFError, OSError):
            self._stop(worker, kill=True)
            raise self._death(worker) from None
        except BaseException:
            self._stop(worker, kill=True)
            raise
        if worker.key == "retired":
            self._stop(worker)
        else:
            self._release(worker)
        return reply


def raise_error(reply: tuple[Any, ...]) -> None:
    """Raise the error a worker reported (a reply of ("error", class name, message))."""
    _, name, message = reply
    error = getattr(errors, name, None)
    if isinstance(error, type) and issubclass(error, KgError):
        raise error(message)
    raise RuntimeError(message)
