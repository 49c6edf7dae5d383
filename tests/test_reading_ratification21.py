"""Ratification, round 21: a chamber named "<chamber> of (the) <state>" where the state's name has
two words or more ("the Parliament of the Czech Republic", "the Senate of the Dominican Republic") is
that state's body, its state part of the name, as one of a one-word state's was
(kg.extract.name_chunks.shorter_end, read by kg.extract.mentions). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _ratified(doc) -> set[tuple]:
    return {(f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("body, state, chamber, modality", [
    ("The Tatra Rail Accord was approved by the Parliament of the Czech Republic on Monday.",
     "Czechia", "Parliament of the Czech Republic", "asserted"),
    ("The Hispaniola Fisheries Pact still awaits a vote in the Senate of the Dominican Republic.",
     "Dominican Republic", "Senate of the Dominican Republic", "planned"),
    (("Kenya and Tanzania signed the Lake Victoria Security Pact in May. The Parliament of the United Republic "
      "of Tanzania ratified it on Tuesday."), "Tanzania", "Parliament of the United Republic of Tanzania", "asserted"),
])
def test_a_chamber_of_a_state_of_several_words_is_that_states(extractor, body, state, chamber, modality):
    doc = run(extractor, body, published="2025-03-14")
    assert (state, chamber, modality) in _ratified(doc), _ratified(doc)


@pytest.mark.parametrize("body, state, chamber", [
    # a one-word state's chamber, as before
    ("The Tatra Rail Accord was approved by the Parliament of Hungary on Monday.", "Hungary", "Parliament of Hungary"),
    ("The Tatra Rail Accord was approved by the Parliament of the Philippines on Monday.",
     "Philippines", "Parliament of the Philippines"),
])
def test_a_chamber_of_a_one_word_state_is_read_as_before(extractor, body, state, chamber):
    doc = run(extractor, body, published="2025-03-14")
    assert (state, chamber, "asserted") in _ratified(doc), _ratified(doc)


def test_an_organisation_of_a_state_keeps_the_name_it_was_read_by(extractor):
    doc = run(extractor, "Ana Ruiz, the secretary of the Supreme Defence Council of the Dominican Republic, spoke "
                         "on Monday.", published="2025-03-14")
    labels = {e.label for e in doc.entities.values() if e.type in {"Organization", "Legislature"}}
    assert "Supreme Defence Council of the Dominican Republic" not in labels, labels
