"""Files and folders → :class:`kg.model.Article`.

An article is a UTF-8 text file whose first line is its headline. Its metadata (``title``,
``url``, ``published`` as an ISO date, ``source``) comes from, in order of precedence:

1. a sidecar ``NAME.json`` beside ``NAME.txt``;
2. YAML front matter between ``---`` lines at the very top (removed from the text, so offsets
   refer to what follows it);
3. the ``published`` date of an answer key ``NAME.gold.json``.

The title defaults to the first non-empty line. Line endings are normalised to ``\\n``.

    >>> slugify("Quipu Treaty Ratification (Dec 2025)")
    'quipu-treaty-ratification-dec-2025'
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import ArticleError
from kg.model import Article

#: The file names a folder is expanded to.
ARTICLE_GLOB = "*.txt"
SIDECAR_SUFFIX = ".json"
GOLD_SUFFIX = ".gold.json"
METADATA_FIELDS = ("title", "url", "published", "source")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


def slugify(text: str) -> str:
    """A stable ASCII slug: lower case, accents dropped, runs of other characters → ``-``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read one article file; raises ArticleError if it is unreadable, binary or empty."""
    path = Path(path)
    article_id = slugify(_stem(path))
    if not article_id:
        raise ArticleError(f"{path}: cannot derive an article id from the file name")
    text = _read_text(path)
    front, text = split_front_matter(text, path)
    if not text.strip():
        raise ArticleError(f"{path}: the article is empty")
    meta: dict[str, Any] = {}
    gold = _read_json(path.with_name(_stem(path) + GOLD_SUFFIX))
    if gold.get("published"):
        meta["published"] = gold["published"]
    meta.update({k: v for k, v in front.items() if k in METADATA_FIELDS and v is not None})
    sidecar = _read_json(path.with_name(_stem(path) + SIDECAR_SUFFIX))
    meta.update({k: v for k, v in sidecar.items() if k in METADATA_FIELDS and v is not None})
    headline = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Article(
        id=article_id,
        text=text,
        title=str(meta.get("title") or headline),
        published=_parse_date(meta.get("published"), path),
        url=_optional_str(meta.get("url")),
        source=_optional_str(meta.get("source")),
        path=str(path),
    )


def iter_articles(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article | ArticleError]:
    """Articles from files and folders (a folder gives its ``*.txt`` files, sorted).

    Problems are yielded as ArticleError, never raised, so a build can report and skip them.
    """
    for item in paths:
        item = Path(item)
        if item.is_dir():
            files = sorted(p for p in item.glob(ARTICLE_GLOB) if p.is_file())
        elif item.exists():
            files = [item]
        else:
            yield ArticleError(f"{item}: no such file or folder")
            continue
        for file in files:
            try:
                yield read_article(file)
            except ArticleError as e:
                yield e


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


def split_front_matter(text: str, path: str | os.PathLike[str] = "<text>") -> tuple[dict[str, Any], str]:
    """(metadata, remaining text) for text that may start with YAML front matter."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml  # only articles with front matter need it

    try:
        data = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as e:
        raise ArticleError(f"{path}: invalid front matter: {e}") from e
    if not isinstance(data, dict):
        raise ArticleError(f"{path}: front matter must be a mapping of field: value")
    return data, text[match.end():]


def _stem(path: Path) -> str:
    return path.name[: -len(path.suffix)] if path.suffix else path.name


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read: {e.strerror or e}") from e
    if b"\x00" in raw:
        raise ArticleError(f"{path}: binary file, not UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")  # a leading BOM is not part of the headline
    except UnicodeDecodeError as e:
        raise ArticleError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from e
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ArticleError(f"{path}: invalid JSON metadata: {e}") from e
    if not isinstance(data, dict):
        raise ArticleError(f"{path}: metadata must be a JSON object")
    return data


def _parse_date(value: Any, path: Path) -> dt.date | None:
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
        raise ArticleError(f"{path}: published {text!r} is not an ISO date (YYYY-MM-DD)") from None


def _optional_str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)
