"""The reconciliation service over HTTP: API 0.2 at ``/reconcile``, 1.0-draft at ``/reconcile/v1``.

0.2 (what OpenRefine 3.x speaks; every GET also answers JSONP with ``?callback=``):

* ``GET /reconcile`` — the manifest; ``GET|POST /reconcile?queries={...}`` — candidates;
  ``GET|POST /reconcile?extend={...}`` — data extension (form fields or URL parameters);
* ``GET /reconcile/suggest/entity|type|property?prefix=…`` — autocomplete;
* ``GET /reconcile/propose_properties?type=…`` — properties to fetch for a type;
* ``GET /reconcile/preview?id=…`` — an HTML card.

1.0-draft: ``GET /reconcile/v1`` (manifest), ``POST /reconcile/v1/reconcile`` (also ``/match``),
``GET /reconcile/v1/suggest/…``, ``GET /reconcile/v1/preview``, ``POST /reconcile/v1/extend``,
``GET /reconcile/v1/extend/propose``.

Routes are thin: :mod:`kg.reconcile.service` answers, :mod:`kg.reconcile.protocol` writes the
JSON. Every endpoint allows any origin (CORS), as the API requires.
"""
from __future__ import annotations

import json
import re
from typing import Any

from flask import Blueprint, Response, current_app, render_template, request
from flask.blueprints import BlueprintSetupState

from kg.errors import UserInputError
from kg.reconcile import ReconcileService, protocol
from kg.reconcile.properties import PROPERTIES
from kg.reconcile.service import DEFAULT_LIMIT, MAX_LIMIT, describe
from kg.reconcile.types import type_names
from kg.search import IndexCache, SparqlReader, entity_id
from kg.web.security import allow_framing
from kg.web.sparql import CORS_HEADERS

bp = Blueprint("reconcile", __name__, template_folder="templates")

EXTENSION = "kg.reconcile"
_CALLBACK = re.compile(r"^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,4}$")
_METHODS = ["GET", "POST", "OPTIONS"]


@bp.record_once
def _init(state: BlueprintSetupState) -> None:
    """One service per app, over the app's store, settings and query pool; the entity index is
    the app's one (``kg.search``), which the search box's pages share."""
    app = state.app
    reader = SparqlReader(app.extensions["kg.store"], app.extensions["kg.settings"], app.extensions["kg.query_pool"])
    app.extensions[EXTENSION] = ReconcileService(app.extensions.setdefault("kg.search", IndexCache(reader)))


def _service() -> ReconcileService:
    return current_app.extensions[EXTENSION]


@bp.after_request
def _cors(response: Response) -> Response:
    response.headers.update(CORS_HEADERS)
    return response


@bp.before_request
def _preflight() -> Response | None:
    if request.method == "OPTIONS":
        return Response(status=204)
    return None


def _site_url() -> str:
    return request.url_root.rstrip("/")


def _json(data: Any) -> Response:
    """JSON, or JSONP when a GET names a ``callback`` (0.2 clients in old browsers)."""
    body = json.dumps(data, ensure_ascii=False)
    callback = request.args.get("callback")
    if callback and request.method == "GET":
        if not _CALLBACK.match(callback):
            raise UserInputError("callback must be a JavaScript name such as jQuery123_456")
        return Response(f"/**/{callback}({body});", mimetype="application/javascript")
    return Response(body, mimetype="application/json")


def _int(name: str, default: int, *, low: int = 0, high: int = MAX_LIMIT) -> int:
    raw = request.values.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise UserInputError(f"{name} must be a whole number, not {raw!r}") from None
    if not low <= value <= high:
        raise UserInputError(f"{name} must be between {low} and {high}")
    return value


def _types_param() -> list[str]:
    """``type`` as one id, several ``type`` parameters, or a JSON list (as some clients send it)."""
    values = [v for v in request.args.getlist("type") if v]
    if len(values) == 1 and values[0].startswith("["):
        parsed = protocol.parse_json(values[0], "type")
        if not isinstance(parsed, list) or not all(isinstance(v, str) for v in parsed):
            raise UserInputError("type must be a type id or a JSON list of them")
        return parsed
    return values


# -- 0.2 --------------------------------------------------------------------------------------

@bp.route("/reconcile", methods=_METHODS, strict_slashes=False, provide_automatic_options=False)
def root_v02() -> Response:
    """The manifest, a batch of queries (``queries``) or a data extension (``extend``)."""
    service = _service()
    if "queries" in request.values:
        batch = protocol.read_queries_v02(protocol.parse_json(request.values["queries"], "queries"))
        results = service.reconcile([q for _, q in batch])
        return _json(protocol.results_v02([key for key, _ in batch], results))
    if "extend" in request.values:
        ids, requests = protocol.read_extend(protocol.parse_json(request.values["extend"], "extend"))
        return _json(protocol.extension_v02(service.extend(ids, requests)))
    return _json(protocol.manifest_v02(_site_url() + "/reconcile", _site_url()))


@bp.route("/reconcile/suggest/entity", methods=["GET", "OPTIONS"], provide_automatic_options=False)
@bp.route("/reconcile/v1/suggest/entity", methods=["GET", "OPTIONS"], provide_automatic_options=False)
def suggest_entity() -> Response:
    hits = _service().suggest_entities(request.args.get("prefix", ""), types=_types_param(),
                                       cursor=_int("cursor", 0, high=10_000), limit=_int("limit", DEFAULT_LIMIT, low=1))
    return _json(protocol.suggest_entities_json(hits))


@bp.route("/reconcile/suggest/type", methods=["GET", "OPTIONS"], provide_automatic_options=False)
@bp.route("/reconcile/v1/suggest/type", methods=["GET", "OPTIONS"], provide_automatic_options=False)
def suggest_type() -> Response:
    types = _service().suggest_types(request.args.get("prefix", ""), cursor=_int("cursor", 0, high=10_000),
                                     limit=_int("limit", DEFAULT_LIMIT, low=1))
    return _json(protocol.suggest_types_json(types))


@bp.route("/reconcile/suggest/property", methods=["GET", "OPTIONS"], provide_automatic_options=False)
@bp.route("/reconcile/v1/suggest/property", methods=["GET", "OPTIONS"], provide_automatic_options=False)
def suggest_property() -> Response:
    types = _types_param()
    props = _service().suggest_properties(request.args.get("prefix", ""), type_id=types[0] if types else None,
                                          cursor=_int("cursor", 0, high=10_000),
                                          limit=_int("limit", DEFAULT_LIMIT, low=1, high=len(PROPERTIES)))
    return _json(protocol.suggest_properties_json(props))


@bp.route("/reconcile/propose_properties", methods=["GET", "OPTIONS"], provide_automatic_options=False)
@bp.route("/reconcile/v1/extend/propose", methods=["GET", "OPTIONS"], provide_automatic_options=False)
def propose_properties() -> Response:
    type_id = request.args.get("type") or None
    limit = _int("limit", 0, high=len(PROPERTIES)) or None
    return _json(protocol.proposal(_service().propose(type_id, limit), type_id, limit))


@bp.route("/reconcile/preview", methods=["GET", "OPTIONS"], provide_automatic_options=False)
@bp.route("/reconcile/v1/preview", methods=["GET", "OPTIONS"], provide_automatic_options=False)
def preview() -> Response:
    """A small HTML card: name, types, Wikidata link, the entity's main facts."""
    identifier = request.args.get("id", "")
    if not identifier:
        raise UserInputError("preview needs an id")
    service = _service()
    entity = service.entity(identifier)
    if entity is None:
        page = render_template("reconcile/preview.html", entity=None, identifier=identifier, **protocol.PREVIEW_SIZE)
        return allow_framing(Response(page, status=404, mimetype="text/html"))
    names = type_names()
    facts = [(prop.name, [(v.name or v.text, _page(v.text) if v.kind == "entity" else None) for v in vals])
             for prop, vals in service.facts(entity)]
    page = render_template("reconcile/preview.html", entity=entity, identifier=identifier, page=_page(entity.iri),
                           types=[names.get(t, t) for t in entity.types], description=describe(entity), facts=facts,
                           **protocol.PREVIEW_SIZE)
    return allow_framing(Response(page, mimetype="text/html"))  # OpenRefine shows it in an iframe


def _page(iri: str) -> str | None:
    """This server's page for a kg IRI (ids may be article or concept IRIs, with pages too)."""
    identifier = entity_id(iri)
    return None if "://" in identifier else f"{_site_url()}/id/{identifier}"


# -- 1.0-draft --------------------------------------------------------------------------------

@bp.route("/reconcile/v1", methods=["GET", "OPTIONS"], strict_slashes=False, provide_automatic_options=False)
def manifest_v1() -> Response:
    return _json(protocol.manifest_v1(_site_url()))


def _body() -> Any:
    """The JSON body of a 1.0-draft POST (a form field named like the route is read too)."""
    if request.mimetype == "application/json":
        return protocol.parse_json(request.get_data(cache=True), "the request body")
    for name in ("queries", "extend"):
        if name in request.form:
            return protocol.parse_json(request.form[name], name)
    raise UserInputError("send the query as an application/json body")


@bp.route("/reconcile/v1/reconcile", methods=["POST", "OPTIONS"], provide_automatic_options=False)
@bp.route("/reconcile/v1/match", methods=["POST", "OPTIONS"], provide_automatic_options=False)
def reconcile_v1() -> Response:
    queries = protocol.read_queries_v1(_body())
    return _json(protocol.results_v1(_service().reconcile(queries)))


@bp.route("/reconcile/v1/extend", methods=["POST", "OPTIONS"], provide_automatic_options=False)
def extend_v1() -> Response:
    ids, requests = protocol.read_extend(_body())
    return _json(protocol.extension_v1(_service().extend(ids, requests)))
