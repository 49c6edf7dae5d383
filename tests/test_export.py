"""kg.export: every format re-imports isomorphic to what was exported."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic, to_isomorphic

from kg.errors import UserInputError
from kg.export import FORMATS, PREFIXES, WRITERS, export, format_for
from kg.store import Store, open_store

ID = "https://w3id.org/kg-news/id/"
KG = "https://w3id.org/kg-news/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"

#: Two article graphs with blank nodes and literals of several datatypes and languages.
GRAPHS: dict[str, str] = {
    f"{ID}graph/relos": f"""
<{ID}article/relos> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .
<{ID}article/relos> <https://schema.org/headline> "Russia ratifies RELOS"@en .
<{ID}article/relos> <https://schema.org/headline> "La Russie ratifie le RELOS"@fr .
<{ID}article/relos> <https://schema.org/datePublished> "2025-12-02"^^<{XSD}date> .
<{ID}article/relos> <{KG}contentHash> "9f86d081884c7d659a2feaa0c55ad015" .
<{ID}agreement/relos> <http://www.w3.org/2000/01/rdf-schema#label> "Reciprocal Exchange of Logistic Support"@en .
<{ID}agreement/relos> <http://www.w3.org/2004/02/skos/core#altLabel> "\u0420\u0415\u041b\u041e\u0421"@ru .
<{ID}agreement/relos> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q123> .
<{ID}agreement/relos> <{KG}linkConfidence> "0.875"^^<{XSD}decimal> .
<{ID}fact/ratification/1> <{KG}evidence> _:ev1 .
<{ID}fact/ratification/1> <{KG}modality> "asserted" .
_:ev1 <{KG}sentence> "The \\"State Duma\\" ratified it.\\nTab\\there." .
_:ev1 <{KG}startOffset> "61"^^<{XSD}integer> .
_:ev1 <{KG}endOffset> "160"^^<{XSD}integer> .
_:ev1 <http://www.w3.org/ns/prov#wasQuotedFrom> <{ID}article/relos> .
_:ev1 <{KG}note> _:ev2 .
_:ev2 <{KG}score> "1.5E0"^^<{XSD}double> .
_:ev2 <{KG}flag> "true"^^<{XSD}boolean> .
""",
    f"{ID}graph/summit": f"""
<{ID}summit/india-russia-23> <http://www.w3.org/2000/01/rdf-schema#label> "23rd India-Russia Annual Summit"@en .
<{ID}summit/india-russia-23> <http://www.w3.org/2004/02/skos/core#altLabel> "\u5370\u4fc4\u5cf0\u4f1a"@zh-hant .
<{ID}fact/summit/1> <{KG}ordinal> "23"^^<{XSD}integer> .
<{ID}fact/summit/1> <{KG}startDate> "2025-12-04"^^<{XSD}date> .
<{ID}fact/summit/1> <{KG}when> "2025-12-04T10:00:00Z"^^<{XSD}dateTime> .
<{ID}fact/summit/1> <{KG}evidence> _:ev1 .
_:ev1 <{KG}sentence> "Putin arrives in New Delhi on December 4\u20135." .
<{ID}agreement/relos> <{KG}permits> <{ID}concept/activities/refuelling> .
""",
}

RDFLIB_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt", "jsonld": "json-ld",
                  "rdfxml": "xml"}
#: The RDF formats (the others, like QuickStatements, have their own writer and tests).
RDF_FORMATS = sorted(name for name in FORMATS if name not in WRITERS)


@pytest.fixture
def store() -> Store:
    s = open_store(":memory:")
    for graph, data in GRAPHS.items():
        s.replace_graph(graph, data)
    return s


def expected_graph(graph: str | None = None) -> Graph:
    g = Graph()
    for name, data in GRAPHS.items():
        if graph is None or name == graph:
            g.parse(data=data, format="nt")  # one parse per article: its blank nodes are its own
    return g


def test_formats_table_is_complete() -> None:
    assert set(RDF_FORMATS) == set(RDFLIB_FORMATS)
    assert FORMATS["turtle"].extension == "ttl" and FORMATS["turtle"].media_type == "text/turtle"
    assert format_for("out.nq") is FORMATS["nquads"] and format_for("JSONLD") is FORMATS["jsonld"]
    with pytest.raises(UserInputError, match="unknown export format"):
        format_for("csv")


@pytest.mark.parametrize("name", RDF_FORMATS)
def test_union_export_round_trips(store: Store, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"out.{FORMATS[name].extension}"
    export(store, path, format=name)
    if FORMATS[name].datasets:
        ds = Dataset()
        ds.parse(path, format=RDFLIB_FORMATS[name])
        names = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert names == set(GRAPHS)
        for graph in GRAPHS:
            assert isomorphic(ds.graph(URIRef(graph)), expected_graph(graph)), graph
    else:
        back = Graph().parse(path, format=RDFLIB_FORMATS[name])
        assert to_isomorphic(back) == to_isomorphic(expected_graph())
        assert len(back) == len(expected_graph())


@pytest.mark.parametrize("name", RDF_FORMATS)
def test_one_graph_export_round_trips(store: Store, name: str) -> None:
    graph = f"{ID}graph/summit"
    data = export(store, None, format=name, graph=graph)
    if FORMATS[name].datasets:
        ds = Dataset().parse(data=data, format=RDFLIB_FORMATS[name])
        assert {str(g.identifier) for g in ds.graphs() if len(g)} == {graph}
        back = ds.graph(URIRef(graph))
    else:
        back = Graph().parse(data=data, format=RDFLIB_FORMATS[name])
    assert isomorphic(back, expected_graph(graph))


def test_turtle_uses_project_prefixes(store: Store) -> None:
    text = export(store, None, format="turtle").decode()
    for prefix in ("kg", "wd", "prov", "schema", "skos", "owl", "rdfs", "xsd"):
        assert f"@prefix {prefix}: <{PREFIXES[prefix]}> ." in text
    assert "kg:contentHash" in text and "wd:Q123" in text


def test_export_to_binary_file(store: Store, tmp_path: Path) -> None:
    with open(tmp_path / "out.nt", "wb") as f:
        assert export(store, f, format="ntriples") is None
    assert len(Graph().parse(tmp_path / "out.nt", format="nt")) == len(expected_graph())


def test_reexport_through_kg_store_is_stable(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.trig"
    export(store, path, format="trig")
    with open_store(path) as again:
        second = export(again, None, format="nquads")
    ds = Dataset().parse(data=second, format="nquads")
    for graph in GRAPHS:
        assert isomorphic(ds.graph(URIRef(graph)), expected_graph(graph))


def test_bare_pyoxigraph_store_is_accepted(store: Store) -> None:
    data = export(store.inner, None, format="turtle", graph=f"{ID}graph/summit")
    assert isomorphic(Graph().parse(data=data, format="turtle"), expected_graph(f"{ID}graph/summit"))
