"""The Reconciliation Service API's JSON, versions 0.2 (OpenRefine 3.x) and 1.0-draft.

Reading turns a client's JSON into :mod:`kg.reconcile.service` dataclasses and refuses what it
cannot read with a :class:`~kg.errors.UserInputError` naming the problem; writing turns the
service's answers back into each version's shapes (the JSON Schemas in the W3C community
group's ``specs`` repository). Where the versions differ:

==================  ===========================================  ==============================
                    0.2                                          1.0-draft
==================  ===========================================  ==============================
manifest            ``identifierSpace``, ``schemaSpace``, suggest  suggest/extend flags, ``view``
                    and extend endpoints named in it              a URI template, ``batchSize``
queries             ``{"q0": {"query", "type", "properties"}}``   ``{"queries": [{"conditions"}]}``
results             ``{"q0": {"result": [...]}}``                 ``{"results": [{"candidates"}]}``
extension rows      ``{id: {property: [values]}}``                ``[{"id", "properties": [...]}]``
dates               ``{"date": "2024-06-19T00:00:00Z"}``          the same
==================  ===========================================  ==============================
"""
from __future__ import annotations

import json
from typing import Any

import kg
from kg.errors import TooLargeError, UserInputError
from kg.model import ENTITY_TYPES, MODALITIES
from kg.rdf.namespaces import ID, KG
from kg.reconcile.properties import Property, Value, get_property
from kg.reconcile.service import (
    DEFAULT_LIMIT,
    Candidate,
    Condition,
    Extension,
    ReconQuery,
    describe,
)
from kg.reconcile.types import Type, all_types, type_names
from kg.search import Entity, Hit, entity_id

SERVICE_NAME = "kg: international relations in the news"
#: Most queries in one batch (the 1.0-draft manifest's batchSize); larger batches get 413.
BATCH_SIZE = 500
#: Longest name or value read from a query.
MAX_TEXT = 1000
PREVIEW_SIZE = {"width": 430, "height": 300}
PROPERTY_SETTINGS = (
    {"type": "number", "name": "limit", "label": "Most values", "default": 0,
     "help_text": "Most values per entity for this property (0: all)."},
    {"type": "select", "name": "modality", "label": "Facts", "default": "asserted",
     "help_text": "Which facts to read values from: asserted (the default), planned, negated, or any.",
     "choices": [*({"value": m, "name": m} for m in MODALITIES), {"value": "any", "name": "any"}]},
)


def parse_json(text: str | bytes | None, what: str) -> Any:
    """A JSON document from a request parameter or body; a clear 400 when it is not one."""
    if text is None or not str(text).strip():
        raise UserInputError(f"{what} is empty")
    try:
        return json.loads(text)
    except ValueError as error:
        raise UserInputError(f"{what} is not valid JSON: {error}") from None


def _check_batch_size(count: int) -> None:
    if count > BATCH_SIZE:
        raise TooLargeError(f"a batch has at most {BATCH_SIZE} queries (or ids), not {count}")


# -- reading queries -------------------------------------------------------------------------

def _limit(value: Any, where: str) -> int:
    if value is None:
        return DEFAULT_LIMIT
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 1:
        raise UserInputError(f"{where}: limit must be a positive number, not {value!r}")
    return int(value)


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise UserInputError(f"{where} must be a string, not {json.dumps(value)[:60]}")
    if len(value) > MAX_TEXT:  # no name is this long; scoring one against every name would be
        raise UserInputError(f"{where} is {len(value):,} characters long; at most {MAX_TEXT:,} are read")
    return value


def _property_values(value: Any) -> tuple[Any, ...]:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if not isinstance(item, (str, int, float, bool, dict)) or (isinstance(item, dict) and "id" not in item):
            raise UserInputError(f"a property value is a string, number, boolean or {{\"id\": ...}}, not {json.dumps(item)[:60]}")
    return tuple(items)


def read_queries_v02(batch: Any) -> list[tuple[str, ReconQuery]]:
    """``{"q0": {"query": ..., "type": ..., "limit": ..., "properties": [{"pid", "v"}]}}``."""
    if not isinstance(batch, dict):
        raise UserInputError('queries must be a JSON object of named queries: {"q0": {"query": "..."}}')
    _check_batch_size(len(batch))
    out = []
    for key, q in batch.items():
        where = f"query {key!r}"
        if not isinstance(q, dict):
            raise UserInputError(f"{where} must be an object with a 'query' field")
        types = q.get("type")
        if types is None:
            types = []
        elif isinstance(types, str):
            types = [types]
        elif not (isinstance(types, list) and all(isinstance(t, str) for t in types)):
            raise UserInputError(f"{where}: type must be a type id or a list of them")
        conditions = []
        for p in q.get("properties") or []:
            if not isinstance(p, dict) or "pid" not in p or "v" not in p:
                raise UserInputError(f'{where}: each property is {{"pid": ..., "v": ...}}')
            conditions.append(Condition(get_property(_string(p["pid"], f"{where}: pid")), _property_values(p["v"])))
        text = _string(q.get("query", ""), f"{where}: query")
        if not text.strip() and not conditions:
            raise UserInputError(f"{where} needs a 'query' or 'properties'")
        out.append((str(key), ReconQuery(text, tuple(t for t in types if t), _limit(q.get("limit"), where),
                                         tuple(conditions))))
    return out


def read_queries_v1(batch: Any) -> list[ReconQuery]:
    """``{"queries": [{"type": ..., "limit": ..., "conditions": [{"matchType", "propertyValue", ...}]}]}``."""
    if not isinstance(batch, dict) or not isinstance(batch.get("queries"), list):
        raise UserInputError('the body must be {"queries": [...]}')
    _check_batch_size(len(batch["queries"]))
    out = []
    for n, q in enumerate(batch["queries"]):
        where = f"query {n}"
        if not isinstance(q, dict) or not isinstance(q.get("conditions"), list) or not q["conditions"]:
            raise UserInputError(f"{where} needs a non-empty 'conditions' list")
        names: list[str] = []
        ids: list[str] = []
        conditions: list[Condition] = []
        for c in q["conditions"]:
            if not isinstance(c, dict) or "propertyValue" not in c:
                raise UserInputError(f"{where}: each condition has a matchType and a propertyValue")
            kind = c.get("matchType")
            if kind in ("name", "id"):
                (names if kind == "name" else ids).append(
                    _string(c["propertyValue"], f"{where}: a {kind} condition's propertyValue"))
            elif kind == "property":
                quantifier = c.get("matchQuantifier", "any")
                if quantifier not in ("any", "all", "none"):
                    raise UserInputError(f"{where}: matchQuantifier is any, all or none")
                conditions.append(Condition(get_property(_string(c.get("propertyId"), f"{where}: propertyId")),
                                            _property_values(c["propertyValue"]), bool(c.get("required", False)),
                                            quantifier))
            else:
                raise UserInputError(f"{where}: matchType is name, id or property, not {kind!r}")
        type_id = q.get("type")
        if type_id is not None:
            type_id = _string(type_id, f"{where}: type")
        if len(ids) > 1:
            raise UserInputError(f"{where}: one id condition at most")
        # an id names the entity outright: it wins over names given beside it
        text = ids[0] if ids else " ".join(names)
        out.append(ReconQuery(text, (type_id,) if type_id else (), _limit(q.get("limit"), where),
                              tuple(conditions)))
    return out


def read_extend(body: Any) -> tuple[list[str], list[tuple[str, dict[str, Any]]]]:
    """``{"ids": [...], "properties": [{"id": ..., "settings": {...}}]}`` (both versions)."""
    if not isinstance(body, dict) or not isinstance(body.get("ids"), list) or not isinstance(body.get("properties"), list):
        raise UserInputError('a data extension query is {"ids": [...], "properties": [{"id": ...}]}')
    ids = [_string(i, "each id") for i in body["ids"]]
    _check_batch_size(len(ids))
    requests = []
    for p in body["properties"]:
        if not isinstance(p, dict) or "id" not in p:
            raise UserInputError('each property to fetch is {"id": ..., "settings": {...}}')
        settings = p.get("settings") or {}
        if not isinstance(settings, dict):
            raise UserInputError("a property's settings are an object")
        get_property(_string(p["id"], "a property id"))
        requests.append((p["id"], settings))
    return ids, requests


# -- writing answers -------------------------------------------------------------------------

def _types(entity: Entity) -> list[dict[str, str]]:
    names = type_names()
    return [{"id": t, "name": names.get(t, t)} for t in entity.types]


def _features(c: Candidate, *, named: bool) -> list[dict[str, Any]]:
    features: list[tuple[str, str, Any]] = [
        ("name", "name similarity (0-100)", c.name_score),
        ("exact_name", "the query is one of the entity's names", c.exact),
        ("articles", "number of articles that mention the entity", c.entity.articles),
    ]
    if c.type_match is not None:
        features.append(("type", "the entity has the type asked for", c.type_match))
    if c.properties_matched is not None:
        features.append(("properties", "share of the query's property values the entity has", c.properties_matched))
    return [{"id": i, "name": n, "value": v} if named else {"id": i, "value": v} for i, n, v in features]


def candidate_json(c: Candidate, *, version: str) -> dict[str, Any]:
    return {"id": c.entity.id, "name": c.entity.label, "description": describe(c.entity), "score": c.score,
            "match": c.match, "type": _types(c.entity), "features": _features(c, named=version != "0.2")}


def results_v02(keys: list[str], results: list[list[Candidate]]) -> dict[str, Any]:
    return {key: {"result": [candidate_json(c, version="0.2") for c in cands]} for key, cands in zip(keys, results)}


def results_v1(results: list[list[Candidate]]) -> dict[str, Any]:
    return {"results": [{"candidates": [candidate_json(c, version="1.0") for c in cands]} for cands in results]}


def value_json(value: Value) -> dict[str, Any]:
    if value.kind == "entity":
        return {"id": entity_id(value.text), "name": value.name}
    if value.kind == "date":
        return {"date": value.text + "T00:00:00Z"}
    if value.kind == "int":
        return {"int": int(value.text)}
    return {"str": value.text}


def _meta(prop: Property) -> dict[str, Any]:
    out: dict[str, Any] = {"id": prop.id, "name": prop.name}
    if prop.kind == "entity" and prop.range:
        out["type"] = {"id": prop.range, "name": type_names().get(prop.range, prop.range)}
    return out


def extension_v02(ext: Extension) -> dict[str, Any]:
    return {"meta": [_meta(p) for p in ext.properties],
            "rows": {i: {pid: [value_json(v) for v in vals] for pid, vals in row.items()} for i, row in ext.rows.items()}}


def extension_v1(ext: Extension) -> dict[str, Any]:
    return {"meta": [_meta(p) for p in ext.properties],
            "rows": [{"id": i, "properties": [{"id": pid, "values": [value_json(v) for v in vals]}
                                              for pid, vals in row.items()]} for i, row in ext.rows.items()]}


def property_json(prop: Property) -> dict[str, str]:
    return {"id": prop.id, "name": prop.name, "description": prop.description}


def proposal(props: list[Property], type_id: str | None, limit: int | None) -> dict[str, Any]:
    out: dict[str, Any] = {"properties": [property_json(p) for p in props]}
    if type_id:
        out["type"] = type_id
    if limit:
        out["limit"] = limit
    return out


def suggest_entities_json(hits: list[Hit]) -> dict[str, Any]:
    return {"result": [{"id": h.entity.id, "name": h.entity.label, "description": describe(h.entity),
                        "notable": _types(h.entity)} for h in hits]}


def suggest_types_json(types: list[Type]) -> dict[str, Any]:
    names = type_names()
    return {"result": [t.as_json(names) for t in types]}


def suggest_properties_json(props: list[Property]) -> dict[str, Any]:
    return {"result": [property_json(p) for p in props]}


# -- manifests -------------------------------------------------------------------------------

def default_types() -> list[dict[str, Any]]:
    names = type_names()
    types = all_types()
    return [types[t].as_json(names) for t in ENTITY_TYPES]


def manifest_v02(service_url: str, site_url: str) -> dict[str, Any]:
    """The 0.2 manifest; ``service_url`` is this service's root, ``site_url`` the server's."""
    def endpoint(path: str) -> dict[str, str]:
        return {"service_url": service_url, "service_path": path}

    return {
        "versions": ["0.2"],
        "name": SERVICE_NAME,
        "identifierSpace": str(ID),
        "schemaSpace": str(KG._NS),
        "documentation": site_url + "/",
        "serviceVersion": kg.__version__,
        "defaultTypes": default_types(),
        "view": {"url": site_url + "/id/{{id}}"},
        "preview": {"url": service_url + "/preview?id={{id}}", **PREVIEW_SIZE},
        "suggest": {"entity": endpoint("/suggest/entity"), "type": endpoint("/suggest/type"),
                    "property": endpoint("/suggest/property")},
        "extend": {"propose_properties": endpoint("/propose_properties"),
                   "property_settings": [dict(s) for s in PROPERTY_SETTINGS]},
    }


def manifest_v1(site_url: str) -> dict[str, Any]:
    """The 1.0-draft manifest (its endpoints sit at fixed paths under the service root)."""
    settings = []
    for s in PROPERTY_SETTINGS:
        item = {"type": s["type"], "id": s["name"], "name": s["label"], "default": s["default"],
                "helpText": s["help_text"]}
        if "choices" in s:
            item["choices"] = s["choices"]
        settings.append(item)
    return {
        "versions": ["1.0-draft"],
        "name": SERVICE_NAME,
        "lang": "en",
        "documentation": site_url + "/",
        "serviceVersion": kg.__version__,
        "defaultTypes": default_types(),
        "view": {"url": site_url + "/id/{+id}"},
        "preview": dict(PREVIEW_SIZE),
        "suggest": {"entity": True, "property": True, "type": True},
        "extend": {"proposeProperties": True, "propertySettings": settings},
        "batchSize": BATCH_SIZE,
        "standardizedScore": True,
    }
