"""kg: a knowledge-graph builder for news about international relations.

The public API is the same the CLI calls::

    from kg import build_dataset, query, export
    ds = build_dataset(["data/articles/"])
    for row in query(ds, "SELECT ?s WHERE { ?s a <https://w3id.org/kg-news/ontology#Agreement> }"):
        print(row)
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build_dataset", "build_text", "export", "query"]


def __getattr__(name: str):
    # Lazy, so that `import kg.model` does not load spaCy, rdflib and the gazetteer.
    if name in {"build_dataset", "build_text", "export", "query"}:
        from kg import api

        return getattr(api, name)
    raise AttributeError(name)
