"""Summits as English tells them, read on sentences written for the test (round thirty).

A weekday told near "heads of state" or "heads of government" is dated by the sentence's verb:
"heads" followed by "of" is a plural noun, no present tense telling an event ahead
(kg.extract.date_resolution._tense).

An abbreviated month after a capitalised "Summit" is its day, no word of a titled name: "the X
Summit on Nov. 4" is "X Summit" (kg.extract.summit_mentions._WHEN)."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday
MONDAY_GONE = dt.date(2025, 5, 5)
MONDAY_AHEAD = dt.date(2025, 5, 12)


def summits(extractor, body: str) -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED), "summit")


@pytest.mark.parametrize("body", [
    # active, a gathering named by who meets
    "Leaders of the Andean Community met for a gathering of heads of state in Quito on Monday.",
    # passive
    "The summit was attended by heads of government from Chile, Peru and Bolivia in Quito on Monday.",
    # relative clause on the summit
    "The Andean Community summit, which drew heads of state to Quito on Monday, ended with a trade pact.",
    # coordinated subjects, "heads of state" right before the date
    "Chile and Peru joined the other heads of state on Monday at the Andean Community summit in Quito.",
])
def test_heads_of_state_tells_no_time_ahead(extractor, body):
    got = summits(extractor, body)
    assert got and all(f.get("start") == MONDAY_GONE and f["modality"] == "asserted" for f in got), got


# guards: a time ahead still told by the verb, and "heads to" still a present of travel
@pytest.mark.parametrize("body", [
    "Heads of state of the Andean Community will meet for a summit in Quito on Monday.",
    "Bolivia's president heads to Quito on Monday for the Andean Community summit.",
    "The Andean Community is to hold a meeting of heads of state in Quito on Monday.",
])
def test_a_time_ahead_stays_ahead(extractor, body):
    got = summits(extractor, body)
    assert got and all(f.get("start") == MONDAY_AHEAD and f["modality"] == "planned" for f in got), got


@pytest.mark.parametrize("body, name", [
    # a trip to it, a span of days
    ("Peru's president will travel to Lagos for the Ocean Forum Summit on Nov. 4 and 5.", "Ocean Forum Summit"),
    # passive, a place after the day
    ("The Sahel Alliance Summit on Oct. 3 in Accra was attended by Ghana and Togo.", "Sahel Alliance Summit"),
    # active, the summit the object
    ("Ghana hosted the Coastal States Summit on Jan. 14 in Accra.", "Coastal States Summit"),
])
def test_an_abbreviated_month_is_no_word_of_the_name(extractor, body, name):
    got = summits(extractor, body)
    assert [f["summit"] for f in got] == [name], got


# guards: a titled name keeps its words
@pytest.mark.parametrize("body, name", [
    ("Ghana hosted the Summit on Ocean Health in Accra on Monday.", "Summit on Ocean Health"),
    ("Togo's president flew to Accra for the Summit for Coastal Cities.", "Summit for Coastal Cities"),
])
def test_a_titled_name_keeps_its_words(extractor, body, name):
    got = summits(extractor, body)
    assert name in [f["summit"] for f in got], got
