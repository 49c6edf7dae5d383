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

from kg.store.base import (
    GRAPH_FILE_FORMATS,
    GraphData,
    GraphName,
    QueryResult,
    Snapshot,
    Store,
    graph_node,
    ntriples,
    to_ntriples,
)
from kg.store.embedded import MEMORY, EmbeddedStore
from kg.store.folder import LOCK_FILE
from kg.store.opening import open_store
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
    "ntriples",
    "open_store",
    "to_ntriples",
]
