"""Checkpoints: what readers open of an on-disk store, so they see every finished write and
never a writer's files.

pyoxigraph calls opening a store read-only beside a writer undefined behaviour, and a read-only
handle never sees later writes. So readers never open the live store: the writer (``kg build``,
``kg remove``, the endpoint with updates on) makes a RocksDB checkpoint when it finishes — hard
links to the store's immutable files, a few milliseconds — in ``snapshots/NNNNNNNNNN/`` inside
the store's folder, and readers open the newest one read-only. A checkpoint never changes, so a
reader's view is exactly what a finished write left, and a reader moves on when a newer one
appears.

A reader holds a shared ``flock`` on the checkpoint's folder while it has it open; the writer
removes older checkpoints that nobody holds (an exclusive lock it can take at once), and the
next one removes what is left.
"""
from __future__ import annotations

import fcntl
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Store as OxStore

from kg.errors import StoreError

#: The folder, inside a store's folder, that holds its checkpoints.
SNAPSHOTS = "snapshots"
_DIGITS = 10


def checkpoints_dir(store_dir: str | os.PathLike[str]) -> Path:
    return Path(store_dir) / SNAPSHOTS


def _numbered(store_dir: str | os.PathLike[str]) -> list[tuple[int, Path]]:
    folder = checkpoints_dir(store_dir)
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    # RocksDB writes a checkpoint under NAME.tmp and renames it when complete: only digits count.
    return sorted((int(e.name), Path(e.path)) for e in entries if e.name.isdigit() and e.is_dir())


def latest(store_dir: str | os.PathLike[str]) -> Path | None:
    """The newest complete checkpoint of the store in ``store_dir``, or None."""
    found = _numbered(store_dir)
    return found[-1][1] if found else None


def create(store: OxStore, store_dir: str | os.PathLike[str]) -> Path:
    """Checkpoint ``store`` (opened read-write from ``store_dir``, by the lock's holder); its path.

    Older checkpoints that no reader holds are removed.
    """
    found = _numbered(store_dir)
    number = found[-1][0] + 1 if found else 1
    target = checkpoints_dir(store_dir) / f"{number:0{_DIGITS}d}"
    target.parent.mkdir(exist_ok=True)
    for leftover in target.parent.glob(".removing-*"):  # a prune killed half-way
        shutil.rmtree(leftover, ignore_errors=True)
    shutil.rmtree(f"{target}.tmp", ignore_errors=True)  # left by a writer killed mid-checkpoint
    try:
        store.backup(target)
    except OSError as error:
        raise StoreError(f"cannot checkpoint the store in {store_dir}: {error}") from error
    prune(store_dir, keep=target)
    return target


def prune(store_dir: str | os.PathLike[str], *, keep: Path) -> None:
    """Remove the checkpoints older than ``keep`` that no reader holds."""
    for _, path in _numbered(store_dir):
        if path == keep:
            break
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        except FileNotFoundError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)  # a reader still has it open: the next checkpoint's prune removes it
            continue
        try:
            # Renamed first, under the lock: a reader that opened the folder just before checks
            # that its path still names it, and looks again when it does not.
            doomed = path.with_name(f".removing-{path.name}")
            os.rename(path, doomed)
            shutil.rmtree(doomed, ignore_errors=True)
        except OSError:
            pass
        finally:
            os.close(fd)


@dataclass
class Held:
    """A checkpoint opened read-only, with the shared lock that keeps it from being removed."""

    path: Path
    store: OxStore
    _fd: int | None

    def release(self) -> None:
        """Let go of the checkpoint (the store must not be used afterwards)."""
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None


def hold(path: Path) -> Held:
    """Open the checkpoint at ``path`` read-only under a shared lock (StoreError if it is gone)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        raise StoreError(f"the store's checkpoint {path} was removed; open the store again") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        if not os.path.samestat(os.fstat(fd), os.stat(path)):
            raise FileNotFoundError(path)
        store = OxStore.read_only(str(path))
    except FileNotFoundError:
        os.close(fd)
        raise StoreError(f"the store's checkpoint {path} was removed; open the store again") from None
    except OSError as error:
        os.close(fd)
        raise StoreError(f"cannot open the store's checkpoint {path}: {error}") from error
    return Held(path, store, fd)


def hold_latest(store_dir: str | os.PathLike[str], *, attempts: int = 5) -> Held | None:
    """The newest checkpoint, held; None when the store has none. Retries if one is removed under us."""
    for _ in range(attempts):
        path = latest(store_dir)
        if path is None:
            return None
        try:
            return hold(path)
        except StoreError:
            if path.exists():
                raise
    raise StoreError(f"cannot hold a checkpoint of the store in {store_dir}: they keep being replaced")
