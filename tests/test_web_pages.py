"""The pages people use, served by a real HTTP server on 127.0.0.1 and read like a client would.

Content negotiation (HTML, Turtle, JSON-LD, N-Triples, SVG), the 404 page, the articles list and
the query catalogue are checked over HTTP; the neighbourhood SVG is parsed as XML. Headless
Chromium then opens ``/`` and an entity page: YASGUI must render and show a query's results.
"""
from __future__ import annotations

import json
import re
import subprocess
import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rdflib
from flask import Flask, Response, request
from werkzeug.serving import make_server

from kg.store import open_store
from kg.web.svg import Neighbour, Node, neighbourhood_svg

pytestmark = [pytest.mark.server]  # a real HTTP server on 127.0.0.1

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
PAGES_GRAPH = DATA / "pages" / "graph.trig"
PAGES_QUERIES = DATA / "pages" / "queries"
SAMPLE_GRAPH = DATA / "sample-graph.trig"
CHROMIUM = Path("/usr/bin/chromium")
YASGUI_JS = ROOT / "src" / "kg" / "web" / "static" / "yasgui" / "yasgui.min.js"
ID = "https://w3id.org/kg-news/id/"
SVG = "{http://www.w3.org/2000/svg}"
RDFS_LABEL = rdflib.URIRef("http://www.w3.org/2000/01/rdf-schema#label")


# -- a real server ------------------------------------------------------------------------------

def _sparql_stand_in(app: Flask) -> None:
    """A bare /sparql (SELECT/ASK as JSON) for when kg.web.sparql is not in this tree yet."""
    from pyoxigraph import QueryResultsFormat

    @app.route("/sparql", methods=["GET", "POST"])
    def sparql() -> Response:
        results = app.extensions["kg.store"].query(request.values["query"])
        return Response(results.serialize(format=QueryResultsFormat.JSON), mimetype="application/sparql-results+json")


def make_app(graph: Path) -> Flask:
    """kg's app over ``graph`` (a minimal one with just the pages if create_app is missing)."""
    store = open_store(graph)
    try:
        from kg.web.app import create_app
    except ImportError:
        from kg.web.errors import init_app
        from kg.web.pages import bp

        app = Flask("kg-pages-test")
        app.extensions["kg.store"] = store
        init_app(app)
        app.register_blueprint(bp)
    else:
        app = create_app(store=store)
    if not any(rule.rule == "/sparql" for rule in app.url_map.iter_rules()):
        _sparql_stand_in(app)
    app.config["KG_QUERIES_DIR"] = str(PAGES_QUERIES)
    return app


class Server:
    """An app served by werkzeug on an ephemeral port of 127.0.0.1, in a daemon thread."""

    def __init__(self, app: Flask) -> None:
        self.httpd = make_server("127.0.0.1", 0, app, threaded=True)
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def get(self, path: str, accept: str | None = None) -> tuple[int, str, bytes, Any]:
        """(status, media type, body, headers) of a GET; errors are answers, not exceptions."""
        req = urllib.request.Request(self.base + path, headers={"Accept": accept} if accept else {})
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, resp.headers.get_content_type(), resp.read(), resp.headers
        except urllib.error.HTTPError as err:
            return err.code, err.headers.get_content_type(), err.read(), err.headers

    def close(self) -> None:
        self.httpd.shutdown()
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    srv = Server(make_app(PAGES_GRAPH))
    yield srv
    srv.close()


def parse_rdf(body: bytes, fmt: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=body.decode("utf-8"), format=fmt)


# -- /id/: content negotiation ------------------------------------------------------------------

def test_entity_html_shows_labels_facts_evidence_and_wikidata(server: Server) -> None:
    status, mime, body, headers = server.get("/id/state/Q30", "text/html,application/xhtml+xml,*/*;q=0.8")
    page = body.decode("utf-8")
    assert (status, mime) == (200, "text/html")
    assert "Accept" in headers.get("Vary", "")
    assert "<h1>United States</h1>" in page
    assert "America" in page and "USA" in page  # altLabels
    assert 'href="http://www.wikidata.org/entity/Q30"' in page
    for kind in ("AccessArrangement", "AgreementParty", "Membership", "Visit"):
        assert f'<span class="kg-note">{kind}</span>' in page  # beside the fact's title, which links to it
    assert "planned" in page and "negated" in page
    assert "Washington will gain access to four more military bases" in page
    assert 'href="/id/article/edca-2023"' in page and "Manila opens four more sites to US forces" in page
    assert 'href="/id/person/Q2344021"' in page  # the other participant of the visit
    assert "2024-04-10" in page
    assert "<svg" in page


def test_html_escapes_labels_and_sentences(server: Server) -> None:
    page = server.get("/id/organization/acme-defence", "text/html")[2].decode("utf-8")
    assert "Acme &lt;Defence&gt; &amp; &#34;Partners&#34;" in page or "Acme &lt;Defence&gt; &amp; &quot;Partners&quot;" in page
    assert "<Defence>" not in page


@pytest.mark.parametrize(
    ("accept", "query", "mime", "rdf_format"),
    [
        ("text/turtle", "", "text/turtle", "turtle"),
        ("application/ld+json", "", "application/ld+json", "json-ld"),
        ("application/n-triples", "", "application/n-triples", "nt"),
        ("text/html", "?format=ttl", "text/turtle", "turtle"),
        ("text/html", "?format=jsonld", "application/ld+json", "json-ld"),
        (None, "?format=nt", "application/n-triples", "nt"),
    ],
)
def test_entity_rdf_by_accept_or_format(server: Server, accept: str | None, query: str, mime: str, rdf_format: str) -> None:
    status, got, body, _headers = server.get("/id/state/Q30" + query, accept)
    assert (status, got) == (200, mime)
    graph = parse_rdf(body, rdf_format)
    q30 = rdflib.URIRef(ID + "state/Q30")
    assert (q30, RDFS_LABEL, rdflib.Literal("United States", lang="en")) in graph
    assert (q30, rdflib.OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q30")) in graph
    # The facts it takes part in come with it, and their evidence.
    visit = rdflib.URIRef(ID + "fact/visit/c1")
    assert (visit, rdflib.URIRef("https://w3id.org/kg-news/ontology#destination"), q30) in graph
    sentences = {str(o) for o in graph.objects(None, rdflib.URIRef("https://w3id.org/kg-news/ontology#sentence"))}
    assert any("arrived in Washington" in s for s in sentences)


def test_rdf_twins_say_the_same(server: Server) -> None:
    ttl = parse_rdf(server.get("/id/state/Q928", "text/turtle")[2], "turtle")
    jsonld = parse_rdf(server.get("/id/state/Q928", "application/ld+json")[2], "json-ld")
    nt = parse_rdf(server.get("/id/state/Q928", "application/n-triples")[2], "nt")
    assert len(ttl) > 10
    assert set(ttl) == set(jsonld) == set(nt)
    assert json.loads(server.get("/id/state/Q928", "application/ld+json")[2])["@context"]["kg"].endswith("ontology#")


def test_unknown_iri_is_404_in_every_format(server: Server) -> None:
    status, mime, body, _ = server.get("/id/state/not-a-state", "text/html")
    assert (status, mime) == (404, "text/html")
    assert "https://w3id.org/kg-news/id/state/not-a-state" in body.decode("utf-8")
    status, mime, body, _ = server.get("/id/state/not-a-state", "application/json")
    assert status == 404 and json.loads(body)["error"]["status"] == 404
    assert server.get("/id/state/not-a-state", "text/turtle")[0] == 404
    assert server.get("/id/state/%3Cscript%3E", "text/html")[0] == 404  # not even an IRI


def test_bad_format_and_unacceptable_accept(server: Server) -> None:
    assert server.get("/id/state/Q30?format=pdf")[0] == 400
    assert server.get("/id/state/Q30", "image/png")[0] == 406


@pytest.mark.parametrize(
    "path", ["/id/graph/edca-2023", "/id/article/visit-2024", "/id/fact/visit/c1", "/id/evidence/e1",
             "/id/concept/offices/president", "/id/agreement/Q5373155"],
)
def test_every_kind_of_minted_iri_has_a_page(server: Server, path: str) -> None:
    status, mime, body, _ = server.get(path, "text/html")
    assert (status, mime) == (200, "text/html"), body[:500]
    assert server.get(path, "text/turtle")[0] == 200


def test_article_page_lists_the_facts_read_in_it(server: Server) -> None:
    page = server.get("/id/article/visit-2024", "text/html")[2].decode("utf-8")
    assert "Marcos flies to Washington &lt;for talks&gt; &amp; a summit" in page
    assert 'href="/id/fact/visit/c1"' in page and 'href="/id/fact/membership/m1"' in page


# -- the neighbourhood picture ------------------------------------------------------------------

def _texts(svg: ET.Element) -> list[str]:
    return [t.text or "" for t in svg.iter(SVG + "text")]


def test_svg_is_well_formed_with_the_neighbours_labels(server: Server) -> None:
    status, mime, body, _ = server.get("/id/state/Q30?format=svg")
    assert (status, mime) == (200, "image/svg+xml")
    svg = ET.fromstring(body)
    assert svg.tag == SVG + "svg"
    texts = _texts(svg)
    for label in ("United States", "Philippines", "Ferdinand Marcos Jr.", 'Acme <Defence> & "Partners"', "military base"):
        assert label in texts
    links = {a.get("href") for a in svg.iter(SVG + "a")}
    assert "/id/state/Q928" in links and "/id/person/Q2344021" in links


def test_svg_inlined_in_the_html_is_well_formed(server: Server) -> None:
    page = server.get("/id/person/Q2344021", "text/html")[2].decode("utf-8")
    match = re.search(r"<svg\b.*?</svg>", page, re.DOTALL)
    assert match is not None
    texts = _texts(ET.fromstring(match.group(0)))
    assert "Ferdinand Marcos Jr." in texts and "United States" in texts and "Philippines" in texts


def test_svg_builder_caps_and_escapes() -> None:
    many = [Neighbour(Node(f"n{i} <&>", f"/id/x/{i}"), ("Visit",)) for i in range(30)]
    svg = ET.fromstring(neighbourhood_svg(Node('centre "quoted"'), many, max_neighbours=12))
    texts = _texts(svg)
    assert 'centre "quoted"' in texts and "n0 <&>" in texts and "n12 <&>" not in texts
    assert "+18 more not shown" in texts
    lonely = ET.fromstring(neighbourhood_svg(Node("alone"), []))
    assert "no connected resources" in _texts(lonely)


# -- /articles and / ----------------------------------------------------------------------------

def test_articles_html_and_json(server: Server) -> None:
    status, mime, body, _ = server.get("/articles", "text/html")
    page = body.decode("utf-8")
    assert (status, mime) == (200, "text/html")
    assert "Manila opens four more sites to US forces" in page
    assert "Marcos flies to Washington &lt;for talks&gt;" in page
    status, mime, body, _ = server.get("/articles", "application/json")
    assert (status, mime) == (200, "application/json")
    rows = {a["article"]: a for a in json.loads(body)["articles"]}
    assert rows[ID + "article/edca-2023"]["facts"] == 3
    assert rows[ID + "article/visit-2024"]["facts"] == 3
    assert rows[ID + "article/visit-2024"]["graph"] == ID + "graph/visit-2024"
    assert json.loads(server.get("/articles?format=json")[2])["articles"][0]["published"] == "2024-04-10"


def test_index_html_and_catalogue_json(server: Server) -> None:
    status, mime, body, _ = server.get("/", "text/html")
    page = body.decode("utf-8")
    assert (status, mime) == (200, "text/html")
    assert "yasgui/yasgui.min.js" in page and "//cdn" not in page and "unpkg" not in page
    assert 'id="yasgui"' in page
    catalogue = json.loads(server.get("/", "application/json")[2])
    assert catalogue["endpoint"] == "/sparql"
    assert [q["name"] for q in catalogue["queries"]] == ["labels", "types"]
    status, mime, body, _ = server.get("/queries/labels.rq")
    assert status == 200 and body.startswith(b"# labels:")
    assert server.get("/queries/nope.rq")[0] == 404


def test_repository_catalogue_is_found_without_configuration() -> None:
    """With no KG_QUERIES_DIR, a source checkout serves the repository's queries/*.rq."""
    app = make_app(PAGES_GRAPH)
    app.config.pop("KG_QUERIES_DIR")
    names = [q["name"] for q in app.test_client().get("/?format=json").get_json()["queries"]]
    assert names == sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


# -- every IRI of the shared sample graph dereferences -------------------------------------------

def _minted(graph_file: Path) -> list[str]:
    dataset = rdflib.Dataset()
    dataset.parse(graph_file, format="trig")
    iris = {str(t) for quad in dataset.quads() for t in quad if isinstance(t, rdflib.URIRef) and str(t).startswith(ID)}
    return sorted(iris)


@pytest.mark.skipif(not SAMPLE_GRAPH.is_file(), reason="tests/data/sample-graph.trig is not in this tree")
def test_every_minted_iri_of_the_sample_graph_dereferences() -> None:
    srv = Server(make_app(SAMPLE_GRAPH))
    try:
        for iri in _minted(SAMPLE_GRAPH):
            path = "/id/" + iri[len(ID):]
            status, mime, body, _ = srv.get(path, "text/html")
            assert (status, mime) == (200, "text/html"), (iri, body[:300])
            status, mime, body, _ = srv.get(path, "text/turtle")
            assert status == 200, iri
            assert rdflib.URIRef(iri) in {t for triple in parse_rdf(body, "turtle") for t in triple}, iri
    finally:
        srv.close()


# -- in a real browser --------------------------------------------------------------------------

def chromium_dom(url: str, profile: Path) -> str:
    """The DOM after 5 s of the page's virtual time, as headless Chromium serialises it."""
    cmd = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--window-size=1280,1000", "--virtual-time-budget=5000", "--dump-dom", url,
    ]
    done = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium; CI installs it)")
@pytest.mark.skipif(not YASGUI_JS.is_file(), reason="YASGUI not built: run python scripts/build_web_assets.py")
def test_yasgui_renders_and_runs_a_query_in_chromium(server: Server, tmp_path: Path) -> None:
    dom = chromium_dom(server.base + "/?q=labels&run=1", tmp_path / "profile")
    # YASGUI's own elements: tabs, the editor (CodeMirror) and the results pane.
    for marker in ('class="yasgui', 'class="tabsList', 'class="yasqe', "CodeMirror", 'class="yasr'):
        assert marker in dom, marker
    assert "kg-news/id/state/Q30" in dom  # the editor ran the catalogue query against /sparql...
    assert re.search(r"<table[^>]*kg-result-table", dom)  # ...and drew the results as kg's table
    assert "Ferdinand Marcos Jr." in dom and "Enhanced Defense Cooperation Agreement" in dom


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium; CI installs it)")
def test_entity_page_renders_in_chromium(server: Server, tmp_path: Path) -> None:
    dom = chromium_dom(server.base + "/id/state/Q928", tmp_path / "profile")
    assert "<h1>Philippines</h1>" in dom
    assert re.search(r"<svg[^>]*kg-neighbourhood", dom)
    assert "Enhanced Defense Cooperation Agreement" in dom
