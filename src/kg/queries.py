"""The query catalogue (``queries/*.rq``): the competency questions as SPARQL files."""
from __future__ import annotations

import os
from pathlib import Path


def queries_dir() -> Path:
    """``queries/`` at the repository root, or the copy packaged with kg (``KG_QUERIES_DIR`` overrides)."""
    if os.environ.get("KG_QUERIES_DIR"):
        return Path(os.environ["KG_QUERIES_DIR"])
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "queries" / "parties.rq").exists():
            return parent / "queries"
    return here.parent / "queries"


def catalogue() -> dict[str, str]:
    """Every query by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(queries_dir().glob("*.rq"))}


def load_query(name: str) -> str:
    return (queries_dir() / name).read_text(encoding="utf-8")
