"""Agreements, round 26: documents that are agreements as what states sign or agree (a charter, a
lease, an annex) and an exchange of notes or letters always (kg.extract.document_heads). On
sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def labels(doc) -> set[str]:
    """Every name of every agreement the article tells (labels and aliases)."""
    return {n for e in doc.entities.values() if e.type == "Agreement" for n in (e.label, *e.aliases)}


@pytest.mark.parametrize("body, agreement, signatory", [
    # an exchange of notes, signed
    ("In Suva on Monday, Japan and Fiji signed an exchange of notes on grant aid for patrol boats.",
     "exchange of notes on grant aid for patrol boats", "Japan"),
    # a lease, signed, then referred to
    ("Djibouti and China signed a lease for the naval base in 2016. The lease runs for ten years.",
     "lease for the naval base", "China"),
    # an annex to a named memorandum
    ("India and Oman signed an annex to the Memorandum on Military Cooperation in Muscat.",
     "annex to the Memorandum on Military Cooperation", "Oman"),
    # a charter, signed by states
    ("Ghana and Togo signed a charter for their fisheries council in Accra on Tuesday.",
     "charter for their fisheries council", "Togo"),
])
def test_a_signed_document_is_an_agreement(extractor, body, agreement, signatory):
    doc = run(extractor, body, published="2025-03-14")
    names = {e.label: {e.label, *e.aliases} for e in doc.entities.values() if e.type == "Agreement"}
    assert any(agreement in names.get(f["agreement"], ()) and f["signatory"] == signatory for f in facts(doc, "signing"))


@pytest.mark.parametrize("body, agreement", [
    ("The bloc's members adopted a permanent charter at their summit in Kathmandu.", "permanent charter"),
    ("Kosovo and Serbia agreed an implementation annex in Ohrid on Saturday.", "implementation annex"),
])
def test_an_adopted_document_is_an_agreement(extractor, body, agreement):
    assert agreement in labels(run(extractor, body, published="2025-03-14"))


@pytest.mark.parametrize("body", [
    "A charter flight took the ministers home from Lima on Monday.",
    "An exchange of fire was reported at the border on Monday.",
    "The lease on the embassy building expires next year, officials said.",
    "The annex of the old palace now houses a museum.",
    "The accord will become binding upon an exchange of notes saying both sides are ready.",
    "Officials had to draft a fresh exchange of letters for every exercise, the minister said.",
])
def test_the_same_nouns_told_otherwise_are_no_agreement(extractor, body):
    assert not labels(run(extractor, body, published="2025-03-14"))


@pytest.mark.parametrize("body, agreement", [
    # a declaration of intent signed, its infinitive naming a place
    ("Chile and Peru signed a declaration of intent to build a joint coastguard academy in Arica on Monday.",
     "declaration of intent"),
    # a statement of intent, signed
    ("Norway and Iceland signed a statement of intent on fisheries patrols in Oslo on Tuesday.", "statement of intent"),
    # passive, with a relative clause
    ("A statement of intent under which Latvia will train Moldovan pilots was signed in Riga.", "statement of intent"),
    # a charter of a named body, adopted; and one to be signed
    ("The leaders of the bloc adopted a charter of the Lake Council at their summit in Kigali.",
     "charter of the Lake Council"),
    ("Latvia said it would sign the charter of the Baltic Energy Forum in Riga next week.",
     "charter of the Baltic Energy Forum"),
    # an annex to a memorandum
    ("Armenia and Greece signed an annex to their defence memorandum in Athens on Monday.",
     "annex to their defence memorandum"),
])
def test_a_document_of_intent_or_of_a_body_is_an_agreement(extractor, body, agreement):
    assert any(agreement in n for n in labels(run(extractor, body, published="2025-03-14")))


@pytest.mark.parametrize("body, word", [
    ("The minister made a declaration of intent to run for president in Lima on Monday.", "declaration"),
    ("The president gave a statement of intent about his reforms in parliament.", "statement"),
    ("Critics said the new plan was a mere declaration of intent, not a treaty.", "declaration"),
])
def test_one_speakers_intent_is_no_agreement(extractor, body, word):
    assert not any(word in n for n in labels(run(extractor, body, published="2025-03-14")))


def test_a_declaration_named_by_its_place_stays_a_name(extractor):
    body = "The Lima declaration, signed at the bloc's fifth summit in Lima in May 2019, ended the dispute."
    assert any("Lima declaration" in n for n in labels(run(extractor, body, published="2025-03-14")))


@pytest.mark.parametrize("body, agreement", [
    # coordinated with another document a verb signs
    ("Togo and Ghana signed a trade accord and a lease for the border market in Lome.", "lease for the border market"),
    # listed after a colon, in apposition to what is signed
    ("The ministers will sign two texts on Monday: a fisheries charter and a plan on river transport.", "fisheries charter"),
    ("Peru and Chile signed three documents: a port agreement, an environmental charter and a roadmap for trade.",
     "roadmap for trade"),
    # in apposition after a comma
    ("The leaders adopted two documents, a youth charter and an action plan on migration.", "youth charter"),
    # the parser's clause for an agreed annex
    ("Peru and Bolivia agreed an implementation annex to the accord in La Paz.", "implementation annex"),
])
def test_one_of_a_list_of_signed_texts_is_an_agreement(extractor, body, agreement):
    assert any(agreement in n for n in labels(run(extractor, body, published="2025-03-14")))


@pytest.mark.parametrize("body", [
    "The airline signed a new pilot and a charter flight operator, the company said.",
    "Voters rejected the plan and a lease extension for the stadium in March.",
])
def test_a_list_no_one_signs_as_a_text_gives_none(extractor, body):
    assert not any(w in n for n in labels(run(extractor, body, published="2025-03-14")) for w in ("charter", "lease"))
