"""Visits, round 13: one who arrives from a place abroad was there — "arrived in B from A", "who flew
in from A after meeting Y", "came here from A, where ..." is a stop before this one, its day the
"where" clause's (kg.extract.facts.trip_origins); on sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


def days(doc) -> dict[tuple, object]:
    return {(f["visitor"], f["destination"]): f.get("start") for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, visitor, before", [
    ("Peruvian Foreign Minister Rosa Vidal arrived in Nairobi on Tuesday from Addis Ababa for talks on trade.",
     "Rosa Vidal", "Addis Ababa"),
    (("Peruvian Foreign Minister Rosa Vidal, who flew in from Pretoria after meeting South African officials, spoke "
     "on Monday."), "Rosa Vidal", "Pretoria"),
    ("Kenyan officials welcomed Peruvian Foreign Minister Rosa Vidal, who had come to Nairobi from Kampala.",
     "Rosa Vidal", "Kampala"),
    ("Peruvian Foreign Minister Rosa Vidal landed in Nairobi from Ethiopia late on Tuesday.", "Rosa Vidal", "Ethiopia"),
])
def test_one_who_arrives_from_a_place_abroad_was_there(extractor, body, visitor, before):
    got = trips(run(extractor, body, published="2024-03-14"))
    assert (visitor, before, "asserted") in got, got


@pytest.mark.parametrize("body, visitor, before, day", [
    (("Malaysian Prime Minister Hafiz Rahman arrived in Manila on Thursday from Hanoi, where he had met the Vietnamese "
      "president on Tuesday."), "Hafiz Rahman", "Hanoi", "2024-03-12"),
    (("Malaysian Prime Minister Hafiz Rahman, who came here from Jakarta, where he held talks with the Indonesian "
      "president on Wednesday, praised the new accord."), "Hafiz Rahman", "Jakarta", "2024-03-13"),
])
def test_the_where_clause_on_the_place_left_dates_that_stop(extractor, body, visitor, before, day):
    doc = run(extractor, body, published="2024-03-15")
    assert (visitor, before, "asserted") in trips(doc), trips(doc)
    assert str(days(doc)[(visitor, before)]) == day, days(doc)


@pytest.mark.parametrize("body, visitor, home", [
    ("Peruvian Foreign Minister Rosa Vidal arrived in Nairobi on Tuesday from Lima.", "Rosa Vidal", "Lima"),
    ("Peruvian Foreign Minister Rosa Vidal, who flew in from Peru overnight, met Kenyan officials in Nairobi.",
     "Rosa Vidal", "Peru"),
])
def test_coming_from_home_is_no_stop(extractor, body, visitor, home):
    got = trips(run(extractor, body, published="2024-03-14"))
    assert not any(v == visitor and d == home for v, d, _ in got), got


def test_a_place_only_flown_in_from_may_be_a_hub_passed_through(extractor):
    got = trips(run(extractor, "Peruvian Foreign Minister Rosa Vidal flew in from Addis Ababa on Tuesday.", published="2024-03-14"))
    assert ("Rosa Vidal", "Addis Ababa", "asserted") not in got, got


def test_a_stop_ahead_is_not_one_come_from(extractor):
    body = "Peruvian Foreign Minister Rosa Vidal will arrive in Nairobi from Addis Ababa on Friday."
    got = trips(run(extractor, body, published="2024-03-14"))
    assert ("Rosa Vidal", "Addis Ababa", "asserted") not in got, got

