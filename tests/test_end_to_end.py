"""The whole path: article -> `kg build` -> store -> `kg serve` (gunicorn) -> SPARQLWrapper over HTTP."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

pytestmark = [pytest.mark.model, pytest.mark.server]  # kg build, then kg serve under gunicorn

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg.cli"]
ARTICLE = """Chile and Peru sign Andean Water Compact
LIMA — Chile and Peru signed the Andean Water Compact in Lima on Monday, agreeing to let each other's navies use their naval bases for refuelling and repairs.
Norway's parliament, the Storting, ratified the Nordic Fisheries Accord with Sweden on Tuesday.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("e2e")
    article = work / "compact.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (work / "compact.json").write_text('{"published": "2024-05-08", "url": "https://news.example/compact"}', encoding="utf-8")
    store = work / "store"
    out = subprocess.run(KG + ["build", str(article), "--store", str(store)], check=False, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "1 built" in out.stderr
    return store


@pytest.fixture(scope="module")
def server(store):
    port = free_port()
    env = {**os.environ, "KG_WORKERS": "1"}
    proc = subprocess.Popen(KG + ["serve", str(store), "--port", str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("kg serve did not start: " + proc.stdout.read().decode())
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def sparql(url: str, query: str) -> list[dict]:
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(JSON)
    result = client.query().convert()
    return [{k: v["value"] for k, v in row.items()} for row in result["results"]["bindings"]]


def test_build_is_incremental(store, tmp_path):
    out = subprocess.run(KG + ["build", str(store.parent / "compact.txt"), "--store", str(store)],
                         check=False, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and "1 unchanged" in out.stderr


def test_parties_over_http(server):
    rows = sparql(server, (ROOT / "queries" / "parties.rq").read_text())
    parties = {(r["partyLabel"], r.get("partyWikidata")) for r in rows if r["agreementLabel"] == "Andean Water Compact"}
    assert parties == {("Chile", "http://www.wikidata.org/entity/Q298"), ("Peru", "http://www.wikidata.org/entity/Q419")}


def test_ratification_links_state_over_http(server):
    rows = sparql(server, (ROOT / "queries" / "ratifications.rq").read_text())
    norway = [r for r in rows if r.get("stateLabel") == "Norway"]
    assert norway and norway[0]["stateWikidata"] == "http://www.wikidata.org/entity/Q20"
    assert norway[0]["bodyLabel"] == "Storting" and norway[0]["date"] == "2024-05-07"


def test_every_catalogue_query_answers_with_its_variables(server):
    for path in sorted((ROOT / "queries").glob("*.rq")):
        client = SPARQLWrapper(server + "/sparql")
        client.setQuery(path.read_text())
        client.setReturnFormat(JSON)
        result = client.query().convert()
        assert result["head"]["vars"], path.name


def test_cli_query_and_export(store, tmp_path):
    out = subprocess.run(KG + ["query", str(ROOT / "queries" / "entities.rq"), str(store)],
                         check=False, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Storting" in out.stdout
    ttl = tmp_path / "all.ttl"
    out = subprocess.run(KG + ["export", str(store), "--format", "turtle", "--output", str(ttl)],
                         check=False, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    from rdflib import Graph

    assert len(Graph().parse(ttl)) > 20


def test_cli_reports_errors_in_one_line(tmp_path):
    out = subprocess.run(KG + ["query", "SELECT WHERE {", str(tmp_path / "missing.ttl")],
                         check=False, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert out.stderr.startswith("kg: error:") and "Traceback" not in out.stderr
