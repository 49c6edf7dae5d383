"""Everything kg reads news from → :class:`kg.model.Article`, one at a time.

=====================================  ===========================================================
input                                  read by
=====================================  ===========================================================
``NAME.txt`` (headline on line 1)      :mod:`kg.ingest.files` (sidecar ``NAME.json``, front matter)
``NAME.html`` / ``.htm``               :mod:`kg.ingest.html` (trafilatura: main text, title, date)
``NAME.jsonl`` / ``.ndjson`` (``.gz``) :mod:`kg.ingest.jsonl` (one article a line, streamed)
``NAME.rss`` / ``.atom`` / ``.xml``    :mod:`kg.ingest.feeds` (feedparser: one article per entry)
``http(s)://…`` a page or a feed       fetched by :mod:`kg.fetch`, then read as a page or a feed
a folder                               its ``.txt``, ``.html``, ``.htm``, ``.jsonl``, ``.ndjson``,
                                       ``.rss`` and ``.atom`` files, sorted
=====================================  ===========================================================

Inputs are read lazily, in order, so a build holds only the articles it is working on.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import ArticleError
from kg.ingest.article import (
    METADATA_FIELDS,
    article_url,
    check_length,
    content_hash,
    optional_str,
    parse_date,
    url_article_id,
)
from kg.ingest.feeds import FeedRead, looks_like_feed, read_feed
from kg.ingest.files import (
    GOLD_SUFFIX,
    SIDECAR_SUFFIX,
    read_article,
    read_bytes,
    split_front_matter,
    stem,
)
from kg.ingest.html import article_from_html
from kg.ingest.jsonl import is_jsonl, read_jsonl
from kg.model import Article
from kg.text import slug

__all__ = [
    "GOLD_SUFFIX",
    "SIDECAR_SUFFIX",
    "FeedRead",
    "article_file_ids",
    "content_hash",
    "iter_articles",
    "read_article",
    "read_inputs",
    "split_front_matter",
    "url_article_id",
]

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
#: What a folder is expanded to (``.xml`` only when named: too many XML files are not feeds).
FOLDER_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".rss", ".atom")

Item = Article | ArticleError | FeedRead


def article_file_ids(folder: Path) -> set[str]:
    """The ids of the article files (text and HTML pages) in ``folder``: each its file name's slug."""
    names = (p for p in folder.iterdir() if p.is_file() and p.name.lower().endswith(TEXT_SUFFIXES + HTML_SUFFIXES))
    return {article_id for p in names if (article_id := slug(stem(p)))}


def iter_articles(paths: Iterable[str | os.PathLike[str]], **options) -> Iterator[Article | ArticleError]:
    """Articles from files, folders and URLs, in order (see :func:`read_inputs` for ``options``).

    Problems are yielded as ArticleError, never raised, so a build can report and skip them.
    """
    return (item for item in read_inputs(paths, **options) if not isinstance(item, FeedRead))


def read_inputs(paths: Iterable[str | os.PathLike[str]], *, fetcher=None, since: dt.datetime | None = None,
                remembered: Callable[[str], dt.datetime | None] | None = None,
                max_chars: int | None = None) -> Iterator[Item]:
    """Articles, problems, and after each feed's entries a FeedRead, from every input in turn.

    ``fetcher`` (a :class:`kg.fetch.Fetcher`, made when a URL first needs one) fetches pages and
    feeds; ``since`` keeps feed entries from that time on; ``remembered(feed)`` gives the newest
    entry time an earlier build read from that feed (only later entries are read). An article
    longer than ``max_chars`` is a problem (a text file that cannot be shorter is not even read).
    """
    for item in _read_inputs(paths, _Reader(fetcher, since, remembered, max_chars)):
        if isinstance(item, Article):
            try:
                item = check_length(item, max_chars)
            except ArticleError as e:
                item = e
        yield item


def _read_inputs(paths: Iterable[str | os.PathLike[str]], state: _Reader) -> Iterator[Item]:
    for item in paths:
        text = os.fspath(item)
        if _is_url(text):
            yield from state.url(text)
            continue
        path = Path(text)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.name.lower().endswith(FOLDER_SUFFIXES)
                           and not p.name.lower().endswith(GOLD_SUFFIX))
        elif path.exists():
            files = [path]
        else:
            yield ArticleError(f"{path}: no such file or folder")
            continue
        for file in files:
            yield from state.file(file)


def _is_url(text: str) -> bool:
    from kg.fetch import is_url

    return is_url(text)


class _Reader:
    """What reading inputs shares: the fetcher (made once) and the feed cut-offs."""

    def __init__(self, fetcher, since: dt.datetime | None, remembered, max_chars: int | None = None) -> None:
        self._fetcher = fetcher
        self.since = since
        self.remembered = remembered or (lambda feed: None)
        self.max_chars = max_chars

    @property
    def fetcher(self):
        if self._fetcher is None:
            from kg.fetch import Fetcher

            self._fetcher = Fetcher()
        return self._fetcher

    def feed(self, body: bytes, feed_url: str) -> Iterator[Item]:
        return read_feed(body, feed_url=feed_url, fetcher=self.fetcher, since=self.since,
                         after=self.remembered(feed_url))

    def url(self, url: str) -> Iterator[Item]:
        try:
            page = self.fetcher.get(url)
        except ArticleError as e:
            yield e
            return
        if looks_like_feed(page.body, page.media_type):
            yield from self.feed(page.body, url)
            return
        try:
            yield article_from_html(page.body, url=page.final_url, where=url)
        except ArticleError as e:
            yield e

    def file(self, path: Path) -> Iterator[Item]:
        name = path.name.lower()
        try:
            if is_jsonl(path):
                yield from read_jsonl(path)
            elif name.endswith(HTML_SUFFIXES):
                yield _html_file(path)
            elif name.endswith(FEED_SUFFIXES):
                yield from self.feed(read_bytes(path), path.resolve().as_uri())
            else:
                self._not_too_large(path)
                yield read_article(path)
        except ArticleError as e:
            yield e

    def _not_too_large(self, path: Path) -> None:
        # UTF-8 takes at most 4 bytes a character: a file larger than that is too long unread.
        if self.max_chars is not None and path.stat().st_size > 4 * self.max_chars:
            raise ArticleError(f"{path}: {path.stat().st_size:,} bytes, more than an article of "
                               f"{self.max_chars:,} characters (the max_article_chars setting) can be")


def _html_file(path: Path) -> Article:
    """A saved page; a sidecar ``NAME.json`` may give what the page lacks or gets wrong."""
    from kg.ingest.files import read_json

    if not slug(stem(path)):
        raise ArticleError(f"{path}: cannot derive an article id from the file name")
    meta = {k: v for k, v in read_json(path.with_name(stem(path) + SIDECAR_SUFFIX)).items() if k in METADATA_FIELDS}
    article = article_from_html(read_bytes(path), url=article_url(meta.get("url"), str(path)), article_id=slug(stem(path)),
                                published=parse_date(meta.get("published"), str(path)),
                                title=optional_str(meta.get("title")), source=optional_str(meta.get("source")),
                                where=str(path))
    return article
