"""kg.ingest: article files, their metadata sources, folder expansion and content hashes."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.errors import ArticleError
from kg.ingest import content_hash, iter_articles, read_article
from kg.model import Article
from kg.text import slug

TEXT = "India and Russia Sign RELOS\nThe State Duma ratified the RELOS agreement on 2 December.\n"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_plain_article_headline_and_id(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "RELOS Ratification (Dec).txt", TEXT))
    assert article.id == "relos-ratification-dec"
    assert article.title == "India and Russia Sign RELOS"
    assert article.text == TEXT
    assert article.published is None and article.url is None and article.source is None
    assert article.path == str(tmp_path / "RELOS Ratification (Dec).txt")


@pytest.mark.parametrize(
    ("stem", "expected"),
    [("relos-ratification", "relos-ratification"), ("Élysée Summit_2024", "elysee-summit-2024"), ("  A..B  ", "a-b")],
)
def test_slug_is_stable_ascii(stem: str, expected: str) -> None:
    assert slug(stem) == expected


def test_sidecar_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", TEXT)
    meta = {"title": "RELOS ratified", "url": "https://example.org/a", "published": "2025-12-02", "source": "Example"}
    write(tmp_path / "a.json", json.dumps(meta))
    article = read_article(path)
    assert (article.title, article.url, article.published, article.source) == (
        "RELOS ratified", "https://example.org/a", dt.date(2025, 12, 2), "Example",
    )


def test_gold_published_date(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "a.gold.json", json.dumps({"published": "2025-12-02T08:00:00Z", "entities": []}))
    assert read_article(path).published == dt.date(2025, 12, 2)


def test_front_matter_removed_and_offsets_follow(tmp_path: Path) -> None:
    front = "---\ntitle: From front matter\npublished: 2024-07-09\nurl: https://example.org/fm\n---\n"
    article = read_article(write(tmp_path / "fm.txt", front + TEXT))
    assert article.text == TEXT
    assert article.title == "From front matter"
    assert article.published == dt.date(2024, 7, 9)
    start = article.text.index("State Duma")
    assert article.text[start:start + 10] == "State Duma"


def test_precedence_sidecar_over_front_matter_over_gold(tmp_path: Path) -> None:
    path = write(tmp_path / "p.txt", "---\npublished: 2024-01-02\nsource: FM\n---\n" + TEXT)
    write(tmp_path / "p.gold.json", json.dumps({"published": "2023-01-01"}))
    assert read_article(path).published == dt.date(2024, 1, 2)
    write(tmp_path / "p.json", json.dumps({"published": "2025-05-05"}))
    article = read_article(path)
    assert article.published == dt.date(2025, 5, 5) and article.source == "FM"


def test_crlf_and_bom_normalised(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "w.txt", b"\xef\xbb\xbfHeadline\r\nBody.\r\n"))
    assert article.text == "Headline\nBody.\n" and article.title == "Headline"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", "", "empty"),
        ("blank.txt", " \n\n\t\n", "empty"),
        ("only-front.txt", "---\ntitle: x\n---\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("latin1.txt", "Caf\xe9 summit\n".encode("latin-1"), "UTF-8"),
        ("badfm.txt", "---\ntitle: [unclosed\n---\nText\n", "front matter"),
    ],
)
def test_bad_files_raise_article_error(tmp_path: Path, name: str, content: str | bytes, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        read_article(write(tmp_path / name, content))


def test_bad_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "m.txt", TEXT)
    write(tmp_path / "m.json", "{not json")
    with pytest.raises(ArticleError, match="invalid JSON"):
        read_article(path)
    write(tmp_path / "m.json", json.dumps({"published": "last Tuesday"}))
    with pytest.raises(ArticleError, match="ISO date"):
        read_article(path)


def test_iter_articles_expands_folders_sorted_and_yields_errors(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write(folder / "b.txt", TEXT)
    write(folder / "a.txt", TEXT)
    write(folder / "a.gold.json", json.dumps({"published": "2025-01-01"}))
    write(folder / "a.json", json.dumps({"url": "https://example.org/a"}))
    write(folder / "c.txt", b"\x00\x01")
    write(folder / "notes.md", "not an article")
    extra = write(tmp_path / "single.txt", TEXT)
    results = list(iter_articles([folder, extra, tmp_path / "missing"]))
    assert [r.id if isinstance(r, Article) else type(r).__name__ for r in results] == [
        "a", "b", "ArticleError", "single", "ArticleError",
    ]
    assert results[0].url == "https://example.org/a" and results[0].published == dt.date(2025, 1, 1)
    assert "missing" in str(results[-1])


def test_content_hash_stable_and_sensitive(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "h.txt", TEXT))
    again = read_article(tmp_path / "h.txt")
    digest = content_hash(article)
    assert digest == content_hash(again) and len(digest) == 64
    assert content_hash(Article(**{**article.__dict__, "text": TEXT + " "})) != digest
    assert content_hash(Article(**{**article.__dict__, "published": dt.date(2025, 1, 1)})) != digest
    assert content_hash(Article(**{**article.__dict__, "url": "https://example.org"})) != digest


def test_shipped_article_reads() -> None:
    path = Path(__file__).parent.parent / "data" / "articles" / "relos-ratification.txt"
    if not path.exists():
        pytest.skip("sample article not present")
    article = read_article(path)
    assert article.id == "relos-ratification" and article.title.startswith("Russia Ratifies")
