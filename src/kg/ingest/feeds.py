"""RSS and Atom feeds → one :class:`kg.model.Article` per entry, through feedparser.

An entry's text is, in order: its full content (``content:encoded``, Atom ``content``), else the
page its link points to (fetched and read like any page, :mod:`kg.ingest.html`), else its
summary. Its date is the entry's published (else updated) time; its id comes from its link, so
a page read directly and through a feed is one article.

Only new entries are read when the caller says since when: ``since`` (inclusive, from
``kg build --since``) or ``after`` (exclusive: the newest entry a previous build read, which the
store remembers). Entries without a date are always read (an unchanged article is then skipped
by its content hash). After the entries comes a :class:`FeedRead`, which says what was read so
the build can remember it once those articles are written.
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kg.errors import ArticleError
from kg.ingest.article import article_url, url_article_id, with_headline
from kg.ingest.html import article_from_html, fragment_text
from kg.model import Article
from kg.text import slug

FEED_MEDIA_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml",
    "application/xml", "text/xml",
})
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")


@dataclass(frozen=True)
class FeedRead:
    """A feed's entries have all been yielded: (entry time, article id, read ok) for each one."""

    url: str
    entries: tuple[tuple[dt.datetime | None, str, bool], ...]

    def newest(self, failed: frozenset[str] | set[str] = frozenset()) -> dt.datetime | None:
        """The newest entry time a later build may start after: before the oldest entry that could
        not be read or built (``failed`` ids), so that entry is read again next time."""
        bad = [t for t, a, ok in self.entries if t is not None and (not ok or a in failed)]
        oldest_bad = min(bad, default=None)
        good = [t for t, a, ok in self.entries if t is not None and ok and a not in failed]
        return max((t for t in good if oldest_bad is None or t < oldest_bad), default=None)


def looks_like_feed(body: bytes, media_type: str = "") -> bool:
    """True for RSS/Atom by media type, or by the root element when the type says only XML/nothing."""
    if media_type in FEED_MEDIA_TYPES - {"application/xml", "text/xml"}:
        return True
    if media_type.startswith("text/html") or media_type == "application/xhtml+xml":
        return False
    head = body[:2048].lstrip().lower()
    return any(root in head for root in _FEED_ROOTS)


def read_feed(body: bytes, *, feed_url: str, fetcher=None, since: dt.datetime | None = None,
              after: dt.datetime | None = None) -> Iterator[Article | ArticleError | FeedRead]:
    """The feed's new entries as articles (problems as ArticleError), then its FeedRead."""
    import feedparser

    parsed = feedparser.parse(body, sanitize_html=True, resolve_relative_uris=True, response_headers={
        "content-location": feed_url})
    if parsed.bozo and not parsed.entries:
        yield ArticleError(f"{feed_url}: not a readable RSS or Atom feed ({parsed.get('bozo_exception')})")
        return
    source = parsed.feed.get("title") or None
    read: list[tuple[dt.datetime | None, str, bool]] = []
    for entry in parsed.entries:
        when = entry_time(entry)
        if when is not None and ((since is not None and when < since) or (after is not None and when <= after)):
            continue
        item = _entry_article(entry, when, feed_url=feed_url, source=source, fetcher=fetcher)
        if isinstance(item, Article):
            read.append((when, item.id, True))
        else:
            read.append((when, _entry_id(entry, feed_url), False))
        yield item
    yield FeedRead(feed_url, tuple(read))


def entry_time(entry: Any) -> dt.datetime | None:
    """The entry's published (else updated) time, in UTC."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(stamp), tz=dt.UTC)


def _entry_id(entry: Any, feed_url: str) -> str:
    link = entry.get("link")
    if link:
        return url_article_id(link)
    key = entry.get("id") or f"{entry.get('title', '')}\n{entry.get('summary', '')}"
    return f"{slug(entry.get('title', ''))[:60].strip('-') or 'entry'}-{hashlib.sha256(f'{feed_url} {key}'.encode()).hexdigest()[:8]}"


def _entry_article(entry: Any, when: dt.datetime | None, *, feed_url: str, source: str | None,
                   fetcher) -> Article | ArticleError:
    article_id = _entry_id(entry, feed_url)
    title = " ".join((entry.get("title") or "").split())
    link = entry.get("link") or None
    published = when.date() if when else None
    where = f"{feed_url} entry {link or title or article_id}"
    try:
        link = article_url(link, where)
    except ArticleError:
        link = None  # an entry's id may be a urn: or tag: IRI: the entry stands, without a url
    content = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    if content:
        return _from_text(article_id, title, fragment_text(content[0]), published, link, source, where)
    if link and fetcher is not None and link.lower().startswith(("http://", "https://")):
        try:
            page = fetcher.get(link)
        except ArticleError as e:
            return e  # not remembered as read: the next build tries the page again
        try:
            return article_from_html(page.body, url=page.final_url, article_id=article_id, published=published,
                                     title=title or None, source=source, where=where)
        except ArticleError:
            pass  # a page with no article text: the entry's summary is what there is
    return _from_text(article_id, title, fragment_text(entry.get("summary") or ""), published, link, source, where)


def _from_text(article_id: str, title: str, body: str, published: dt.date | None, link: str | None,
               source: str | None, where: str) -> Article | ArticleError:
    if not body.strip() and not title:
        return ArticleError(f"{where}: the entry has no text")
    return Article(id=article_id, text=with_headline(title, body or title), title=title, published=published,
                   url=link, source=source, path=where)
