"""The query catalogue (``queries/*.rq``): the competency questions as SPARQL files."""
from __future__ import annotations

from pathlib import Path

from kg.resources import resource_dir


def queries_dir() -> Path:
    """``queries/``: ``KG_QUERIES_DIR``, the packaged copy, or the repository root's."""
    return resource_dir("queries", marker="parties.rq", env="KG_QUERIES_DIR")


def catalogue() -> dict[str, str]:
    """Every query by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(queries_dir().glob("*.rq"))}


def load_query(name: str) -> str:
    return (queries_dir() / name).read_text(encoding="utf-8")
