"""An on-disk store's folder: the one writer's lock, the database opened for writing, a first checkpoint.

One process at a time writes a folder: it holds an exclusive ``flock`` on :data:`LOCK_FILE`,
taken before RocksDB's own lock so that a refusal names the writer, and freed by the kernel when
the writer dies. Opening for writing also mends what a killed writer left (a first build's bulk
load half done, :mod:`kg.store.bulk`) and gives a store without checkpoints (new, or written by
an older kg) its default graph and a first checkpoint (:mod:`kg.store.checkpoints`), which is
what readers open. :class:`kg.store.embedded.EmbeddedStore` is the store over what this opens.
"""
from __future__ import annotations

import fcntl
import logging
import os
import time
from pathlib import Path
from typing import NamedTuple

from pyoxigraph import Store as OxStore

from kg.errors import StoreError, StoreLockedError
from kg.store import checkpoints, union
from kg.store.bulk import BULK_FILE

log = logging.getLogger(__name__)

#: Name of the writer's lock file inside an embedded store's folder.
LOCK_FILE = "kg.lock"
#: How long a reader of a store without checkpoints waits for a writer to make the first one.
FIRST_CHECKPOINT_WAIT = 10.0


class WriteLock:
    """An exclusive ``flock`` on ``LOCK_FILE``, holding the writer's PID; freed when the process dies
    (and every process holding the open file with it: it is never inherited, ``O_CLOEXEC``, and a
    build's workers are spawned, :mod:`kg.workers`)."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / LOCK_FILE
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = os.pread(self._fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(self._fd)
            self._fd = None
            raise StoreLockedError(held_by(directory, pid)) from None
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, f"{os.getpid()}\n".encode("ascii"), 0)

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def held_by(directory: Path, pid: str) -> str:
    """Why the lock is refused: the writer named in it, or, when that one has exited, whoever
    still holds the lock open (an older kg's orphaned build workers)."""
    if not pid.isdigit() or _alive(int(pid)):
        return f"store {directory} is being written by process {pid}"
    holders = _holders((directory / LOCK_FILE).resolve())
    shown = ", ".join(map(str, holders)) or "unknown processes"
    return (f"store {directory} was being written by process {pid}, which has exited; processes it left "
            f"({shown}) still hold the store's lock: stop them to write to it")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holders(lock: Path) -> list[int]:
    """The processes that have ``lock`` open (Linux: /proc/PID/fd), for a message."""
    found = []
    for entry in Path("/proc").glob("[0-9]*/fd/*"):
        try:
            if os.readlink(entry) == str(lock):
                found.append(int(entry.parts[2]))
        except (OSError, ValueError):
            continue
    return sorted(set(found) - {os.getpid()})


def is_store_folder(path: Path) -> bool:
    """Whether ``path`` holds a kg store (RocksDB's files, or only the writer's lock so far)."""
    return (path / "CURRENT").is_file() or {p.name for p in path.iterdir()} <= {LOCK_FILE}


class Writer(NamedTuple):
    """A folder opened for writing: the database, the lock held, the size of its tables when
    opened, and the checkpoint made as it opened (None: it had one)."""

    inner: OxStore
    lock: WriteLock
    size_at_open: int
    checkpoint: Path | None


def open_writer(path: Path) -> Writer:
    """Take the folder's lock and open its database for writing (the folder made if need be).

    Raises StoreLockedError when another process holds the lock, StoreError when the folder cannot
    be written or the database opened (its files corrupted, say).
    """
    try:
        path.mkdir(parents=True, exist_ok=True)
        lock = WriteLock(path)  # before RocksDB's own lock, so the refusal names the holder
    except StoreLockedError:
        raise
    except OSError as e:
        raise StoreError(f"cannot write to store {path}: {e.strerror or e}") from e
    try:
        inner = OxStore(str(path))
    except (OSError, RuntimeError) as e:  # RuntimeError: RocksDB found its files corrupted
        lock.release()
        raise StoreError(f"cannot open store {path}: {e}") from e
    if (path / BULK_FILE).exists():
        # The last writer was killed bulk-loading this store's first build: what the store holds
        # came from that build, maybe half a chunk. Empty it, to be built again.
        log.warning("store %s: its first build was interrupted; it is emptied to be built again", path)
        inner.clear()
        (path / BULK_FILE).unlink()
    size = table_bytes(path)
    checkpoint = None
    if checkpoints.latest(path) is None:
        # A new store, or one an older kg wrote (no default graph of its own yet): give it its
        # union, and readers a first checkpoint.
        try:
            inner.update(union.DERIVE_DEFAULT_GRAPH)
            checkpoint = checkpoints.create(inner, path)
        except BaseException:
            inner.flush()
            del inner  # drop RocksDB's handle before unlocking
            lock.release()
            raise
    return Writer(inner, lock, size, checkpoint)


def first_checkpoint(path: Path) -> Path:
    """For a reader of a store an older kg wrote: have a writer give it its first checkpoint
    (open the folder for writing and close it, or wait for the writer opening it now)."""
    if not (path / "CURRENT").is_file():  # RocksDB's: a reader makes no store of a folder
        raise StoreError(f"{path} is not a store (no Oxigraph database in it)")
    deadline = time.monotonic() + FIRST_CHECKPOINT_WAIT
    while True:
        try:
            writer = open_writer(path)
        except StoreLockedError:
            pass  # a writer is opening it, and makes the checkpoint as it does
        else:
            lock = writer.lock
            writer.inner.flush()
            del writer  # drop RocksDB's handle before unlocking
            lock.release()
        newest = checkpoints.latest(path)
        if newest is not None:
            return newest
        if time.monotonic() > deadline:
            raise StoreError(f"store {path} has no checkpoint yet; its writer has not finished opening it")
        time.sleep(0.1)


def table_bytes(folder: Path) -> int:
    """The size of the store's table files (RocksDB's ``*.sst``), without its checkpoints."""
    total = 0
    for entry in os.scandir(folder):
        if entry.name.endswith(".sst"):
            try:
                total += entry.stat().st_size
            except FileNotFoundError:
                pass  # compacted away by RocksDB's background threads since the folder was listed
    return total
