"""Signings and parties, round 34 second wave, on sentences written for the test: a document the
parser hung inside another's complement ("a statement on the talks and the Baltic -- 2030
concept") is a second document, coordinated with the first (kg.extract.document_mends,
kg.extract.complements); a concept is an agreement as what is signed or adopted
(kg.extract.document_heads); a document listed after "including" is what the verb over the list
did ("signed two texts, including a concept")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def signed(doc) -> set[tuple]:
    return {(r["agreement"], r.get("signatory")) for r in facts(doc, "signing")}


@pytest.mark.parametrize("body, first", [
    # a list after "including"; a plain object; a relative clause's object
    ("Estonia and Latvia signed two texts, including a joint statement on the outcome and the Baltic -- 2030 transport concept.",
     "joint statement on the outcome"),
    ("Estonia and Latvia signed a memorandum on fisheries and the Baltic -- 2035 energy roadmap in Tartu.",
     "memorandum on fisheries"),
    ("The ministers of Estonia and Latvia praised the accord on rail links and the Nordic -- 2040 freight plan that they signed.",
     "accord on rail links"),
])
def test_a_second_document_ends_the_first_ones_description(extractor, body, first):
    got = labels(run(extractor, body), "Agreement")
    assert first in got, got
    assert not any("Baltic" in g or "Nordic" in g for g in got if g.startswith(first)), got


@pytest.mark.parametrize("body, word", [
    # active, passive, "adopted"
    ("Estonia and Latvia signed a development concept for their border regions in Tartu.", "concept"),
    ("A new energy concept was signed by Estonia and Latvia on Monday.", "concept"),
    ("Estonia and Latvia adopted a concept of energy security on Monday.", "concept"),
])
def test_a_concept_signed_or_adopted_is_an_agreement(extractor, body, word):
    got = labels(run(extractor, body), "Agreement")
    assert any(word in g for g in got), got


@pytest.mark.parametrize("body", [
    "The minister explained the concept of deterrence to Latvian officers.",
    "Estonia said the concept of neutrality was outdated.",
])
def test_a_concept_only_spoken_of_is_none(extractor, body):
    assert not labels(run(extractor, body), "Agreement")


def test_a_listed_document_is_signed(extractor):
    doc = run(extractor, "Estonia and Latvia signed several documents, including a joint statement and a 2030 energy concept.")
    got = {a for a, _ in signed(doc)}
    assert {"joint statement", "energy concept"} <= got, got


def test_topics_joined_by_and_stay_one_document(extractor):
    got = labels(run(extractor, "Estonia and Latvia signed a memorandum on fisheries and the shared border in Tartu."), "Agreement")
    assert any(g.startswith("memorandum on fisheries and") for g in got), got
