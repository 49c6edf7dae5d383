"""Ratification read on sentences written for the test (round 14): a by-phrase the parser took for
an agent of an active verb; a time inside a vote's phrase ("vote next month on"); a refusal put off
"until" something (ahead, or done then); and an approval told "despite" a denial (it happened)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_SIGNED = "Chile and Peru signed the Atacama Water Treaty in May. "


def ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f["modality"]) for f in facts(doc, "ratification")}


# -- "by" after a ratification noun, hung on a coordinated active verb -------------------------------
@pytest.mark.parametrize("body, states", [
    (_SIGNED + "It will replace an older accord and will take effect after ratification by the parliaments "
     "of the two countries.", {"Chile", "Peru"}),
])
def test_ratification_by_a_body_on_a_coordinated_verb(extractor, body, states):
    got = ratified(run(extractor, body, published="2024-06-10"))
    assert {("Atacama Water Treaty", s, "planned") for s in states} <= got, got


# -- "not ... until": put off, not refused --------------------------------------------------------------
@pytest.mark.parametrize("body, state, modality", [
    (_SIGNED + "Chile's Senate will not ratify the treaty until Peru's Congress does.", "Chile", "planned"),
    (_SIGNED + "The Chilean government said it would not submit the treaty to the Senate for ratification until a "
     "review was complete.", "Chile", "planned"),
    (_SIGNED + "The Chilean Senate will not vote on the pact until next year.", "Chile", "planned"),
    ("Chile and Peru signed the Atacama Water Treaty in 2019. The Chilean Senate did not ratify it until March 2021.",
     "Chile", "asserted"),
])
def test_a_ratification_put_off_until_later_is_not_denied(extractor, body, state, modality):
    got = ratified(run(extractor, body, published="2024-06-10"))
    assert ("Atacama Water Treaty", state, modality) in got, got
    assert ("Atacama Water Treaty", state, "negated") not in got, got


# (a guard: a refusal with no "until" stays denied)
@pytest.mark.parametrize("body", [
    _SIGNED + "The Chilean Senate has refused to ratify it despite pressure from Lima.",
    _SIGNED + "The Chilean Senate will not ratify the treaty, officials said on Monday.",
])
def test_a_refusal_without_until_stays_denied(extractor, body):
    got = ratified(run(extractor, body, published="2024-06-10"))
    assert ("Atacama Water Treaty", "Chile", "negated") in got, got


# -- an approval "despite" a denial --------------------------------------------------------------------
@pytest.mark.parametrize("body, state", [
    (_SIGNED + "In Peru, President Ana Soto has still not signed the treaty despite approval by both houses of Congress "
     "last year.", "Peru"),
    (_SIGNED + "The treaty has not entered into force, notwithstanding its ratification by the Chilean Senate in "
     "March.", "Chile"),
    (_SIGNED + "The treaty has not taken effect in spite of its approval by Peru's Congress.", "Peru"),
])
def test_an_approval_told_despite_a_denial_happened(extractor, body, state):
    got = ratified(run(extractor, body, published="2024-06-10"))
    assert ("Atacama Water Treaty", state, "asserted") in got, got
    assert ("Atacama Water Treaty", state, "negated") not in got, got


# -- a time between a verb and its phrase's closing word ------------------------------------------------
@pytest.mark.parametrize("body, state, modality", [
    ("U.S. senators are expected to vote next month on the Bering Strait Fisheries Treaty with Russia.",
     "United States", "planned"),
    ("The Chilean Senate is due to vote later this week on the Atacama Water Treaty.", "Chile", "planned"),
    ("Chile's lawmakers voted late on Tuesday in favour of the Atacama Water Treaty.", "Chile", "asserted"),
])
def test_a_time_inside_a_vote_phrase(extractor, body, state, modality):
    got = {(s, mod) for _, s, mod in ratified(run(extractor, body, published="2024-06-10"))}
    assert (state, modality) in got, got

