"""Graphs in the shape of ARCHITECTURE.md conform to the SHACL shapes; broken variants do not."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef

from kg.rdf.namespaces import ID, KG, OWL, RDFS
from kg.rdf.validate import ValidationReport, validate

SAMPLE = Path(__file__).parent / "data" / "sample-graph.trig"
GRAPH = ID["graph/relos-2025"]
INDIA = ID["state/Q668"]
RUSSIA = ID["state/russia"]
PARTY_FACT = ID["fact/parties/3a1f09c2"]
EVIDENCE = ID["evidence/relos-2025/0-71"]


def sample() -> rdflib.Dataset:
    data = rdflib.Dataset()
    data.parse(SAMPLE, format="trig")
    return data


def test_sample_graph_conforms() -> None:
    report = validate(sample())
    assert isinstance(report, ValidationReport)
    assert report.conforms, report.text


def test_single_named_graph_conforms() -> None:
    graph = sample().graph(GRAPH)
    assert len(graph) > 50
    assert validate(graph).conforms


def test_validate_leaves_data_untouched() -> None:
    data = sample()
    before = len(data)
    validate(data)
    assert len(data) == before


def _remove(triple: tuple) -> Callable[[rdflib.Graph], None]:
    return lambda g: g.remove(triple)


def _replace(s: URIRef, p: URIRef, value: object) -> Callable[[rdflib.Graph], None]:
    def edit(g: rdflib.Graph) -> None:
        g.remove((s, p, None))
        g.add((s, p, value))

    return edit


def _add(triple: tuple) -> Callable[[rdflib.Graph], None]:
    return lambda g: g.add(triple)


BROKEN = {
    "missing-label": (_remove((RUSSIA, RDFS.label, None)), "rdfs:label"),
    "untagged-label": (_replace(RUSSIA, RDFS.label, Literal("Russia")), "rdfs:label"),
    "two-labels": (_add((RUSSIA, RDFS.label, Literal("Russian Federation", lang="en"))), "rdfs:label"),
    "fact-without-evidence": (_remove((PARTY_FACT, KG.evidence, None)), "kg:evidence"),
    "bad-modality": (_replace(PARTY_FACT, KG.modality, Literal("rumoured")), "kg:modality"),
    "missing-modality": (_remove((PARTY_FACT, KG.modality, None)), "kg:modality"),
    "non-wikidata-sameas": (
        _replace(INDIA, OWL.sameAs, URIRef("http://dbpedia.org/resource/India")),
        "owl:sameAs",
    ),
    "wikidata-property-sameas": (
        _replace(INDIA, OWL.sameAs, URIRef("http://www.wikidata.org/entity/P31")),
        "owl:sameAs",
    ),
    "party-missing": (_remove((PARTY_FACT, KG.party, None)), "kg:party"),
    "offsets-reversed": (_replace(EVIDENCE, KG.startOffset, Literal(500)), "kg:startOffset"),
    "evidence-without-article": (
        _remove((EVIDENCE, URIRef("http://www.w3.org/ns/prov#wasQuotedFrom"), None)),
        "wasQuotedFrom",
    ),
    "confidence-out-of-range": (_replace(INDIA, KG.linkConfidence, Literal(1.5)), "kg:linkConfidence"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_variant_does_not_conform(name: str) -> None:
    edit, expected = BROKEN[name]
    data = sample()
    edit(data.graph(GRAPH))
    report = validate(data)
    assert not report.conforms
    assert expected in report.text, report.text
