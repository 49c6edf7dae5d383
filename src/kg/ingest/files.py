"""Text files → :class:`kg.model.Article`.

An article is a UTF-8 text file whose first line is its headline. Its metadata (``title``,
``url``, ``published`` as an ISO date, ``source``) comes from, in order of precedence:

1. a sidecar ``NAME.json`` beside ``NAME.txt``;
2. YAML front matter between ``---`` lines at the very top (removed from the text, so offsets
   refer to what follows it);
3. the ``published`` date of an answer key ``NAME.gold.json``.

The title defaults to the first non-empty line, unless that line reads as a lede (a full
sentence, :func:`kg.layout.is_lede`): then the article has no headline line
(``Article.lede_first``) and its title comes from the metadata alone. Line endings are
normalised to ``\\n``.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from kg.errors import ArticleError
from kg.ingest.article import (
    METADATA_FIELDS,
    article_url,
    normalise_newlines,
    optional_str,
    parse_date,
)
from kg.layout import is_lede
from kg.model import Article
from kg.text import slug

SIDECAR_SUFFIX = ".json"
GOLD_SUFFIX = ".gold.json"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read one article file; raises ArticleError if it is unreadable, binary or empty."""
    path = Path(path)
    article_id = slug(stem(path))
    if not article_id:
        raise ArticleError(f"{path}: cannot derive an article id from the file name")
    text = read_text(path)
    front, text = split_front_matter(text, path)
    if not text.strip():
        raise ArticleError(f"{path}: the article is empty")
    meta: dict[str, Any] = {}
    gold = read_json(path.with_name(stem(path) + GOLD_SUFFIX))
    if gold.get("published"):
        meta["published"] = gold["published"]
    meta.update({k: v for k, v in front.items() if k in METADATA_FIELDS and v is not None})
    sidecar = read_json(path.with_name(stem(path) + SIDECAR_SUFFIX))
    meta.update({k: v for k, v in sidecar.items() if k in METADATA_FIELDS and v is not None})
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    lede_first = is_lede(first_line)
    return Article(
        id=article_id,
        text=text,
        title=str(meta.get("title") or ("" if lede_first else first_line)),
        published=parse_date(meta.get("published"), str(path)),
        url=article_url(meta.get("url"), str(path)),
        source=optional_str(meta.get("source")),
        path=str(path),
        lede_first=lede_first,
    )


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


def stem(path: Path) -> str:
    return path.name[: -len(path.suffix)] if path.suffix else path.name


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read: {e.strerror or e}") from e


def read_text(path: Path) -> str:
    raw = read_bytes(path)
    if b"\x00" in raw:
        raise ArticleError(f"{path}: binary file, not UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")  # a leading BOM is not part of the headline
    except UnicodeDecodeError as e:
        raise ArticleError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from e
    return normalise_newlines(text)


def read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ArticleError(f"{path}: invalid JSON metadata: {e}") from e
    if not isinstance(data, dict):
        raise ArticleError(f"{path}: metadata must be a JSON object")
    return data
