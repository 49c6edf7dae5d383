"""A remote store: any SPARQL 1.1 Query/Update + Graph Store Protocol server, as a :class:`Store`.

The URL ``sparql+http://[user:pw@]HOST:PORT/PATH[?profile=NAME&query=…&update=…&store=…]``
names the server and where it answers (:data:`PROFILES` lists known layouts). Queries run on
the server, under its own limits: there is no local copy for query workers to open.

kg keeps the server's default graph the union of the article graphs, each triple once, as it
does its own (:mod:`kg.store.union`): each write is one SPARQL Update request, atomic on the
server. Servers whose default graph already is the union of their graphs (GraphDB, Virtuoso)
get no copies.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit, urlunsplit

from pyoxigraph import (
    DefaultGraph,
    NamedNode,
    Quad,
    QueryResultsFormat,
    RdfFormat,
    Triple,
    parse,
    parse_query_results,
    serialize,
)

from kg.errors import QuerySyntaxError, StoreError, UserInputError
from kg.store import union
from kg.store.base import (
    GraphData,
    GraphName,
    QueryResult,
    Snapshot,
    Store,
    graph_node,
    ntriples,
    to_ntriples,
)

#: URL schemes ``open_store`` reads as a remote store.
REMOTE_SCHEMES = ("sparql+http://", "sparql+https://")


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers, relative to the store URL's path ("" = the URL itself)."""

    query: str
    update: str
    store: str  # Graph Store Protocol
    union_default: bool = False  # the server's default graph is the union of its graphs already


#: Endpoint layouts of known servers; ``?profile=NAME`` picks one, ``?query=&update=&store=`` override.
#: Oxigraph and Fuseki keep a default graph of its own, which kg makes the union; GraphDB and
#: Virtuoso answer over the union of all graphs themselves.
PROFILES: dict[str, Endpoints] = {
    "oxigraph": Endpoints("query", "update", "store"),
    "fuseki": Endpoints("query", "update", "data"),
    "graphdb": Endpoints("", "statements", "rdf-graphs/service", union_default=True),
    "virtuoso": Endpoints("sparql", "sparql", "sparql-graph-crud", union_default=True),
}
#: A ``replace_graphs`` request carries at most this many graphs or triples.
BATCH_GRAPHS = 50
BATCH_TRIPLES = 20_000
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.5"


class RemoteStore(Store):
    """A SPARQL 1.1 Query/Update + Graph Store Protocol server, as a :class:`Store`.

    ``query`` returns the same pyoxigraph types as the embedded store (QuerySolutions,
    QueryBoolean), except that CONSTRUCT/DESCRIBE give a plain iterator of ``Triple``.
    ``replace_graphs`` sends one update request per batch, ``load`` one INSERT DATA, each
    atomic on the server. There is no client-side write lock: concurrency is the server's business.
    """

    def __init__(self, base_url: str, *, endpoints: Endpoints = PROFILES["oxigraph"], read_only: bool = False,
                 timeout: float = 60.0, auth: tuple[str, str] | None = None, location: str | None = None) -> None:
        import requests  # only remote stores need HTTP

        super().__init__(location=location or base_url, read_only=read_only)
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.endpoints = endpoints
        self.timeout = timeout
        self._session = requests.Session()
        self._session.auth = auth
        self._session.headers["User-Agent"] = "kg-news-store"

    @classmethod
    def from_url(cls, url: str, *, read_only: bool = False) -> RemoteStore:
        """``sparql+http://[user:pw@]HOST:PORT/PATH[?profile=fuseki&query=sparql&update=…&store=…]``."""
        split = urlsplit(url[len("sparql+"):])
        params = dict(parse_qsl(split.query, keep_blank_values=True))
        name = params.pop("profile", "oxigraph")
        if name not in PROFILES:
            raise StoreError(f"unknown SPARQL server profile {name!r} (known: {', '.join(PROFILES)})")
        unknown = set(params) - {"query", "update", "store"}
        if unknown:
            raise StoreError(f"unknown store URL parameter(s): {', '.join(sorted(unknown))}")
        base = PROFILES[name]
        endpoints = replace(base, query=params.get("query", base.query), update=params.get("update", base.update),
                            store=params.get("store", base.store))
        netloc = split.hostname or ""
        if split.port:
            netloc += f":{split.port}"
        auth = (unquote(split.username), unquote(split.password or "")) if split.username else None
        root = urlunsplit((split.scheme, netloc, split.path or "/", "", ""))
        return cls(root, endpoints=endpoints, read_only=read_only, auth=auth, location=url)

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

    def query(self, sparql: str, *, prefixes: dict[str, str] | None = None, **options: Any) -> QueryResult:
        """Run a query on the server's query endpoint (see the class docstring for result types)."""
        if options:
            raise TypeError(f"remote stores do not support {', '.join(options)}")
        if prefixes:
            sparql = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items()) + sparql
        resp = self._request("POST", "query", data=sparql.encode("utf-8"),
                             headers={"Content-Type": "application/sparql-query", "Accept": _ACCEPT})
        media = resp.headers.get("Content-Type", "").split(";")[0].strip()
        results_format = QueryResultsFormat.from_media_type(media) if media else None
        if results_format is not None:
            return parse_query_results(resp.content, results_format)
        rdf_format = RdfFormat.from_media_type(media) if media else None
        if rdf_format is None:
            raise StoreError(f"{self.endpoint('query')} answered in an unexpected media type {media!r}")
        return (q.triple for q in parse(resp.content, rdf_format))

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL update on the server's update endpoint (which resolves relative IRIs itself),
        then make the default graph the union again."""
        self._check_writable()
        self._send_update(sparql)
        if not self.endpoints.union_default:
            self._send_update(union.RESYNC_DEFAULT_GRAPH)

    def _send_update(self, sparql: str) -> None:
        if not sparql:
            return
        try:
            self._request("POST", "update", data=sparql.encode("utf-8"),
                          headers={"Content-Type": "application/sparql-update"})
        finally:
            self._changed()

    def replace_graphs(self, graphs: Iterable[GraphData], *, format: RdfFormat = RdfFormat.N_TRIPLES) -> int:
        """Replace each graph (empty content: remove it), one update request per batch of graphs."""
        self._check_writable()
        batch: dict[NamedNode, str] = {}
        size = written = 0
        for graph, data in graphs:
            g = graph_node(graph)
            try:
                body = to_ntriples(data, format)
            except UserInputError as error:
                self._replace(batch)  # the graphs before it are good: they are written
                raise UserInputError(f"{g.value}: {error.message}") from error
            if g in batch:
                self._replace(batch)
                batch, size = {}, 0
            batch[g] = body
            size += body.count("\n")
            written += 1
            if len(batch) >= BATCH_GRAPHS or size >= BATCH_TRIPLES:
                self._replace(batch)
                batch, size = {}, 0
        self._replace(batch)
        return written

    def _replace(self, batch: dict[NamedNode, str]) -> None:
        if batch:
            self._send_update(union.replace_graphs(list(batch.items()), default_graph=not self.endpoints.union_default))

    def remove_graphs(self, graphs: Iterable[GraphName]) -> None:
        """Delete named graphs and the default graph's triples only they held (a request per 100)."""
        self._check_writable()
        nodes = list(dict.fromkeys(graph_node(g) for g in graphs))
        for start in range(0, len(nodes), 100):
            self._send_update(union.drop_graphs(nodes[start:start + 100], default_graph=not self.endpoints.union_default))

    def load(self, input: Any = None, format: RdfFormat | None = None, *, path: str | os.PathLike[str] | None = None,
             base_iri: str | None = None, to_graph: GraphName | None = None) -> None:
        """Parse locally, then add everything with one INSERT DATA (named graphs' triples to the
        default graph too)."""
        self._check_writable()
        if format is None and path is not None:
            format = RdfFormat.from_extension(Path(path).suffix.lstrip("."))
        try:
            quads = list(parse(input, format, path=None if path is None else str(path), base_iri=base_iri,
                               rename_blank_nodes=True))
        except (SyntaxError, ValueError) as e:
            raise UserInputError(f"cannot load RDF: {e}") from e
        target = graph_node(to_graph) if to_graph is not None else None
        groups: dict[Any, list[Triple]] = {}
        for q in quads:
            name = target if target is not None and isinstance(q.graph_name, DefaultGraph) else q.graph_name
            groups.setdefault(name, []).append(q.triple)
        own = groups.pop(DefaultGraph(), [])
        named = [(name, ntriples(triples)) for name, triples in groups.items()]
        parts = [union.insert_data(named, default_graph=not self.endpoints.union_default)]
        if own:
            parts.append(f"INSERT DATA {{\n{ntriples(own)}}}")
        self._send_update(" ;\n".join(p for p in parts if p))

    def named_graphs(self) -> Iterator[NamedNode]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return (g for r in rows if isinstance(g := r["g"], NamedNode))

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        count = next(iter(rows))["n"]
        return int(count.value) if count is not None else 0

    def _dump_dataset(self, output: Any, format: RdfFormat, prefixes: dict[str, str] | None) -> bytes | None:
        rows = self.select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        quads = (Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)
        return serialize(quads, output, format, prefixes=prefixes)

    def snapshot(self) -> Snapshot | None:
        """None: queries run on the server itself."""
        return None

    def close(self) -> None:
        self._session.close()
