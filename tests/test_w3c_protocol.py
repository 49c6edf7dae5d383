"""Replay the W3C SPARQL 1.1 Protocol test suite (shared/w3c/sparql11/protocol) against a live kg.

Each case's HTTP requests come from its manifest entry (path, method, headers, body in its stated
encoding) and are sent with http.client exactly as written: no client adds a content type.
Update cases send the server's bearer token, since kg refuses updates without it.
"""
from __future__ import annotations

import http.client
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from werkzeug.serving import make_server

from kg.settings import Settings
from kg.store import open_store
from kg.web.app import create_app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PROTOCOL = SHARED / "w3c" / "sparql11" / "protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"
TOKEN = "w3c-protocol-token"

pytestmark = [
    pytest.mark.server,  # a live kg app
    pytest.mark.skipif(not PROTOCOL.is_dir(), reason=f"W3C test suites not found at {PROTOCOL}"),
]


def _cases() -> list[tuple[str, dict]]:
    if not PROTOCOL.is_dir():
        return []
    manifest = Graph().parse(PROTOCOL / "manifest.ttl", format="turtle", publicID=(PROTOCOL / "manifest.ttl").as_uri())
    root = next(manifest.subjects(MF.entries, None))
    cases = []
    for entry in Collection(manifest, manifest.value(root, MF.entries)):
        name = str(entry).rsplit("#", 1)[-1]
        data = [(URIRef(manifest.value(d, UT.graph)), str(manifest.value(d, RDFS.label)))
                for d in manifest.objects(entry, UT.graphData)]
        action = manifest.value(entry, MF.action)
        requests = []
        for request in Collection(manifest, manifest.value(action, HT.requests)):
            body = manifest.value(request, HT.body)
            headers = {}
            if manifest.value(request, HT.headers) is not None:
                for header in Collection(manifest, manifest.value(request, HT.headers)):
                    headers[str(manifest.value(header, HT.fieldName))] = str(manifest.value(header, HT.fieldValue))
            response = manifest.value(request, HT.resp)
            requests.append({
                "method": str(manifest.value(request, HT.methodName)),
                "path": str(manifest.value(request, HT.absolutePath)),
                "headers": headers,
                "body": None if body is None else str(manifest.value(body, CNT.chars)).encode(
                    str(manifest.value(body, CNT.characterEncoding) or "UTF-8")),
                "status": {str(s)[len(HTS):][0] for s in manifest.objects(response, MF.expectedStatus)},
                "format": str(manifest.value(response, MF.expectedFormat) or "") or None,
                "boolean": manifest.value(response, MF.expectedBoolean),
            })
        cases.append((name, {"data": data, "requests": requests}))
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def server():
    store = open_store(":memory:")
    app = create_app(Settings(update_token=TOKEN), store=store)
    live = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=live.serve_forever, daemon=True).start()
    yield store, live.server_port
    live.shutdown()
    app.extensions["kg.query_pool"].close()


BOOLEAN = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
           "application/sparql-results+xml": ox.QueryResultsFormat.XML}
TABULAR = {**BOOLEAN, "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV}
RDF = {"application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json"}


@pytest.mark.parametrize("name, case", CASES, ids=[name for name, _ in CASES])
def test_protocol_case(server, name, case):
    store, port = server
    store.inner.clear()
    for path, graph in case["data"]:
        store.inner.load(path=str(PROTOCOL / Path(path.split("/")[-1])), format=ox.RdfFormat.N_TRIPLES,
                         to_graph=ox.NamedNode(graph))
    for request in case["requests"]:
        headers = dict(request["headers"])
        if "update" in name:
            headers["Authorization"] = f"Bearer {TOKEN}"
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        # skip_accept_encoding etc.: http.client adds only Host and Content-Length.
        connection.request(request["method"], request["path"], body=request["body"], headers=headers)
        response = connection.getresponse()
        body = response.read()
        connection.close()
        assert str(response.status)[0] in request["status"], (response.status, body[:500])
        media_type = (response.getheader("Content-Type") or "").split(";")[0].strip()
        if request["format"] == "boolean":
            assert media_type in BOOLEAN, media_type
            if request["boolean"] is not None:
                answer = ox.parse_query_results(body, format=BOOLEAN[media_type])
                assert bool(answer) is bool(request["boolean"].toPython())
        elif request["format"] == "tabular":
            assert media_type in TABULAR, media_type
        elif request["format"] == "RDF":
            assert media_type in RDF, media_type
            list(ox.parse(body, format=ox.RdfFormat.from_media_type(media_type)))


def test_every_case_is_replayed():
    assert len(CASES) == 34
