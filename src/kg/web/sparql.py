"""The SPARQL 1.1 Protocol: query and update at ``/sparql``, Graph Store reads, service description.

* ``GET /sparql?query=…``, ``POST`` as ``application/x-www-form-urlencoded`` (``query=`` or
  ``update=``) or directly as ``application/sparql-query`` / ``application/sparql-update``;
  ``default-graph-uri`` / ``named-graph-uri`` (``using-graph-uri`` / ``using-named-graph-uri``
  for updates) in the URL or the form. Results are content-negotiated (or ``?format=json``…).
* ``GET /sparql`` without a query: the SPARQL 1.1 Service Description (Turtle by default).
* ``GET|HEAD /rdf-graph-store?default`` or ``?graph=IRI``: a graph as Turtle, N-Triples,
  JSON-LD or RDF/XML (the default graph is the union of the article graphs, each triple once,
  as in queries).
* ``GET /health``: 200 when a query runs; otherwise the error (503 on a timeout, 500 for the store).

Every operation goes through :func:`kg.sparql.execute` / :func:`kg.sparql.execute_update`, the
same functions the CLI calls (Graph Store reads and the service description's graphs too,
through a :class:`kg.sparql.Reader`: the query workers' timeout, the last finished build's data). CORS is open (read-only data; updates need a bearer token).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, redirect, request, url_for
from werkzeug.datastructures import MultiDict

from kg.errors import (
    NotAcceptableError,
    UnsupportedMediaTypeError,
    UserInputError,
)
from kg.prefixes import PREFIXES
from kg.settings import Settings
from kg.sparql import (
    FORMAT_NAMES,
    RESULT_MEDIA_TYPES,
    Reader,
    execute,
    execute_update,
    negotiate,
)
from kg.store import Store
from kg.web.errors import error_response
from kg.web.security import BODY_READ_ERRORS

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
# Graph Store reads and the service description: triple formats only.
GRAPH_MEDIA_TYPES = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")
GRAPH_ALIASES = {"application/x-turtle": "text/turtle", "text/plain": "application/n-triples",
                 "application/json": "application/ld+json", "application/xml": "application/rdf+xml"}
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Authorization, Content-Type",
    "Access-Control-Expose-Headers": "Content-Type, KG-Results-Truncated",
    "Access-Control-Max-Age": "86400",
}

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
# The W3C format IRIs of every result format kg writes.
RESULT_FORMAT_IRIS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                      "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads", "TriG")
MAX_DESCRIBED_GRAPHS = 1000


def _settings() -> Settings:
    return current_app.extensions["kg.settings"]


def _store() -> Store:
    return current_app.extensions["kg.store"]


def _reader() -> Reader:
    return Reader(_store(), _settings(), current_app.extensions["kg.query_pool"])


@bp.after_request
def add_cors_headers(response: Response) -> Response:
    response.headers.update(CORS_HEADERS)
    response.vary.add("Accept")
    return response


@dataclass
class Operation:
    """A protocol request, read: a query, an update, or neither (describe the service)."""

    kind: str | None  # "query", "update" or None
    text: str = ""
    params: MultiDict[str, str] = field(default_factory=MultiDict)


def _body_text(charset: str | None) -> str:
    if charset and charset.lower().replace("-", "") != "utf8":
        raise UnsupportedMediaTypeError(f"the request body must be UTF-8, not {charset}")
    with _reading_body():
        data = request.get_data(cache=True)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserInputError("the request body is not valid UTF-8") from None


@contextmanager
def _reading_body() -> Iterator[None]:
    """The server's own reader failing on the body (bad chunked framing, a body cut short) is the
    client's error, not a bug."""
    try:
        yield
    except BODY_READ_ERRORS as error:
        raise UserInputError(f"the request body could not be read: {error or type(error).__name__}") from None


def read_operation() -> Operation:
    """The operation a request asks for, checked against the protocol's rules (§2.1, §2.2)."""
    params: MultiDict[str, str] = MultiDict(request.args)
    if request.method == "GET" or request.method == "HEAD":
        if "update" in params:
            raise UserInputError("an update must be sent with POST")
        return _one_operation(params, allow_update=False)
    mimetype = request.mimetype
    charset = request.mimetype_params.get("charset")
    if mimetype == FORM:
        _body_text(charset)  # reject a non-UTF-8 form before werkzeug decodes it
        with _reading_body():
            form = request.form
        for key, values in form.lists():
            params.setlist(key, params.getlist(key) + values)
        operation = _one_operation(params, allow_update=True)
        if operation.kind is None:
            raise UserInputError("a POSTed form needs a 'query' or an 'update' field")
        return operation
    if mimetype in (SPARQL_QUERY, SPARQL_UPDATE):
        kind = "query" if mimetype == SPARQL_QUERY else "update"
        if "query" in params or "update" in params:
            raise UserInputError(f"a {mimetype} request carries its operation in the body, not the URL")
        return Operation(kind, _body_text(charset), params)
    shown = mimetype or "no content type"
    raise UnsupportedMediaTypeError(f"POST {shown}; send {FORM}, {SPARQL_QUERY} or {SPARQL_UPDATE}")


def _one_operation(params: MultiDict[str, str], *, allow_update: bool) -> Operation:
    queries, updates = params.getlist("query"), params.getlist("update") if allow_update else []
    if queries and updates:
        raise UserInputError("a request carries either 'query' or 'update', not both")
    for name, values in (("query", queries), ("update", updates)):
        if len(values) > 1:
            raise UserInputError(f"a request carries one '{name}', not {len(values)}")
        if values:
            return Operation(name, values[0], params)
    return Operation(None, "", params)


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"], strict_slashes=False, provide_automatic_options=False)
@bp.route("/sparql/", methods=["GET", "POST", "OPTIONS"], provide_automatic_options=False)
def endpoint() -> Any:
    """The SPARQL 1.1 query and update endpoint."""
    if request.method == "OPTIONS":
        return Response(status=204)
    operation = read_operation()
    settings = _settings()
    params = operation.params
    if operation.kind == "update":
        token = request.headers.get("Authorization", "")
        execute_update(
            _store(), operation.text,
            token=token[len("Bearer "):].strip() if token.lower().startswith("bearer ") else None,
            settings=settings,
            using_graph_uris=params.getlist("using-graph-uri"),
            using_named_graph_uris=params.getlist("using-named-graph-uri"),
            base_iri=request.base_url,
            pool=current_app.extensions["kg.query_pool"],
        )
        return Response(status=204)
    if operation.kind is None:
        return service_description()
    result = execute(
        _store(), operation.text,
        accept=request.headers.get("Accept"),
        format=params.get("format"),
        default_graph_uris=params.getlist("default-graph-uri"),
        named_graph_uris=params.getlist("named-graph-uri"),
        settings=settings,
        base_iri=request.base_url,
        pool=current_app.extensions["kg.query_pool"],
    )
    response = Response(result.body, content_type=result.content_type)
    if result.truncated:
        response.headers["KG-Results-Truncated"] = f"max_rows={settings.max_rows}"
    return response


def service_description() -> Any:
    """The SPARQL 1.1 Service Description of this endpoint; a browser is sent to the query editor."""
    accept = request.headers.get("Accept")
    # HTML last: a client that accepts anything gets Turtle; a browser ranks HTML higher.
    media_type = negotiate(accept, (*GRAPH_MEDIA_TYPES, "text/html"), GRAPH_ALIASES)
    if media_type == "text/html" and "pages.index" in current_app.view_functions:
        return redirect(url_for("pages.index"))
    media_type = negotiate(accept, GRAPH_MEDIA_TYPES, GRAPH_ALIASES)
    if media_type is None:
        raise NotAcceptableError(f"the service description is available as {', '.join(GRAPH_MEDIA_TYPES)}")
    sd = lambda name: ox.NamedNode(SD + name)
    service, dataset, default_graph = ox.BlankNode("service"), ox.BlankNode("dataset"), ox.BlankNode("default")
    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(request.base_url)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, sd("Graph")),
    ]
    settings = _settings()
    if settings.update_token:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    if settings.service_allowlist:
        triples.append(ox.Triple(service, sd("feature"), sd("BasicFederatedQuery")))
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + name)) for name in RESULT_FORMAT_IRIS]
    graphs = _reader().select(f"SELECT ?g WHERE {{ GRAPH ?g {{ }} }} LIMIT {MAX_DESCRIBED_GRAPHS}")
    for i, row in enumerate(graphs):
        graph = row["g"]
        node = ox.BlankNode(f"g{i}")
        triples += [ox.Triple(dataset, sd("namedGraph"), node), ox.Triple(node, RDF_TYPE, sd("NamedGraph")),
                    ox.Triple(node, sd("name"), graph)]
    body = ox.serialize(triples, format=_rdf_format(media_type), prefixes={"sd": SD})
    return Response(body, content_type=_with_charset(media_type))


def _rdf_format(media_type: str) -> ox.RdfFormat:
    format = ox.RdfFormat.from_media_type(media_type)
    if format is None:  # only offered formats are negotiated
        raise NotAcceptableError(f"cannot write {media_type}")
    return format


def _with_charset(media_type: str) -> str:
    return media_type + "; charset=utf-8" if media_type in ("text/turtle", "application/n-triples") else media_type


@bp.route("/rdf-graph-store", methods=["GET", "OPTIONS"], provide_automatic_options=False)
def graph_store() -> Response:
    """Graph Store Protocol reads (§5.2 GET, §5.3 HEAD): ``?default`` or ``?graph=IRI``."""
    if request.method == "OPTIONS":
        return Response(status=204)
    graphs = request.args.getlist("graph")
    if ("default" in request.args) == bool(graphs) or len(graphs) > 1:
        raise UserInputError("name one graph: ?default or ?graph=IRI")
    media_type = negotiate(request.headers.get("Accept"), GRAPH_MEDIA_TYPES, GRAPH_ALIASES)
    if request.args.get("format"):
        media_type = negotiate(FORMAT_NAMES.get(request.args["format"], request.args["format"]),
                               GRAPH_MEDIA_TYPES, GRAPH_ALIASES)
    if media_type is None:
        raise NotAcceptableError(f"graphs are available as {', '.join(GRAPH_MEDIA_TYPES)}")
    reader = _reader()
    pattern = "?s ?p ?o"
    if graphs:
        try:
            graph = ox.NamedNode(graphs[0])
        except ValueError:
            raise UserInputError(f"not an IRI: {graphs[0]!r}") from None
        if not reader.ask(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"):
            return _not_found(graphs[0])
        pattern = f"GRAPH {graph} {{ ?s ?p ?o }}"
    result = reader.graph(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}", media_type)
    return Response(result.body, content_type=result.content_type)


def _not_found(graph: str) -> Response:
    return error_response(404, f"no graph named <{graph}> in this store")


@bp.get("/health")
def health() -> Response:
    """200 ``{"status": "ok"}`` when a query runs on the store (through the worker pool); otherwise
    the query's error in the app's one error shape (503 when it timed out)."""
    execute(_store(), "ASK {}", accept=RESULT_MEDIA_TYPES["boolean"][0], settings=_settings(),
            pool=current_app.extensions["kg.query_pool"], cache=False)  # a kept answer proves nothing
    return jsonify({"status": "ok", "store": _store().location})
