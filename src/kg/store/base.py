"""What every kg store offers (:class:`Store`), and how another process reads it (:class:`Snapshot`).

Methods are named like pyoxigraph's ``Store``. Every article is a named graph, and the store's
default graph is an RDF graph in SPARQL's sense — a set: each triple of the named graphs once,
however many articles repeat it. The store keeps it so on every write it makes (a maintained
union, :mod:`kg.store.union`), so a plain query returns each solution once while
``GRAPH ?g { … }`` still says which articles say what.

A store owns its version: every change made through it moves :attr:`Store.version`, and
:meth:`Store.snapshot` tells a query worker how to open the content of that version, so nobody has
to look at the store's files to see a change.
"""
from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
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
from kg.store import checkpoints
from kg.store.checkpoints import Held
from kg.store.union import DERIVE_DEFAULT_GRAPH

GraphName = str | NamedNode
QueryResult = QuerySolutions | QueryBoolean | QueryTriples | Iterator[Triple]
#: What ``replace_graphs`` takes: (graph, its content in the format given).
GraphData = tuple[GraphName, str | bytes]
#: Graph files ``open_store`` loads into memory, by extension.
GRAPH_FILE_FORMATS: dict[str, RdfFormat] = {
    ".ttl": RdfFormat.TURTLE,
    ".trig": RdfFormat.TRIG,
    ".nq": RdfFormat.N_QUADS,
    ".nt": RdfFormat.N_TRIPLES,
    ".jsonld": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML,
}

_instances = itertools.count()  # tells apart stores opened over the same location


@dataclass(frozen=True)
class Snapshot:
    """How another process opens a store as it is now: a checkpoint of an on-disk store, a graph
    file, or a copy of an in-memory store; or, to update it, the store's folder (its writer opens it).

    ``key`` names the content: a worker that opened the same key already has it.
    """

    kind: Literal["checkpoint", "file", "nquads", "directory"]
    location: str
    key: str
    data: bytes | None = None  # N-Quads, for copies of in-memory stores

    def open(self) -> Held:
        """A pyoxigraph store with this content (a checkpoint opened read-only and held, the rest loaded)."""
        if self.kind == "checkpoint":
            try:
                return checkpoints.hold(Path(self.location))
            except StoreError:
                # Replaced and removed between the snapshot and now: the newer one is as good.
                held = checkpoints.hold_latest(Path(self.location).parent.parent)
                if held is None:
                    raise
                return held
        if self.kind == "directory":
            raise StoreError(f"{self.location} is a store's folder, opened by its writer to update it, not read")
        store = OxStore()
        if self.kind == "file":
            load_graph_file(store, Path(self.location))
        else:
            store.bulk_load(self.data or b"", format=RdfFormat.N_QUADS)
        return Held(Path(self.location), store, None)


def load_graph_file(store: OxStore, path: Path) -> bool:
    """Load a graph file into an empty in-memory ``store`` and give it its default graph.

    A file's own default-graph triples stay; the triples of its named graphs are added to the
    default graph (each once). Returns whether the file had default-graph triples of its own.
    """
    store.load(path=str(path), format=GRAPH_FILE_FORMATS[path.suffix.lower()])
    own = bool(store.query("ASK { ?s ?p ?o }"))
    store.update(DERIVE_DEFAULT_GRAPH)
    return own


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


def ntriples(triples: Iterable[Triple]) -> str:
    """``triples`` as N-Triples text, written by pyoxigraph (escapes and all)."""
    return serialized(serialize(triples, format=RdfFormat.N_TRIPLES)).decode("utf-8")


def to_ntriples(data: str | bytes, format: RdfFormat) -> str:
    """Parse ``data`` and write it back as canonical N-Triples, safe to splice into SPARQL Update.

    Blank nodes get fresh labels, so the bodies of several graphs can share one request.
    """
    return canonical_ntriples(data, format).decode("utf-8")


def canonical_ntriples(data: str | bytes, format: RdfFormat) -> bytes:
    r"""``data`` (whatever graph a dataset format puts its triples in) parsed and written back by
    pyoxigraph as N-Triples: one triple a line, each line ending in `` .\n`` (line ends inside
    literals are escaped), blank nodes renamed apart from every other graph's. Bad data is a
    UserInputError. Parsed and written in one pass, no Python object kept per triple.

    >>> canonical_ntriples('<http://s>  <http://p> "a\\nb"  .  # a comment', RdfFormat.N_TRIPLES)
    b'<http://s> <http://p> "a\\nb" .\n'
    """
    try:
        quads = parse(data, format, rename_blank_nodes=True)
        return serialized(serialize(quads if not format.supports_datasets else (q.triple for q in quads),
                                    format=RdfFormat.N_TRIPLES))
    except (SyntaxError, ValueError) as e:
        raise UserInputError(f"invalid {format.name} data: {e}") from e


def parse_triples(data: str | bytes, format: RdfFormat) -> list[Triple]:
    """The triples of ``data`` (whatever graph a dataset format puts them in), blank nodes renamed
    apart from every other graph's; bad data is a UserInputError."""
    try:
        return [q.triple for q in parse(data, format, rename_blank_nodes=True)]
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
    def query(self, sparql: str, **options: Any) -> QueryResult:
        """Run a SPARQL query; its default graph is the store's: each triple of the graphs once."""
        raise NotImplementedError

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL Update on the named graphs; the default graph is then the union again.

        The default graph is the union of the named graphs: what an update writes to the default
        graph itself does not stay there (write into a named graph).
        """
        raise NotImplementedError

    def replace_graphs(self, graphs: Iterable[GraphData], *, format: RdfFormat = RdfFormat.N_TRIPLES) -> int:
        """Replace each named graph's content (from an iterable, consumed as it comes), each graph
        atomically, and keep the default graph the union; the number of graphs written.

        An empty content removes the graph. Writes are batched: a graph is either as it was or
        fully replaced at any point, but ``len`` and queries may see part of the batch only
        after the call returns.
        """
        raise NotImplementedError

    def remove_graphs(self, graphs: Iterable[GraphName]) -> None:
        """Delete named graphs (absent ones are no error) and, from the default graph, the triples
        no other graph holds."""
        raise NotImplementedError

    def load(self, input: Any = None, format: RdfFormat | None = None, *, path: str | os.PathLike[str] | None = None,
             base_iri: str | None = None, to_graph: GraphName | None = None) -> None:
        """Add RDF data like ``pyoxigraph.Store.load``; what goes into named graphs joins the default graph."""
        raise NotImplementedError

    def named_graphs(self) -> Iterator[NamedNode]:
        raise NotImplementedError

    def snapshot(self) -> Snapshot | None:
        """How a query worker opens this store's current content; None: query the store itself."""
        raise NotImplementedError

    def update_target(self, *, wait: float = 0.0) -> Snapshot | None:
        """How a worker process writes this store (its folder, or a copy of its content); None:
        run updates on the store itself. Call :meth:`after_update` when the worker is done."""
        return None

    def after_update(self, content: bytes | None) -> None:
        """A worker's update is over: take the copy's ``content`` (None: no change to take) and move
        the version, so query workers open the store again."""
        self._changed()

    def __len__(self) -> int:
        """The quads of the named graphs, plus default-graph triples no named graph holds."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _dump_dataset(self, output: Any, format: RdfFormat, prefixes: dict[str, str] | None) -> bytes | None:
        """The named graphs (and default-graph triples of the store's own), without the union's copies."""
        raise NotImplementedError

    # -- the version -------------------------------------------------------------------------
    @property
    def version(self) -> str:
        """Names this store's content: it changes with every change made through the store."""
        return f"{self._instance}.{self._changes}"

    def _changed(self) -> None:
        self._changes += 1

    # -- shared ------------------------------------------------------------------------------
    def replace_graph(self, graph_iri: GraphName, data: str | bytes, *, format: RdfFormat = RdfFormat.N_TRIPLES) -> None:
        """Replace one named graph's content in one transaction (idempotent; empty data removes it)."""
        self.replace_graphs([(graph_iri, data)], format=format)

    def remove_graph(self, graph_iri: GraphName) -> None:
        """Delete a named graph and the triples only it held (no error if it is absent)."""
        self.remove_graphs([graph_iri])

    def contains_named_graph(self, graph_iri: GraphName) -> bool:
        return self.ask(f"ASK {{ GRAPH {graph_node(graph_iri)} {{ ?s ?p ?o }} }}")

    def ask(self, sparql: str, **options: Any) -> bool:
        """The answer of an ASK query (a StoreError if ``sparql`` is another form)."""
        results = self.query(sparql, **options)
        if not isinstance(results, QueryBoolean):
            raise StoreError("expected an ASK query")
        return bool(results)

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
        """The triples of one named graph, or of the default graph (the union, each triple once)."""
        if graph_iri is None:
            sparql = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        else:
            sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph_node(graph_iri)} {{ ?s ?p ?o }} }}"
        return self.construct(sparql)

    def dump(self, output: IO[bytes] | str | os.PathLike[str] | None = None, format: RdfFormat = RdfFormat.N_QUADS, *,
             from_graph: GraphName | None = None, prefixes: dict[str, str] | None = None) -> bytes | None:
        """Serialize the store (or ``from_graph``) like ``pyoxigraph.Store.dump``.

        A triple format without ``from_graph`` writes the default graph (the union, each triple
        once); a dataset format writes the named graphs without the union's copies, and with
        ``from_graph`` keeps that graph's name on its quads.
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
