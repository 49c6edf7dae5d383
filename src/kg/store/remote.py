"""A remote store: any SPARQL 1.1 Query/Update + Graph Store Protocol server, as a :class:`Store`.

The URL ``sparql+http://[user:pw@]HOST:PORT/PATH[?profile=NAME&query=…&update=…&store=…]``
names the server and where it answers (:data:`PROFILES` lists known layouts). Queries run on
the server, under its own limits: there is no local copy for query workers to open.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
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
from kg.store.base import (
    GraphName,
    QueryResult,
    Snapshot,
    Store,
    graph_node,
    serialized,
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

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL update on the server's update endpoint (which resolves relative IRIs itself)."""
        self._check_writable()
        try:
            self._request("POST", "update", data=sparql.encode("utf-8"),
                          headers={"Content-Type": "application/sparql-update"})
        finally:
            self._changed()

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
            body = serialized(serialize(triples, format=RdfFormat.N_TRIPLES)).decode("utf-8")
            blocks.append(body if isinstance(name, DefaultGraph) else f"GRAPH {name} {{\n{body}}}")
        if blocks:
            self.update("INSERT DATA {\n" + "\n".join(blocks) + "\n}")

    def named_graphs(self) -> Iterator[NamedNode]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", use_default_graph_as_union=False)
        return (g for r in rows if isinstance(g := r["g"], NamedNode))

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                           use_default_graph_as_union=False)
        count = next(iter(rows))["n"]
        return int(count.value) if count is not None else 0

    def _dump_dataset(self, output: Any, format: RdfFormat, prefixes: dict[str, str] | None) -> bytes | None:
        rows = self.select("SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                           use_default_graph_as_union=False)
        quads = (Quad(r["s"], r["p"], r["o"], r["g"] or DefaultGraph()) for r in rows)
        return serialize(quads, output, format, prefixes=prefixes)

    def snapshot(self) -> Snapshot | None:
        """None: queries run on the server itself."""
        return None

    def close(self) -> None:
        self._session.close()
