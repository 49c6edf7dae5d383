"""The analyst's pages in a real browser: Debian's headless Chromium on 127.0.0.1, driven by
playwright-core from npm (``tests/browser/workbench.mjs``), over a store built from the dev corpus.

One browser session visits every page and reports what it saw; the tests judge the report:
search suggests "State Duma" and "RELOS"; RELOS's timeline shows its ratification; the map has a
marker for New Delhi; an article marks the evidence of each of its facts; a share link restores
an edited query; axe-core finds no serious or critical violation on the home, entity, article,
timeline and map pages.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from kg.settings import Settings
from kg.store import open_store
from kg.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV, SEED = SHARED / "corpus" / "dev", SHARED / "seed"
CHROMIUM = Path("/usr/bin/chromium")
DRIVER = ROOT / "tests" / "browser" / "workbench.mjs"
NODE = shutil.which("node")

pytestmark = [
    pytest.mark.model, pytest.mark.server, pytest.mark.slow,
    pytest.mark.skipif(not (DEV.is_dir() and SEED.is_dir()), reason="../shared/corpus/dev and ../shared/seed are absent"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium; CI installs it)"),
    pytest.mark.skipif(NODE is None, reason="node is absent (the browser is driven by playwright-core from npm)"),
    pytest.mark.skipif(not (ROOT / "node_modules" / "playwright-core").is_dir(),
                       reason="playwright-core not installed: run python scripts/build_web_assets.py (npm ci)"),
    pytest.mark.skipif(not (ROOT / "src" / "kg" / "web" / "static" / "vendor" / "VERSION.json").is_file(),
                       reason="the pages' libraries are not vendored: run python scripts/build_web_assets.py"),
]
SERIOUS = {"serious", "critical"}


def browse(base: str, screenshots: Path | None = None) -> dict:
    """Run the driver against ``base``; its JSON report."""
    cmd = [str(NODE), str(DRIVER), base] + ([str(screenshots)] if screenshots else [])
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert "failure" not in report, report["failure"]
    return report


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    from werkzeug.serving import make_server

    from kg.api import build

    location = tmp_path_factory.mktemp("browser") / "store"
    assert not build(sorted(DEV.glob("*.txt")) + sorted(SEED.glob("*.txt")), store=str(location)).failed
    app = create_app(Settings(query_slots=2), store=open_store(location, read_only=True))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield browse(f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()


def test_no_script_errors(report) -> None:
    # The error page's 400 is the point of that visit; every other page runs cleanly.
    assert {page: errors for page, errors in report["errors"].items() if errors and page != "error"} == {}


def test_search_suggests_duma_and_relos(report) -> None:
    assert report["home"]["duma"][0] == "State Duma"
    assert report["home"]["relos"][0] == "RELOS"


def test_query_page_runs_the_first_question_with_labels_first(report) -> None:
    home = report["home"]
    assert home["rows"] > 0
    assert home["picker"].endswith("?")  # a question in plain words, not a file name
    # a label, linked to kg's own page in one click
    assert not home["firstCell"]["text"].startswith("http") and "/id/" in home["firstCell"]["href"]
    assert home["firstCell"]["href"].startswith("http://127.0.0.1:")


def test_share_link_round_trips_an_edited_query(report) -> None:
    share = report["share"]
    assert "# edited in the browser" in share["edited"] and "?date_edited" in share["edited"]
    assert share["restored"] == share["edited"]
    assert share["tab"] == "Shared query" and "view=timeline" in share["link"]


def test_query_errors_read_as_one_message(report) -> None:
    message = report["queryError"]
    assert message.startswith("The query has an error: error at 1:25")
    assert "{" not in message.split(":", 1)[1]  # not the raw JSON


def test_timeline_of_relos_shows_its_ratification(report) -> None:
    assert any(item.startswith("Russia ratified RELOS") for item in report["timeline"]["items"])
    assert report["timelineAll"]["items"] > 10  # drawn: those in the window it opens on (the last two years)


def test_map_has_a_marker_for_new_delhi(report) -> None:
    delhi = [m for m in report["map"]["markers"] if m.startswith("New Delhi:")]
    assert delhi, report["map"]["markers"][:10]
    assert "Vladimir Putin is to visit New Delhi" in report["map"]["popup"]


def test_article_marks_the_evidence_of_each_fact(report) -> None:
    article = report["article"]
    marks = {m["id"] for m in article["marks"] if m["id"]}
    assert len(article["facts"]) >= 10
    for fact in article["facts"]:
        assert fact["evidence"] and set(fact["evidence"]) <= marks, fact
    numbers = {n for m in article["marks"] for n in m["facts"].split()}
    assert numbers == {f["id"].removeprefix("fact-") for f in article["facts"]}
    assert article["styled"] not in ("rgba(0, 0, 0, 0)", "transparent")  # the marks are visible


def test_graph_expands_a_node(report) -> None:
    assert {"RELOS", "Russia", "India"} <= set(report["entity"]["graphNodes"])
    assert report["graph"]["after"] > report["graph"]["before"]


@pytest.mark.parametrize("page", ["home", "entity", "article", "timeline", "map"])
def test_axe_finds_no_serious_violation(report, page) -> None:
    serious = [v for v in report[page]["axe"] if v["impact"] in SERIOUS]
    assert serious == [], json.dumps(serious, indent=1)
