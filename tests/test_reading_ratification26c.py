"""Ratification, round 26: a chamber named by words that say no state, put in the state the
article names after "with" the agreement, votes for the agreement's other party
(kg.extract.facts.ratifying_sides.other_side). On passages written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _ratified(doc) -> set[tuple]:
    return {(f["state"], f["modality"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("headline, body, state", [
    ("SENATE APPROVES FISHERIES AGREEMENT WITH PERU",
     ("The Senate on Wednesday approved the Agreement between the Republic of Chile and the Republic of "
      "Peru on Fisheries Cooperation. The agreement was signed in Santiago in March."),
     "Chile"),
    ("Chamber of Deputies ratifies border agreement with Togo",
     "The Chamber of Deputies on Thursday ratified the Border Demarcation Agreement between Benin and Togo by 80 votes to 3.",
     "Benin"),
    ("Chamber approves customs treaty with Lithuania",
     ("The Chamber of Deputies approved the customs cooperation treaty between Poland and Lithuania on Friday, "
      "sending it to the Senate."), "Poland"),
    ("Parliament backs water-sharing pact with Nepal",
     "Parliament on Monday approved the water-sharing treaty between Bhutan and Nepal.", "Bhutan"),
])
def test_a_bare_chamber_votes_for_the_side_the_pact_is_not_with(extractor, headline, body, state):
    # (each fails on f87509c: the chamber was given the partner named after "with")
    doc = run(extractor, body, headline=headline, published="2025-03-14")
    assert _ratified(doc) == {(state, "asserted")}, _ratified(doc)


@pytest.mark.parametrize("body, state", [
    ("Peru's Senate approved the fisheries pact with Chile on Monday.", "Peru"),
    ("The Senate of Chile approved the fisheries pact with Peru on Monday.", "Chile"),
    ("The Chilean Congress ratified the fisheries treaty with Peru on Monday.", "Chile"),
])
def test_a_chamber_the_text_gives_a_state_keeps_it(extractor, body, state):
    # guard: the text's own word for whose chamber it is outweighs "with"
    doc = run(extractor, body, published="2025-03-14")
    assert (state, "asserted") in _ratified(doc), _ratified(doc)
