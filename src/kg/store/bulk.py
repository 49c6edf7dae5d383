"""The bulk path: a fresh on-disk store's first build goes through pyoxigraph's bulk loader.

A transaction reads before it writes (is the quad there already?), and those reads grow slower
as the store grows. A store that was empty when its writer opened it takes its new graphs
through pyoxigraph's bulk loader instead, which sorts quads and writes table files straight into
the database, in chunks of :data:`CHUNK_QUADS` quads so memory stays bounded: about three times
less CPU than transactions. A chunk holds whole graphs, each with its default-graph copies, as
one N-Quads document that pyoxigraph parses itself (:func:`nquads`: no Python object per quad).

A bulk load is no transaction: while one runs, the marker file :data:`BULK_FILE` lies in the
store's folder. A writer killed during it leaves the marker, and the next writer to open the
store empties it — everything in it came from that unfinished first build — to be built again
(:func:`kg.store.folder.open_writer`). Writes smaller than :data:`BULK_MIN_QUADS` go through
transactions all the same, and the bulk path ends at the first graph that is not new (written
earlier in the session): the rest go through transactions.
"""
from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyoxigraph import NamedNode, RdfFormat
from pyoxigraph import Store as OxStore

from kg.errors import StoreError, UserInputError

#: The marker file of a bulk load under way.
BULK_FILE = "kg.bulk"
#: Quads per bulk load (default-graph copies included): memory holds about this many.
CHUNK_QUADS = 400_000
#: A write smaller than this goes through a transaction even into a fresh store: each bulk load
#: writes a file per index, and many small ones would cost compactions later.
BULK_MIN_QUADS = 100_000

#: A graph as the store writes it: its name, its canonical N-Triples
#: (:func:`kg.store.base.canonical_ntriples`) and how many triples they hold.
Parsed = tuple[NamedNode, bytes, int]


def nquads(graph: NamedNode, body: bytes) -> bytes:
    r"""N-Quads putting the canonical N-Triples ``body`` into ``graph`` and into the default graph.

    Every line of ``body`` ends in `` .\n`` and no literal holds a line end, so naming the graph
    is one replacement; a blank node keeps its label in both copies, so in one document they are
    one node (labels are unique to their graph: renamed as the body was written).

    >>> nquads(NamedNode("http://g"), b'<http://s> <http://p> "o" .\n')
    b'<http://s> <http://p> "o" <http://g> .\n<http://s> <http://p> "o" .\n'
    """
    return body.replace(b" .\n", b" " + str(graph).encode("utf-8") + b" .\n") + body


@dataclass
class _Stop:
    """Why a chunk ended: None (full), "done", "error" or "not new" (``item`` ends the bulk path)."""

    reason: str | None = None
    item: Parsed | None = None
    error: UserInputError | None = None


@dataclass
class BulkLoader:
    """Loads the new graphs of a fresh store in bulk; ``graphs`` are those it has written."""

    store: OxStore
    folder: Path
    graphs: set[NamedNode] = field(default_factory=set)
    quads: int = 0
    loads: int = 0  # bulk loads made: from two on, their files overlap until compacted

    def load(self, items: Iterator[Parsed]) -> Iterator[Parsed] | None:
        """Load graphs from ``items`` while they are new; what is left of ``items`` (the first
        graph that is not new, then the rest) once one is not, else None.

        An item that is a UserInputError (bad data) is raised after the graphs before it are loaded.
        """
        marker = self.folder / BULK_FILE
        while True:
            stop = _Stop()
            chunk = io.BufferedReader(_Chunk(self._chunk(items, stop)), 1 << 20)
            marker.touch()
            try:
                # lenient: the terms were checked as the bodies were parsed (canonical_ntriples)
                self.store.bulk_load(chunk, format=RdfFormat.N_QUADS, lenient=True)
            except (OSError, SyntaxError) as e:  # (canonical N-Triples parse: a defect, not bad data)
                raise StoreError(f"bulk loading into {self.folder} failed: {e}") from e
            marker.unlink()  # the chunk is in: a writer killed from here on leaves whole graphs
            self.loads += 1
            if stop.reason == "error" and stop.error is not None:
                raise stop.error
            if stop.reason == "done":
                return None
            if stop.reason == "not new" and stop.item is not None:
                return itertools.chain([stop.item], items)

    def _chunk(self, items: Iterator[Parsed], stop: _Stop) -> Iterator[bytes]:
        size = 0
        while size < CHUNK_QUADS:
            try:
                g, body, triples = next(items)
            except StopIteration:
                stop.reason = "done"
                return
            except UserInputError as error:  # end the chunk cleanly: the graphs before it go in
                stop.reason, stop.error = "error", error
                return
            if g in self.graphs:
                stop.reason, stop.item = "not new", (g, body, triples)
                return
            self.graphs.add(g)
            yield nquads(g, body)
            size += 2 * triples
            self.quads += 2 * triples


class _Chunk(io.RawIOBase):
    """The N-Quads of a chunk's graphs as a binary stream, read as pyoxigraph's loader asks: the
    graphs are parsed and written one after another, never all held at once."""

    def __init__(self, parts: Iterator[bytes]) -> None:
        super().__init__()
        self._parts = parts
        self._left = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:  # (a writable buffer)
        while not self._left:
            part = next(self._parts, None)
            if part is None:
                return 0
            self._left = memoryview(part)
        n = min(len(buffer), len(self._left))
        buffer[:n] = self._left[:n]
        self._left = self._left[n:]
        return n


def peek(items: Iterator[Parsed], quads: int) -> tuple[list[Parsed], bool, UserInputError | None]:
    """The first items of ``items`` holding at least ``quads`` quads (with their default-graph
    copies), whether there were that many, and the bad data that stopped the reading, if any."""
    head: list[Parsed] = []
    size = 0
    try:
        while size < quads:
            item = next(items, None)
            if item is None:
                return head, False, None
            head.append(item)
            size += 2 * item[2]
    except UserInputError as error:
        return head, False, error
    return head, True, None
