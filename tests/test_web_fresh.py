"""Every read the server makes — pages, Graph Store reads, the service description, /sparql — goes
through the one query path (worker processes, the query timeout) and sees what the last finished
write left in an on-disk store, while a writer is still at work beside it.

The server is a real ``kg serve`` (gunicorn, two workers) over a store folder; the writer is
another process holding the store's lock.
"""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from test_store import article_ntriples, graph_iri
from test_web_sparql import Live

from kg.settings import Settings
from kg.store import open_store
from kg.web.app import create_app

pytestmark = [pytest.mark.server]

ID = "https://w3id.org/kg-news/id/"
KG = "https://w3id.org/kg-news/ontology#"
SRC = str(Path(__file__).resolve().parents[1] / "src")


def _article(name: str) -> str:
    """An article graph with a labelled state that has a page of its own."""
    return (article_ntriples(name, digest=name)
            + f'<{ID}state/{name}> <http://www.w3.org/2000/01/rdf-schema#label> "State {name}"@en .\n'
            + f"<{ID}state/{name}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}State> .\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class KgServe:
    """``kg serve STORE`` in a process group of its own."""

    def __init__(self, store: Path, log: Path, **env: str) -> None:
        self.port = _free_port()
        with open(log, "wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "kg.cli", "serve", str(store), "--port", str(self.port), "--workers", "2"],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                env={**os.environ, "PYTHONPATH": SRC, **env})
        self.log = log
        deadline = time.monotonic() + 60
        while True:
            try:
                if self.get("/health")[0] == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise AssertionError(log.read_text())
            time.sleep(0.2)

    def get(self, path: str, accept: str = "*/*") -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers={"Accept": accept})
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8")
        finally:
            connection.close()

    def sees(self, name: str) -> dict[str, bool]:
        """Whether each kind of read shows article ``name``."""
        state = f"{ID}state/{name}"
        ask = quote(f"ASK {{ <{state}> ?p ?o }}")
        return {
            "entity page": self.get(f"/id/state/{name}", "text/html")[0] == 200,
            "articles page": f"/id/graph/{name}" in self.get("/articles?format=json")[1],
            "sparql": json.loads(self.get(f"/sparql?query={ask}", "application/sparql-results+json")[1])["boolean"],
            "graph store": self.get(f"/rdf-graph-store?graph={quote(graph_iri(name))}", "text/turtle")[0] == 200,
            "default graph": f"State {name}" in self.get("/rdf-graph-store?default", "application/n-triples")[1],
            "service description": graph_iri(name) in self.get("/sparql", "text/turtle")[1],
            "reconciliation": any(r["name"] == f"State {name}" for r in self._reconcile(f"State {name}")),
        }

    def _reconcile(self, text: str) -> list[dict]:
        queries = quote(json.dumps({"q": {"query": text, "type": "State"}}))
        return json.loads(self.get(f"/reconcile?queries={queries}", "application/json")[1])["q"]["result"]

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(30)


WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[2])
    from kg.store import open_store
    from test_web_fresh import _article
    from test_store import graph_iri
    store = open_store(sys.argv[1])
    store.replace_graph(graph_iri("second"), _article("second"))
    print("written", flush=True)
    sys.stdin.readline()
    store.close()
    print("closed", flush=True)
    """
)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[KgServe, Path]]:
    location = tmp_path / "store"
    with open_store(location) as store:
        store.replace_graph(graph_iri("first"), _article("first"))
    server = KgServe(location, tmp_path / "serve.log")
    try:
        yield server, location
    finally:
        server.stop()


def test_every_read_sees_the_last_finished_write(served: tuple[KgServe, Path]) -> None:
    server, location = served
    assert all(server.sees("first").values())
    assert not any(server.sees("second").values())
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(location), str(Path(__file__).parent)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": SRC})
    try:
        assert writer.stdout.readline().strip() == "written"
        # The writer holds the lock with its graph written but not finished: nobody sees it yet,
        # and the server still answers from the last finished write.
        assert not any(server.sees("second").values())
        assert all(server.sees("first").values())
        writer.stdin.write("\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "closed"
    finally:
        writer.communicate(timeout=30)
    assert writer.returncode == 0
    seen = server.sees("second")
    assert all(seen.values()), seen
    assert all(server.sees("first").values())


def test_old_checkpoints_go_once_no_reader_holds_them(served: tuple[KgServe, Path]) -> None:
    server, location = served
    assert server.sees("first")["sparql"]
    for round in range(4):
        with open_store(location) as store:
            store.replace_graph(graph_iri(f"r{round}"), _article(f"r{round}"))
        assert server.sees(f"r{round}")["sparql"]
    # Each server worker's query process holds the checkpoint it reads; the rest are gone.
    assert len(list((location / "snapshots").iterdir())) <= 3


def test_pages_run_under_the_query_timeout(tmp_path: Path) -> None:
    location = tmp_path / "store"
    with open_store(location) as store:
        store.replace_graphs((graph_iri(f"a{i}"), _article(f"a{i}")) for i in range(3000))
    store = open_store(location, read_only=True)
    slow = create_app(Settings(query_timeout=0.05), store=store)
    patient = create_app(Settings(query_timeout=30), store=store)
    servers = [Live(slow), Live(patient)]
    try:
        # The articles list aggregates 3,000 graphs: longer than 50 ms, so the page is stopped.
        response, body = servers[0].request("GET", "/articles", headers={"Accept": "application/json"})
        assert response.status == 503 and "longer than" in json.loads(body)["error"]["message"]
        response, body = servers[1].request("GET", "/articles", headers={"Accept": "application/json"})
        assert response.status == 200 and len(json.loads(body)["articles"]) == 200
        # The server process never opened the store: its query processes did.
        assert store._held is None and store._inner is None
    finally:
        for server, app in zip(servers, (slow, patient)):
            server.close()
            app.extensions["kg.query_pool"].close()
        store.close()
