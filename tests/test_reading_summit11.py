"""Summits as English tells them, read on sentences written for the test (round eleven): what is
said of a state whose name has several words ("Saudi Arabia", "Burkina Faso") is read at the word
the name hangs on, so one bidden to do something else, kept away, or the place a summit is held
in is read as it is for a one-word name."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model


def participants(doc: Document) -> set[str]:
    return {p for f in facts(doc, "summit") for p in f.get("participants", ())}


# -- a name of several words is read at its head word ------------------------------------------------
@pytest.mark.parametrize("body, state", [
    ("At the BRICS summit in Kazan on Tuesday, the leaders agreed to invite Egypt, Saudi Arabia and the "
     "United Arab Emirates to become full members.", "Saudi Arabia"),
    ("At the BRICS summit in Kazan on Tuesday, the leaders agreed to invite Egypt, Saudi Arabia and the "
     "United Arab Emirates to become full members.", "United Arab Emirates"),
    ("The G20 summit in Rome on Sunday urged South Korea to cut its tariffs.", "South Korea"),
    ("Leaders at the ECOWAS summit in Abuja on Sunday invited Burkina Faso and Sierra Leone to rejoin the bloc.",
     "Burkina Faso"),
    ("Leaders at the ECOWAS summit in Abuja on Sunday invited Burkina Faso and Sierra Leone to rejoin the bloc.",
     "Sierra Leone"),
])
def test_a_state_of_several_words_bidden_or_kept_away_takes_no_part(extractor, body, state):
    doc = run(extractor, body, published="2024-06-01")
    assert facts(doc, "summit"), doc.facts
    assert state not in participants(doc), participants(doc)


@pytest.mark.parametrize("body, state", [
    ("At the BRICS summit in Kazan on Tuesday, the leaders agreed to invite Egypt to become a full member.", "Egypt"),
    ("Boycotting the ASEAN summit in Jakarta on Tuesday, Malaysia sent no one.", "Malaysia"),
    ("Boycotting the ASEAN summit in Jakarta on Tuesday, New Zealand sent no one.", "New Zealand"),
])
def test_a_one_word_state_bidden_or_kept_away_takes_no_part_guard(extractor, body, state):
    doc = run(extractor, body, published="2024-06-01")
    assert state not in participants(doc), participants(doc)
