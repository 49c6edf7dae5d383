"""The pages people use: the query editor, a page for every IRI kg mints, the list of articles.

Every page has a twin for programs, chosen by the Accept header or ``?format=``:

* ``/`` — YASGUI on ``/sparql`` with the ``queries/*.rq`` catalogue; JSON: the catalogue.
* ``/id/<rest>`` — HTML, Turtle, N-Triples or JSON-LD describing the resource; SVG of its
  neighbourhood (``?format=svg``); 404 for an IRI the graph does not mention.
* ``/articles`` — the article graphs with headline, date and fact count; JSON: the same rows.
* ``/queries/<name>.rq`` — one catalogue query as text.

The routes are thin: what a page shows comes from :class:`kg.web.resource.GraphView`, reading
through a :class:`kg.sparql.Reader` — the query workers, with the endpoint's timeout, over what
the last finished build wrote; the catalogue from :mod:`kg.queries`.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from flask import Blueprint, Response, current_app, render_template, request, url_for
from markupsafe import Markup
from pyoxigraph import NamedNode

from kg.errors import NotAcceptableError, UserInputError
from kg.prefixes import ID, PREFIXES
from kg.queries import catalogue
from kg.sparql import Reader
from kg.sparql.negotiation import negotiate
from kg.web.errors import error_response
from kg.web.resource import RDF_TWINS, GraphView, serialize_rdf
from kg.web.svg import neighbourhood_svg

bp = Blueprint(
    "pages",
    __name__,
    template_folder="templates",
    # Own URL path, so the page assets never collide with whatever the app serves at /static.
    static_folder="static",
    static_url_path="/kg-static",
)

# Media types each page can answer in; the first is what a client that does not care gets.
HTML = "html"
PAGE_TYPES: dict[str, tuple[str, ...]] = {
    HTML: ("text/html", "application/xhtml+xml"),
    "json": ("application/json",),
}
RESOURCE_TYPES: dict[str, tuple[str, ...]] = {
    HTML: ("text/html", "application/xhtml+xml"),
    "ttl": ("text/turtle", "application/x-turtle"),
    "jsonld": ("application/ld+json", "application/json"),
    "nt": ("application/n-triples",),
    "svg": ("image/svg+xml",),
}
FORMAT_ALIASES = {"turtle": "ttl", "json-ld": "jsonld", "ntriples": "nt", "n-triples": "nt", "htm": HTML}
MIMETYPES = {**{name: media for name, (media, _) in RDF_TWINS.items()}, "svg": "image/svg+xml"}


def _view() -> GraphView:
    ext = current_app.extensions
    reader = Reader(ext["kg.store"], ext["kg.settings"], ext["kg.query_pool"])
    return GraphView(reader, lambda iri: url_for("pages.resource", rest=iri[len(ID):]))


def choose_format(offers: Mapping[str, tuple[str, ...]]) -> str:
    """The format to answer in: ``?format=`` wins, then the Accept header, then the first offer."""
    wanted = request.args.get("format")
    if wanted:
        wanted = FORMAT_ALIASES.get(wanted.lower(), wanted.lower())
        if wanted not in offers:
            raise UserInputError(f"unknown format {wanted!r}; this page offers {', '.join(offers)}")
        return wanted
    by_type = {mime: name for name, mimes in offers.items() for mime in mimes}
    best = negotiate(request.headers.get("Accept"), by_type)
    if best is None:
        raise NotAcceptableError(f"cannot answer in {request.headers.get('Accept')}; try {', '.join(by_type)}")
    return by_type[best]


def _vary(response: Response) -> Response:
    # Caches must key on Accept, since one URL has several representations.
    response.vary.add("Accept")
    return response


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, indent=2) + "\n", status=status, mimetype="application/json")


def _catalogue() -> list[Any]:
    return catalogue(current_app.config.get("KG_QUERIES_DIR"))


def _candidate_iris(rest: str) -> list[str]:
    """The IRI a request names: as decoded, and as sent (a slug may keep %-escapes in its IRI)."""
    raw = request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI") or ""
    raw_rest = raw.split("?", 1)[0].split("/id/", 1)[-1] if "/id/" in raw else rest
    return list(dict.fromkeys([ID + rest, ID + raw_rest]))


@bp.get("/")
def index() -> Response:
    """The query editor, with the catalogue; JSON twin: the catalogue."""
    fmt = choose_format(PAGE_TYPES)
    queries = _catalogue()
    endpoint = request.script_root + "/sparql"
    if fmt == "json":
        return _vary(_json({
            "endpoint": endpoint,
            "queries": [{"name": q.name, "title": q.title, "description": q.description,
                         "url": url_for("pages.query_text", name=q.name),
                         "query": q.text} for q in queries],
        }))
    # A share link carries the user's own query (``query``) and result view (``view``); without
    # one the first catalogue query opens and, unless ``run=0``, runs at once.
    shared = request.args.get("query", "")
    selected = request.args.get("q") or (queries[0].name if queries else "")
    page = render_template("pages/index.html", queries=queries, catalogue_data=[asdict(q) for q in queries],
                           selected=selected, endpoint=endpoint, id_base=ID, shared=shared,
                           view=request.args.get("view", ""), prefixes={**PREFIXES, "id": ID},
                           run=request.args.get("run", "1") not in {"0", "false", "no"})
    return _vary(Response(page, mimetype="text/html"))


@bp.get("/queries/<name>.rq")
def query_text(name: str) -> Response:
    """One catalogue query as text, to download or to send to /sparql."""
    for q in _catalogue():
        if q.name == name:
            return Response(q.text, mimetype="application/sparql-query")
    return Response(f"no query named {name!r}\n", status=404, mimetype="text/plain")


@bp.get("/id/<path:rest>")
def resource(rest: str) -> Response:
    """Dereference a minted IRI: HTML for people, RDF or SVG for programs, 404 if unknown."""
    fmt = choose_format(RESOURCE_TYPES)
    view = _view()
    node = None
    for candidate in _candidate_iris(rest):
        try:
            maybe = NamedNode(candidate)
        except ValueError:  # not an IRI at all (spaces, angle brackets...): nothing kg minted
            continue
        if view.exists(maybe):
            node = maybe
            break
    if node is None:
        return _vary(_not_found(ID + rest, fmt))
    if fmt in RDF_TWINS:
        return _vary(Response(serialize_rdf(view.rdf_description(node), fmt), mimetype=MIMETYPES[fmt]))
    res = view.describe(node)
    svg = neighbourhood_svg(res.node, res.neighbours)
    if fmt == "svg":
        return _vary(Response(svg, mimetype=MIMETYPES["svg"]))
    alternates = [(name, MIMETYPES[name], url_for("pages.resource", rest=rest, format=name))
                  for name in ("ttl", "jsonld", "nt", "svg")]
    page = render_template("pages/resource.html", r=res, svg=Markup(svg), alternates=alternates)
    return _vary(Response(page, mimetype="text/html"))


def _not_found(iri: str, fmt: str) -> Response:
    if fmt == HTML:
        return Response(render_template("pages/not_found.html", iri=iri), status=404, mimetype="text/html")
    # Programs get the app's one error shape (JSON or text, as their Accept header prefers).
    return error_response(404, f"{iri} is not in the graph", type="NotFound")


@bp.get("/articles")
def articles() -> Response:
    """The article graphs: headline, date, source and number of facts; JSON twin: the rows."""
    fmt = choose_format(PAGE_TYPES)
    try:
        page_no = max(1, int(request.args.get("page", "1")))
    except ValueError:
        raise UserInputError("page must be a number") from None
    view = _view()
    rows, more = view.articles(page_no)
    items = [asdict(row) for row in rows]
    next_url = url_for("pages.articles", page=page_no + 1) if more else None
    if fmt == "json":
        return _vary(_json({"articles": items, "page": page_no, "next": next_url}))
    for item in items:
        item["graph_href"] = view.local_href(item["graph"])
        item["article_href"] = view.local_href(item["article"]) if item["article"] else None
    page = render_template("pages/articles.html", articles=items, page=page_no, next_url=next_url)
    return _vary(Response(page, mimetype="text/html"))
