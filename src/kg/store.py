"""The knowledge store: one named graph per article, over pyoxigraph or a remote SPARQL server.

``open_store`` picks the backend from the location:

* a folder → the embedded on-disk Oxigraph store (writers hold ``kg.lock`` in it);
* a graph file (``.ttl .trig .nq .nt .jsonld .rdf``) → an in-memory store loaded from it, read-only;
* ``sparql+http://HOST:PORT/PATH`` (or ``sparql+https``) → a :class:`RemoteStore`.

Methods are named like pyoxigraph's ``Store``. Rebuilding an article is one
``replace_graph(graph_iri, ntriples)`` call, a single transaction, so a build killed at any point
leaves each article graph either as it was or fully replaced::

    >>> store = open_store(":memory:")
    >>> store.replace_graph("https://w3id.org/kg-news/id/graph/a", '<http://s> <http://p> "o" .')
    >>> len(store), [g.value for g in store.named_graphs()]
    (1, ['https://w3id.org/kg-news/id/graph/a'])
"""
from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Union
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit, urlunsplit

from pyoxigraph import (
    DefaultGraph,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store as OxStore,
    Triple,
    parse,
    parse_query_results,
    serialize,
)

from kg.errors import QuerySyntaxError, StoreError, StoreLockedError, UserInputError
from kg.rdf.namespaces import KG
from kg.settings import Settings

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
REMOTE_SCHEMES = ("sparql+http://", "sparql+https://")

GraphName = Union[str, NamedNode]
QueryResult = Union[QuerySolutions, QueryBoolean, Iterator[Triple]]


def open_store(location: str | os.PathLike[str] | None = None, *, read_only: bool = False, create: bool = True) -> "Store":
    """Open the store at ``location`` (default: the ``store`` setting); see the module docstring.

    Raises StoreLockedError when another process is writing an embedded store, StoreError when
    the location cannot be opened.
    """
    loc = str(location) if location is not None else Settings.from_mapping().store
    if loc.startswith(REMOTE_SCHEMES):
        return RemoteStore.from_url(loc, read_only=read_only)
    if loc == MEMORY:
        return EmbeddedStore(OxStore(), location=loc, read_only=read_only)
    path = Path(loc)
    if path.suffix.lower() in GRAPH_FILE_FORMATS and not path.is_dir():
        return _open_graph_file(path)
    return _open_directory(path, read_only=read_only, create=create)


def _open_graph_file(path: Path) -> "EmbeddedStore":
    if not path.is_file():
        raise StoreError(f"graph file {path} does not exist")
    inner = OxStore()
    try:
        inner.load(path=str(path), format=GRAPH_FILE_FORMATS[path.suffix.lower()])
    except (SyntaxError, ValueError) as e:
        raise UserInputError(f"cannot read graph file {path}: {e}") from e
    except OSError as e:
        raise StoreError(f"cannot read graph file {path}: {e}") from e
    return EmbeddedStore(inner, location=str(path), read_only=True)


def _open_directory(path: Path, *, read_only: bool, create: bool) -> "EmbeddedStore":
    exists = path.is_dir() and any(path.iterdir())
    if not exists and (read_only or not create):
        raise StoreError(f"no store at {path}")
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is neither a store folder nor a graph file ({', '.join(GRAPH_FILE_FORMATS)})")
    if read_only:
        # No lock: a reader (the web app) may run beside a build; Oxigraph opens a snapshot.
        try:
            return EmbeddedStore(OxStore.read_only(str(path)), location=str(path), read_only=True)
        except OSError as e:
            raise StoreError(f"cannot open store {path} read-only: {e}") from e
    path.mkdir(parents=True, exist_ok=True)
    lock = _WriteLock(path)  # before RocksDB's own lock, so the refusal names the holder
    try:
        inner = OxStore(str(path))
    except OSError as e:
        lock.release()
        raise StoreError(f"cannot open store {path}: {e}") from e
    return EmbeddedStore(inner, location=str(path), read_only=False, lock=lock)


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


def graph_node(graph: GraphName) -> NamedNode:
    """``graph`` as a NamedNode; a malformed IRI is a StoreError."""
    if isinstance(graph, NamedNode):
        return graph
    try:
        return NamedNode(graph)
    except ValueError as e:
        raise StoreError(f"invalid graph IRI {graph!r}: {e}") from e


def to_ntriples(data: str | bytes, format: RdfFormat) -> str:
    """Parse ``data`` and write it back as canonical N-Triples, safe to splice into SPARQL Update."""
    try:
        quads = parse(data, format)
        return serialize((q.triple for q in quads), format=RdfFormat.N_TRIPLES).decode("utf-8")
    except (SyntaxError, ValueError) as e:
        raise UserInputError(f"invalid {format.name} data: {e}") from e


class Store:
    """What every kg store offers; subclasses provide the pyoxigraph-shaped primitives."""

    location: str
    read_only: bool

    # -- primitives --------------------------------------------------------------------------
    def query(self, sparql: str, *, use_default_graph_as_union: bool = True, **options: Any) -> QueryResult:
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def replace_graph(self, graph_iri: GraphName, data: str | bytes, *, format: RdfFormat = RdfFormat.N_TRIPLES) -> None:
        raise NotImplementedError

    def load(self, input: Any = None, format: RdfFormat | None = None, *, path: str | os.PathLike[str] | None = None,
             base_iri: str | None = None, to_graph: GraphName | None = None) -> None:
        raise NotImplementedError

    def named_graphs(self) -> Iterator[NamedNode]:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _dump_dataset(self, output: Any, format: RdfFormat, prefixes: dict[str, str] | None) -> bytes | None:
        raise NotImplementedError

    # -- shared ------------------------------------------------------------------------------
    def remove_graph(self, graph_iri: GraphName) -> None:
        """Delete a named graph and its triples (no error if it is absent)."""
        self.update(f"DROP SILENT GRAPH {graph_node(graph_iri)}")

    def contains_named_graph(self, graph_iri: GraphName) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph_node(graph_iri)} {{ ?s ?p ?o }} }}"))

    def graph_hash(self, graph_iri: GraphName) -> str | None:
        """The ``kg:contentHash`` recorded in an article's graph, or None when it is absent."""
        rows = self.query(
            f"SELECT ?h WHERE {{ GRAPH {graph_node(graph_iri)} {{ ?a <{KG.contentHash}> ?h }} }} LIMIT 1"
        )
        for row in rows:  # type: ignore[union-attr]
            return row["h"].value
        return None

    def triples(self, graph_iri: GraphName | None = None) -> Iterator[Triple]:
        """The triples of one named graph, or of the union of all graphs (each once)."""
        if graph_iri is None:
            sparql = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
        else:
            sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph_node(graph_iri)} {{ ?s ?p ?o }} }}"
        return iter(self.query(sparql, use_default_graph_as_union=True))  # type: ignore[arg-type]

    def dump(self, output: IO[bytes] | str | os.PathLike[str] | None = None, format: RdfFormat = RdfFormat.N_QUADS, *,
             from_graph: GraphName | None = None, prefixes: dict[str, str] | None = None) -> bytes | None:
        """Serialize the store (or ``from_graph``) like ``pyoxigraph.Store.dump``.

        Unlike pyoxigraph, a triple format without ``from_graph`` writes the union of all graphs,
        and a dataset format with ``from_graph`` keeps that graph's name on its quads.
        """
        if output is not None and not hasattr(output, "write"):
            output = os.fspath(output)
        if format.supports_datasets and format is not RdfFormat.JSON_LD:
            if from_graph is None:
                return self._dump_dataset(output, format, prefixes)
            g = graph_node(from_graph)
            items: Iterable[Triple | Quad] = (Quad(t.subject, t.predicate, t.object, g) for t in self.triples(g))
        else:
            items = self.triples(from_graph)
        return serialize(items, output, format, prefixes=prefixes)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<{type(self).__name__} {self.location} {mode}>"


class EmbeddedStore(Store):
    """A pyoxigraph ``Store``: on disk (one writer at a time) or in memory."""

    def __init__(self, inner: OxStore, *, location: str, read_only: bool, lock: _WriteLock | None = None) -> None:
        self.inner = inner
        self.location = location
        self.read_only = read_only
        self._lock = lock

    def query(self, sparql: str, *, use_default_graph_as_union: bool = True, **options: Any) -> QueryResult:
        """Run a SPARQL query; returns pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples."""
        try:
            return self.inner.query(sparql, use_default_graph_as_union=use_default_graph_as_union, **options)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from e
        except OSError as e:
            raise StoreError(f"query on {self.location} failed: {e}") from e

    def update(self, sparql: str) -> None:
        """Run a SPARQL update as one transaction."""
        self._check_writable()
        try:
            self.inner.update(sparql)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from e
        except OSError as e:
            raise StoreError(f"update on {self.location} failed: {e}") from e

    def replace_graph(self, graph_iri: GraphName, data: str | bytes, *, format: RdfFormat = RdfFormat.N_TRIPLES) -> None:
        """Replace a named graph's content with ``data`` in one transaction (idempotent)."""
        self._check_writable()
        g = graph_node(graph_iri)
        if format.supports_datasets:  # only the triples go in, whatever graph the data names
            data, format = to_ntriples(data, format), RdfFormat.N_TRIPLES
        if not self.inner.contains_named_graph(g):
            # A new graph (most of a build): one load is one transaction too, and about a third
            # faster than SPARQL. Safe to test first: we are the only writer (the lock).
            try:
                self.inner.load(data, format, to_graph=g)
            except (SyntaxError, ValueError) as e:
                raise UserInputError(f"invalid {format.name} data for {g}: {e}") from e
            except OSError as e:
                raise StoreError(f"writing {g} to {self.location} failed: {e}") from e
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
            self.inner.load(input, format, path=None if path is None else str(path), base_iri=base_iri, to_graph=target)
        except (SyntaxError, ValueError) as e:
            raise UserInputError(f"cannot load RDF: {e}") from e
        except OSError as e:
            raise StoreError(f"load into {self.location} failed: {e}") from e

    def named_graphs(self) -> Iterator[NamedNode]:
        return (g for g in self.inner.named_graphs() if isinstance(g, NamedNode))

    def contains_named_graph(self, graph_iri: GraphName) -> bool:
        return self.inner.contains_named_graph(graph_node(graph_iri))

    def __len__(self) -> int:
        return len(self.inner)

    def _dump_dataset(self, output: Any, format: RdfFormat, prefixes: dict[str, str] | None) -> bytes | None:
        return self.inner.dump(output, format, prefixes=prefixes)

    def close(self) -> None:
        """Flush and release the write lock; the store must not be used afterwards."""
        if self.inner is None:
            return
        if not self.read_only and self.location != MEMORY:
            self.inner.flush()
        self.inner = None  # type: ignore[assignment]  # drop RocksDB's handle before unlocking
        if self._lock is not None:
            self._lock.release()
            self._lock = None

@dataclass(frozen=True)
class Endpoints:
    """Where a server answers, relative to the store URL's path ("" = the URL itself)."""

    query: str
    update: str
    store: str  # Graph Store Protocol
    union_param: str | None = None  # query parameter asking for the union default graph


#: Endpoint layouts of known servers; ``?profile=NAME`` picks one, ``?query=&update=&store=`` override.
#: Servers without a union parameter answer over their own default graph (GraphDB and Virtuoso
#: use the union of all graphs; Fuseki does when its dataset sets ``unionDefaultGraph``).
PROFILES: dict[str, Endpoints] = {
    "oxigraph": Endpoints("query", "update", "store", "union-default-graph"),
    "fuseki": Endpoints("query", "update", "data"),
    "graphdb": Endpoints("", "statements", "rdf-graphs/service"),
    "virtuoso": Endpoints("sparql", "sparql", "sparql-graph-crud"),
}
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.5"


class RemoteStore(Store):
    """A SPARQL 1.1 Query/Update + Graph Store Protocol server, as a :class:`Store`.

    ``query`` returns the same pyoxigraph types as the embedded store (QuerySolutions,
    QueryBoolean), except that CONSTRUCT/DESCRIBE give a plain iterator of ``Triple``.
    ``replace_graph`` is one GSP PUT and ``load`` one INSERT DATA, each atomic on the server.
    There is no client-side write lock: concurrency is the server's business.
    """

    def __init__(self, base_url: str, *, endpoints: Endpoints = PROFILES["oxigraph"], read_only: bool = False,
                 timeout: float = 60.0, auth: tuple[str, str] | None = None, location: str | None = None) -> None:
        import requests  # only remote stores need HTTP

        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.endpoints = endpoints
        self.read_only = read_only
        self.location = location or base_url
        self.timeout = timeout
        self._session = requests.Session()
        self._session.auth = auth
        self._session.headers["User-Agent"] = "kg-news-store"

    @classmethod
    def from_url(cls, url: str, *, read_only: bool = False) -> "RemoteStore":
        """``sparql+http://[user:pw@]HOST:PORT/PATH[?profile=fuseki&query=sparql&update=…&store=…]``."""
        split = urlsplit(url[len("sparql+"):])
        params = dict(parse_qsl(split.query, keep_blank_values=True))
        name = params.pop("profile", "oxigraph")
        if name not in PROFILES:
            raise StoreError(f"unknown SPARQL server profile {name!r} (known: {', '.join(PROFILES)})")
        unknown = set(params) - {"query", "update", "store"}
        if unknown:
            raise StoreError(f"unknown store URL parameter(s): {', '.join(sorted(unknown))}")
        endpoints = replace(PROFILES[name], **params)
        netloc = split.hostname or ""
        if split.port:
            netloc += f":{split.port}"
        auth = (unquote(split.username), unquote(split.password or "")) if split.username else None
        base = urlunsplit((split.scheme, netloc, split.path or "/", "", ""))
        return cls(base, endpoints=endpoints, read_only=read_only, auth=auth, location=url)

    def endpoint(self, which: str) -> str:
        rel = getattr(self.endpoints, which)
        return urljoin(self.base_url, rel) if rel else self.base_url.rstrip("/")

    def _request(self, method: str, which: str, **kwargs: Any) -> Any:
        import requests

        url = self.endpoint(which)
        try:
            resp = self._session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.RequestException as e:
            raise StoreError(f"cannot reach SPARQL server {url}: {e}") from e
        if resp.status_code == 400 and which in ("query", "update"):
            raise QuerySyntaxError(resp.text.strip() or "the server refused the request")
        if resp.status_code >= 400:
            raise StoreError(f"{method} {url} answered {resp.status_code}: {resp.text.strip()[:500]}")
        return resp

    def query(self, sparql: str, *, use_default_graph_as_union: bool = True, prefixes: dict[str, str] | None = None,
              **options: Any) -> QueryResult:
        """Run a query on the server's query endpoint (see the class docstring for result types)."""
        if options:
            raise TypeError(f"remote stores do not support {', '.join(options)}")
        if prefixes:
            sparql = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items()) + sparql
        params = {}
        if use_default_graph_as_union and self.endpoints.union_param:
            params[self.endpoints.union_param] = "true"
        resp = self._request("POST", "query", params=params, data=sparql.encode("utf-8"),
                             headers={"Content-Type": "application/sparql-query", "Accept": _ACCEPT})
        media = resp.headers.get("Content-Type", "").split(";")[0].strip()
        results_format = QueryResultsFormat.from_media_type(media) if media else None
        if results_format is not None:
            return parse_query_results(resp.content, results_format)
        rdf_format = RdfFormat.from_media_type(media) if media else None
        if rdf_format is None:
            raise StoreError(f"{self.endpoint('query')} answered in an unexpected media type {media!r}")
        return (q.triple for q in parse(resp.content, rdf_format))

    def update(self, sparql: str) -> None:
        """Run a SPARQL update on the server's update endpoint."""
        self._check_writable()
        self._request("POST", "update", data=sparql.encode("utf-8"),
                      headers={"Content-Type": "application/sparql-update"})

    def replace_graph(self, graph_iri: GraphName, data: str | bytes, *, format: RdfFormat = RdfFormat.N_TRIPLES) -> None:
        """Replace a named graph with one Graph Store Protocol PUT (atomic on the server)."""
        self._check_writable()
        g = graph_node(graph_iri)
        body = to_ntriples(data, format)
        if not body:  # PUT of an empty graph leaves an empty graph on some servers; drop it instead
            self.remove_graph(g)
            return
        self._request("PUT", "store", params={"graph": g.value}, data=body.encode("utf-8"),
                      headers={"Content-Type": RdfFormat.N_TRIPLES.media_type})

    def load(self, input: Any = None, format: RdfFormat | None = None, *, path: str | os.PathLike[str] | None = None,
             base_iri: str | None = None, to_graph: GraphName | None = None) -> None:
        """Parse locally, then add everything with one INSERT DATA."""
        self._check_writable()
        if format is None and path is not None:
            format = RdfFormat.from_extension(Path(path).suffix.lstrip("."))
        try:
            quads = list(parse(input, format, path=None if path is None else str(path), base_iri=base_iri))
        except (SyntaxError, ValueError) as e:
            raise UserInputError(f"cannot load RDF: {e}") from e
        target = graph_node(to_graph) if to_graph is not None else None
        groups: dict[Any, list[Triple]] = {}
        for q in quads:
            name = target if target is not None and isinstance(q.graph_name, DefaultGraph) else q.graph_name
            groups.setdefault(name, []).append(q.triple)
        blocks = []
        for name, triples in groups.items():
            body = serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8")
            blocks.append(body if isinstance(name, DefaultGraph) else f"GRAPH {name} {{\n{body}}}")
        if blocks:
            self.update("INSERT DATA {\n" + "\n".join(blocks) + "\n}")

    def named_graphs(self) -> Iterator[NamedNode]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", use_default_graph_as_union=False)
        return (r["g"] for r in rows if isinstance(r["g"], NamedNode))  # type: ignore[union-attr]

    def __len__(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                          use_default_graph_as_union=False)
        return int(next(iter(rows))["n"].value)  # type: ignore[arg-type]

    def _dump_dataset(self, output: Any, format: RdfFormat, prefixes: dict[str, str] | None) -> bytes | None:
        rows = self.query("SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                          use_default_graph_as_union=False)
        quads = (Quad(r["s"], r["p"], r["o"], r["g"] or DefaultGraph()) for r in rows)  # type: ignore[union-attr]
        return serialize(quads, output, format, prefixes=prefixes)

    def close(self) -> None:
        self._session.close()
