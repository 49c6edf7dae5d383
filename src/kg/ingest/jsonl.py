"""JSON Lines news datasets → one :class:`kg.model.Article` per line, read as a stream.

The form most news corpora ship in: one JSON object a line with ``text`` (required), ``title``,
``published`` (ISO date or timestamp), ``url``, and optionally ``source`` and ``id``; other
fields are ignored. The file (``.jsonl``, ``.ndjson``, or either gzipped) is read a line at a
time, so a dataset of any size is read in bounded memory. A bad line is an ArticleError naming
the line; the lines after it are still read.

An article's id is its ``id`` field, else made from its ``url``, else ``<file name>-<line>``.
"""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kg.errors import ArticleError
from kg.ingest.article import (
    article_url,
    normalise_newlines,
    optional_str,
    parse_date,
    url_article_id,
    with_headline,
)
from kg.layout import is_lede
from kg.model import Article
from kg.text import slug

SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def read_jsonl(path: Path) -> Iterator[Article | ArticleError]:
    """The articles of a JSON Lines file, one line at a time."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            yield from _records(handle, path)
    except OSError as e:
        yield ArticleError(f"{path}: cannot read: {e.strerror or e}")


def _records(handle: IO[str], path: Path) -> Iterator[Article | ArticleError]:
    base = slug(path.name.split(".")[0]) or "line"
    line_no = 0
    while True:
        try:
            line = handle.readline()
        except (UnicodeDecodeError, OSError, EOFError) as e:
            yield ArticleError(f"{path}:{line_no + 1}: cannot read further: {e}")
            return
        if not line:
            return
        line_no += 1
        if not line.strip():
            continue
        try:
            yield article_from_record(json.loads(line), default_id=f"{base}-{line_no}", where=f"{path}:{line_no}")
        except json.JSONDecodeError as e:
            yield ArticleError(f"{path}:{line_no}: not JSON: {e.msg} (column {e.colno})")
        except ArticleError as e:
            yield e


def article_from_record(record: Any, *, default_id: str, where: str) -> Article:
    """One dataset record (a JSON object) as an Article."""
    if not isinstance(record, dict):
        raise ArticleError(f"{where}: a line must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(f"{where}: no 'text'")
    url = article_url(record.get("url"), where)
    given_id = slug(str(record["id"])) if record.get("id") not in (None, "") else ""
    article_id = given_id or (url_article_id(url) if url else default_id)
    title = " ".join(str(record.get("title") or "").split())
    text = normalise_newlines(text)
    lede_first = False
    if title:
        text = with_headline(title, text)
    else:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        lede_first = is_lede(first)
        title = "" if lede_first else first
    return Article(
        id=article_id,
        text=text,
        title=title,
        published=parse_date(record.get("published"), where),
        url=url,
        source=optional_str(record.get("source")),
        path=where,
        lede_first=lede_first,
    )
