"""Ratification, round 26: a vote against by a chamber's members named as a part of it is a
minority's, no rejection (kg.extract.facts.faction_votes.a_faction); members named as the whole
chamber's still reject it for their state. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_PASSED = "The Sejm approved the Kura Delta Accord by 300 votes to 120 on Friday. "


def _ratified(doc) -> set[tuple]:
    return {(f["state"], f["modality"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("body", [
    _PASSED + "Opposition deputies voted against the accord.",
    _PASSED + "Deputies of the Green Party voted against, arguing that it went too far.",
    "The Sejm approved the Kura Delta Accord on Friday, with only the far-right deputies voting no.",
    _PASSED + "Opposition deputies, who voted against, called the text vague.",
    _PASSED + "Conservative senators voted against the accord.",
])
def test_part_of_a_chamber_voting_against_rejects_nothing(extractor, body):
    # (each fails on f87509c: a negated ratification beside the one asserted)
    doc = run(extractor, body, published="2025-03-14")
    assert _ratified(doc) == {("Poland", "asserted")}, _ratified(doc)


@pytest.mark.parametrize("body, state", [
    ("Polish lawmakers voted against the Kura Delta Accord on Friday, sinking it.", "Poland"),
    ("Kenyan lawmakers voted down the Kura Delta Accord on Friday.", "Kenya"),
    ("The Sejm voted against the Kura Delta Accord on Friday.", "Poland"),
])
def test_the_chamber_voting_against_still_rejects(extractor, body, state):
    # guard: members named as the state's chamber, or the chamber itself, reject it
    doc = run(extractor, body, published="2025-03-14")
    assert (state, "negated") in _ratified(doc), _ratified(doc)
