"""The knowledge store: one named graph per article, over pyoxigraph or a remote SPARQL server.

``open_store`` picks the backend from the location:

* a folder → the embedded on-disk Oxigraph store (writers hold ``kg.lock`` in it);
* a graph file (``.ttl .trig .nq .nt .jsonld .rdf``) → an in-memory store loaded from it, read-only;
* ``sparql+http://HOST:PORT/PATH`` (or ``sparql+https``) → a :class:`RemoteStore`.

Methods are named like pyoxigraph's ``Store`` (:mod:`kg.store.base`). Rebuilding an article is
one ``replace_graph(graph_iri, ntriples)`` call (or many in one ``replace_graphs``), each graph
a single transaction, so a build killed at any point leaves each article graph either as it was
or fully replaced. The default graph is the union of the article graphs, each triple once
(:mod:`kg.store.union`)::

    >>> store = open_store(":memory:")
    >>> store.replace_graph("https://w3id.org/kg-news/id/graph/a", '<http://s> <http://p> "o" .')
    >>> store.replace_graph("https://w3id.org/kg-news/id/graph/b", '<http://s> <http://p> "o" .')
    >>> len(store), len(list(store.query("SELECT * WHERE { ?s ?p ?o }")))
    (2, 1)

An on-disk store is read through checkpoints its writer makes when it finishes
(:mod:`kg.store.checkpoints`): a reader sees what the last finished write left, never a writer's
files.
"""
from __future__ import annotations

import os
from pathlib import Path

from pyoxigraph import Store as OxStore

from kg.settings import Settings
from kg.store.base import (
    GRAPH_FILE_FORMATS,
    GraphData,
    GraphName,
    QueryResult,
    Snapshot,
    Store,
    graph_node,
    to_ntriples,
)
from kg.store.embedded import (
    LOCK_FILE,
    MEMORY,
    EmbeddedStore,
    open_directory,
    open_graph_file,
)
from kg.store.remote import PROFILES, REMOTE_SCHEMES, Endpoints, RemoteStore

__all__ = [
    "GRAPH_FILE_FORMATS",
    "LOCK_FILE",
    "MEMORY",
    "PROFILES",
    "REMOTE_SCHEMES",
    "EmbeddedStore",
    "Endpoints",
    "GraphData",
    "GraphName",
    "QueryResult",
    "RemoteStore",
    "Snapshot",
    "Store",
    "graph_node",
    "open_store",
    "to_ntriples",
]


def open_store(location: str | os.PathLike[str] | None = None, *, read_only: bool = False, create: bool = True) -> Store:
    """Open the store at ``location`` (default: the ``store`` setting); see the module docstring.

    Raises StoreLockedError when another process is writing an embedded store, StoreError when
    the location cannot be opened.
    """
    loc = str(location) if location is not None else Settings.from_mapping().store
    if loc.startswith(REMOTE_SCHEMES):
        return RemoteStore.from_url(loc, read_only=read_only)
    if loc == MEMORY:
        return EmbeddedStore(OxStore(), location=loc, read_only=read_only)
    path = Path(loc)
    if path.suffix.lower() in GRAPH_FILE_FORMATS and not path.is_dir():
        return open_graph_file(path)
    return open_directory(path, read_only=read_only, create=create)
