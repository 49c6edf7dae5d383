"""The embedded store: pyoxigraph on disk (one writer at a time, holding ``kg.lock``) or in memory.

Rebuilding an article is one ``replace_graph`` call, a single transaction, so a build killed at
any point leaves each article graph either as it was or fully replaced.
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from pyoxigraph import NamedNode, RdfFormat
from pyoxigraph import Store as OxStore

from kg.errors import QuerySyntaxError, StoreError, StoreLockedError, UserInputError
from kg.store.base import (
    GraphName,
    QueryResult,
    Snapshot,
    Store,
    graph_node,
    to_ntriples,
)

#: Name of the writer's lock file inside an embedded store's folder.
LOCK_FILE = "kg.lock"
#: A location that opens a fresh in-memory store (tests, ``build_text``).
MEMORY = ":memory:"
#: Graph files ``open_store`` loads into memory, by extension.
GRAPH_FILE_FORMATS: dict[str, RdfFormat] = {
    ".ttl": RdfFormat.TURTLE,
    ".trig": RdfFormat.TRIG,
    ".nq": RdfFormat.N_QUADS,
    ".nt": RdfFormat.N_TRIPLES,
    ".jsonld": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML,
}

Origin = Literal["memory", "file", "directory"]


def open_graph_file(path: Path) -> EmbeddedStore:
    """A read-only in-memory store holding the graph file at ``path``."""
    if not path.is_file():
        raise StoreError(f"graph file {path} does not exist")
    inner = OxStore()
    try:
        inner.load(path=str(path), format=GRAPH_FILE_FORMATS[path.suffix.lower()])
    except (SyntaxError, ValueError) as e:
        raise UserInputError(f"cannot read graph file {path}: {e}") from e
    except OSError as e:
        raise StoreError(f"cannot read graph file {path}: {e}") from e
    return EmbeddedStore(inner, location=str(path), read_only=True, origin="file")


def open_directory(path: Path, *, read_only: bool, create: bool) -> EmbeddedStore:
    """The on-disk store in folder ``path``: read-only (no lock), or the one writer (the lock)."""
    exists = path.is_dir() and any(path.iterdir())
    if not exists and (read_only or not create):
        raise StoreError(f"no store at {path}")
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is neither a store folder nor a graph file ({', '.join(GRAPH_FILE_FORMATS)})")
    if read_only:
        # No lock: a reader (the web app) may run beside a build; Oxigraph opens a snapshot.
        try:
            return EmbeddedStore(OxStore.read_only(str(path)), location=str(path), read_only=True, origin="directory")
        except OSError as e:
            raise StoreError(f"cannot open store {path} read-only: {e}") from e
    path.mkdir(parents=True, exist_ok=True)
    lock = _WriteLock(path)  # before RocksDB's own lock, so the refusal names the holder
    try:
        inner = OxStore(str(path))
    except OSError as e:
        lock.release()
        raise StoreError(f"cannot open store {path}: {e}") from e
    return EmbeddedStore(inner, location=str(path), read_only=False, lock=lock, origin="directory")


class _WriteLock:
    """An exclusive ``flock`` on ``LOCK_FILE``, holding the writer's PID; freed when the process dies."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / LOCK_FILE
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = os.pread(self._fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(self._fd)
            self._fd = None
            raise StoreLockedError(f"store {directory} is being written by process {pid}") from None
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, f"{os.getpid()}\n".encode("ascii"), 0)

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


class EmbeddedStore(Store):
    """A pyoxigraph ``Store``: on disk (one writer at a time) or in memory.

    ``origin`` says where the content came from, and so how a query worker gets it: a folder is
    opened again read-only, a graph file loaded again, an in-memory store copied.
    """

    def __init__(self, inner: OxStore, *, location: str, read_only: bool, lock: _WriteLock | None = None,
                 origin: Origin = "memory") -> None:
        super().__init__(location=location, read_only=read_only)
        self._inner: OxStore | None = inner
        self._lock = lock
        self._origin = origin
        self._copy: Snapshot | None = None  # the last in-memory copy made, reused while the version holds

    @property
    def inner(self) -> OxStore:
        """The pyoxigraph store underneath, for what this class does not offer.

        kg cannot see what is done through it, so handing it out counts as a change: query
        workers open the store again before their next query.
        """
        self._changed()
        return self._store()

    def _store(self) -> OxStore:
        if self._inner is None:
            raise StoreError(f"store {self.location} is closed")
        return self._inner

    def query(self, sparql: str, *, use_default_graph_as_union: bool = True, **options: Any) -> QueryResult:
        """Run a SPARQL query; returns pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples."""
        try:
            return self._store().query(sparql, use_default_graph_as_union=use_default_graph_as_union, **options)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from e
        except OSError as e:
            raise StoreError(f"query on {self.location} failed: {e}") from e

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL update as one transaction."""
        self._check_writable()
        try:
            self._store().update(sparql, base_iri=base_iri)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from e
        except OSError as e:
            raise StoreError(f"update on {self.location} failed: {e}") from e
        finally:
            self._changed()

    def replace_graph(self, graph_iri: GraphName, data: str | bytes, *, format: RdfFormat = RdfFormat.N_TRIPLES) -> None:
        """Replace a named graph's content with ``data`` in one transaction (idempotent)."""
        self._check_writable()
        g = graph_node(graph_iri)
        if format.supports_datasets:  # only the triples go in, whatever graph the data names
            data, format = to_ntriples(data, format), RdfFormat.N_TRIPLES
        store = self._store()
        if not store.contains_named_graph(g):
            # A new graph (most of a build): one load is one transaction too, and about a third
            # faster than SPARQL. Safe to test first: we are the only writer (the lock).
            try:
                store.load(data, format, to_graph=g)
            except (SyntaxError, ValueError) as e:
                raise UserInputError(f"invalid {format.name} data for {g}: {e}") from e
            except OSError as e:
                raise StoreError(f"writing {g} to {self.location} failed: {e}") from e
            finally:
                self._changed()
            return
        body = to_ntriples(data, format)
        # One update request = one Oxigraph transaction: the old graph goes iff the new one lands.
        self.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}}} }}")

    def load(self, input: Any = None, format: RdfFormat | None = None, *, path: str | os.PathLike[str] | None = None,
             base_iri: str | None = None, to_graph: GraphName | None = None) -> None:
        """Add RDF data in one transaction, like ``pyoxigraph.Store.load``."""
        self._check_writable()
        target = graph_node(to_graph) if to_graph is not None else None
        try:
            self._store().load(input, format, path=None if path is None else str(path), base_iri=base_iri,
                               to_graph=target)
        except (SyntaxError, ValueError) as e:
            raise UserInputError(f"cannot load RDF: {e}") from e
        except OSError as e:
            raise StoreError(f"load into {self.location} failed: {e}") from e
        finally:
            self._changed()

    def named_graphs(self) -> Iterator[NamedNode]:
        return (g for g in self._store().named_graphs() if isinstance(g, NamedNode))

    def contains_named_graph(self, graph_iri: GraphName) -> bool:
        return self._store().contains_named_graph(graph_node(graph_iri))

    def snapshot(self) -> Snapshot:
        """The folder (read-only), the unchanged graph file, or a copy of what is in memory."""
        key = f"{self.location}@{self.version}"
        if self._origin == "directory":
            return Snapshot("directory", str(Path(self.location).resolve()), key)
        if self._origin == "file" and self._changes == 0:
            return Snapshot("file", str(Path(self.location).resolve()), key)
        if self._copy is None or self._copy.key != key:
            self._copy = Snapshot("nquads", MEMORY, key, self._store().dump(format=RdfFormat.N_QUADS))
        return self._copy

    def __len__(self) -> int:
        return len(self._store())

    def _dump_dataset(self, output: Any, format: RdfFormat, prefixes: dict[str, str] | None) -> bytes | None:
        return self._store().dump(output, format, prefixes=prefixes)

    def close(self) -> None:
        """Flush and release the write lock; the store must not be used afterwards."""
        if self._inner is None:
            return
        if not self.read_only and self.location != MEMORY:
            self._inner.flush()
        self._inner = None  # drop RocksDB's handle before unlocking
        self._copy = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
