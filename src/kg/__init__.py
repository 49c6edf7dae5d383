"""kg: a knowledge-graph builder for news about international relations.

The public API is the same the CLI calls::

    from kg import build_dataset, query, export
    ds = build_dataset(["data/articles/relos-ratification.txt"])
    for row in query(ds, "SELECT ?s WHERE { ?s a <https://w3id.org/kg-news/ontology#Agreement> }"):
        print(row)
"""
from __future__ import annotations

__version__ = "0.1.0"

from kg.api import build_dataset, build_text, export, query  # noqa: E402

__all__ = ["build_dataset", "build_text", "export", "query", "__version__"]
