"""Summits as English tells them, read on sentences written for the test (round sixteen): a series of
meetings named by the states that hold it ("the A-B Defence Ministers' Dialogue") is a summit of those
states; "the third round of" it is its edition; a relative clause that puts a summit ahead ("..., which
will be held in X") makes it planned, and places it."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-03-12"  # a Wednesday


def summits(extractor, body: str) -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED), "summit")


# -- a meeting series named by its states ---------------------------------------------------------------
@pytest.mark.parametrize("body, states, modality", [
    # passive, with its edition
    ("The third Vietnam-Laos Defence Ministers' Dialogue was held in Vientiane on Friday.", {"Vietnam", "Laos"},
     "asserted"),
    # planned, a state hosting it
    ("Chile will host the annual Chile–Argentina Strategic Dialogue in Santiago in May, the foreign ministry said.",
     {"Chile", "Argentina"}, "planned"),
    # a journey for it, a relative clause
    (("Foreign Minister Ana Ruiz flew to Rabat for the Spain-Morocco Foreign Ministers' Meeting, which opened on "
      "Monday."), {"Spain", "Morocco"}, "asserted"),
    # the object of "attend", with a rank in words
    ("Defence chiefs attended the second Kenya-Uganda Defence Ministers' Dialogue in Nairobi on Monday.",
     {"Kenya", "Uganda"}, "asserted"),
])
def test_a_series_named_by_its_states_is_their_summit(extractor, body, states, modality):
    rows = summits(extractor, body)
    assert any(states <= set(r.get("participants") or ()) and r["modality"] == modality for r in rows), rows


@pytest.mark.parametrize("body", [
    "Delegates from forty countries attended the Shangri-La Dialogue in Singapore on Saturday.",  # no state opens it
    "The Kenya-Uganda Business Meeting took place in Kampala on Monday.",  # a "Meeting" of no ministers or leaders
])
def test_no_series_without_its_states_or_ministers(extractor, body):
    assert summits(extractor, body) == []


def test_a_series_edition_keeps_its_rank(extractor):
    rows = summits(extractor, "The third Vietnam-Laos Defence Ministers' Dialogue was held in Vientiane on Friday.")
    assert [r.get("ordinal") for r in rows] == [3], rows


@pytest.mark.parametrize("body, rank", [
    ("The third round of the Kenya-Uganda Strategic Dialogue was held in Nairobi on Friday.", 3),
    ("The ministers signed the pact on the occasion of the 12th edition of the Kenya-Uganda summit in Nairobi.", 12),
])
def test_a_ranked_round_of_a_series_is_its_edition(extractor, body, rank):
    assert [r.get("ordinal") for r in summits(extractor, body)] == [rank]


def test_a_session_of_a_summit_is_no_edition(extractor):  # (a guard: one sitting of the summit)
    rows = summits(extractor, "Leaders met in Apia on Friday for the second session of the Pacific Islands Forum summit.")
    assert rows and all(r.get("ordinal") is None for r in rows), rows


# -- a relative clause that puts the summit ahead ---------------------------------------------------------
@pytest.mark.parametrize("body", [
    ("Kenya and Uganda meet every year at the Kenya-Uganda Foreign Ministers' Meeting, the next of which is due to "
     "open in Uganda in 2026."),
    "Both sides praised the Kenya-Uganda summit, which is to be held in Kampala.",
    "The ministers spoke about the Nile summit, which will take place in Juba.",
])
def test_a_summit_a_relative_clause_puts_ahead_is_planned(extractor, body):
    rows = summits(extractor, body)
    assert rows and all(r["modality"] == "planned" for r in rows), rows


def test_a_summit_a_relative_clause_tells_as_past_stays_asserted(extractor):
    rows = summits(extractor, "The Tonga summit, which was held in May, ended with a declaration.")
    assert rows and all(r["modality"] == "asserted" for r in rows), rows


def test_the_next_of_which_is_held_in_a_state(extractor):
    rows = summits(extractor, "Kenya and Uganda meet every year at the Kenya-Uganda Foreign Ministers' Meeting, "
                              "the next of which is due to open in Uganda in 2026.")
    assert [(r.get("location"), r["modality"]) for r in rows] == [("Uganda", "planned")], rows
