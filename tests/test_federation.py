"""Federated queries through kg's endpoint: SERVICE to an allowlisted SPARQL server, and refusal.

A real ``oxigraph serve-read-only`` process on 127.0.0.1 stands in for the Wikidata Query
Service, loaded with a small Wikidata-shaped fixture (tests/data/wikidata/states.ttl). kg's
endpoint (``create_app`` under werkzeug in a thread) serves a graph built from a short article;
the allowlist names only the stand-in.
"""
from __future__ import annotations

import http.client
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from werkzeug.serving import make_server

from kg.api import build_dataset, export
from kg.settings import Settings
from kg.store import open_store
from kg.web.app import create_app

pytestmark = [pytest.mark.model, pytest.mark.server]  # builds articles; kg and a stand-in SPARQL server

FIXTURE = Path(__file__).parent / "data" / "wikidata" / "states.ttl"
ARTICLE = ("Chile and Peru sign water pact\n"
           "Chile and Peru signed the Andean Water Compact in Lima on 6 May 2024. "
           "The compact binds Chile and Peru to share the waters of the Andes.\n")


def _oxigraph() -> str | None:
    found = shutil.which("oxigraph")
    beside = Path(sys.executable).with_name("oxigraph")
    return found or (str(beside) if beside.exists() else None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str, headers: dict | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def stand_in(tmp_path_factory):
    """``oxigraph serve-read-only`` over the fixture; yields its query endpoint URL."""
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph server (PyPI package 'oxigraph') is not installed")
    db = tmp_path_factory.mktemp("wikidata-stand-in") / "db"
    subprocess.run([binary, "load", "--location", str(db), "--file", str(FIXTURE)], check=True,
                   capture_output=True, timeout=60)
    port = _free_port()
    process = subprocess.Popen([binary, "serve-read-only", "--location", str(db), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                if _get(port, "/query?" + urlencode({"query": "ASK {}"}))[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail("the oxigraph stand-in did not start")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def endpoint(stand_in, tmp_path_factory):
    """kg's endpoint over a graph built from ARTICLE, allowing SERVICE to the stand-in only."""
    folder = tmp_path_factory.mktemp("federation")
    (folder / "pact.txt").write_text(ARTICLE, encoding="utf-8")
    graph = folder / "graph.trig"
    export(build_dataset([folder / "pact.txt"], published="2024-05-08"), graph, format="trig")
    app = create_app(Settings(service_allowlist=(stand_in,), query_timeout=20.0), store=open_store(graph, read_only=True))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_port
    server.shutdown()
    app.extensions["kg.query_pool"].close()


def sparql(port: int, query: str) -> tuple[int, bytes]:
    return _get(port, "/sparql?" + urlencode({"query": query}), {"Accept": "application/sparql-results+json"})


def test_federated_query_joins_parties_with_the_stand_in(endpoint, stand_in):
    query = f"""
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
SELECT ?agreementLabel ?partyLabel ?iso2 ?capitalLabel WHERE {{
  ?agreement a kg:Agreement ; rdfs:label ?agreementLabel ; kg:hasParty ?party .
  ?party rdfs:label ?partyLabel ; owl:sameAs ?item .
  SERVICE <{stand_in}> {{
    ?item wdt:P297 ?iso2 ; wdt:P36 ?capital .
    ?capital rdfs:label ?capitalLabel .
  }}
}} ORDER BY ?iso2"""
    status, body = sparql(endpoint, query)
    assert status == 200, body
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]
    assert [(r["partyLabel"], r["iso2"], r["capitalLabel"]) for r in rows] == [
        ("Chile", "CL", "Santiago"), ("Peru", "PE", "Lima")]
    assert {r["agreementLabel"] for r in rows} == {"Andean Water Compact"}


def test_service_outside_the_allowlist_is_refused(endpoint):
    for target in ("http://127.0.0.1:9/sparql", "https://query.wikidata.org/sparql"):
        status, body = sparql(endpoint, f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}")
        assert status == 403, body
        assert b"not allowed" in body
