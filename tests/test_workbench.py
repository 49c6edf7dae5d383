"""The analyst's pages over HTTP, on a store built from the dev corpus, read as a client without
JavaScript reads them: search, browse, timeline, map, graph, an article's text and a fact's title.

What each page shows is checked against the store itself, asked with plain SPARQL.
"""
from __future__ import annotations

import http.client
import json
import re
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import pytest

from kg.settings import Settings
from kg.store import open_store
from kg.web.app import create_app
from kg.web.facts import Fact, Ref, format_range, names, title

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV, SEED = SHARED / "corpus" / "dev", SHARED / "seed"
ID = "https://w3id.org/kg-news/id/"
PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
needs_corpus = pytest.mark.skipif(not (DEV.is_dir() and SEED.is_dir()),
                                  reason="../shared/corpus/dev and ../shared/seed are absent")


# -- saying a fact (no store) -------------------------------------------------------------------

def test_titles_say_what_facts_say() -> None:
    russia, relos, duma = Ref("r", "Russia"), Ref("a", "RELOS"), Ref("d", "State Duma")
    ratified = Fact("f", "Ratification", "asserted", {"state": [russia], "agreement": [relos], "body": [duma]},
                    {"date": ["2025-12-02"]})
    assert title(ratified) == "Russia ratified RELOS through State Duma, 2 December 2025"
    ratified.modality = "negated"
    assert title(ratified).startswith("Russia did not ratify RELOS")
    summit = Fact("s", "SummitMeeting", "planned", {"summit": [Ref("x", "SCO summit")], "location": [Ref("t", "Tianjin")],
                                                    "participant": [Ref(str(i), f"S{i}") for i in range(6)]},
                  {"startDate": ["2025-08-31"], "endDate": ["2025-09-01"]})
    assert title(summit) == "SCO summit is to meet in Tianjin, 31 August – 1 September 2025, with S0, S1, S2 and 3 others"
    unsigned = Fact("g", "Signing", "asserted", {"agreement": [relos]})
    assert title(unsigned) == "RELOS was signed"


def test_dates_and_lists_read_as_english() -> None:
    assert format_range("2024-07-08", "2024-07-09") == "8–9 July 2024"
    assert format_range("2024-12-31", "2025-01-02") == "31 December 2024 – 2 January 2025"
    assert format_range("", "") == ""
    assert names([Ref("a", "A"), Ref("b", "B")]) == "A and B"


# -- the pages over HTTP ------------------------------------------------------------------------



@pytest.fixture(scope="module")
def dev_store(tmp_path_factory):
    from kg.api import build

    location = tmp_path_factory.mktemp("workbench") / "store"
    report = build(sorted(DEV.glob("*.txt")) + sorted(SEED.glob("*.txt")), store=str(location))
    assert not report.failed
    return location


@pytest.fixture(scope="module")
def store(dev_store):
    return open_store(dev_store, read_only=True)


class Live:
    """The app on an ephemeral port of 127.0.0.1 (werkzeug, threaded), asked over real HTTP."""

    def __init__(self, app) -> None:
        from werkzeug.serving import make_server

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.port = self.server.server_port
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def get(self, path: str, accept: str = "text/html", method: str = "GET", body: str | None = None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Accept": accept}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        connection.close()
        return response.status, response.getheader("Content-Type", ""), data

    def json(self, path: str):
        status, _, data = self.get(path, "application/json")
        assert status == 200, data[:500]
        return json.loads(data)

    def html(self, path: str) -> str:
        status, media, data = self.get(path)
        assert status == 200 and media.startswith("text/html"), (status, data[:500])
        return data.decode("utf-8")

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture(scope="module")
def live(dev_store):
    server = Live(create_app(Settings(query_slots=2), store=open_store(dev_store, read_only=True)))
    yield server
    server.close()


def select(store, query: str) -> list[dict]:
    return [{k: (row[k].value if row[k] is not None else None) for k in (v.value for v in rows_vars)}
            for rows in [store.query(PREFIXES + query)] for rows_vars in [rows.variables] for row in rows]


@pytest.mark.model
@pytest.mark.server
@needs_corpus
@pytest.mark.parametrize("typed, expected", [("Duma", "State Duma"), ("RELOS", "RELOS"), ("relo", "RELOS"),
                                             ("Reciprocal Exchange", "RELOS")])
def test_search_finds_by_name_acronym_and_alias(live, typed, expected) -> None:
    results = live.json("/search?" + urlencode({"q": typed}))["results"]
    assert expected in [r["label"] for r in results][:3]
    hit = next(r for r in results if r["label"] == expected)
    assert hit["href"].startswith("/id/")
    assert live.get(hit["href"])[0] == 200
    page = live.html("/search?" + urlencode({"q": typed}))  # without JavaScript: the same hits as links
    assert f'<a href="{hit["href"]}">{expected}</a>' in page


@pytest.mark.model
@pytest.mark.server
@needs_corpus
def test_search_box_on_every_page(live) -> None:
    for path in ("/", "/browse", "/timeline", "/map", "/articles", "/id/agreement/relos", "/id/article/relos-ratification"):
        page = live.html(path)
        assert 'id="kg-search-input"' in page and 'action="/search"' in page, path


@pytest.mark.model
@pytest.mark.server
@needs_corpus
def test_browse_counts_match_the_store(live, store) -> None:
    types = {t["slug"]: t["entities"] for t in live.json("/browse")["types"]}
    states = select(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:State }")[0]["n"]
    assert types["states"] == int(states)
    rows = live.json("/browse/agreements?sort=facts")["entities"]
    relos = next(r for r in rows if r["iri"] == ID + "agreement/relos")
    facts = select(store, f"SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ ?f ?r <{ID}agreement/relos> ; kg:modality ?m }}")[0]["n"]
    assert relos["facts"] == int(facts) and relos["articles"] >= 1
    assert [r["facts"] for r in rows] == sorted((r["facts"] for r in rows), reverse=True)
    by_label = live.json("/browse/agreements?sort=label&order=asc")["entities"]
    assert [r["label"].lower() for r in by_label] == sorted(r["label"].lower() for r in by_label)
    page = live.html("/browse/agreements?sort=articles")
    assert 'aria-sort="descending"' in page and "RELOS" in page
    assert live.get("/browse/unicorns")[0] == 400


@pytest.mark.model
@pytest.mark.server
@needs_corpus
def test_timeline_of_relos_shows_its_ratification(live) -> None:
    data = live.json("/timeline?id=agreement/relos")
    ratifications = [e for e in data["events"] if e["kind"] == "Ratification"]
    assert ratifications and ratifications[0]["title"].startswith("Russia ratified RELOS")
    # the article gives no date for it: it stands at its report's date, and says so
    assert ratifications[0]["start"] == "2025-12-02" and ratifications[0]["dated_by"] == "article"
    page = live.html("/timeline?id=agreement/relos")
    assert "Russia ratified RELOS through State Duma" in page and "reported" in page
    everything = live.json("/timeline")
    assert len(everything["events"]) > 100
    assert [e["start"] for e in everything["events"]] == sorted(e["start"] for e in everything["events"])
    assert {e["modality"] for e in everything["events"]} >= {"asserted", "planned"}


@pytest.mark.model
@pytest.mark.server
@needs_corpus
def test_map_has_a_marker_for_new_delhi(live) -> None:
    data = live.json("/map")
    delhi = next(m for m in data["markers"] if m["label"] == "New Delhi")
    assert (delhi["lat"], delhi["lon"]) == (28.6, 77.2) and delhi["qid"] == "Q987"
    assert any("New Delhi" in e["title"] for e in delhi["events"])
    assert "New Delhi" in live.html("/map")  # readable without JavaScript
    # nothing fetched from elsewhere: the outlines are this server's own file
    status, _media, body = live.get(data["outlines"], "application/json")
    assert status == 200 and json.loads(body)["type"] == "Topology"
    located = live.json("/places?" + urlencode({"iri": ID + "place/Q987"}))["places"]
    assert located[ID + "place/Q987"]["name"] == "New Delhi"


class _Marks(HTMLParser):
    """The text inside <mark> elements of an article's body, and the fact list's anchors."""

    def __init__(self) -> None:
        super().__init__()
        self.depth, self.marked, self.anchors, self.fact_items = 0, [], set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark":
            self.depth += 1
            self.marked.append("")
            if attrs.get("id"):
                self.anchors.add(attrs["id"])
        if tag == "li" and (attrs.get("id") or "").startswith("fact-"):
            self.fact_items.append(attrs["id"])

    def handle_endtag(self, tag):
        if tag == "mark":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.marked[-1] += data


@pytest.mark.model
@pytest.mark.server
@needs_corpus
def test_article_page_marks_the_evidence_of_each_of_its_facts(live, store) -> None:
    article = ID + "article/relos-ratification"
    rows = select(store, f"""SELECT DISTINCT ?fact ?s ?e ?sentence WHERE {{ ?fact kg:evidence ?ev .
        ?ev prov:wasQuotedFrom <{article}> ; kg:startOffset ?s ; kg:endOffset ?e ; kg:sentence ?sentence }}""")
    assert len({r["fact"] for r in rows}) >= 10
    page = live.html("/id/article/relos-ratification")
    marks = _Marks()
    marks.feed(page)
    text = "".join(marks.marked)
    for row in rows:
        assert row["sentence"] in text or all(part in text for part in row["sentence"].split("\n")), row["sentence"]
        assert f"ev-{row['s']}" in marks.anchors
    assert len(marks.fact_items) == len({r["fact"] for r in rows})
    # every fact links to its page, titled by what it says
    fact = next(r["fact"] for r in rows if "/ratification/" in r["fact"])
    assert f'href="/id/{fact[len(ID):]}"' in page
    fact_page = live.html("/id/" + fact[len(ID):])
    assert re.search(r"<h1>Russia ratified RELOS through State Duma</h1>", fact_page)
    assert "<title>Russia ratified RELOS through State Duma · kg</title>" in fact_page
    # the RDF twins are still the resource's
    status, media, body = live.get("/id/article/relos-ratification", "text/turtle")
    assert status == 200 and media.startswith("text/turtle") and b"articleBody" in body
    assert live.get("/id/article/no-such-article")[0] == 404


@pytest.mark.model
@pytest.mark.server
@needs_corpus
def test_graph_neighbourhood_and_entity_views(live) -> None:
    data = live.json("/graph?id=agreement/relos")
    labels = {n["label"] for n in data["nodes"]}
    assert {"RELOS", "Russia", "India", "State Duma"} <= labels
    assert all(e["source"] == data["centre"] for e in data["edges"])
    page = live.html("/id/agreement/relos")
    for view in ("/timeline?id=agreement/relos", "/map?id=agreement/relos", "/graph?id=agreement/relos"):
        assert f'href="{view}"' in page
    assert live.get("/graph")[0] == 400
    assert live.get("/timeline?id=" + "no%20such")[0] == 400


@pytest.mark.model
@pytest.mark.server
@needs_corpus
def test_pages_carry_no_inline_script_or_style(live) -> None:
    """So they work under a Content-Security-Policy without 'unsafe-inline'."""
    for path in ("/", "/search?q=Duma", "/browse", "/browse/states", "/timeline", "/map", "/graph?id=state/Q668",
                 "/id/agreement/relos", "/id/article/relos-ratification"):
        page = live.html(path)
        for script in re.findall(r"<script\b[^>]*>", page):
            assert "src=" in script or 'type="application/json"' in script, (path, script)
        # (the entity page's inlined neighbourhood SVG keeps its own <style>, as its image/svg+xml twin needs it)
        outside_svg = re.sub(r"<svg\b.*?</svg>", "", page, flags=re.DOTALL)
        assert " style=" not in outside_svg and "<style" not in outside_svg, path
