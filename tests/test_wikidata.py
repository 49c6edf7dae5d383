"""kg.link.wikidata, kg.link.online and kg.link.refresh against a stand-in Wikidata on 127.0.0.1.

The stand-in is a real HTTP server (http.server in a thread) answering with the recorded-style
replies in tests/data/wikidata/; it logs every request (time, path, parameters, headers) and can
be told to fail the next requests with a status and headers.
"""
from __future__ import annotations

import datetime as dt
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner

from kg import __version__
from kg.cli import main
from kg.link.gazetteer import load_gazetteer
from kg.link.linker import Linker
from kg.link.online import OnlineLinker
from kg.link.refresh import FILENAME
from kg.link.wikidata import WikidataClient, WikidataError

DATA = Path(__file__).parent / "data" / "wikidata"
REPO_GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "gazetteer"


class StandIn(ThreadingHTTPServer):
    """Wikidata's API (/w/api.php) and Query Service (/sparql), from the fixture files."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.log: list[dict] = []
        self.failures: list[tuple[int, dict[str, str], bytes]] = []
        self.entities = json.loads((DATA / "entities.json").read_text(encoding="utf-8"))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def reply(self, path: str, params: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        if self.failures:
            return self.failures.pop(0)
        if path == "/sparql":
            return 200, {"Content-Type": "application/sparql-results+json"}, (DATA / "sparql-states.json").read_bytes()
        action = params.get("action")
        if action == "wbsearchentities":
            f = DATA / f"search-{params['search'].casefold()}.json"
            body = f.read_bytes() if f.exists() else json.dumps(
                {"searchinfo": {"search": params["search"]}, "search": [], "success": 1}).encode()
            return 200, {"Content-Type": "application/json"}, body
        if action == "wbgetentities":
            ents = {q: self.entities.get(q, {"id": q, "missing": ""}) for q in params["ids"].split("|")}
            return 200, {"Content-Type": "application/json"}, json.dumps({"entities": ents, "success": 1}).encode()
        return 404, {}, b"{}"


class _Handler(BaseHTTPRequestHandler):
    server: StandIn

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.server.log.append({"time": time.monotonic(), "path": url.path, "params": params,
                                "headers": dict(self.headers)})
        status, headers, body = self.server.reply(url.path, params)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # keep pytest's output clean
        pass


@pytest.fixture()
def wikidata():
    server = StandIn()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def make_client(server: StandIn, tmp_path: Path, **options) -> WikidataClient:
    options = {"min_interval": 0.0, "backoff": 0.01, "timeout": 5.0, **options}
    return WikidataClient(f"{server.url}/w/api.php", f"{server.url}/sparql", cache_dir=tmp_path / "cache", **options)


@pytest.mark.server
def test_user_agent_and_api_parameters(wikidata, tmp_path):
    hits = make_client(wikidata, tmp_path).search("Georgia")
    assert [h["id"] for h in hits] == ["Q230", "Q1428"]
    (request,) = wikidata.log
    agent = request["headers"]["User-Agent"]
    # Wikimedia's policy: <client>/<version> (<contact>) <library>/<version>
    assert agent.startswith(f"kg/{__version__} (") and ") python-requests/" in agent
    assert request["params"]["maxlag"] == "5" and request["params"]["format"] == "json"
    assert request["params"]["action"] == "wbsearchentities" and request["params"]["language"] == "en"


@pytest.mark.server
def test_entities_reads_labels_aliases_and_classes(wikidata, tmp_path):
    from kg.link.wikidata import item_values, label_of

    ents = make_client(wikidata, tmp_path).entities(["Q419", "Q230", "Q999999999999"])
    assert sorted(ents) == ["Q230", "Q419"]  # a missing item is left out
    assert label_of(ents["Q419"]) == "Peru" and item_values(ents["Q419"], "P31") == ["Q3624078", "Q6256"]
    assert wikidata.log[0]["params"]["ids"] == "Q230|Q419|Q999999999999"
    assert wikidata.log[0]["params"]["props"] == "labels|aliases|claims"


@pytest.mark.server
def test_rate_limit_spaces_requests(wikidata, tmp_path):
    client = make_client(wikidata, tmp_path, min_interval=0.3)
    client.search("Georgia")
    client.search("Peru")
    first, second = wikidata.log
    assert second["time"] - first["time"] >= 0.29


@pytest.mark.server
def test_retries_on_503_then_succeeds(wikidata, tmp_path):
    wikidata.failures = [(503, {}, b"busy"), (503, {}, b"busy")]
    hits = make_client(wikidata, tmp_path, retries=3).search("Peru")
    assert [h["id"] for h in hits] == ["Q419"]
    assert len(wikidata.log) == 3


@pytest.mark.server
def test_retry_after_is_honoured(wikidata, tmp_path):
    wikidata.failures = [(429, {"Retry-After": "1"}, b"slow down")]
    make_client(wikidata, tmp_path).search("Peru")
    first, second = wikidata.log
    assert second["time"] - first["time"] >= 0.95  # backoff alone would be 0.01 s


@pytest.mark.server
def test_maxlag_reply_is_retried(wikidata, tmp_path):
    lagged = json.dumps({"error": {"code": "maxlag", "info": "Waiting for a database server: 7 seconds lagged."}})
    wikidata.failures = [(200, {"Retry-After": "0", "Content-Type": "application/json"}, lagged.encode())]
    assert make_client(wikidata, tmp_path).search("Peru")[0]["id"] == "Q419"
    assert len(wikidata.log) == 2


@pytest.mark.server
def test_gives_up_after_retries(wikidata, tmp_path):
    wikidata.failures = [(503, {}, b"busy")] * 3
    with pytest.raises(WikidataError, match="3 attempts"):
        make_client(wikidata, tmp_path, retries=2).search("Peru")


@pytest.mark.server
def test_cache_means_no_second_request(wikidata, tmp_path):
    make_client(wikidata, tmp_path).search("Peru")
    again = make_client(wikidata, tmp_path)  # a new run, same cache folder
    assert again.search("Peru")[0]["id"] == "Q419"
    assert again.sparql("SELECT * {}") and len(wikidata.log) == 2  # search once, SPARQL once
    again.sparql("SELECT * {}")
    assert len(wikidata.log) == 2
    assert len(list((tmp_path / "cache" / "wikidata").glob("*.json"))) == 2


# -- online linking -------------------------------------------------------------------------------
@pytest.fixture()
def small_gazetteer(tmp_path: Path) -> Path:
    """The repo snapshot's lines for Chile and Santiago only: Peru and Georgia are unknown."""
    keep = {"Q298", "Q2887"}
    lines = [line for line in (REPO_GAZETTEER / "core.jsonl").read_text(encoding="utf-8").splitlines()
             if json.loads(line)["qid"] in keep]
    folder = tmp_path / "gazetteer"
    folder.mkdir()
    (folder / "core.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.server
def test_online_linker_filters_by_type(wikidata, tmp_path, small_gazetteer):
    offline = Linker(load_gazetteer(small_gazetteer))
    linker = OnlineLinker(offline, make_client(wikidata, tmp_path))
    assert offline.link("Georgia", "State") is None
    link = linker.link("Georgia", "State")
    assert (link.qid, link.label, link.kind) == ("Q230", "Georgia", "online")  # not the US state Q1428
    assert link.confidence >= linker.threshold
    assert linker.link("Georgia", "Person") is None  # neither hit is a human
    assert linker.link("Chile", "State").kind == "name"  # the snapshot first: no request
    assert all(r["params"].get("search") != "Chile" for r in wikidata.log)
    assert linker.link("Atlantis", "State") is None  # no hits


def test_class_walk_reaches_listed_superclass():
    """An item's own class may be below a listed one: P279 steps are followed (and cost a little)."""
    from kg.link.online import CLASSES, STEP_WEIGHT

    class Client:  # in-process double: unlisted class -> P279 -> a listed class
        def entities(self, qids):
            return {q: {"claims": {"P279": [{"rank": "normal", "mainsnak": {"datavalue": {"value": {"id": "Q3624078"}}}}]}}
                    for q in qids}

    linker = OnlineLinker(None, Client())
    assert linker.class_fit(["Q3624078"], "State") == CLASSES["State"]["Q3624078"]
    assert linker.class_fit(["Qunlisted"], "State") == pytest.approx(STEP_WEIGHT)
    assert linker.class_fit(["Qunlisted"], "Person") == 0.0


@pytest.mark.model
@pytest.mark.server
def test_pipeline_links_online_what_the_snapshot_lacks(wikidata, tmp_path, small_gazetteer):
    from kg.model import Article
    from kg.pipeline import Pipeline

    text = ("Chile and Peru sign water pact\n"
            "Chile and Peru signed the Andean Water Compact in Santiago on 6 May 2024.")
    article = Article(id="pact", text=text, title=text.split("\n")[0], published=dt.date(2024, 5, 8))
    offline = Pipeline(gazetteer_path=str(small_gazetteer)).document(article)
    assert {e.label: e.qid for e in offline.entities.values()}.get("Peru", "absent") is None
    doc = Pipeline(gazetteer_path=str(small_gazetteer), online=True,
                   client=make_client(wikidata, tmp_path)).document(article)
    linked = {e.label: e.qid for e in doc.entities.values()}
    assert linked["Peru"] == "Q419" and linked["Chile"] == "Q298"


def test_online_is_off_by_default():
    from kg.link.linker import Linker as Offline
    from kg.settings import Settings

    assert Settings.from_mapping(environ={}).online is False
    from kg.pipeline import Pipeline

    assert isinstance(Pipeline().linker, Offline)


# -- gazetteer refresh ----------------------------------------------------------------------------
@pytest.mark.server
def test_gazetteer_refresh_writes_its_own_file(wikidata, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "snapshot"
    result = CliRunner().invoke(main, ["gazetteer", "refresh", "--endpoint", f"{wikidata.url}/sparql", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 states" in result.output
    (request,) = wikidata.log
    assert request["path"] == "/sparql" and "wd:Q3624078" in request["params"]["query"]
    rows = [json.loads(line) for line in (out / FILENAME).read_text(encoding="utf-8").splitlines()]
    assert [(r["qid"], r["type"]) for r in rows] == [("Q298", "State"), ("Q419", "State"),
                                                      ("Q2868", "Place"), ("Q2887", "Place")]
    peru = rows[1]
    assert peru["extra"] == {"iso2": "PE", "iso3": "PER", "capital": "Q2868"}
    assert "Peruvian" in peru["demonyms"] and "Republic of Peru" in peru["aliases"]
    assert rows[2]["extra"] == {"capital_of": "Q419"} and rows[2]["label"] == "Lima"
    gz = load_gazetteer(out)  # the snapshot's format: the loader reads it
    assert [e.qid for e, _ in gz.lookup("Peruvian")] == ["Q419"]
