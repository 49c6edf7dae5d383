"""What a store remembers of the folders built into it: the article files each one held.

Each folder has a small named graph of its own, ``id/folder/<hash of its absolute path>``,
holding one ``schema:Collection`` whose ``schema:hasPart`` are the articles (``id/article/…``)
whose ``.txt`` or ``.html`` file was in the folder at its last build. The next build of the
folder compares: an article of the record whose file is gone and whose graph is still in the
store is *gone* — reported, and removed with ``--prune``. Only article files count (an
article's id is its file's name): entries of feeds and JSON Lines datasets in a folder are not
tracked. Folder graphs are not articles (those are ``id/graph/…``), like feed graphs.

    >>> from pathlib import Path
    >>> from kg.store import open_store
    >>> store = open_store(":memory:")
    >>> remember(store, Path("/news"), ["a", "b"])
    >>> sorted(members(store, Path("/news"))), members(store, Path("/elsewhere"))
    (['a', 'b'], set())
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import NamedNode, Triple

from kg.ingest import article_file_ids
from kg.rdf.namespaces import ID, RDF, SCHEMA
from kg.store import Store, ntriples

__all__ = ["article_file_ids", "folder_iri", "members", "remember"]

_ARTICLE = str(ID["article/"])


def folder_iri(folder: Path) -> str:
    """The folder's node and graph IRI (from its absolute path, which stays out of the graph)."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return str(ID[f"folder/{digest}"])


def members(store: Store, folder: Path) -> set[str]:
    """The ids of the articles the folder held at its last build into ``store``."""
    iri = folder_iri(folder)
    rows = store.select(f"SELECT ?a WHERE {{ GRAPH <{iri}> {{ <{iri}> <{SCHEMA.hasPart}> ?a }} }}")
    return {a.value[len(_ARTICLE):] for row in rows if (a := row["a"]) is not None and a.value.startswith(_ARTICLE)}


def remember(store: Store, folder: Path, article_ids: Iterable[str]) -> None:
    """Record the articles the folder holds now (one atomic, idempotent write)."""
    iri = folder_iri(folder)
    node, has_part = NamedNode(iri), NamedNode(SCHEMA.hasPart)
    triples = [Triple(node, NamedNode(RDF.type), NamedNode(SCHEMA.Collection))]
    triples += [Triple(node, has_part, NamedNode(_ARTICLE + a)) for a in sorted(set(article_ids))]
    store.replace_graph(iri, ntriples(triples))
