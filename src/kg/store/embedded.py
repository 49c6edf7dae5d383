"""The embedded store: pyoxigraph on disk (one writer at a time, holding ``kg.lock``) or in memory.

Writes come in batches of graphs (:meth:`EmbeddedStore.replace_graphs`): new graphs and the
default graph's copies of their triples in one ``extend`` transaction, replaced graphs in one
SPARQL Update, so a build killed at any point leaves each article graph either as it was or fully
replaced, and the default graph the union of what is there. The writer flushes RocksDB's memory
every so many quads (memory stays flat however large the store grows) and checkpoints the store
when it closes (:mod:`kg.store.checkpoints`); readers of a folder open its newest checkpoint.
The folder itself (the writer's lock, opening it for writing) is :mod:`kg.store.folder`'s.
"""
from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from pyoxigraph import (
    DefaultGraph,
    NamedNode,
    Quad,
    RdfFormat,
    parse,
    serialize,
)
from pyoxigraph import Store as OxStore

from kg.errors import QuerySyntaxError, ServerBusyError, StoreError, UserInputError
from kg.store import checkpoints, folder, union
from kg.store.base import (
    GraphData,
    GraphName,
    QueryResult,
    Snapshot,
    Store,
    canonical_ntriples,
    graph_node,
)
from kg.store.bulk import BULK_MIN_QUADS, BulkLoader, Parsed, nquads, peek
from kg.store.checkpoints import Held

#: A location that opens a fresh in-memory store (tests, ``build_text``).
MEMORY = ":memory:"
#: A batch of ``replace_graphs`` ends after this many graphs or triples, whichever comes first.
BATCH_GRAPHS = 500
BATCH_TRIPLES = 50_000
#: The writer flushes RocksDB's write buffers after this many quads (else they grow with the store).
FLUSH_QUADS = 200_000
#: A writer that grew the store's files by this share compacts it as it closes (see ``close``).
COMPACT_GROWTH = 1 / 3

Origin = Literal["memory", "file", "directory"]

__all__ = ["MEMORY", "EmbeddedStore"]


class EmbeddedStore(Store):
    """A pyoxigraph ``Store``: on disk (one writer at a time; readers on its checkpoints) or in memory.

    ``origin`` says where the content came from, and so how a query worker gets it: a folder's
    newest checkpoint, a graph file loaded again, an in-memory store copied. ``own_default``: the
    default graph holds triples of its own besides the union (a graph file's).
    """

    def __init__(self, inner: OxStore | None, *, location: str, read_only: bool, lock: folder.WriteLock | None = None,
                 origin: Origin = "memory", own_default: bool = False) -> None:
        super().__init__(location=location, read_only=read_only)
        self._inner = inner
        self._lock = lock
        self._origin = origin
        self._own_default = own_default
        self._closed = False
        self._held: Held | None = None  # a reader's checkpoint
        self._copy: Snapshot | None = None  # the last in-memory copy made, reused while the version holds
        self._checkpointed_at = 0  # self._changes when the last checkpoint was made
        self._checkpoint_path: Path | None = None
        self._unflushed = 0
        self._size_at_open = 0
        self._bulk: BulkLoader | None = None  # a fresh store's new graphs go in bulk (kg.store.bulk)
        self._transacted = False  # this writer wrote through transactions
        self._bulk_loads = 0  # bulk chunks loaded before the bulk path ended
        self._updating = threading.Lock()  # one update through a query process at a time

    @property
    def version(self) -> str:
        """Names this store's content: a reader of a folder is at its newest checkpoint (it moves
        when a writer finishes, whoever the writer), anything else counts its own changes."""
        if self._origin == "directory" and self.read_only:
            return str(self._newest())
        return super().version

    @property
    def inner(self) -> OxStore:
        """The pyoxigraph store underneath, for what this class does not offer.

        kg cannot see what is done through it (nor keep the default graph the union), so handing
        it out counts as a change: query workers open the store again before their next query.
        """
        self._changed()
        return self._store()

    def _store(self) -> OxStore:
        if self._closed:
            raise StoreError(f"store {self.location} is closed")
        if self._inner is not None:
            return self._inner
        return self._reader().store

    def _reader(self) -> Held:
        """A folder's newest checkpoint, held (moving to a newer one when a write has finished)."""
        newest = self._newest()
        if self._held is None or self._held.path != newest:
            held = checkpoints.hold_latest(self.location)
            if held is None:
                raise StoreError(f"store {self.location} has no checkpoint to read")
            if self._held is not None:
                self._held.release()
            self._held = held
        return self._held

    def _newest(self) -> Path:
        return checkpoints.latest(self.location) or folder.first_checkpoint(Path(self.location))

    # -- reading --------------------------------------------------------------------------------
    def query(self, sparql: str, **options: Any) -> QueryResult:
        """Run a SPARQL query; returns pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples."""
        try:
            return self._store().query(sparql, **options)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from e
        except (OSError, RuntimeError) as e:  # RuntimeError: RocksDB found its files corrupted
            raise StoreError(f"query on {self.location} failed: {e}") from e

    def named_graphs(self) -> Iterator[NamedNode]:
        return (g for g in self._store().named_graphs() if isinstance(g, NamedNode))

    def contains_named_graph(self, graph_iri: GraphName) -> bool:
        return self._store().contains_named_graph(graph_node(graph_iri))

    def __len__(self) -> int:
        return union.count_own(self._store(), own_default=self._own_default)

    def _dump_dataset(self, output: Any, format: RdfFormat, prefixes: dict[str, str] | None) -> bytes | None:
        return serialize(union.own_quads(self._store(), own_default=self._own_default), output, format,
                         prefixes=prefixes)

    def snapshot(self) -> Snapshot:
        """A folder's newest checkpoint (made now if this writer has written since), the unchanged
        graph file, or a copy of what is in memory."""
        if self._origin == "directory":
            if self.read_only or self._inner is None:  # (a writer without its handle: mid-update)
                path = self._newest()  # the worker holds it; this process need not open it
            else:
                if self._checkpoint_path is None or self._changes != self._checkpointed_at:
                    self._checkpoint()
                assert self._checkpoint_path is not None
                path = self._checkpoint_path
            return Snapshot("checkpoint", str(path.resolve()), str(path.resolve()))
        key = f"{self.location}@{self.version}"
        if self._origin == "file" and self._changes == 0:
            return Snapshot("file", str(Path(self.location).resolve()), key)
        if self._copy is None or self._copy.key != key:
            self._copy = Snapshot("nquads", MEMORY, key, self._store().dump(format=RdfFormat.N_QUADS))
        return self._copy

    def update_target(self, *, wait: float = 0.0) -> Snapshot:
        """The folder, which a query process opens as its one writer (a writer here lets go of its
        handle and lock meanwhile); or a copy of what is in memory. One update at a time: waits
        ``wait`` seconds for another to finish, then raises ServerBusyError."""
        if not self._updating.acquire(timeout=max(wait, 0.0)):
            raise ServerBusyError(f"another update of {self.location} is running; try again later")
        try:
            if self._origin != "directory":
                self._check_writable()
                return self.snapshot()
            if not self.read_only:
                self.close()  # checkpointed and unlocked: the query process is the writer now
                self._closed = False
            return Snapshot("directory", str(Path(self.location).resolve()), f"{self.location}@{self.version}")
        except BaseException:
            self._updating.release()
            raise

    def after_update(self, content: bytes | None) -> None:
        """The update is over: a writer here opens the folder again, a store in memory takes the
        copy's ``content`` (None: nothing changed); readers see the writer's checkpoint."""
        try:
            self._changed()
            if self._origin == "directory" and not self.read_only:
                writer = folder.open_writer(Path(self.location))
                self._inner, self._lock, self._size_at_open = writer.inner, writer.lock, writer.size_at_open
            elif content is not None:
                fresh = OxStore()
                fresh.bulk_load(content, format=RdfFormat.N_QUADS)
                self._inner = fresh  # one swap: a reader sees the old content or the new, never half
        finally:
            self._updating.release()

    # -- writing --------------------------------------------------------------------------------
    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL update and make the default graph the union again, in one transaction (one
        request): a process stopped in between (an update past its timeout) must not leave it wrong."""
        self._check_writable()
        # After the update's last operation (a comment ends at the line's end), or its trailing ';'.
        for joined in (f"{sparql}\n;\n{union.RESYNC_DEFAULT_GRAPH}", f"{sparql}\n{union.RESYNC_DEFAULT_GRAPH}"):
            try:
                return self._run_update(joined, base_iri=base_iri)
            except QuerySyntaxError:
                continue
        self._run_update(sparql, base_iri=base_iri)  # its own syntax error, told as such
        self._run_update(union.RESYNC_DEFAULT_GRAPH)

    def _run_update(self, sparql: str, *, base_iri: str | None = None) -> None:
        self._transacting()
        try:
            self._store().update(sparql, base_iri=base_iri)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from e
        except (OSError, RuntimeError) as e:
            raise StoreError(f"update on {self.location} failed: {e}") from e
        finally:
            self._changed()

    def replace_graphs(self, graphs: Iterable[GraphData], *, format: RdfFormat = RdfFormat.N_TRIPLES) -> int:
        """Replace each graph's content (empty: remove it), in batches; see :meth:`Store.replace_graphs`.

        A fresh store takes its new graphs in bulk (:mod:`kg.store.bulk`), the rest in
        transactions of up to BATCH_GRAPHS graphs or BATCH_TRIPLES triples.
        """
        self._check_writable()
        counted = itertools.count()
        items: Iterator[Parsed] = _parsed(graphs, format, counted)
        if self._bulk is not None:
            head, large, error = peek(items, BULK_MIN_QUADS)
            if large:
                try:
                    rest = self._bulk.load(itertools.chain(head, items))
                finally:
                    self._changed()
                if rest is None:
                    return next(counted)
                items = rest
            else:  # a small write: a transaction, the bulk path kept for larger ones
                self._write_batch({g: (body, triples) for g, body, triples in head})
                if error is not None:
                    raise error
                return next(counted)
        batch: dict[NamedNode, tuple[bytes, int]] = {}
        size = 0
        try:
            for g, body, triples in items:
                if g in batch:  # the same graph twice: the later content wins
                    self._write_batch(batch)
                    batch, size = {}, 0
                batch[g] = (body, triples)
                size += triples
                if len(batch) >= BATCH_GRAPHS or size >= BATCH_TRIPLES:
                    self._write_batch(batch)
                    batch, size = {}, 0
        finally:
            self._write_batch(batch)  # the graphs before bad data are good: they are written
        return next(counted)

    def _write_batch(self, batch: dict[NamedNode, tuple[bytes, int]]) -> None:
        if not batch:
            return
        self._transacted = True
        if self._bulk is not None:  # the bulk path must know every graph this writer wrote
            self._bulk.graphs.update(batch)
        store = self._store()
        present = {g for g in batch if store.contains_named_graph(g)}
        new = [(g, body) for g, (body, _) in batch.items() if g not in present]
        old = [(g, body.decode("utf-8")) for g, (body, _) in batch.items() if g in present]
        try:
            if new:  # new graphs, and their default-graph copies: one load, one transaction
                store.load(b"".join(nquads(g, body) for g, body in new), format=RdfFormat.N_QUADS, lenient=True)
            if old:  # one update request: one transaction
                store.update(union.replace_graphs(old))
        except (OSError, RuntimeError, SyntaxError) as e:  # (SyntaxError: canonical N-Triples refused, a defect)
            raise StoreError(f"writing to {self.location} failed: {e}") from e
        finally:
            self._changed()
        self._wrote(2 * sum(triples for _, triples in batch.values()))

    def remove_graphs(self, graphs: Iterable[GraphName]) -> None:
        """Delete named graphs and the default graph's triples only they held (a transaction per 100)."""
        self._check_writable()
        nodes = list(dict.fromkeys(graph_node(g) for g in graphs))
        for start in range(0, len(nodes), 100):
            self._run_update(union.drop_graphs(nodes[start:start + 100]))

    def load(self, input: Any = None, format: RdfFormat | None = None, *, path: str | os.PathLike[str] | None = None,
             base_iri: str | None = None, to_graph: GraphName | None = None) -> None:
        """Add RDF data in one transaction, like ``pyoxigraph.Store.load``; named graphs' triples
        join the default graph, and triples without a graph go to the default graph only."""
        self._check_writable()
        target = graph_node(to_graph) if to_graph is not None else None
        try:
            parsed = list(parse(input, format, path=None if path is None else str(path), base_iri=base_iri,
                                rename_blank_nodes=True))
        except (SyntaxError, ValueError) as e:
            raise UserInputError(f"cannot load RDF: {e}") from e
        except OSError as e:
            raise StoreError(f"cannot read {path}: {e}") from e
        quads = []
        for q in parsed:
            graph = target if target is not None and isinstance(q.graph_name, DefaultGraph) else q.graph_name
            quads.append(Quad(q.subject, q.predicate, q.object, graph))
            if not isinstance(graph, DefaultGraph):
                quads.append(Quad(q.subject, q.predicate, q.object))
        self._transacting()
        try:
            self._store().extend(quads)
        except (OSError, RuntimeError) as e:
            raise StoreError(f"load into {self.location} failed: {e}") from e
        finally:
            self._changed()
        self._wrote(len(quads))

    def _transacting(self) -> None:
        """A write through transactions: the bulk path, whose graphs are tracked apart, ends."""
        self._bulk_loads += self._bulk.loads if self._bulk is not None else 0
        self._bulk = None
        self._transacted = True

    def _wrote(self, quads: int) -> None:
        """Flush RocksDB's write buffers every FLUSH_QUADS quads, so memory stays flat."""
        self._unflushed += quads
        if self._origin == "directory" and self._unflushed >= FLUSH_QUADS:
            self._store().flush()
            self._unflushed = 0

    def _checkpoint(self) -> None:
        self._checkpoint_path = checkpoints.create(self._store(), self.location)
        self._checkpointed_at = self._changes

    # -- closing --------------------------------------------------------------------------------
    def close(self) -> None:
        """Checkpoint what this writer wrote, flush, and release the write lock; the store must
        not be used afterwards.

        A writer that grew the store's files by a third or more through transactions, or loaded
        more than one bulk chunk, compacts the store first: both leave overlapping files, which
        readers would all search (queries two to three times as slow as on a store loaded at
        once) and which take more disk. Smaller writes leave it to RocksDB's background compaction.
        """
        if self._closed:
            return
        try:
            if self._inner is not None and not self.read_only and self._origin == "directory":
                if self._changes != self._checkpointed_at:
                    self._inner.flush()
                    grown = folder.table_bytes(Path(self.location)) - self._size_at_open
                    loads = self._bulk_loads + (self._bulk.loads if self._bulk is not None else 0)
                    if loads > 1 or (self._transacted and grown >= COMPACT_GROWTH * self._size_at_open):
                        self._inner.optimize()
                    self._checkpoint()
                self._inner.flush()
        except (OSError, RuntimeError) as e:  # a full disk, a folder made read-only meanwhile
            raise StoreError(f"cannot write store {self.location}: {e}") from e
        finally:
            self._closed = True
            self._inner = None  # drop RocksDB's handle before unlocking
            self._bulk = None  # (it holds the handle too)
            self._copy = None
            if self._held is not None:
                self._held.release()
                self._held = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None


def _parsed(graphs: Iterable[GraphData], format: RdfFormat, counted: Iterator[int]) -> Iterator[Parsed]:
    """(graph, its canonical N-Triples, how many) for each item, parsed as it is asked for; bad
    data names its graph."""
    for graph, data in graphs:
        g = graph_node(graph)
        try:
            body = canonical_ntriples(data, format)
        except UserInputError as error:
            raise UserInputError(f"{g.value}: {error.message}") from error
        next(counted)
        yield g, body, body.count(b"\n")
