"""Signings and parties, round 34 second wave, on sentences written for the test: a document the
parser hung inside another's complement ("a statement on the talks and the Baltic -- 2030
concept") is a second document, coordinated with the first (kg.extract.document_mends,
kg.extract.complements); a concept is an agreement as what is signed or adopted
(kg.extract.document_heads); a document listed after "including" is what the verb over the list
did ("signed two texts, including a concept"); a bare definite agreement noun a named signer signs,
where the article names and describes no agreement, is the agreement in view
(kg.extract.agreement_in_view); "A and visiting B" coordinates B with A (kg.extract.document_mends)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def signed(doc) -> set[tuple]:
    return {(r["agreement"], r.get("signatory")) for r in facts(doc, "signing")}


@pytest.mark.parametrize("body, first", [
    # a list after "including"; a plain object; a relative clause's object
    ("Estonia and Latvia signed two texts, including a bilateral communique on the outcome and the Baltic -- 2030 transport concept.",
     "bilateral communique on the outcome"),
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
    doc = run(extractor, "Estonia and Latvia inked four texts, including a trilateral communique and a 2030 energy concept.")
    got = {a for a, _ in signed(doc)}
    assert {"trilateral communique", "energy concept"} <= got, got


def test_topics_joined_by_and_stay_one_document(extractor):
    got = labels(run(extractor, "Estonia and Latvia signed a memorandum on fisheries and the shared border in Tartu."), "Agreement")
    assert any(g.startswith("memorandum on fisheries and") for g in got), got


@pytest.mark.parametrize("body, signers", [
    # passive with a relative clause set off by commas; plain passive; active
    ("The accord, which covers fisheries and ports, was inked by Estonian Defence Minister Lida Harrow and Latvian Defence Minister Odo Brant.",
     {"Lida Harrow", "Odo Brant", "Estonia", "Latvia"}),
    ("The treaty was signed by Estonian President Lida Harrow and Latvian President Odo Brant on Monday.",
     {"Lida Harrow", "Odo Brant", "Estonia", "Latvia"}),
    ("Estonia and Latvia signed the pact in Tartu on Monday. Officials said it would cut tariffs.", {"Estonia", "Latvia"}),
])
def test_a_bare_signed_agreement_with_nothing_before_is_the_one_in_view(extractor, body, signers):
    doc = run(extractor, body)
    got = {s for _, s in signed(doc)}
    assert signers <= got, got


@pytest.mark.parametrize("body", [
    # no signer named; a named agreement to point back to; an agreement only spoken of
    "The accord was signed on Monday after long talks.",
    "Estonia and Latvia praised the Tartu Treaty. The treaty was signed by Lida Harrow and Odo Brant.",
    "Estonia and Latvia discussed the pact in Tartu on Monday.",
])
def test_no_agreement_in_view_without_a_signer_or_beside_a_name(extractor, body):
    got = labels(run(extractor, body), "Agreement")
    assert not got & {"accord", "treaty", "pact"}, got


@pytest.mark.parametrize("body, signers", [
    # a passive's agents; a relative clause's agents; agents after a date
    ("A water accord was signed by Estonian President Lida Harrow and visiting Latvian President Odo Brant.",
     {"Lida Harrow", "Odo Brant", "Estonia", "Latvia"}),
    ("Estonia hailed a water accord that was inked by its president Lida Harrow and visiting Latvian Prime Minister Odo Brant.",
     {"Lida Harrow", "Odo Brant", "Latvia"}),
    ("A border pact was signed on Monday by Estonian Foreign Minister Lida Harrow and visiting Latvian Foreign Minister Odo Brant.",
     {"Lida Harrow", "Odo Brant", "Estonia", "Latvia"}),
])
def test_a_visiting_cosigner_is_coordinated_with_the_first(extractor, body, signers):
    got = {s for _, s in signed(run(extractor, body))}
    assert signers <= got, got
