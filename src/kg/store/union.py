"""The default graph as a set: the SPARQL Update that keeps it the union of the named graphs.

SPARQL's default graph is an RDF graph, a set; Oxigraph's union default graph instead returns a
triple once per graph that holds it, so a label or a fact shared by eight articles came back
eight times and joins multiplied the copies. kg keeps the union itself: every triple written
to an article graph is written to the default graph too (where it is stored once), and
replacing or removing graphs deletes from the default graph exactly the triples no other graph
holds — in the same transaction (one SPARQL Update request) as the graphs' own change.

    >>> from pyoxigraph import NamedNode, Store
    >>> store, a, b = Store(), NamedNode("http://g/a"), NamedNode("http://g/b")
    >>> store.update(insert_data([(a, "<http://s> <http://p> 1 .\\n"), (b, "<http://s> <http://p> 1 .\\n")]))
    >>> len(list(store.query("SELECT * { ?s ?p ?o }")))
    1
    >>> store.update(drop_graphs([a]))
    >>> len(list(store.query("SELECT * { ?s ?p ?o }"))), store.update(drop_graphs([b])), len(store)
    (1, None, 0)
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from pyoxigraph import DefaultGraph, NamedNode, Quad, QuerySolutions
from pyoxigraph import Store as OxStore

#: Adds to the default graph every triple of the named graphs it lacks.
DERIVE_DEFAULT_GRAPH = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }"
#: Makes the default graph exactly the union again after an arbitrary update: drops what no named
#: graph holds, adds what it lacks.
RESYNC_DEFAULT_GRAPH = (
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;\n"
    + DERIVE_DEFAULT_GRAPH
)


def drop_graphs(graphs: Sequence[NamedNode], *, default_graph: bool = True) -> str:
    """Update operations that delete ``graphs`` and, from the default graph, the triples only they hold."""
    if not graphs:
        return ""
    drops = " ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs)
    if not default_graph:
        return drops
    names = " ".join(str(g) for g in graphs)
    others = ", ".join(str(g) for g in graphs)
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {names} }} GRAPH ?g {{ ?s ?p ?o }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h NOT IN ({others})) }} }} ;\n{drops}")


def insert_data(graphs: Sequence[tuple[NamedNode, str]], *, default_graph: bool = True) -> str:
    """An INSERT DATA writing each (graph, N-Triples body) into its graph and into the default graph.

    The bodies must be canonical N-Triples whose blank-node labels no two graphs share
    (:func:`kg.store.base.to_ntriples`): a label names one node across the whole request.
    """
    bodies = [(g, body) for g, body in graphs if body.strip()]
    if not bodies:
        return ""
    named = "".join(f"GRAPH {g} {{\n{body}}}\n" for g, body in bodies)
    default = "".join(body for _, body in bodies) if default_graph else ""
    return f"INSERT DATA {{\n{named}{default}}}"


def replace_graphs(graphs: Sequence[tuple[NamedNode, str]], *, default_graph: bool = True) -> str:
    """One update request that replaces each graph's content and keeps the default graph the union."""
    parts = [drop_graphs([g for g, _ in graphs], default_graph=default_graph),
             insert_data(graphs, default_graph=default_graph)]
    return " ;\n".join(p for p in parts if p)


def own_quads(store: OxStore, *, own_default: bool) -> Iterable[Quad]:
    """The store's quads without the union's copies: the named graphs, and with ``own_default``
    the default graph's triples of its own (a graph file's), those no named graph holds."""
    quads: Iterable[Quad] = (q for q in store.quads_for_pattern(None, None, None)
                             if not isinstance(q.graph_name, DefaultGraph))
    if own_default:
        own = store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
        assert isinstance(own, QuerySolutions)
        quads = [*(Quad(r["s"], r["p"], r["o"]) for r in own), *quads]
    return quads


def count_own(store: OxStore, *, own_default: bool) -> int:
    """How many quads :func:`own_quads` gives."""
    total = len(store) - _count(store, "?s ?p ?o")
    if own_default:
        total += _count(store, "?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } }")
    return total


def _count(store: OxStore, pattern: str) -> int:
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    assert isinstance(rows, QuerySolutions)
    return int(next(iter(rows))["n"].value)
