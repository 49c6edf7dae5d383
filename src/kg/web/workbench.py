"""The analyst's pages: search, browse by type, timeline, map, graph, and an article's text.

Every page is readable without JavaScript (its content is in the HTML) and has a JSON twin
(``?format=json`` or ``Accept: application/json``) that its script draws from:

* ``/search?q=`` — entities by name, alias or acronym: :func:`kg.search.complete`, the search
  behind the reconciliation service's suggest; the JSON is what the search box's autocomplete shows.
* ``/browse`` — how many entities of each type; ``/browse/<type>?sort=label|facts|articles&order=asc|desc``.
* ``/timeline[?id=…]`` — signings, ratifications, summits and visits in time (vis-timeline).
* ``/map[?id=…]`` — the same events and access to bases at their places (Leaflet, Natural Earth).
* ``/graph?id=…`` — an entity's neighbourhood, to pan, zoom and expand (cytoscape.js).
* ``/places?iri=…`` — where entities are (JSON), for the query page's map view.

``id`` is a kg id (``agreement/lauca-treaty``, as the reconciliation service gives) or a whole IRI.
Reads go through :class:`kg.search.SparqlReader`: the query path of ``/sparql``, its timeout too.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from flask import Blueprint, Response, current_app, render_template, request, url_for
from flask.blueprints import BlueprintSetupState
from pyoxigraph import NamedNode

from kg.errors import UserInputError
from kg.rdf.namespaces import ID
from kg.search import IndexCache, SparqlReader, complete, entity_id, entity_iri
from kg.web import browse as browsing
from kg.web.article import read_article
from kg.web.events import TIMELINE_KINDS, bases, events, labels_of, markers, undated
from kg.web.facts import read_facts
from kg.web.graph import neighbourhood
from kg.web.pages import (
    HTML,
    PAGE_TYPES,
    RESOURCE_TYPES,
    _json,
    _vary,
    choose_format,
    resource,
)
from kg.web.places import Places, as_json

bp = Blueprint("workbench", __name__, template_folder="templates")

ID_BASE = str(ID)
READER, SEARCH = "kg.reader", "kg.search"
MAX_QUERY = 200
SUGGESTIONS = 10
MAX_PLACES = 2000


@bp.record_once
def _init(state: BlueprintSetupState) -> None:
    """One reader and one entity index per app (the reconciliation service shares the index)."""
    app = state.app
    reader = SparqlReader(app.extensions["kg.store"], app.extensions["kg.settings"], app.extensions["kg.query_pool"])
    app.extensions.setdefault(READER, reader)
    app.extensions.setdefault(SEARCH, IndexCache(reader))


@bp.app_template_global("kg_href")
def href(iri: str) -> str | None:
    """This server's page for a minted IRI (None for other IRIs)."""
    return url_for("pages.resource", rest=iri[len(ID_BASE):]) if iri.startswith(ID_BASE) else None


def _reader() -> SparqlReader:
    return current_app.extensions[READER]


def _about() -> tuple[str | None, str]:
    """The ``id`` parameter as an IRI (checked), with the entity's label; (None, "") without one."""
    raw = request.args.get("id", "").strip()
    if not raw:
        return None, ""
    iri = entity_iri(raw)
    try:
        NamedNode(iri)
    except ValueError:
        raise UserInputError(f"id {raw!r} is not a kg id or IRI") from None
    label = labels_of(_reader(), [iri]).get(iri)
    if label is None:
        raise UserInputError(f"{raw!r} has no label in the graph: is it a kg id such as agreement/lauca-treaty?")
    return iri, label


def _page(template: str, data: Mapping[str, Any], **context: Any) -> Response:
    """The HTML page, or its JSON twin ``data``."""
    if choose_format(PAGE_TYPES) == "json":
        return _vary(_json(dict(data)))
    return _vary(Response(render_template(template, data=data, **context), mimetype="text/html"))


# -- search -------------------------------------------------------------------------------------

@bp.get("/search")
def search() -> Response:
    """Entities whose names start with, contain a word starting with, or resemble ``q``."""
    text = request.args.get("q", "").strip()[:MAX_QUERY]
    limit = SUGGESTIONS if choose_format(PAGE_TYPES) == "json" else 50
    hits = complete(current_app.extensions[SEARCH].get(), text, limit=limit) if text else []
    results = [{"id": h.entity.id, "label": h.entity.label, "href": href(h.entity.iri), "types": list(h.entity.types),
                "matched": h.name if h.name != h.entity.label else "", "articles": h.entity.articles,
                "wikidata": list(h.entity.qids)} for h in hits]
    return _page("workbench/search.html", {"q": text, "results": results}, q=text, results=results)


# -- browse -------------------------------------------------------------------------------------

@bp.get("/browse")
def browse_types() -> Response:
    counts = browsing.type_counts(_reader())
    types = [{"slug": slug, "type": cls, "heading": heading, "entities": counts[slug],
              "href": url_for("workbench.browse_type", slug=slug)} for slug, (cls, heading) in browsing.TYPES.items()]
    return _page("workbench/browse.html", {"types": types}, types=types)


@bp.get("/browse/<slug>")
def browse_type(slug: str) -> Response:
    if slug not in browsing.TYPES:
        raise UserInputError(f"no type {slug!r}; browse one of {', '.join(browsing.TYPES)}")
    sort = request.args.get("sort", "facts")
    if sort not in browsing.SORTS:
        raise UserInputError(f"sort must be one of {', '.join(browsing.SORTS)}")
    order = request.args.get("order", "asc" if sort == "label" else "desc")
    if order not in ("asc", "desc"):
        raise UserInputError("order must be asc or desc")
    try:
        page = max(1, int(request.args.get("page", "1")))
    except ValueError:
        raise UserInputError("page must be a number") from None
    rows, more = browsing.listing(_reader(), slug, sort=sort, descending=order == "desc", page=page)
    items = [{**asdict(r), "href": href(r.iri)} for r in rows]
    heading = browsing.TYPES[slug][1]

    def sort_link(column: str) -> str:
        default = "asc" if column == "label" else "desc"
        flipped = ("desc" if order == "asc" else "asc") if column == sort else default
        return url_for("workbench.browse_type", slug=slug, sort=column, order=flipped)

    next_url = url_for("workbench.browse_type", slug=slug, sort=sort, order=order, page=page + 1) if more else None
    return _page("workbench/browse_type.html", {"type": browsing.TYPES[slug][0], "sort": sort, "order": order,
                                                "page": page, "entities": items, "next": next_url},
                 heading=heading, rows=items, sort=sort, order=order, sort_link=sort_link, next_url=next_url)


# -- time and place -----------------------------------------------------------------------------

@bp.get("/timeline")
def timeline() -> Response:
    """Events in time, for the whole graph or one entity (``id``)."""
    about, label = _about()
    reader = _reader()
    found = events(reader, about=about)
    data = {"about": {"id": entity_id(about), "label": label, "href": href(about)} if about else None,
            "groups": [{"id": kind, "content": word} for kind, word in TIMELINE_KINDS.items()],
            "events": [e.as_json(href) for e in found]}
    loose = undated(reader, about=about) if about else []
    return _page("workbench/timeline.html", data, about=about, label=label, found=found, undated=loose,
                 json_url=url_for("workbench.timeline", id=request.args.get("id") or None, format="json"))


@bp.get("/map")
def map_page() -> Response:
    """Events and access to bases at their places, for the whole graph or one entity (``id``)."""
    about, label = _about()
    reader = _reader()
    places = Places.load()
    placed, unplaced = markers(reader, places, about=about)
    base_markers = [] if about else bases(reader, places)
    data = {"about": {"id": entity_id(about), "label": label, "href": href(about)} if about else None,
            "markers": [m.as_json(href) for m in placed], "bases": [m.as_json(href) for m in base_markers],
            "unplaced": [e.as_json(href) for e in unplaced],
            "outlines": url_for("pages.static", filename="vendor/world-atlas/countries-110m.json")}
    return _page("workbench/map.html", data, about=about, label=label, markers=placed, bases=base_markers,
                 unplaced=unplaced, json_url=url_for("workbench.map_page", id=request.args.get("id") or None, format="json"))


@bp.route("/places", methods=["GET", "POST"])
def places() -> Response:
    """Positions of entities (``iri``, repeated; at most 2,000): the query page's map view asks.

    JSON only: ``{"places": {iri: {"lat", "lon", "name", "qid", "kind"}}}``; unknown places are left out.
    """
    iris = [i for i in request.values.getlist("iri") if i][:MAX_PLACES]
    checked = []
    for iri in iris:
        try:
            checked.append(NamedNode(iri).value)
        except ValueError:
            raise UserInputError(f"not an IRI: {iri!r}") from None
    reader = _reader()
    found = Places.load().locate(reader, checked, labels_of(reader, checked)) if checked else {}
    return _vary(_json({"places": {iri: as_json(point) for iri, point in found.items()}}))


@bp.get("/graph")
def graph() -> Response:
    """An entity's neighbourhood, drawn by cytoscape.js; JSON: the nodes and edges."""
    about, label = _about()
    if about is None:
        raise UserInputError("the graph needs an id: /graph?id=agreement/lauca-treaty")
    data = neighbourhood(_reader(), about, href)
    return _page("workbench/graph.html", data, about=about, label=label,
                 json_url=url_for("workbench.graph", format="json"))


# -- articles and facts on their /id/ pages ------------------------------------------------------

@bp.get("/id/article/<path:rest>")
def article(rest: str) -> Response:
    """An article's page: its text with every fact's evidence marked and linked to the fact.

    More specific than ``/id/<path>``, so it answers first; other formats, and an article the
    graph does not have, are the resource page's (:func:`kg.web.pages.resource`).
    """
    if choose_format(RESOURCE_TYPES) == HTML:
        try:
            text = read_article(_reader(), ID_BASE + "article/" + rest)
        except ValueError:  # not an IRI: the resource page says it is not in the graph
            text = None
        if text is not None:
            page = render_template("workbench/article.html", a=text, numbers=text.numbers(),
                                   graph_href=href(text.graph) if text.graph else None)
            return _vary(Response(page, mimetype="text/html"))
    return resource("article/" + rest)


@bp.app_template_global("kg_fact_titles")
def fact_titles(iris: list[str]) -> dict[str, str]:
    """What each fact says, for the resource page's headings and its table of facts."""
    return {f.iri: f.title for f in read_facts(_reader(), [i for i in iris if "/fact/" in i])}
