"""The SPARQL 1.1 endpoint over real HTTP on 127.0.0.1: protocol, formats, errors, CORS, GSP, SD."""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper
from werkzeug.serving import make_server

from kg.settings import Settings
from kg.store import open_store
from kg.web.app import create_app

pytestmark = [pytest.mark.server]  # a real HTTP server on 127.0.0.1

DATA = Path(__file__).parent / "data" / "web" / "graph.trig"
ID = "https://w3id.org/kg-news/id/"
KG = "https://w3id.org/kg-news/ontology#"
STATES = f"SELECT ?s WHERE {{ ?s a <{KG}State> }} ORDER BY ?s"
TOKEN = "test-token"


class Live:
    """A live server in a thread and a tiny http.client wrapper (no urllib: it adds headers)."""

    def __init__(self, app) -> None:
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.port = self.server.server_port
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def request(self, method: str, path: str, body: bytes | str | None = None, headers: dict | None = None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request(method, path, body=body.encode() if isinstance(body, str) else body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        connection.close()
        return response, data

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture(scope="module")
def live():
    app = create_app(Settings(query_timeout=2.0, max_rows=1000, max_request_bytes=20_000, query_slots=2),
                     store=open_store(DATA))
    server = Live(app)
    yield server
    server.close()
    app.extensions["kg.query_pool"].close()


def get(live, query: str, headers=None, **params):
    return live.request("GET", "/sparql?" + urlencode({"query": query, **params}, doseq=True), headers=headers)


def ctype(response) -> str:
    return response.getheader("Content-Type", "").split(";")[0]


# -- the three ways to send a query ------------------------------------------------------------------

def test_get(live):
    response, body = get(live, STATES)
    assert response.status == 200 and ctype(response) == "application/sparql-results+json"
    assert [b["s"]["value"] for b in json.loads(body)["results"]["bindings"]] == [ID + "state/Q1", ID + "state/Q2"]


def test_post_form(live):
    response, body = live.request("POST", "/sparql", urlencode({"query": STATES}),
                                  {"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status == 200 and len(json.loads(body)["results"]["bindings"]) == 2


def test_post_direct(live):
    response, body = live.request("POST", "/sparql", STATES, {"Content-Type": "application/sparql-query"})
    assert response.status == 200 and len(json.loads(body)["results"]["bindings"]) == 2


def test_dataset_parameters(live):
    count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
    n = lambda body: int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    assert n(get(live, count)[1]) == 17
    assert n(get(live, count, **{"default-graph-uri": ID + "graph/a1"})[1]) == 9
    both = get(live, count, **{"default-graph-uri": [ID + "graph/a1", ID + "graph/a2"]})[1]
    assert n(both) == 17
    named = get(live, "SELECT ?g { GRAPH ?g {} }", **{"named-graph-uri": ID + "graph/a2"})[1]
    assert [b["g"]["value"] for b in json.loads(named)["results"]["bindings"]] == [ID + "graph/a2"]
    _response, body = live.request("POST", "/sparql?" + urlencode({"default-graph-uri": ID + "graph/a2"}), count,
                                  {"Content-Type": "application/sparql-query"})
    assert n(body) == 8


# -- content negotiation ---------------------------------------------------------------------------

@pytest.mark.parametrize("accept, expected", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.8", "application/sparql-results+xml"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_negotiation(live, accept, expected):
    response, _ = get(live, STATES, {"Accept": accept})
    assert response.status == 200 and ctype(response) == expected
    assert "Accept" in response.getheader("Vary", "")


@pytest.mark.parametrize("accept, expected", [
    (None, "text/turtle"), ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"), ("application/rdf+xml", "application/rdf+xml"),
])
def test_construct_negotiation(live, accept, expected):
    response, body = get(live, "CONSTRUCT WHERE { ?s a ?t }", {"Accept": accept} if accept else {})
    assert response.status == 200 and ctype(response) == expected
    assert len(list(ox.parse(body, format=ox.RdfFormat.from_media_type(expected)))) == 6


def test_format_parameter(live):
    response, _ = get(live, STATES, {"Accept": "application/sparql-results+json"}, format="csv")
    assert ctype(response) == "text/csv"


def test_406(live):
    response, body = get(live, STATES, {"Accept": "image/png"})
    assert response.status == 406 and b"application/sparql-results+json" in body


# -- errors ------------------------------------------------------------------------------------------

def test_400_has_the_parsers_message_and_no_traceback(live):
    response, body = get(live, "SELECT * WHERE { ?s ")
    assert response.status == 400 and ctype(response) == "text/plain"
    assert body.startswith(b"400 Bad Request: error at 1:") and b"Traceback" not in body
    response, body = get(live, "SELECT * WHERE { ?s ", {"Accept": "application/sparql-results+json"})
    error = json.loads(body)["error"]
    assert response.status == 400 and error["type"] == "QuerySyntaxError" and error["message"].startswith("error at")


@pytest.mark.parametrize("method, path, body, headers, status", [
    ("POST", "/sparql", "ASK {}", {"Content-Type": "text/plain"}, 415),
    ("POST", "/sparql", "ASK {}", {}, 415),
    ("POST", "/sparql", "ASK {}".encode("utf-16"), {"Content-Type": "application/sparql-query; charset=UTF-16"}, 415),
    ("POST", "/sparql", b"ASK { ?s ?p '\xff' }", {"Content-Type": "application/sparql-query"}, 400),
    ("GET", "/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D", None, {}, 400),
    ("POST", "/sparql", "query=ASK%20%7B%7D&update=CLEAR%20ALL", {"Content-Type": "application/x-www-form-urlencoded"}, 400),
    ("POST", "/sparql", "nothing=1", {"Content-Type": "application/x-www-form-urlencoded"}, 400),
    ("PUT", "/sparql", "ASK {}", {"Content-Type": "application/sparql-query"}, 405),
    ("GET", "/sparql?update=CLEAR%20ALL", None, {}, 400),
    ("POST", "/sparql", "x" * 30_000, {"Content-Type": "application/sparql-query"}, 413),
    ("GET", "/sparql?" + urlencode({"query": "SELECT * { SERVICE <http://evil.example/> { ?s ?p ?o } }"}), None, {}, 403),
])
def test_client_errors(live, method, path, body, headers, status):
    response, data = live.request(method, path, body, headers)
    assert response.status == status, data
    assert b"Traceback" not in data and data.startswith(str(status).encode())


def test_timeout_is_a_503_and_the_server_recovers(live):
    runaway = "SELECT (COUNT(*) AS ?n) { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(8)) + " }"
    start = time.monotonic()
    response, body = get(live, runaway)
    assert response.status == 503 and b"stopped" in body and time.monotonic() - start < 5
    assert get(live, "ASK {}")[0].status == 200


def test_bug_is_a_500_without_traceback(live, monkeypatch):
    from kg.web import sparql

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(sparql, "execute", broken)
    response, body = get(live, "ASK {}")
    assert response.status == 500 and b"secret detail" not in body and b"Traceback" not in body


# -- updates -----------------------------------------------------------------------------------------

def test_updates_refused_without_token(live):
    response, _body = live.request("POST", "/sparql", "CLEAR ALL", {"Content-Type": "application/sparql-update"})
    assert response.status == 401 and response.getheader("WWW-Authenticate", "").startswith("Bearer")


def test_updates_with_token():
    store = open_store(":memory:")
    app = create_app(Settings(update_token=TOKEN), store=store)
    server = Live(app)
    try:
        insert = "INSERT DATA { GRAPH <http://g> { <http://s> <http://p> <rel> } }"
        response, _ = server.request("POST", "/sparql", insert, {"Content-Type": "application/sparql-update",
                                                                 "Authorization": "Bearer wrong"})
        assert response.status == 401
        response, _ = server.request("POST", "/sparql", urlencode({"update": insert}),
                                     {"Content-Type": "application/x-www-form-urlencoded",
                                      "Authorization": f"Bearer {TOKEN}"})
        assert response.status == 204
        response, body = server.request("GET", "/sparql?query=" + quote("SELECT ?o { ?s ?p ?o }"))
        # Relative IRIs resolve against the endpoint (the protocol's service-defined base IRI).
        assert json.loads(body)["results"]["bindings"][0]["o"]["value"] == server.url + "/rel"
    finally:
        server.close()
        app.extensions["kg.query_pool"].close()


# -- SPARQLWrapper as a client -------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", [JSON, XML, CSV])
def test_sparqlwrapper_select(live, fmt):
    client = SPARQLWrapper(live.url + "/sparql")
    client.setQuery(STATES)
    client.setReturnFormat(fmt)
    result = client.query().convert()
    if fmt == JSON:
        values = [b["s"]["value"] for b in result["results"]["bindings"]]
    elif fmt == XML:
        values = [n.firstChild.firstChild.data for n in result.getElementsByTagName("binding")]
    else:
        values = result.decode().splitlines()[1:]
    assert values == [ID + "state/Q1", ID + "state/Q2"]


def test_sparqlwrapper_ask_and_construct(live):
    client = SPARQLWrapper(live.url + "/sparql")
    client.setQuery(f"ASK {{ <{ID}state/Q1> a <{KG}State> }}")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery("CONSTRUCT WHERE { ?s a ?t }")
    client.setReturnFormat(TURTLE)
    assert len(list(ox.parse(client.query().convert(), format=ox.RdfFormat.TURTLE))) == 6
    client.setReturnFormat(XML)  # CONSTRUCT as RDF/XML, parsed by rdflib
    assert len(client.query().convert()) == 6
    client.setMethod("POST")
    client.setQuery(STATES)
    client.setReturnFormat(JSON)
    assert len(client.query().convert()["results"]["bindings"]) == 2


# -- service description, Graph Store reads, CORS, health -------------------------------------------------

def test_service_description(live):
    response, body = live.request("GET", "/sparql")
    assert response.status == 200 and ctype(response) == "text/turtle"
    triples = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    objects = {(t.predicate.value, t.object.value) for t in triples if isinstance(t.object, ox.NamedNode)}
    assert (sd + "endpoint", live.url + "/sparql") in objects
    assert (sd + "supportedLanguage", sd + "SPARQL11Query") in objects
    assert (sd + "supportedLanguage", sd + "SPARQL11Update") not in objects
    assert (sd + "name", ID + "graph/a1") in objects
    response, body = live.request("GET", "/sparql", headers={"Accept": "application/ld+json"})
    assert ctype(response) == "application/ld+json" and json.loads(body)
    response, _ = live.request("GET", "/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert response.status in (200, 302)  # the query editor when pages are installed


@pytest.mark.parametrize("accept, media_type", [
    (None, "text/turtle"), ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"), ("application/rdf+xml", "application/rdf+xml"),
])
def test_graph_store_reads(live, accept, media_type):
    headers = {"Accept": accept} if accept else {}
    response, body = live.request("GET", "/rdf-graph-store?graph=" + quote(ID + "graph/a1"), headers=headers)
    assert response.status == 200 and ctype(response) == media_type
    assert len(list(ox.parse(body, format=ox.RdfFormat.from_media_type(media_type)))) == 9
    response, body = live.request("GET", "/rdf-graph-store?default", headers=headers)
    assert len(list(ox.parse(body, format=ox.RdfFormat.from_media_type(media_type)))) == 17


def test_graph_store_errors_and_head(live):
    assert live.request("GET", "/rdf-graph-store?graph=" + quote("http://missing"))[0].status == 404
    assert live.request("GET", "/rdf-graph-store")[0].status == 400
    assert live.request("GET", "/rdf-graph-store?default", headers={"Accept": "image/png"})[0].status == 406
    response, body = live.request("HEAD", "/rdf-graph-store?default")
    assert response.status == 200 and body == b"" and ctype(response) == "text/turtle"


def test_cors(live):
    response, _ = live.request("OPTIONS", "/sparql", headers={
        "Origin": "http://elsewhere.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert response.status == 204
    assert response.getheader("Access-Control-Allow-Origin") == "*"
    assert "POST" in response.getheader("Access-Control-Allow-Methods")
    assert "content-type" in response.getheader("Access-Control-Allow-Headers").lower()
    response, _ = get(live, "ASK {}", {"Origin": "http://elsewhere.example"})
    assert response.getheader("Access-Control-Allow-Origin") == "*"
    response, _ = get(live, "ASK {", {"Origin": "http://elsewhere.example"})
    assert response.status == 400 and response.getheader("Access-Control-Allow-Origin") == "*"


def test_health(live):
    response, body = live.request("GET", "/health")
    assert response.status == 200 and json.loads(body)["status"] == "ok"


def test_row_cap_header():
    app = create_app(Settings(max_rows=2), store=open_store(DATA))
    server = Live(app)
    try:
        response, body = get(server, "SELECT * { ?s ?p ?o }")
        assert response.getheader("KG-Results-Truncated") == "max_rows=2"
        assert len(json.loads(body)["results"]["bindings"]) == 2
    finally:
        server.close()
        app.extensions["kg.query_pool"].close()


# -- gunicorn -----------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_gunicorn_serves_and_stops_on_sigterm(tmp_path):
    port = _free_port()
    code = ("from kg.settings import Settings; from kg.web.server import serve; "
            f"serve(Settings(port={port}, workers=2), store_location={str(DATA)!r})")
    log = tmp_path / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([sys.executable, "-c", code], stdout=out, stderr=subprocess.STDOUT,
                                   env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")})
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                connection.request("GET", "/sparql?query=" + quote(STATES), headers={"Accept": "text/csv"})
                response = connection.getresponse()
                body = response.read()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise AssertionError(log.read_text())
                time.sleep(0.2)
        assert response.status == 200 and body.decode().splitlines()[1] == ID + "state/Q1"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(30)
    text = log.read_text()
    assert process.returncode == 0, text
    assert '"GET /sparql?query=' in text  # the access log
    assert "Shutting down" in text or "Handling signal: term" in text
