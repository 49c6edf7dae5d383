"""What every reader shares to make an :class:`~kg.model.Article`: ids, dates, content hashes.

    >>> url_article_id("https://news.example/world/2024/05/chile-peru-water-pact?utm_source=rss#top")
    'news-example-world-2024-05-chile-peru-water-pact-d557d10d'
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pyoxigraph import NamedNode

from kg.errors import ArticleError
from kg.model import Article
from kg.text import slug

#: Metadata fields an article may carry besides its text.
METADATA_FIELDS = ("title", "url", "published", "source")
#: Longest slug taken from a URL before its hash (ids become IRIs and file names).
_URL_SLUG_CHARS = 80
#: Query parameters that track a reader, not name a page: dropped before an id is made.
_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)")


def canonical_url(url: str) -> str:
    """``url`` without its fragment and tracking parameters, host in lower case."""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def url_article_id(url: str) -> str:
    """A readable, stable id for the article at ``url``: host and path as a slug, plus a short
    hash of the whole (canonical) URL, so two pages never share an id and a page read directly
    or through a feed gets the same one."""
    canonical = canonical_url(url)
    parts = urlsplit(canonical)
    words = slug(f"{parts.netloc.removeprefix('www.')} {parts.path}")[:_URL_SLUG_CHARS].strip("-")
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]
    return f"{words}-{digest}" if words else digest


def content_hash(article: Article) -> str:
    """sha256 (hex) of the text and metadata: an article whose hash is unchanged needs no rebuild."""
    payload = {
        "id": article.id,
        "text": article.text,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "source": article.source,
    }
    data = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def parse_date(value: Any, where: str) -> dt.date | None:
    """An ISO date or timestamp (its date part) as a date; ArticleError naming ``where`` otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        # A timestamp's date part is the publication date; the time is not kept.
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ArticleError(f"{where}: published {text!r} is not an ISO date (YYYY-MM-DD)") from None


def article_url(value: Any, where: str) -> str | None:
    """An article's ``url``: an absolute http(s) IRI as RFC 3987 has it (read by pyoxigraph's
    parser, which the store writes it with), or None when there is none; ArticleError otherwise.

    A sidecar's ``"url": "javascript:…"`` would be a live link on the pages, and a URL with a
    space or ``>`` no IRI at all.

    >>> article_url("https://news.example/a?b=1#c", "x.json")
    'https://news.example/a?b=1#c'
    >>> article_url("javascript:alert(1)", "x.json")
    Traceback (most recent call last):
    kg.errors.ArticleError: x.json: url 'javascript:alert(1)' is not an http(s) URL
    """
    text = optional_str(value)
    if text is None:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ArticleError(f"{where}: url {text!r} is not an http(s) URL")
    try:
        NamedNode(text)
    except ValueError as e:
        raise ArticleError(f"{where}: url {text!r} is not a valid IRI ({e})") from None
    return text


def check_length(article: Article, max_chars: int | None) -> Article:
    """``article``, or ArticleError when its text is longer than ``max_chars`` (None: no limit)."""
    if max_chars is not None and len(article.text) > max_chars:
        raise ArticleError(f"{article.path or article.url or article.id}: {len(article.text):,} characters, more "
                           f"than the {max_chars:,} an article may have (the max_article_chars setting)")
    return article


def optional_str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value).strip() or None


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def with_headline(title: str, body: str) -> str:
    """An article's text as the extractor reads it: the headline on the first line, then the body
    (unless the body already starts with it, as extracted pages often do)."""
    title = " ".join(title.split())
    body = normalise_newlines(body).strip("\n")
    first = body.split("\n", 1)[0].strip()
    if not title or " ".join(first.split()) == title:
        return body + "\n"
    return f"{title}\n{body}\n"
