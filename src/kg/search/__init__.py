"""Entity search: find the store's entities by what people call them.

The one entity search kg has, used by the reconciliation service (``kg.reconcile``) and meant
for any search box: names, aliases, acronyms and labels in other scripts, fuzzy matching by
rapidfuzz, over an in-memory index of the store read through ``kg.sparql.execute``.

>>> from pyoxigraph import RdfFormat
>>> from kg.settings import Settings
>>> from kg.store import open_store
>>> store = open_store(":memory:")
>>> store.replace_graph("https://w3id.org/kg-news/id/graph/a1",
...     '<https://w3id.org/kg-news/id/legislature/storting> a <https://w3id.org/kg-news/ontology#Legislature> ; '
...     '<http://www.w3.org/2000/01/rdf-schema#label> "Storting"@en .', format=RdfFormat.TURTLE)
>>> index = read_index(SparqlReader(store, Settings()))
>>> [(hit.entity.id, hit.score, hit.exact) for hit in match(index, [Query("the storting")])[0]]
[('legislature/storting', 100.0, True)]
>>> [hit.entity.label for hit in complete(index, "Стор")]  # typed in another script
['Storting']
"""
from __future__ import annotations

from kg.search.index import (
           Entity,
           EntityIndex,
           IndexCache,
           entity_id,
           entity_iri,
           read_index,
)
from kg.search.rank import Hit, Query, complete, match, qid_of, safe_match
from kg.search.reader import SparqlReader
from kg.text import compact_key, name_key

__all__ = ["Entity", "EntityIndex", "Hit", "IndexCache", "Query", "SparqlReader", "compact_key", "complete",
           "entity_id", "entity_iri", "match", "name_key", "qid_of", "read_index", "safe_match"]
