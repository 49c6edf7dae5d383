"""How many queries run at once on a server, whichever of its processes took them.

A slot is an exclusive ``flock`` on a file in one folder that every server process is given, so
gunicorn's workers share the count, and a process that dies lets go of its slots with it. A query
takes a *general* slot if one is free; when all are taken by long queries it takes a *lane* slot,
where it runs for ``lane_timeout`` seconds; past that it moves to a general slot as soon as one
is free, and is stopped only while every general slot is held by a heavy query (one running for
longer than :data:`HEAVY_FACTOR` lane times): a cheap query is answered at once however many heavy
ones run, a heavy one that finds the server full of them is told to come back, and a busy server
of ordinary queries stops none. Each slot's file holds when its query began (the system-wide
monotonic clock), so every process can tell how old the others' queries are.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import threading
import time
import weakref
from dataclasses import dataclass

from kg.errors import ServerBusyError

#: How long a request waiting for a slot sleeps between looks: the first, and the longest (a
#: wait doubles each time, so many waiting requests do not spin on the slots' files).
POLL_SECONDS = 0.002
MAX_POLL_SECONDS = 0.05
#: A query in a general slot is heavy once it has run this many lane times.
HEAVY_FACTOR = 3


@dataclass
class Slot:
    """A slot held: release it when the query is done."""

    fd: int
    lane: bool
    freed: threading.Condition | None = None  # told when the slot is let go, to wake this process's waiters

    def release(self) -> None:
        if self.fd >= 0:
            try:  # no start time left behind: a free slot never reads as a heavy query's
                os.pwrite(self.fd, b" " * 20, 0)
            except OSError:
                pass
            os.close(self.fd)  # closing the file lets go of the lock
            self.fd = -1
            if self.freed is not None:
                with self.freed:
                    self.freed.notify()


class Slots:
    """``general`` slots, then ``lane`` slots of ``lane_timeout`` seconds, shared through ``directory``
    (a new private folder when None)."""

    def __init__(self, general: int = 1, lane: int = 0, *, lane_timeout: float = 1.0,
                 directory: str | None = None) -> None:
        self.general = max(1, general)
        self.lane = max(0, lane)
        self.lane_timeout = lane_timeout
        if directory is None:
            directory = tempfile.mkdtemp(prefix="kg-slots-")
            weakref.finalize(self, shutil.rmtree, directory, True)
        self.directory = directory
        self._files = [os.path.join(directory, f"general-{i}") for i in range(self.general)]
        self._files += [os.path.join(directory, f"lane-{i}") for i in range(self.lane)]
        self._freed = threading.Condition()

    @property
    def capacity(self) -> int:
        """Most queries that can run at once."""
        return self.general + self.lane

    def _try(self, index: int) -> Slot | None:
        fd = os.open(self._files[index], os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        os.pwrite(fd, f"{time.monotonic():20.6f}".encode("ascii"), 0)  # when its query began
        return Slot(fd, lane=index >= self.general, freed=self._freed)

    def _age(self, index: int) -> float:
        """How long the query holding slot ``index`` has run (0 when it cannot be read)."""
        try:
            with open(self._files[index], "rb") as slot_file:
                return time.monotonic() - float(slot_file.read(20))
        except (OSError, ValueError):
            return 0.0

    def general_or_all_heavy(self) -> Slot | bool:
        """A general slot if one is free now; else whether every general slot holds a heavy query."""
        for index in range(self.general):
            slot = self._try(index)
            if slot is not None:
                return slot
        return all(self._age(index) > HEAVY_FACTOR * self.lane_timeout for index in range(self.general))

    def take(self, deadline: float) -> Slot:
        """A free slot (general first), waiting until ``deadline`` (``time.monotonic()``) at most."""
        wait = POLL_SECONDS
        while True:
            for index in range(self.capacity):
                slot = self._try(index)
                if slot is not None:
                    return slot
            left = deadline - time.monotonic()
            if left <= 0:
                raise ServerBusyError("every query slot stayed busy; try again later")
            with self._freed:  # woken at once by a slot this process lets go; others, by looking again
                self._freed.wait(min(wait, left))
            wait = min(wait * 2, MAX_POLL_SECONDS)
