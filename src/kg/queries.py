"""The query catalogue (``queries/*.rq``): the competency questions as SPARQL files.

The one loader, for the evaluator, the API and the web pages. Each file starts with comment
lines describing it (``# parties: the states …``); the rest is the query.

>>> sorted(q.name for q in catalogue())[:2]
['access', 'entities']
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.resources import resource_dir


@dataclass(frozen=True)
class CatalogueQuery:
    """One ``queries/NAME.rq``: its name, the description from its leading comments, its text,
    and its title: the question it answers in plain words (a ``# title:`` comment; else its name)."""

    name: str
    description: str
    text: str
    title: str = ""


def queries_dir(configured: str | os.PathLike[str] | None = None) -> Path:
    """``configured``, else ``KG_QUERIES_DIR``, the checkout's ``queries/`` or the packaged copy.

    An installed kg carries a copy under ``kg/web/static/queries`` (put there by
    ``scripts/build_web_assets.py``).
    """
    if configured:
        return Path(configured)
    return resource_dir("queries", marker="parties.rq", env="KG_QUERIES_DIR", packaged="web/static/queries")


def catalogue(folder: str | os.PathLike[str] | None = None) -> list[CatalogueQuery]:
    """The .rq files of ``folder`` (default: :func:`queries_dir`), read now, by name."""
    path = queries_dir(folder)
    if not path.is_dir():
        return []
    return [_read(p) for p in sorted(path.glob("*.rq"))]


def _read(path: Path) -> CatalogueQuery:
    text = path.read_text(encoding="utf-8")
    comments, title = [], ""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comment = line.lstrip("#").strip()
        if comment.lower().startswith("title:"):
            title = comment[len("title:"):].strip()
        elif not comment.lower().startswith("defaultview:"):
            comments.append(comment)
    # The description is the first paragraph: notes on the query's shape follow for its readers.
    description = " ".join(comments).split(" Shape: ", 1)[0]
    # "parties: the state ..." -> "the state ...": the name is shown beside it already.
    if description.lower().startswith(path.stem.lower() + ":"):
        description = description[len(path.stem) + 1 :].strip()
    return CatalogueQuery(path.stem, description, text, title or path.stem)


def load_query(name: str) -> str:
    """The text of ``queries/NAME`` (``NAME`` with its ``.rq``)."""
    return (queries_dir() / name).read_text(encoding="utf-8")
