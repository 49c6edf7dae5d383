"""An article graph's N-Triples (what a build writes) say exactly what its rdflib Graph says."""
from __future__ import annotations

import pyoxigraph
from pyoxigraph import Literal, NamedNode, Triple
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.rdf.build import ArticleGraph

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_ntriples_and_rdflib_graph_say_the_same_for_every_literal_form():
    a = NamedNode("https://example.org/a")
    triples = frozenset({
        Triple(a, NamedNode("https://example.org/quote"), Literal('He said "no"\\ then\nleft\r.', language="en")),
        Triple(a, NamedNode("https://example.org/plain"), Literal("plain")),
        Triple(a, NamedNode("https://example.org/date"), Literal("2024-03-10", datatype=NamedNode(XSD + "date"))),
        Triple(a, NamedNode("https://example.org/score"), Literal("0.875", datatype=NamedNode(XSD + "double"))),
        Triple(a, NamedNode("https://example.org/n"), Literal("7", datatype=NamedNode(XSD + "integer"))),
        Triple(a, NamedNode("https://example.org/link"), NamedNode("http://www.wikidata.org/entity/Q668")),
    })
    ag = ArticleGraph("a", "https://example.org/g", triples, "")
    text = ag.ntriples()
    assert len(text.splitlines()) == len(triples)
    assert isomorphic(Graph().parse(data=text, format="nt"), ag.graph)
    store = pyoxigraph.Store()
    store.load(text, pyoxigraph.RdfFormat.N_TRIPLES)
    assert {q.triple for q in store} == set(triples)
    lexical = {str(o) for _, _, o in ag.graph}
    assert {'He said "no"\\ then\nleft\r.', "plain", "2024-03-10", "0.875", "7"} <= lexical
