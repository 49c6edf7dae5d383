"""Visits of the thirty-fourth round's second wave, on sentences written for the test: one who
meets a person of the country the meeting is in is away from home there, though the article never
says where they are from; "the top diplomat" is whoever holds the office the idiom names; "X
journeys to Y on Tuesday", a verb the parser takes for a plural noun, is a trip ahead."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

from kg.model import Article

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


# the met person's state is the meeting place's country: the other side has travelled there
@pytest.mark.parametrize("body", [
    "Earlier, Rafael Duarte met Iran's foreign minister Hamid Karimi in Tehran.",
    "On Friday, Rafael Duarte held talks with Iranian Foreign Minister Hamid Karimi in Tehran.",
    "Iranian Foreign Minister Hamid Karimi met Rafael Duarte in Tehran on Friday.",
])
def test_meeting_a_host_at_home_is_a_trip(extractor, body):
    got = trips(run(extractor, body))
    assert ("Rafael Duarte", "Tehran", "asserted") in got, got


# guard: with no state for either side, nothing says anyone is away
def test_meeting_no_one_of_a_known_state_is_no_trip(extractor):
    got = trips(run(extractor, "Rafael Duarte met Hamid Karimi in Tehran."))
    assert not any(d == "Tehran" for _, d, _ in got), got


# "the top diplomat", "India's top diplomat": the foreign minister the article names
@pytest.mark.parametrize("body, fact", [
    ("Indian Foreign Minister Arjun Mehra arrived in Kenya. The top diplomat will travel to Uganda next week.",
     ("Arjun Mehra", "Uganda", "planned")),
    ("Indian Foreign Minister Arjun Mehra met Kenyan leaders. India's top diplomat then flew to Tanzania.",
     ("Arjun Mehra", "Tanzania", "asserted")),
    (("Peru's Foreign Minister Lucia Paredes is in Chile. Her visit follows one the Bolivian top diplomat, "
      "Marco Rivas, made to Argentina. The top diplomat of Peru will fly to Ecuador on Monday."),
     ("Lucia Paredes", "Ecuador", "planned")),
])
def test_top_diplomat_is_the_foreign_minister(extractor, body, fact):
    got = trips(run(extractor, body))
    assert fact in got, got


def _undated(extractor, body):
    text = "A headline\n" + body
    return extractor(Article(id="t", text=text, title="A headline", published=None))


# a present "journeys" with no publication date is ahead
@pytest.mark.parametrize("body, place", [
    ("Chilean Foreign Minister Ana Vidal journeys to Nigeria on Tuesday.", "Nigeria"),
    ("After landing in Ghana on Sunday, Rafael Duarte journeys to Nigeria on Tuesday and then on to Chad.", "Nigeria"),
])
def test_a_present_journeys_is_ahead(extractor, body, place):
    got = trips(_undated(extractor, body))
    assert any(d == place and m == "planned" for _, d, m in got), got


# "journeyed" is a verb of travel, and its past is done
def test_journeyed_is_done(extractor):
    got = {(f["destination"], f["modality"], f.get("start")) for f in facts(
        run(extractor, "Chilean Foreign Minister Ana Vidal journeyed to Nigeria on Tuesday."), "visit")}
    assert ("Nigeria", "asserted", dt.date(2024, 3, 5)) in got, got
