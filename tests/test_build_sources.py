"""kg build over pages, feeds and datasets: only the article's facts, one article per entry,
only new entries next time, and a JSON Lines dataset streamed in bounded memory."""
from __future__ import annotations

import datetime as dt
import fcntl
import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from news_corpus import jsonl_lines
from news_site import NewsSite, page, rss

from kg.api import build, query
from kg.cli import main
from kg.feed_state import feed_iri, last_read, remember
from kg.ingest import url_article_id
from kg.store import open_store

pytestmark = [pytest.mark.model, pytest.mark.server]  # real builds; pages served from 127.0.0.1

ROOT = Path(__file__).resolve().parents[1]
SIGNINGS = (ROOT / "queries" / "signings.rq").read_text(encoding="utf-8")
LABELS = "SELECT DISTINCT ?label WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
ARTICLES = """PREFIX schema: <https://schema.org/>
SELECT ?a ?headline ?date ?url WHERE { ?a a schema:NewsArticle ; schema:datePublished ?date ; schema:url ?url
  OPTIONAL { ?a schema:headline ?headline } } ORDER BY ?date"""

WATER = ["Chile and Peru signed the Andean Water Compact in Lima on Monday, ending a decade of talks.",
         "The compact sets out how the two states will share the water of the border rivers during droughts."]
FISH = ["Kenya and Tanzania signed the Lake Victoria Fisheries Accord in Nairobi on Tuesday.",
        "The accord limits net sizes on the lake and sets up joint patrols, officials in Nairobi said."]
PORT = ["Ghana and Togo signed the Gulf Port Access Agreement in Accra on Friday.",
        "Under the agreement, Togo's navy may use the port of Takoradi for refuelling and repair."]


@pytest.fixture
def site():
    with NewsSite() as s:
        yield s


def labels(store: str) -> set[str]:
    return {row["label"] for row in query(store, LABELS)}


def signings(store: str) -> set[tuple[str, str]]:
    return {(row["agreementLabel"], row["signatoryLabel"]) for row in query(store, SIGNINGS)}


def test_page_with_boilerplate_gives_only_the_articles_facts(site: NewsSite, tmp_path: Path) -> None:
    site.pages["/world/water"] = ("text/html", page("Chile and Peru sign water pact", WATER, "2024-05-08"))
    store = str(tmp_path / "store")
    report = build([site.url("/world/water")], store=store)
    assert report.built == [url_article_id(site.url("/world/water"))] and not report.failed
    assert signings(store) == {("Andean Water Compact", "Chile"), ("Andean Water Compact", "Peru")}
    found = labels(store)
    # the related links, the photo credit and the byline name states, an accord, a summit and people
    for boilerplate in ("Bolivia", "Argentina", "Brazil", "Silala Basin Accord", "Amazon Leaders Summit",
                        "Marta Quispe", "Tomas Herrera", "Meridian Agency", "Quito", "Ecuador"):
        assert boilerplate not in found
    [row] = query(store, ARTICLES)
    assert (row["headline"], row["date"], row["url"]) == ("Chile and Peru sign water pact", "2024-05-08",
                                                           site.url("/world/water"))


def _feed(site: NewsSite, entries: list[tuple[str, str, str]]) -> None:
    site.pages["/feed.xml"] = ("application/rss+xml", rss("Meridian World", [
        {"title": title, "link": site.url(path), "pubDate": when, "description": "Summary."}
        for title, path, when in entries]))


def test_feed_one_article_per_entry_then_only_new_entries(site: NewsSite, tmp_path: Path) -> None:
    site.pages["/world/water"] = ("text/html", page("Chile and Peru sign water pact", WATER, "2024-05-06"))
    site.pages["/world/fish"] = ("text/html", page("Kenya and Tanzania sign fisheries accord", FISH, "2024-05-07"))
    site.pages["/world/port"] = ("text/html", page("Ghana and Togo sign port deal", PORT, "2024-05-10"))
    entries = [("Chile and Peru sign water pact", "/world/water", "Mon, 06 May 2024 09:00:00 GMT"),
               ("Kenya and Tanzania sign fisheries accord", "/world/fish", "Tue, 07 May 2024 11:00:00 GMT")]
    _feed(site, entries)
    store, feed = str(tmp_path / "store"), site.url("/feed.xml")
    report = build([feed], store=store)
    assert len(report.built) == 2 and not report.failed
    rows = query(store, ARTICLES)
    assert [(r["headline"], r["date"], r["url"]) for r in rows] == [
        ("Chile and Peru sign water pact", "2024-05-06", site.url("/world/water")),
        ("Kenya and Tanzania sign fisheries accord", "2024-05-07", site.url("/world/fish"))]
    assert {a for a, _ in signings(store)} == {"Andean Water Compact", "Lake Victoria Fisheries Accord"}
    with open_store(store, read_only=True) as st:
        assert last_read(st, feed) == dt.datetime(2024, 5, 7, 11, tzinfo=dt.UTC)

    # a newer entry: only it is fetched and built, the old entries are not even looked at
    _feed(site, entries + [("Ghana and Togo sign port deal", "/world/port", "Fri, 10 May 2024 08:00:00 GMT")])
    report = build([feed], store=store)
    assert report.built == [url_article_id(site.url("/world/port"))] and report.unchanged == []
    assert site.fetched("/world/water") == 1 and site.fetched("/world/fish") == 1
    assert len(query(store, ARTICLES)) == 3

    # --since on a fresh store: the entries from that day on
    other = str(tmp_path / "since")
    report = build([feed], store=other, since="2024-05-07")
    assert sorted(report.built) == sorted(url_article_id(site.url(p)) for p in ("/world/fish", "/world/port"))


def test_feed_entry_whose_page_fails_is_read_again(site: NewsSite, tmp_path: Path) -> None:
    site.pages["/world/water"] = ("text/html", page("Chile and Peru sign water pact", WATER, "2024-05-06"))
    _feed(site, [("Chile and Peru sign water pact", "/world/water", "Mon, 06 May 2024 09:00:00 GMT"),
                 ("Kenya and Tanzania sign fisheries accord", "/world/fish", "Tue, 07 May 2024 11:00:00 GMT")])
    store = str(tmp_path / "store")
    report = build([site.url("/feed.xml")], store=store)
    assert len(report.built) == 1 and "HTTP 404" in report.failed[0][1]
    site.pages["/world/fish"] = ("text/html", page("Kenya and Tanzania sign fisheries accord", FISH, "2024-05-07"))
    report = build([site.url("/feed.xml")], store=store)
    assert report.built == [url_article_id(site.url("/world/fish"))] and not report.failed


def test_a_feed_url_is_remembered_as_written_whatever_its_characters() -> None:
    url = 'https://news.example/rss?q="x"&path=a\\b'
    when = dt.datetime(2024, 5, 8, 9, 30, tzinfo=dt.UTC)
    with open_store(":memory:") as store:
        remember(store, url, when)
        assert last_read(store, url) == when
        rows = store.query(f"SELECT ?u WHERE {{ GRAPH <{feed_iri(url)}> {{ ?f <https://schema.org/url> ?u }} }}")
        assert [r["u"].value for r in rows] == [url]


def test_text_opening_with_its_lede_reads_it_as_body_text(tmp_path: Path) -> None:
    """A headline's first sentence is read warily (Title Case, no unnamed agreements); a lede is not."""
    path = tmp_path / "lede.txt"
    path.write_text("Chile and Peru signed a water-sharing memorandum in Lima on Monday, ending a decade of talks "
                    "over the border rivers.\nThe two states will share the water of the rivers during droughts, "
                    "officials said.\n", encoding="utf-8")
    store = str(tmp_path / "store")
    build([path], store=store, published="2024-05-08")
    # an unnamed agreement: its label's letter case is the extractor's business
    assert {(a.lower(), s) for a, s in signings(store)} == {("water-sharing memorandum", "Chile"),
                                                            ("water-sharing memorandum", "Peru")}
    headlines = query(store, "SELECT ?h WHERE { ?a a <https://schema.org/NewsArticle> "
                             "OPTIONAL { ?a <https://schema.org/headline> ?h } }")
    assert headlines == [{}]  # no headline: the lede is not one


def test_cli_builds_urls_and_refuses_what_is_neither_file_nor_url(site: NewsSite, tmp_path: Path) -> None:
    site.pages["/world/water"] = ("text/html", page("Chile and Peru sign water pact", WATER, "2024-05-08"))
    store = str(tmp_path / "store")
    result = CliRunner().invoke(main, ["build", site.url("/world/water"), "--store", store])
    assert result.exit_code == 0, result.output
    assert "1 built, 0 unchanged, 0 failed" in result.output
    result = CliRunner().invoke(main, ["build", str(tmp_path / "missing.txt"), "--store", store])
    assert result.exit_code == 2 and "neither an existing file or folder nor an http(s) URL" in result.output
    result = CliRunner().invoke(main, ["build", site.url("/world/water"), "--store", store, "--since", "May"])
    assert result.exit_code == 2 and "--since must be YYYY-MM-DD" in result.output


@pytest.mark.slow
def test_jsonl_of_1000_articles_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    """The dataset comes through a pipe whose writer can run only a little ahead of the build: if
    the build read everything before writing, the writer would finish before the first graph."""
    lines = jsonl_lines(1000)
    fifo = tmp_path / "news.jsonl"
    os.mkfifo(fifo)
    written = [0]

    def writer() -> None:
        with open(fifo, "w", encoding="utf-8") as f:
            fcntl.fcntl(f, 1031, 4096)  # F_SETPIPE_SZ: a one-page pipe buffer
            for line in lines:
                f.write(line)
                f.flush()
                written[0] += 1

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    leads: list[int] = []
    report = build([fifo], store=str(tmp_path / "store"), on_article=lambda _: leads.append(written[0] - len(leads)))
    thread.join(timeout=10)
    assert len(report.built) == 1000 and not report.failed
    # read ahead of the build: a batch of 16, the reader's buffer and the pipe's, never the dataset
    assert max(leads) < 150, max(leads)
    with open_store(str(tmp_path / "store"), read_only=True) as st:
        assert sum(1 for _ in st.named_graphs()) == 1000
