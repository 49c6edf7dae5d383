"""kg.ingest beyond text files: ledes, HTML pages, feeds, JSON Lines, URLs (served from 127.0.0.1)."""
from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest
from news_site import NewsSite, page, rss

from kg.errors import ArticleError
from kg.ingest import FeedRead, iter_articles, read_article, read_inputs, url_article_id
from kg.ingest.feeds import looks_like_feed
from kg.layout import is_lede
from kg.model import Article

UTC = dt.UTC
PARAS = [
    "Chile and Peru signed the Andean Water Compact in Lima on Monday, ending a decade of talks.",
    "The compact sets out how the two states will share the water of the border rivers during droughts.",
    "Peru's Congress is expected to ratify the agreement before the end of the year, officials said.",
]
BOILERPLATE = ["Home", "Share on Facebook", "Photo:", "Marta Quispe", "Related stories", "Silala", "All rights reserved"]


# -- ledes ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Chile and Peru Sign Andean Water Compact",
    "Chile and Peru sign water pact after a decade of talks over border rivers",
    "Peru ratifies water pact.",
    "Explainer: How the two states shared their rivers, and what the compact means for farmers",
    "Joint Statement on the Signing of the Andean Water Compact by the Republic of Chile and the Republic of Peru.",
    "A year on, the compact that was meant to settle a decade of disputes…",
])
def test_headlines_are_not_ledes(line: str) -> None:
    assert not is_lede(line)


@pytest.mark.parametrize("line", [
    "Chile and Peru signed the Andean Water Compact in Lima on Monday, ending a decade of talks over rivers.",
    "LIMA, May 8 (Meridian) - The foreign ministers of Chile and Peru will meet in Lima next week to sign a pact.",
    '"This compact is a model for the region," the Chilean foreign minister told reporters in Lima on Monday.',
    "Peru's parliament has approved a water-sharing agreement with Chile that farmers had sought for years.",
])
def test_ledes(line: str) -> None:
    assert is_lede(line)


def test_text_file_opening_with_its_lede_has_no_headline(tmp_path: Path) -> None:
    lede = "Chile and Peru signed the Andean Water Compact in Lima on Monday, ending a decade of talks.\n"
    path = tmp_path / "lede.txt"
    path.write_text(lede + "Peru's Congress will vote on it in June.\n", encoding="utf-8")
    article = read_article(path)
    assert article.lede_first and article.title == ""
    (tmp_path / "lede.json").write_text(json.dumps({"title": "Water pact signed"}), encoding="utf-8")
    article = read_article(path)
    assert article.lede_first and article.title == "Water pact signed"
    path.write_text("Chile and Peru sign water pact\n" + lede, encoding="utf-8")
    (tmp_path / "lede.json").unlink()
    article = read_article(path)
    assert not article.lede_first and article.title == "Chile and Peru sign water pact"


# -- HTML -----------------------------------------------------------------------------------------
def test_html_file_main_text_and_metadata_without_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "Water Pact.html"
    path.write_bytes(page("Chile and Peru sign water pact", PARAS, "2024-05-08"))
    article = read_article_any(path)
    assert article.id == "water-pact"
    assert article.title == "Chile and Peru sign water pact"
    assert article.text.split("\n") == ["Chile and Peru sign water pact", *PARAS, ""]
    assert article.published == dt.date(2024, 5, 8) and article.source == "The Meridian Ledger"
    for words in BOILERPLATE:
        assert words not in article.text


def test_html_sidecar_overrides_page_metadata(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_bytes(page("Chile and Peru sign water pact", PARAS, "2024-05-08"))
    (tmp_path / "p.json").write_text(json.dumps({"published": "2024-05-09", "url": "https://ledger.example/p"}))
    article = read_article_any(path)
    assert article.published == dt.date(2024, 5, 9) and article.url == "https://ledger.example/p"


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    [error] = list(iter_articles([path]))
    assert isinstance(error, ArticleError) and "no article text" in error.message


def read_article_any(path: Path) -> Article:
    [article] = list(iter_articles([path]))
    assert isinstance(article, Article), article
    return article


# -- JSON Lines -----------------------------------------------------------------------------------
def test_jsonl_one_article_per_line_with_its_fields(tmp_path: Path) -> None:
    rows = [
        {"text": "Chile and Peru signed the Andean Water Compact on Monday.", "title": "Water pact signed",
         "published": "2024-05-08T10:00:00Z", "url": "https://ledger.example/a?utm_source=x", "extra": [1, 2]},
        {"text": "Kenya ratifies maritime accord\nKenya ratified the accord on Tuesday.", "id": "Kenya Accord"},
        {"title": "no text"},
        "not an object",
        {"text": "Ghana and Togo signed a border pact in Lome on Friday, officials in Accra said late on Friday.",
         "published": "2024-05-10"},
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n{broken\n", encoding="utf-8")
    items = list(iter_articles([path]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "ArticleError", "ArticleError", "Article",
                                                  "ArticleError"]
    first, second, _, _, fifth, broken = items
    assert first.id == url_article_id("https://ledger.example/a") and first.title == "Water pact signed"
    assert first.text.startswith("Water pact signed\nChile and Peru") and first.published == dt.date(2024, 5, 8)
    assert second.id == "kenya-accord" and second.title == "Kenya ratifies maritime accord" and not second.lede_first
    assert fifth.id == "news-5" and fifth.lede_first and fifth.title == ""
    assert "news.jsonl:3" in items[2].message and "news.jsonl:7" in broken.message


def test_jsonl_gzipped_and_read_lazily(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(5):
            f.write(json.dumps({"text": f"Item {i}\nBody {i}.", "id": f"n{i}"}) + "\n")
    stream = iter_articles([path])
    assert next(stream).id == "n0"  # a generator: nothing past what was asked for has been built
    assert [a.id for a in stream] == ["n1", "n2", "n3", "n4"]


# -- feeds ----------------------------------------------------------------------------------------
ENTRIES = [
    {"title": "Chile and Peru sign water pact", "link": "urn:meridian:a", "pubDate": "Mon, 06 May 2024 09:00:00 GMT",
     "description": "<p>Chile and Peru signed the Andean Water Compact in Lima on Monday.</p>"},
    {"title": "Kenya ratifies maritime accord", "link": "urn:meridian:b", "pubDate": "Tue, 07 May 2024 09:00:00 GMT",
     "description": "<p>Short summary.</p>",
     "content": "<p>Kenya ratified the Indian Ocean Maritime Accord on Tuesday.</p><p>Tanzania did so in March.</p>"},
    {"title": "Undated entry", "description": "Ghana and Togo met in Lome."},
]


def test_feed_file_one_article_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_bytes(rss("Meridian World", ENTRIES))
    items = list(read_inputs([path]))
    a, b, c, done = items
    assert isinstance(done, FeedRead) and done.url == path.resolve().as_uri()
    assert a.title == "Chile and Peru sign water pact" and a.published == dt.date(2024, 5, 6)
    assert a.text == "Chile and Peru sign water pact\nChile and Peru signed the Andean Water Compact in Lima on Monday.\n"
    # a urn: link names the entry (its id) but is no http(s) URL: the article has none
    assert a.url is None and a.source == "Meridian World" and a.id == url_article_id("urn:meridian:a")
    assert b.text.split("\n")[1:3] == ["Kenya ratified the Indian Ocean Maritime Accord on Tuesday.", "Tanzania did so in March."]
    assert c.published is None and c.id.startswith("undated-entry-")
    assert done.newest() == dt.datetime(2024, 5, 7, 9, tzinfo=UTC)


def test_feed_since_and_after(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_bytes(rss("Meridian World", ENTRIES))
    since = [i.title for i in read_inputs([path], since=dt.datetime(2024, 5, 7, tzinfo=UTC)) if isinstance(i, Article)]
    assert since == ["Kenya ratifies maritime accord", "Undated entry"]
    after = [i.title for i in read_inputs([path], remembered=lambda feed: dt.datetime(2024, 5, 7, 9, tzinfo=UTC))
             if isinstance(i, Article)]
    assert after == ["Undated entry"]


def test_feed_read_newest_stops_before_a_failed_entry() -> None:
    t = [dt.datetime(2024, 5, d, tzinfo=UTC) for d in (1, 2, 3)]
    read = FeedRead("u", ((t[0], "a", True), (t[1], "b", False), (t[2], "c", True)))
    assert read.newest() == t[0]
    assert FeedRead("u", ((t[0], "a", True), (t[2], "c", True))).newest({"a"}) is None
    assert FeedRead("u", ((t[0], "a", True), (t[2], "c", True))).newest() == t[2]


def test_atom_feed_and_sniffing(tmp_path: Path) -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Meridian Atom</title><id>urn:x</id><updated>2024-05-08T00:00:00Z</updated>
    <entry><title>Chile and Peru sign water pact</title><id>urn:a</id><updated>2024-05-08T12:00:00Z</updated>
    <summary>Chile and Peru signed the Andean Water Compact.</summary></entry></feed>"""
    assert looks_like_feed(atom) and looks_like_feed(b"", "application/rss+xml")
    assert not looks_like_feed(b"<!DOCTYPE html><html>", "text/html")
    path = tmp_path / "atom.xml"
    path.write_bytes(atom)
    [article] = list(iter_articles([path]))
    assert article.published == dt.date(2024, 5, 8) and article.source == "Meridian Atom"
    path.write_bytes(b"<html>not a feed</html>")
    [error] = list(iter_articles([path]))
    assert isinstance(error, ArticleError) and "not a readable RSS or Atom feed" in error.message


# -- over HTTP ------------------------------------------------------------------------------------
@pytest.fixture
def site():  # only the server-marked tests use it
    with NewsSite() as s:
        yield s


@pytest.mark.server
def test_url_of_a_page_and_of_a_feed(site: NewsSite) -> None:
    site.pages["/world/water-pact"] = ("text/html; charset=utf-8", page("Chile and Peru sign water pact", PARAS, "2024-05-08"))
    site.pages["/world/missing-body"] = ("text/html", b"<html><body><nav>Home</nav></body></html>")
    site.pages["/feed"] = ("application/rss+xml", rss("Meridian World", [
        {"title": "Chile and Peru sign water pact", "link": site.url("/world/water-pact"),
         "pubDate": "Wed, 08 May 2024 09:30:00 GMT", "description": "A summary only."},
        {"title": "A page with nothing in it", "link": site.url("/world/missing-body"),
         "pubDate": "Thu, 09 May 2024 09:30:00 GMT", "description": "Ghana and Togo met in Lome on Thursday."},
        {"title": "A page that is gone", "link": site.url("/world/gone"), "pubDate": "Fri, 10 May 2024 09:30:00 GMT"},
    ]))
    [direct] = list(iter_articles([site.url("/world/water-pact")]))
    assert direct.id == url_article_id(site.url("/world/water-pact")) and direct.url == site.url("/world/water-pact")
    assert direct.text.split("\n")[1:4] == PARAS
    items = list(read_inputs([site.url("/feed")]))
    entry, summary_only, gone, done = items
    assert entry.id == direct.id and entry.text == direct.text and entry.source == "Meridian World"
    assert summary_only.text == "A page with nothing in it\nGhana and Togo met in Lome on Thursday.\n"
    assert isinstance(gone, ArticleError) and "HTTP 404" in gone.message
    assert done.newest() == dt.datetime(2024, 5, 9, 9, 30, tzinfo=UTC)  # the failed entry is read again next time
    assert all(h["User-Agent"].startswith("kg/") for _, h in site.log)
