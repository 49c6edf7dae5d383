"""The reconciliation service over real HTTP on 127.0.0.1, on a store built from the dev corpus.

* Every response of every kind, in API 0.2 and 1.0-draft, is validated with ``jsonschema``
  against the W3C community group's schemas in ``../shared/reconciliation/`` (and every request
  this file sends, against the query schemas).
* :func:`test_openrefine_session` plays OpenRefine: manifest, type guessing, one batch of 50
  names with types, candidates, property proposals, data extension with two properties.

The 50 names: the gold entities of the dev articles open to development (``OPEN_ARTICLES``:
the held-out articles' keys are not read) and of the seed article, one per type and label,
kept when the store holds a corresponding entity — FORMAT.md's rule: by Wikidata QID where
both sides have one, otherwise by a label or alias equal (case-folded, leading "the" and dash
variants ignored) to one of the entity's labels, aliases or acronyms; sorted by type and
label, and every (n/50)-th taken, so each type has its share. The query is the gold label and
the type the gold type. The top candidate is right when it is one of the corresponding
entities; a ``match: true`` on any other entity is wrong.
"""
from __future__ import annotations

import http.client
import json
import threading
from pathlib import Path
from urllib.parse import urlencode

import pytest

from kg.model import ENTITY_TYPES
from kg.settings import Settings
from kg.store import open_store
from kg.text import label_key
from kg.web.app import create_app

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV, SEED, SCHEMAS = SHARED / "corpus" / "dev", SHARED / "seed", SHARED / "reconciliation"
OPEN_ARTICLES = (
    "abraham-accords-anniversary-2021", "aukus-announcement-2021", "australia-png-pukpuk-treaty-2025",
    "brics-johannesburg-summit-2023", "brics-kazan-summit-2024", "china-djibouti-base-2017",
    "greece-us-mdca-ratification-2022", "india-mauritius-agalega-2024", "japan-philippines-raa-2024",
    "kim-putin-vostochny-2023", "lemoa-india-us-2016", "macron-brazil-visit-2024", "nato-washington-summit-2024",
    "niger-us-withdrawal-agadez-2024", "poland-us-edca-2020", "putin-mongolia-visit-2024",
    "russia-belarus-security-guarantees-2025", "russia-dprk-treaty-duma-2024", "russia-sudan-port-sudan-2025",
    "saudi-iran-beijing-agreement-2023", "saudi-pakistan-defence-pact-2025", "sco-astana-summit-modi-absent-2024",
    "sco-tianjin-summit-2025", "sweden-nato-ratifications-2024", "turkey-qatar-troops-parliament-2017",
    "turkey-ratifies-finland-nato-2023", "uk-ukraine-100-year-partnership-2025", "ukraine-rada-minerals-deal-2025",
)
ID = "https://w3id.org/kg-news/id/"
KG = "https://w3id.org/kg-news/ontology#"
PREFIXES = f"""PREFIX kg: <{KG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
SAMPLE = 50

pytestmark = [
    pytest.mark.slow, pytest.mark.model, pytest.mark.server,
    pytest.mark.skipif(not (DEV.is_dir() and SEED.is_dir() and SCHEMAS.is_dir()),
                       reason="../shared (dev corpus, seed, reconciliation schemas) is not present on this machine"),
]


# -- the schemas ------------------------------------------------------------------------------

class Schemas:
    """One version's schemas, with their $refs (type.json, lang.json…) resolved locally."""

    def __init__(self, version: str) -> None:
        from jsonschema.validators import Draft202012Validator, validator_for
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        self.docs = {p.stem: json.loads(p.read_text(encoding="utf-8"))
                     for p in sorted((SCHEMAS / version / "schemas").glob("*.json"))}
        resources = []
        for doc in self.docs.values():
            resource = Resource.from_contents(doc, default_specification=DRAFT202012)
            resources += [(doc["$id"], resource), (doc["$id"].rstrip("#"), resource)]
        self.registry = Registry().with_resources(resources)
        self._validator_for = lambda schema: validator_for(schema, default=Draft202012Validator)

    def check(self, name: str, instance: object) -> None:
        schema = self.docs[name]
        validator = self._validator_for(schema)(schema, registry=self.registry)
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
        assert not errors, f"{name}: " + "; ".join(f"{list(e.absolute_path)}: {e.message[:200]}" for e in errors[:5])


@pytest.fixture(scope="module")
def v02():
    return Schemas("0.2")


@pytest.fixture(scope="module")
def v1():
    return Schemas("1.0-draft")


# -- the store and the server -----------------------------------------------------------------

@pytest.fixture(scope="module")
def dev_store(tmp_path_factory):
    from kg.api import build

    location = tmp_path_factory.mktemp("reconcile") / "store"
    report = build(sorted(DEV.glob("*.txt")) + sorted(SEED.glob("*.txt")), store=str(location))
    assert not report.failed
    return location


class Live:
    """A live server in a thread; requests as an HTTP client sends them, nothing added."""

    def __init__(self, app) -> None:
        from werkzeug.serving import make_server

        self.app = app
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.port = self.server.server_port
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def request(self, method: str, path: str, body: bytes | str | None = None, headers: dict | None = None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        connection.request(method, path, body=body.encode() if isinstance(body, str) else body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        connection.close()
        return response, data

    def get_json(self, path: str, **params):
        response, data = self.request("GET", path + ("?" + urlencode(params) if params else ""))
        assert response.status == 200, (path, params, data[:300])
        assert response.getheader("Content-Type", "").startswith("application/json")
        return json.loads(data)

    def post_form(self, path: str, **fields):
        response, data = self.request("POST", path, urlencode(fields),
                                      {"Content-Type": "application/x-www-form-urlencoded"})
        assert response.status == 200, (path, data[:300])
        return json.loads(data)

    def post_json(self, path: str, body: object):
        response, data = self.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
        assert response.status == 200, (path, data[:300])
        return json.loads(data)

    def close(self) -> None:
        self.server.shutdown()
        self.app.extensions["kg.query_pool"].close()


@pytest.fixture(scope="module")
def live(dev_store):
    app = create_app(Settings(query_slots=2), store=open_store(dev_store, read_only=True))
    server = Live(app)
    yield server
    server.close()


@pytest.fixture(scope="module")
def store_entities(dev_store):
    """Every entity the store holds with its names and QIDs, read with plain SPARQL (not kg.search)."""
    types = ", ".join(f"kg:{t}" for t in ENTITY_TYPES)
    rows = open_store(dev_store, read_only=True).query(PREFIXES + f"""
        SELECT DISTINCT ?e ?name ?qid WHERE {{
          {{ SELECT DISTINCT ?e WHERE {{ ?e a ?t FILTER(?t IN ({types})) }} }}
          {{ ?e rdfs:label|skos:altLabel|kg:acronym ?name }} UNION {{ ?e owl:sameAs ?qid }}
        }}""")
    entities: dict[str, dict[str, set[str]]] = {}
    for row in rows:
        slot = entities.setdefault(row["e"].value, {"names": set(), "qids": set()})
        if row["name"] is not None:
            slot["names"].add(label_key(row["name"].value))
        if row["qid"] is not None and row["qid"].value.startswith("http://www.wikidata.org/entity/"):
            slot["qids"].add(row["qid"].value.rsplit("/", 1)[-1])
    return entities


def corresponding(gold: dict, entities: dict) -> set[str]:
    """The store's entities that are the gold entity, by FORMAT.md's matching rule."""
    names = {label_key(gold["label"])} | {label_key(a) for a in gold.get("aliases") or []}
    found = set()
    for iri, slot in entities.items():
        if gold.get("wikidata") and slot["qids"]:
            if gold["wikidata"] in slot["qids"]:
                found.add(iri)
        elif names & slot["names"]:
            found.add(iri)
    return found


@pytest.fixture(scope="module")
def gold_sample(store_entities):
    keys = [DEV / f"{name}.gold.json" for name in OPEN_ARTICLES] + sorted(SEED.glob("*.gold.json"))
    gold: dict[tuple[str, str], dict] = {}
    for path in keys:
        for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            gold.setdefault((entity["type"], label_key(entity["label"])), entity)
    held = [(entity, found) for _, entity in sorted(gold.items()) if (found := corresponding(entity, store_entities))]
    assert len(held) >= SAMPLE, f"only {len(held)} gold entities are in the store"
    return [held[i * len(held) // SAMPLE] for i in range(SAMPLE)], held


# -- every response against the schemas --------------------------------------------------------

def test_v02_responses_validate(live, v02):
    manifest = live.get_json("/reconcile")
    v02.check("manifest", manifest)
    for t in manifest["defaultTypes"]:
        v02.check("type", t)
    queries = {
        "typed": {"query": "State Duma", "type": "Legislature"},
        "types": {"query": "NATO", "type": ["InternationalOrganization", "Organization"], "type_strict": "any"},
        "untyped": {"query": "Putin", "limit": 3},
        "fuzzy": {"query": "Vladimir Poutine"},
        "by_qid": {"query": "Q159"},
        "narrowed": {"query": "Kim", "type": "Person", "properties": [{"pid": "officeOf", "v": "North Korea"}]},
        "by_property": {"properties": [{"pid": "wikidata", "v": ["Q668", {"id": "Q668", "name": "India"}]}]},
        "nothing": {"query": "Zzyzx Qwrtp"},
    }
    v02.check("reconciliation-query-batch", queries)
    for results in (live.post_form("/reconcile", queries=json.dumps(queries)),
                    live.get_json("/reconcile", queries=json.dumps(queries))):
        v02.check("reconciliation-result-batch", results)
        assert set(results) == set(queries)
        assert results["typed"]["result"][0]["match"] is True and results["nothing"]["result"] == []
        assert len(results["untyped"]["result"]) <= 3
    for prefix in ("Du", "", "Ru", "zzzz"):
        v02.check("suggest-entities-response", live.get_json("/reconcile/suggest/entity", prefix=prefix))
        v02.check("suggest-types-response", live.get_json("/reconcile/suggest/type", prefix=prefix))
        v02.check("suggest-properties-response", live.get_json("/reconcile/suggest/property", prefix=prefix))
    v02.check("suggest-entities-response", live.get_json("/reconcile/suggest/entity", prefix="Mo", type="Person", cursor=1))
    for type_id in ("Agreement", "Person", "State", "Summit", ""):
        v02.check("data-extension-property-proposal", live.get_json("/reconcile/propose_properties", type=type_id))
    extend = {"ids": ["agreement/relos", "state/Q159", "person/Q7747", "summit/no-such-summit"],
              "properties": [{"id": "party"}, {"id": "signingDate"}, {"id": "wikidata"}, {"id": "articleCount"},
                             {"id": "office", "settings": {"limit": 2}}, {"id": "ratifiedBy", "settings": {"modality": "any"}}]}
    v02.check("data-extension-query", extend)
    extension = live.post_form("/reconcile", extend=json.dumps(extend))
    v02.check("data-extension-response", extension)
    assert {"id": "state/Q159", "name": "Russia"} in extension["rows"]["agreement/relos"]["party"]
    assert extension["rows"]["state/Q159"]["wikidata"] == [{"str": "Q159"}]


def test_v1_responses_validate(live, v1):
    manifest = live.get_json("/reconcile/v1")
    v1.check("manifest", manifest)
    batch = {"queries": [
        {"type": "Legislature", "conditions": [{"matchType": "name", "propertyValue": "State Duma"}]},
        {"conditions": [{"matchType": "name", "propertyValue": "Putin"}], "limit": 2},
        {"conditions": [{"matchType": "id", "propertyValue": "state/Q159"}]},
        {"type": "Person", "conditions": [
            {"matchType": "name", "propertyValue": "Kim"},
            {"matchType": "property", "propertyId": "officeOf", "propertyValue": "North Korea", "required": False}]},
        {"conditions": [{"matchType": "property", "propertyId": "wikidata", "propertyValue": "Q668", "required": True}]},
    ]}
    v1.check("reconciliation-query-batch", batch)
    for path in ("/reconcile/v1/reconcile", "/reconcile/v1/match"):
        results = live.post_json(path, batch)
        v1.check("reconciliation-result-batch", results)
        assert len(results["results"]) == len(batch["queries"])
        assert results["results"][2]["candidates"][0]["id"] == "state/Q159"
    for prefix in ("Du", "", "Ru"):
        v1.check("suggest-entities-response", live.get_json("/reconcile/v1/suggest/entity", prefix=prefix, cursor=0))
        v1.check("suggest-types-response", live.get_json("/reconcile/v1/suggest/type", prefix=prefix))
        v1.check("suggest-properties-response", live.get_json("/reconcile/v1/suggest/property", prefix=prefix))
    for type_id in ("Agreement", "Person"):
        v1.check("data-extension-property-proposal", live.get_json("/reconcile/v1/extend/propose", type=type_id, limit=5))
    extend = {"ids": ["agreement/relos", "state/Q159"],
              "properties": [{"id": "party"}, {"id": "memberOf", "settings": {"limit": 3}}, {"id": "articleCount"}]}
    v1.check("data-extension-query", extend)
    extension = live.post_json("/reconcile/v1/extend", extend)
    v1.check("data-extension-response", extension)
    assert [row["id"] for row in extension["rows"]] == extend["ids"]


def test_preview(live, store_entities):
    response, body = live.request("GET", "/reconcile/preview?id=agreement/relos")
    assert response.status == 200 and response.getheader("Content-Type").startswith("text/html")
    page = body.decode()
    assert "RELOS" in page and "State Duma" in page and "Russia" in page  # label, its ratifying body, a party
    response, body = live.request("GET", "/reconcile/v1/preview?id=state/Q159")
    assert response.status == 200 and "https://www.wikidata.org/wiki/Q159" in body.decode()
    response, body = live.request("GET", "/reconcile/preview?id=%3Cscript%3Ealert(1)%3C/script%3E")
    assert response.status == 404 and b"<script>" not in body  # an unknown id, shown escaped


def test_cors_jsonp_and_errors(live):
    response, _ = live.request("OPTIONS", "/reconcile/v1/reconcile", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Content-Type"})
    assert response.status == 204 and response.getheader("Access-Control-Allow-Origin") == "*"
    assert "POST" in response.getheader("Access-Control-Allow-Methods")
    for path in ("/reconcile", "/reconcile/suggest/entity?prefix=Ru", "/reconcile/preview?id=state/Q159"):
        response, _ = live.request("GET", path, headers={"Origin": "https://example.org"})
        assert response.getheader("Access-Control-Allow-Origin") == "*", path
    response, body = live.request("GET", "/reconcile?callback=jQuery123_4")
    assert response.getheader("Content-Type").startswith("application/javascript")
    text = body.decode()
    assert text.startswith("/**/jQuery123_4(") and text.endswith(");")
    assert json.loads(text[len("/**/jQuery123_4("):-2])["versions"] == ["0.2"]
    response, _ = live.request("GET", "/reconcile?callback=alert(document.cookie)//")
    assert response.status == 400
    response, body = live.request("POST", "/reconcile", urlencode({"queries": "{not json"}),
                                  {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"})
    assert response.status == 400 and "not valid JSON" in json.loads(body)["error"]["message"]
    assert response.getheader("Access-Control-Allow-Origin") == "*"  # errors are readable cross-origin too
    big = {f"q{i}": {"query": "x"} for i in range(1000)}
    response, _ = live.request("POST", "/reconcile", urlencode({"queries": json.dumps(big)}),
                               {"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status == 413
    response, body = live.request("POST", "/reconcile/v1/reconcile", "[]", {"Content-Type": "application/json"})
    assert response.status == 400 and b"queries" in body


# -- OpenRefine's part ---------------------------------------------------------------------------

def test_openrefine_session(live, v02, gold_sample, dev_store):
    sample, _ = gold_sample
    # 1. The user pastes the service URL: OpenRefine reads the manifest.
    manifest = live.get_json("/reconcile")
    v02.check("manifest", manifest)
    service = manifest["suggest"]["entity"]["service_url"]
    assert service.endswith("/reconcile")
    # 2. It guesses the column's type from its first cells, sent without a type.
    guess = {f"q{i}": {"query": gold["label"], "limit": 3} for i, (gold, _) in enumerate(sample[:10])}
    v02.check("reconciliation-query-batch", guess)
    guessed = live.post_form("/reconcile", queries=json.dumps(guess))
    v02.check("reconciliation-result-batch", guessed)
    assert all(c["type"] for r in guessed.values() for c in r["result"])
    # 3. The user keeps each cell's type: one batch of 50 queries.
    batch = {f"q{i}": {"query": gold["label"], "type": gold["type"], "type_strict": "should"}
             for i, (gold, _) in enumerate(sample)}
    v02.check("reconciliation-query-batch", batch)
    results = live.post_form("/reconcile", queries=json.dumps(batch))
    v02.check("reconciliation-result-batch", results)
    right, wrong_matches, matches, misses = 0, [], 0, []
    for i, (gold, found) in enumerate(sample):
        candidates = results[f"q{i}"]["result"]
        if candidates and ID + candidates[0]["id"] in found:
            right += 1
        else:
            misses.append((gold["label"], [c["name"] for c in candidates[:3]]))
        for c in candidates:
            if c["match"]:
                matches += 1
                if ID + c["id"] not in found:
                    wrong_matches.append((gold["label"], c["id"]))
    assert right / len(sample) >= 0.95, misses
    assert wrong_matches == []
    assert matches >= len(sample) * 0.6  # most are settled without a person
    # 4. Preview of a matched entity, as OpenRefine shows it on hover.
    matched = [c["id"] for r in results.values() for c in r["result"] if c["match"]]
    preview_url = manifest["preview"]["url"].replace("{{id}}", matched[0])
    response, body = live.request("GET", preview_url[preview_url.index("/reconcile"):])
    assert response.status == 200 and b"<h1>" in body
    # 5. "Add columns from reconciled values": properties proposed for a type, then two fetched.
    agreements = [c["id"] for r in results.values() for c in r["result"] if c["match"] and
                  any(t["id"] == "Agreement" for t in c["type"])]
    assert agreements
    proposed = live.get_json("/reconcile/propose_properties", type="Agreement")
    v02.check("data-extension-property-proposal", proposed)
    chosen = [p["id"] for p in proposed["properties"]][:3:2]  # parties, signing date
    assert chosen == ["party", "signingDate"]
    extend = {"ids": agreements, "properties": [{"id": pid} for pid in chosen]}
    v02.check("data-extension-query", extend)
    extension = live.post_form("/reconcile", extend=json.dumps(extend))
    v02.check("data-extension-response", extension)
    store = open_store(dev_store, read_only=True)
    for agreement in agreements:
        parties = {row["p"].value[len(ID):] for row in store.query(PREFIXES + f"""SELECT DISTINCT ?p WHERE {{
            ?f a kg:AgreementParty ; kg:agreement <{ID}{agreement}> ; kg:party ?p ; kg:modality "asserted" }}""")}
        dates = {row["d"].value + "T00:00:00Z" for row in store.query(PREFIXES + f"""SELECT DISTINCT ?d WHERE {{
            ?f a kg:Signing ; kg:agreement <{ID}{agreement}> ; kg:date ?d ; kg:modality "asserted" }}""")}
        row = extension["rows"][agreement]
        assert {v["id"] for v in row["party"]} == parties, agreement
        assert {v["date"] for v in row["signingDate"]} == dates, agreement
    assert any(extension["rows"][a]["party"] for a in agreements)
    # the Wikidata column of every match, for the sheet's link to Wikidata
    wikidata = live.post_form("/reconcile", extend=json.dumps({"ids": matched, "properties": [{"id": "wikidata"}]}))
    v02.check("data-extension-response", wikidata)
    for identifier in matched:
        qids = {row["q"].value.rsplit("/", 1)[-1] for row in store.query(
            PREFIXES + f"SELECT DISTINCT ?q WHERE {{ <{ID}{identifier}> owl:sameAs ?q }}")}
        assert {v["str"] for v in wikidata["rows"][identifier]["wikidata"]} == qids


def test_all_gold_entities_in_the_store(live, gold_sample):
    """Beyond the sample: every gold entity of the open articles that the store holds."""
    _, held = gold_sample
    batch = {f"q{i}": {"query": gold["label"], "type": gold["type"]} for i, (gold, _) in enumerate(held)}
    results = live.post_form("/reconcile", queries=json.dumps(batch))
    right = sum(bool(results[f"q{i}"]["result"]) and ID + results[f"q{i}"]["result"][0]["id"] in found
                for i, (_, found) in enumerate(held))
    wrong = [(gold["label"], c["id"]) for i, (gold, found) in enumerate(held)
             for c in results[f"q{i}"]["result"] if c["match"] and ID + c["id"] not in found]
    assert right / len(held) >= 0.95 and wrong == []


def test_reads_have_the_endpoints_timeout(dev_store):
    """A reconciliation read stopped by the query timeout is a 503, as on /sparql."""
    app = create_app(Settings(query_timeout=0.000001), store=open_store(dev_store, read_only=True))
    server = Live(app)
    try:
        response, body = server.request("POST", "/reconcile", urlencode({"queries": json.dumps({"q": {"query": "Duma"}})}),
                                        {"Content-Type": "application/x-www-form-urlencoded"})
        assert response.status == 503 and b"stopped" in body
    finally:
        server.close()
