"""Agreements, round 26: how far a document's title runs (kg.extract.title_extent): through a
compound joined by a hyphen ("Defence Co-operation"), a list set off by commas with "and" before its
last member, a capitalised participle in a sentence written in lower case, "concerning the"; a count
opening a sentence ("Fifteen agreements") is no name. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import run

pytestmark = pytest.mark.model


def labels(doc) -> set[str]:
    """Every name of every agreement the article tells (labels and aliases)."""
    return {n for e in doc.entities.values() if e.type == "Agreement" for n in (e.label, *e.aliases)}


@pytest.mark.parametrize("body, title", [
    # a hyphen inside a state's name within the title
    (("The Senate of Norway approved the Agreement between Norway and the Co-operative Republic of Vietnam on "
     "Defence Matters on Tuesday."),
     "Agreement between Norway and the Co-operative Republic of Vietnam on Defence Matters"),
    # a hyphen in the title's topic, then "and"
    ("Tunisia and Malawi signed the Treaty of Non-aggression and Friendship in Lilongwe on Monday.",
     "Treaty of Non-aggression and Friendship"),
    # a hyphen after "of the"
    ("Lawmakers in Denmark ratified the Convention on the Non-proliferation of Chemical Agents on Friday.",
     "Convention on the Non-proliferation of Chemical Agents"),
    # a list with a serial comma and "and other"
    (("The parliament of Estonia ratified the Agreement between Estonia and Peru concerning the Status of Troops, "
     "Aircraft, Vessels, and other Equipment in Peruvian Territory on Friday."),
     "Agreement between Estonia and Peru concerning the Status of Troops, Aircraft, Vessels, and other Equipment in Peruvian Territory"),
    ("Denmark signed the Convention on the Rescue of Sailors, Fishermen, and other Persons at Sea in Oslo on Monday.",
     "Convention on the Rescue of Sailors, Fishermen, and other Persons at Sea"),
    # a capitalised participle and its object
    (("Ministers of Estonia and Peru signed the Treaty between Estonia and Peru Establishing their Land Border "
     "in the Varn Valley in 2019."), "Treaty between Estonia and Peru Establishing their Land Border in the Varn Valley"),
])
def test_a_title_runs_on(extractor, body, title):
    assert title in labels(run(extractor, body, published="2025-03-14"))


@pytest.mark.parametrize("body, title", [
    # a short form after a comma and "or" is no list of the title
    ("The second, a Visiting Forces Agreement, or VFA, governs the conduct of soldiers on exercise.", "Visiting Forces Agreement"),
    # an apposition after the title
    ("The Agreement on Trade in Services, Lima's main export pact, was signed by Peru and Chile in 2010.",
     "Agreement on Trade in Services"),
])
def test_a_title_stops_before_an_aside(extractor, body, title):
    assert title in labels(run(extractor, body, published="2025-03-14"))


@pytest.mark.parametrize("body, count", [
    (("Fifteen agreements were signed during the visit, including a revised defence cooperation agreement "
     "between Estonia and Peru."), "Fifteen"),
])
def test_a_count_opening_a_sentence_names_no_agreement(extractor, body, count):
    assert count not in labels(run(extractor, body, published="2025-03-14"))


def test_a_hyphenated_participle_is_no_part_of_a_name(extractor):
    doc = run(extractor, "The US-led coalition signed the Agreement on Air Transit in Kabul.", published="2025-03-14")
    assert "Agreement on Air Transit" in labels(doc)
