"""The ontology defines every term kg uses, parses, and HermiT finds it (and good data) consistent."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef

from kg.errors import CheckFailedError
from kg.model import ACTIVITIES, ENTITY_TYPES, FACILITY_KINDS
from kg.rdf.namespaces import BASE, ID, KG, OWL, RDF, RDFS, SKOS, XSD
from kg.rdf.ontology import (
    CONCEPTS_FILE,
    ONTOLOGY_DIR,
    ONTOLOGY_FILE,
    SHAPES_FILE,
    check_consistency,
    load_ontology_graph,
    ontology_terms,
)

SAMPLE = Path(__file__).parent / "data" / "sample-graph.trig"
KG_TERMS = sorted(KG._NS[name] for name in KG.__annotations__)


def test_files_found_relative_to_package() -> None:
    assert ONTOLOGY_DIR.name == "ontology"
    for path in (ONTOLOGY_FILE, CONCEPTS_FILE, SHAPES_FILE):
        assert path.is_file()
        rdflib.Graph().parse(path, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return load_ontology_graph(concepts=False)


@pytest.mark.parametrize("term", KG_TERMS, ids=lambda t: t.split("#")[1])
def test_every_namespace_term_is_defined(ontology: rdflib.Graph, term: URIRef) -> None:
    assert (term, RDF.type, None) in ontology, "not declared"
    labels = list(ontology.objects(term, RDFS.label))
    assert len(labels) == 1 and labels[0].language == "en"
    assert (term, SKOS.definition, None) in ontology, "no skos:definition"


def test_ontology_defines_no_term_outside_the_namespace() -> None:
    assert ontology_terms() == set(KG_TERMS)


def test_ontology_header(ontology: rdflib.Graph) -> None:
    assert (URIRef(BASE + "ontology"), RDF.type, OWL.Ontology) in ontology


@pytest.mark.parametrize("name", ENTITY_TYPES)
def test_entity_types_are_classes(ontology: rdflib.Graph, name: str) -> None:
    assert (KG[name], RDF.type, OWL.Class) in ontology


def test_properties_have_domain_and_range(ontology: rdflib.Graph) -> None:
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ontology.subjects(RDF.type, kind):
            if str(prop).startswith(str(KG._NS)):
                assert (prop, RDFS.domain, None) in ontology, prop
                assert (prop, RDFS.range, None) in ontology, prop


@pytest.mark.parametrize(
    "scheme, words, cls",
    [("facility-kind", FACILITY_KINDS, KG.FacilityKind), ("activity", ACTIVITIES, KG.Activity)],
)
def test_concept_schemes_cover_format_words(scheme: str, words: tuple[str, ...], cls: URIRef) -> None:
    graph = load_ontology_graph()
    for word in words:
        concept = ID[f"concept/{scheme}/{word.lower().replace(' ', '-')}"]
        assert (concept, RDF.type, cls) in graph
        assert (concept, SKOS.prefLabel, Literal(word, lang="en")) in graph


@pytest.mark.slow
def test_hermit_finds_ontology_consistent() -> None:
    check_consistency()


@pytest.mark.slow
def test_hermit_finds_sample_graph_consistent() -> None:
    data = rdflib.Dataset()
    data.parse(SAMPLE, format="trig")
    check_consistency(data)


EVIDENCE = ID["evidence/a/0-10"]
STATE = ID["state/Q668"]


@pytest.mark.slow
def test_hermit_refuses_disjoint_types() -> None:
    graph = rdflib.Graph()
    graph.add((STATE, RDF.type, KG.State))
    graph.add((STATE, RDF.type, KG.Evidence))
    with pytest.raises(CheckFailedError, match="inconsistent"):
        check_consistency(graph)


@pytest.mark.slow
def test_hermit_refuses_datatype_violation() -> None:
    graph = rdflib.Graph()
    graph.add((EVIDENCE, RDF.type, KG.Evidence))
    graph.add((EVIDENCE, KG.startOffset, Literal("the start", datatype=XSD.string)))
    with pytest.raises(CheckFailedError, match="inconsistent"):
        check_consistency(graph)


@pytest.mark.slow
def test_hermit_accepts_summit_as_event_and_two_types_per_wikidata_item() -> None:
    # A summit is an event; a Ratification is both an event and a fact; two entity nodes of
    # different types may link to one Wikidata item. None of this may be inconsistent.
    graph = rdflib.Graph()
    summit, place = ID["summit/g20"], ID["place/Q668"]
    graph.add((summit, RDF.type, KG.Summit))
    graph.add((summit, RDF.type, KG.Event))
    graph.add((STATE, RDF.type, KG.State))
    graph.add((place, RDF.type, KG.Place))
    for node in (STATE, place):
        graph.add((node, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q668")))
        graph.add((node, KG.linkConfidence, Literal(0.9)))
    fact = ID["fact/ratification/x"]
    graph.add((fact, RDF.type, KG.Ratification))
    graph.add((fact, KG.date, Literal("2025-12-02", datatype=XSD.date)))
    check_consistency(graph)
