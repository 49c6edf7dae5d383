"""An article graph's N-Triples (what a build writes) say exactly what its rdflib Graph says."""
from __future__ import annotations

import datetime as dt

import pyoxigraph
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.rdf.build import ArticleGraph
from kg.rdf.namespaces import XSD


def test_ntriples_escape_every_literal_form():
    a, g = URIRef("https://example.org/a"), URIRef("https://example.org/g")
    triples = frozenset({
        (a, URIRef("https://example.org/quote"), Literal('He said "no"\\ then\nleft\r.', lang="en")),
        (a, URIRef("https://example.org/plain"), Literal("plain")),
        (a, URIRef("https://example.org/date"), Literal(dt.date(2024, 3, 10), datatype=XSD.date)),
        (a, URIRef("https://example.org/score"), Literal(0.875, datatype=XSD.double)),
        (a, URIRef("https://example.org/n"), Literal(7, datatype=XSD.integer)),
        (a, URIRef("https://example.org/link"), URIRef("http://www.wikidata.org/entity/Q668")),
    })
    ag = ArticleGraph("a", g, triples, "")
    text = ag.ntriples()
    assert len(text.splitlines()) == len(triples)
    assert isomorphic(Graph().parse(data=text, format="nt"), ag.graph)
    store = pyoxigraph.Store()
    store.load(text, pyoxigraph.RdfFormat.N_TRIPLES)
    values = {q.object.value for q in store}
    assert 'He said "no"\\ then\nleft\r.' in values and "2024-03-10" in values
