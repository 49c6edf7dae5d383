"""Visits, round 28: what a visit needs — a traveller there in person, on the trip's own day. A trip
spoken of, judged or remembered takes no day from the verb that speaks of it (``trip_talk`` in
lexicon.yaml, kg.extract.facts.trip_dates); a trip whose sentence names a time vaguer than a day is
not dated by the story's day (kg.extract.news_days.trips_on_scene_day); words sent to a summit by
video are not said there, also when the parser hangs the manner on the one spoken to or the words
are a clause under the remote verb (kg.extract.facts.attendance.remote); a rank of two words
("Army General", "Colonel General") is no part of the traveller's name. On sentences written for the
test."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

MONDAY = dt.date(2025, 3, 10)


def days(doc) -> dict[tuple, tuple]:
    return {(f["visitor"], f["destination"]): (f.get("start"), f.get("end")) for f in facts(doc, "visit")}


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


# -- a trip spoken of on a day is not on that day -------------------------------------------------

@pytest.mark.parametrize("body, trip", [
    ("On Monday, Chilean President Tomas Vidal recalled his visit to Lima.", ("Tomas Vidal", "Lima")),
    ("Peruvian lawmakers on Tuesday criticised the visit to Quito by Chilean envoy Rosa Ayala.", ("Rosa Ayala", "Quito")),
    ("Chilean President Tomas Vidal defended on Wednesday his trip to Lima, saying it was needed.", ("Tomas Vidal", "Lima")),
])
def test_a_trip_spoken_of_takes_no_day_from_the_speaking(extractor, body, trip):
    doc = run(extractor, body, published="2025-03-14")
    assert days(doc).get(trip) == (None, None), days(doc)


@pytest.mark.parametrize("body, trip, day", [
    ("Chilean President Tomas Vidal began a visit to Lima on Monday.", ("Tomas Vidal", "Lima"), MONDAY),
    ("Chilean President Tomas Vidal paid a visit to Lima on Monday.", ("Tomas Vidal", "Lima"), MONDAY),
])
def test_guard_a_trip_begun_or_paid_on_a_day_is_on_it(extractor, body, trip, day):
    doc = run(extractor, body, published="2025-03-14")
    assert days(doc).get(trip, (None,))[0] == day, days(doc)


# -- a time of the trip's own sentence, vaguer than a day, keeps the story's day off it ------------

@pytest.mark.parametrize("body, trip", [
    (("Chilean President Tomas Vidal flew to Lima on Monday. Peruvian Foreign Minister Rosa Ayala, who travelled "
     "to Quito last week, was not present."), ("Rosa Ayala", "Quito")),
    (("Chilean President Tomas Vidal flew to Lima on Monday. Peruvian Foreign Minister Rosa Ayala, who went to Quito "
     "this month, stayed away."), ("Rosa Ayala", "Quito")),
    (("Chilean President Tomas Vidal landed in Lima on Monday. Bolivian envoy Ana Ruiz, whose trip to Quito came "
     "in January, sent a message."), ("Ana Ruiz", "Quito")),
])
def test_a_trip_with_a_vaguer_time_takes_no_story_day(extractor, body, trip):
    doc = run(extractor, body, published="2025-03-14")
    assert trip in days(doc) and days(doc)[trip] == (None, None), days(doc)


def test_guard_an_undated_trip_told_after_a_day_takes_it(extractor):
    body = "Chilean President Tomas Vidal flew to Lima on Monday. Peruvian Foreign Minister Rosa Ayala went to Quito."
    doc = run(extractor, body, published="2025-03-14")
    assert days(doc).get(("Rosa Ayala", "Quito"), (None,))[0] == MONDAY, days(doc)


# -- words sent to a summit by video are not said there ------------------------------------------

@pytest.mark.parametrize("body", [
    "LIMA, March 14 - Chilean President Tomas Vidal told the summit by video link that he backed the plan.",
    "LIMA, March 14 - Chilean President Tomas Vidal said in a video message to the summit that he backed the plan.",
    "LIMA, March 14 - Chilean President Tomas Vidal addressed the summit by video link, saying he backed the plan.",
])
def test_words_sent_by_video_are_no_trip(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not any(v == "Tomas Vidal" for v, _, _ in trips(doc)), trips(doc)


def test_guard_words_told_by_videoconference_are_no_trip(extractor):
    body = ("LIMA, March 14 - Chilean President Tomas Vidal told the gathered leaders by videoconference that he would "
            "back the plan at the summit.")
    doc = run(extractor, body, published="2025-03-14")
    assert not any(v == "Tomas Vidal" for v, _, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body, expected", [
    ("LIMA, March 14 - Chilean President Tomas Vidal told the summit on Monday that he backed the plan.",
     ("Tomas Vidal", "Lima", "asserted")),
    ("Chilean President Tomas Vidal said in Lima that he had spoken with Ana Ruiz by video.",
     ("Tomas Vidal", "Lima", "asserted")),
])
def test_guard_words_said_in_person_are_a_trip(extractor, body, expected):
    doc = run(extractor, body, published="2025-03-14")
    assert expected in trips(doc), trips(doc)


# -- a rank of two words is no part of the traveller's name ---------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("The Minister of Defence of Chile, Army General Pedro Rojas, arrived in Cairo on 29 November for working talks.",
     ("Pedro Rojas", "Cairo", "asserted")),
    ("Lima welcomed Chile's defence minister, Army General Tomas Vidal, on Monday.", ("Tomas Vidal", "Lima", "asserted")),
    ("A visit to Lima by Chile's defence minister, Army General Tomas Vidal, began on Monday.",
     ("Tomas Vidal", "Lima", "asserted")),
])
def test_a_two_word_rank_is_no_part_of_the_name(extractor, body, expected):
    doc = run(extractor, body, published="2017-11-30")
    assert expected in trips(doc), trips(doc)


# -- a trip called off, told again by a city of its country, is one trip, denied ------------------

@pytest.mark.parametrize("body", [
    "Chilean President Tomas Vidal has called his trip to Peru off. He had been due in Lima on Monday for talks.",
    "Chilean President Tomas Vidal has cancelled a visit to Peru. Vidal was to have arrived in Lima on Monday.",
    "Chilean President Tomas Vidal scrapped his trip to Peru. He had been scheduled to fly to Lima on Monday.",
])
def test_a_trip_called_off_told_again_by_its_city_is_that_trip(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert trips(doc) == {("Tomas Vidal", "Lima", "negated")}, trips(doc)


def test_guard_a_trip_called_off_keeps_a_city_still_ahead(extractor):
    body = "Chilean President Tomas Vidal has called his trip to Peru off. He will still fly to Quito on Monday."
    doc = run(extractor, body, published="2025-03-14")
    assert ("Tomas Vidal", "Peru", "negated") in trips(doc) and ("Tomas Vidal", "Quito", "planned") in trips(doc), trips(doc)
