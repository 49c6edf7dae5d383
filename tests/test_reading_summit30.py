"""Summits as English tells them, read on sentences written for the test (round thirty).

A weekday told near "heads of state" or "heads of government" is dated by the sentence's verb:
"heads" followed by "of" is a plural noun, no present tense telling an event ahead
(kg.extract.date_resolution._tense).

A guest who leaves a summit on a day leaves on its last day: "left the two-day summit on Friday" tells
a summit of Thursday and Friday (``ending`` in data/lexicon.yaml, kg.extract.facts.summit_days)."""
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


THURSDAY, FRIDAY, SATURDAY = dt.date(2025, 5, 8), dt.date(2025, 5, 9), dt.date(2025, 5, 10)


@pytest.mark.parametrize("body", [
    # active, one guest
    "Peru's president left the two-day summit of the Andean Community in Quito on Friday without signing the accord.",
    # coordinated subjects
    "Chile and Peru left the two-day Andean Community summit in Quito on Friday with a trade pact.",
    # present perfect, reported on the day
    "Peru's president has left the two-day Andean Community summit in Quito, her aides said on Friday.",
])
def test_the_day_a_guest_leaves_is_the_last(extractor, body):
    got = summits(extractor, body)
    assert [(f.get("start"), f.get("end")) for f in got] == [(THURSDAY, FRIDAY)], got


# guards: leaving a city for the summit, arriving for it, tell its first day
@pytest.mark.parametrize("body, first", [
    ("Peru's president left Lima on Friday for the two-day summit of the Andean Community in Quito.", FRIDAY),
    ("Leaders arrived on Thursday for the two-day summit of the Andean Community in Quito.", THURSDAY),
])
def test_leaving_home_for_a_summit_is_no_last_day(extractor, body, first):
    got = summits(extractor, body)
    assert [f.get("start") for f in got] == [first], got
