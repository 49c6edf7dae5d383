"""Where a build's extraction runs on this machine: in this process, or a local process pool.

A runner takes batches of articles lazily and yields each batch's results (a list of
:class:`kg.pipeline.Extracted`) or a :class:`BatchFailed`. It keeps only a few batches in flight,
so a build of a dataset of any size holds only those in memory. :mod:`kg.cluster` is the runner
for a Dask cluster, with the same shape.
"""
from __future__ import annotations

import ctypes
import itertools
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Protocol

from kg.model import Article
from kg.pipeline import Extracted, extract_batch

#: Articles per batch: spaCy parses several articles at once faster, and results still stream out.
BATCH = 16


@dataclass(frozen=True)
class BatchFailed:
    """A batch no worker could finish (a Dask task that killed its workers too often)."""

    article_ids: tuple[str, ...]
    message: str


Result = list[Extracted] | BatchFailed


class Runner(Protocol):
    def run(self, batches: Iterable[list[Article]]) -> Iterator[Result]: ...


def batched(articles: Iterable[Article], size: int = BATCH, *, first: int | None = None) -> Iterator[list[Article]]:
    """Lists of ``size`` articles, read from ``articles`` only as each list is asked for.

    With ``first``, the lists start at that size and double up to ``size``: the first results
    come back soon after the models load, so a progress bar moves from the start.

    >>> [len(b) for b in batched(range(40), 16, first=2)]
    [2, 4, 8, 16, 10]
    """
    it = iter(articles)
    current = min(first or size, size)
    while batch := list(itertools.islice(it, current)):
        yield batch
        current = min(current * 2, size)


@dataclass
class InProcess:
    """Extraction in the calling process, one batch after another."""

    gazetteer: str | None = None
    online: bool = False

    def run(self, batches: Iterable[list[Article]]) -> Iterator[Result]:
        for batch in batches:
            yield extract_batch(batch, gazetteer=self.gazetteer, online=self.online)


def _die_with(parent: int) -> None:
    """A build worker ends when the build that started it ends, killed with -9 included (Linux):
    an orphan would go on holding memory, and an inherited store lock with it."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the build died before the line above
        os._exit(1)


_PR_SET_PDEATHSIG = 1


@dataclass
class ProcessPool:
    """Extraction in ``jobs`` local processes (each loads the models once), results in input order.

    The processes are spawned, not forked: a fork would inherit the build's open files, the
    store's lock among them, and keep the store locked after the build died.
    """

    jobs: int
    gazetteer: str | None = None
    online: bool = False

    def run(self, batches: Iterable[list[Article]]) -> Iterator[Result]:
        window: deque = deque()
        with ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_die_with, initargs=(os.getpid(),)) as pool:
            for batch in batches:
                window.append(pool.submit(extract_batch, batch, gazetteer=self.gazetteer, online=self.online))
                if len(window) >= 2 * self.jobs:  # enough queued to keep every process busy
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()


def local_runner(jobs: int, *, gazetteer: str | None = None, online: bool = False) -> Runner:
    if jobs <= 1:
        return InProcess(gazetteer, online)
    return ProcessPool(jobs, gazetteer, online)
