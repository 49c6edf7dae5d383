"""The Python API: the functions the CLI calls, for notebooks and scripts.

    >>> from kg.api import build_text
    >>> ds = build_text("Ruritania ratified the Treaty of Zenda with Graustark.", published="2025-01-02")
    >>> len(ds) > 0
    True

``articles`` builds articles into rdflib Datasets in memory or a graph file, ``builds`` into a store,
``reading`` queries, exports and evaluates what was built, ``gazetteer`` refreshes the snapshot.
"""
from __future__ import annotations

from kg.api.articles import NO_DATE, build_dataset, build_file, build_text
from kg.api.builds import BuildReport, build, remove
from kg.api.gazetteer import refresh_gazetteer
from kg.api.reading import evaluate, export, open_source, query

__all__ = ["NO_DATE", "BuildReport", "build", "build_dataset", "build_file", "build_text", "evaluate", "export", "open_source",
           "query", "refresh_gazetteer", "remove"]
