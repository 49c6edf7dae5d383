"""What every kg store offers (:class:`Store`), and how another process reads it (:class:`Snapshot`).

Methods are named like pyoxigraph's ``Store``. A store owns its version: every change made
through it moves :attr:`Store.version`, and :meth:`Store.snapshot` tells a query worker how to
open the content of that version, so nobody has to look at the store's files to see a change.
"""
from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, Self

from pyoxigraph import (
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Triple,
    parse,
    serialize,
)
from pyoxigraph import Store as OxStore

from kg.errors import StoreError, UserInputError

GraphName = str | NamedNode
QueryResult = QuerySolutions | QueryBoolean | QueryTriples | Iterator[Triple]

_instances = itertools.count()  # tells apart stores opened over the same location


@dataclass(frozen=True)
class Snapshot:
    """How another process opens a store as it is now: a folder read-only, a graph file, or a copy.

    ``key`` names the content: a worker that opened the same key already has it.
    """

    kind: Literal["directory", "file", "nquads"]
    location: str
    key: str
    data: bytes | None = None  # N-Quads, for copies of in-memory stores

    def open(self) -> OxStore:
        """A pyoxigraph store with this content (a folder is opened read-only, the rest loaded)."""
        if self.kind == "directory":
            return OxStore.read_only(self.location)
        store = OxStore()
        if self.kind == "file":
            store.bulk_load(path=self.location, format=RdfFormat.from_extension(Path(self.location).suffix[1:]))
        else:
            store.bulk_load(self.data or b"", format=RdfFormat.N_QUADS)
        return store


def graph_node(graph: GraphName) -> NamedNode:
    """``graph`` as a NamedNode; a malformed IRI is a StoreError."""
    if isinstance(graph, NamedNode):
        return graph
    try:
        return NamedNode(graph)
    except ValueError as e:
        raise StoreError(f"invalid graph IRI {graph!r}: {e}") from e


def serialized(data: bytes | None) -> bytes:
    """What pyoxigraph's serialisers return when given no output: bytes (their type says or None)."""
    if data is None:
        raise TypeError("expected the serialisation, got None")
    return data


def to_ntriples(data: str | bytes, format: RdfFormat) -> str:
    """Parse ``data`` and write it back as canonical N-Triples, safe to splice into SPARQL Update."""
    try:
        quads = parse(data, format)
        return serialized(serialize((q.triple for q in quads), format=RdfFormat.N_TRIPLES)).decode("utf-8")
    except (SyntaxError, ValueError) as e:
        raise UserInputError(f"invalid {format.name} data: {e}") from e


class Store:
    """What every kg store offers; subclasses provide the pyoxigraph-shaped primitives."""

    def __init__(self, *, location: str, read_only: bool) -> None:
        self.location = location
        self.read_only = read_only
        self._instance = next(_instances)
        self._changes = 0

    # -- primitives --------------------------------------------------------------------------
    def query(self, sparql: str, *, use_default_graph_as_union: bool = True, **options: Any) -> QueryResult:
        raise NotImplementedError

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        raise NotImplementedError

    def replace_graph(self, graph_iri: GraphName, data: str | bytes, *, format: RdfFormat = RdfFormat.N_TRIPLES) -> None:
        raise NotImplementedError

    def load(self, input: Any = None, format: RdfFormat | None = None, *, path: str | os.PathLike[str] | None = None,
             base_iri: str | None = None, to_graph: GraphName | None = None) -> None:
        raise NotImplementedError

    def named_graphs(self) -> Iterator[NamedNode]:
        raise NotImplementedError

    def snapshot(self) -> Snapshot | None:
        """How a query worker opens this store's current content; None: query the store itself."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _dump_dataset(self, output: Any, format: RdfFormat, prefixes: dict[str, str] | None) -> bytes | None:
        raise NotImplementedError

    # -- the version -------------------------------------------------------------------------
    @property
    def version(self) -> str:
        """Names this store's content: it changes with every change made through the store."""
        return f"{self._instance}.{self._changes}"

    def _changed(self) -> None:
        self._changes += 1

    # -- shared ------------------------------------------------------------------------------
    def remove_graph(self, graph_iri: GraphName) -> None:
        """Delete a named graph and its triples (no error if it is absent)."""
        self.update(f"DROP SILENT GRAPH {graph_node(graph_iri)}")

    def contains_named_graph(self, graph_iri: GraphName) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph_node(graph_iri)} {{ ?s ?p ?o }} }}"))

    def select(self, sparql: str, **options: Any) -> QuerySolutions:
        """Run a SELECT query (a StoreError if ``sparql`` is another form)."""
        results = self.query(sparql, **options)
        if not isinstance(results, QuerySolutions):
            raise StoreError("expected a SELECT query")
        return results

    def graph_hash(self, graph_iri: GraphName) -> str | None:
        """The ``kg:contentHash`` recorded in an article's graph, or None when it is absent."""
        from kg.rdf.namespaces import KG  # rdflib, which query workers need not import

        rows = self.select(f"SELECT ?h WHERE {{ GRAPH {graph_node(graph_iri)} {{ ?a <{KG.contentHash}> ?h }} }} LIMIT 1")
        for row in rows:
            term = row["h"]
            return None if term is None else term.value
        return None

    def construct(self, sparql: str, **options: Any) -> Iterator[Triple]:
        """Run a CONSTRUCT or DESCRIBE query (a StoreError if ``sparql`` is another form)."""
        results = self.query(sparql, **options)
        if isinstance(results, (QuerySolutions, QueryBoolean)):
            raise StoreError("expected a CONSTRUCT or DESCRIBE query")
        return iter(results)

    def triples(self, graph_iri: GraphName | None = None) -> Iterator[Triple]:
        """The triples of one named graph, or of the union of all graphs (each once)."""
        if graph_iri is None:
            sparql = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
        else:
            sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph_node(graph_iri)} {{ ?s ?p ?o }} }}"
        return self.construct(sparql, use_default_graph_as_union=True)

    def dump(self, output: IO[bytes] | str | os.PathLike[str] | None = None, format: RdfFormat = RdfFormat.N_QUADS, *,
             from_graph: GraphName | None = None, prefixes: dict[str, str] | None = None) -> bytes | None:
        """Serialize the store (or ``from_graph``) like ``pyoxigraph.Store.dump``.

        Unlike pyoxigraph, a triple format without ``from_graph`` writes the union of all graphs,
        and a dataset format with ``from_graph`` keeps that graph's name on its quads.
        """
        if isinstance(output, (str, os.PathLike)):
            output = os.fspath(output)
        if format.supports_datasets and format is not RdfFormat.JSON_LD:
            if from_graph is None:
                return self._dump_dataset(output, format, prefixes)
            g = graph_node(from_graph)
            quads = (Quad(t.subject, t.predicate, t.object, g) for t in self.triples(g))
            return serialize(quads, output, format, prefixes=prefixes)
        return serialize(self.triples(from_graph), output, format, prefixes=prefixes)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<{type(self).__name__} {self.location} {mode}>"
