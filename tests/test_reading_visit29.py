"""Visits read on sentences written for the test (round 29): a dateline standing as a line of its own
("Quito, 10 March 2024") is where the report, and a current trip to that country, is; a trip its
subject is on, told beside the subject ("X, who is visiting Y, ...", "X, on a visit to Y, ..."),
is under way at the time of the subject's verb, and the subject makes it."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f.get("start"), f["modality"]) for f in facts(doc, "visit")}


def places(doc) -> set[tuple[str, str]]:
    return {(f["visitor"], f["destination"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, expected", [
    ("Quito, 10 March 2024\nThe Colombian foreign minister, Marta Ruiz, is in Ecuador this week for talks on the border.",
     ("Marta Ruiz", "Quito")),
    ("SANTIAGO, March 10, 2024\nArgentine President Pablo Sosa is on a visit to Chile to discuss a gas pipeline.",
     ("Pablo Sosa", "Santiago")),
    (("Montevideo, Sunday 10 March 2024 (from our Spanish service)\nHugo Benítez, the President of Paraguay, "
     "who is on a visit to Uruguay, toured the new grain terminal."),
     ("Hugo Benítez", "Montevideo")),
])
def test_a_dateline_on_its_own_line_is_the_scene(extractor, body, expected):
    got = places(run(extractor, body))
    assert expected in got, got


@pytest.mark.parametrize("body, expected", [
    # two places issue it: no one scene
    ("Lima and Quito, 8 March 2024\nChilean President Ana Rojas is on a visit to Peru this week.",
     ("Ana Rojas", "Peru")),
    # a programme's name, no place
    ("Andean Security Programme, 7 March 2024\nChilean President Ana Rojas is on a visit to Peru this week.",
     ("Ana Rojas", "Peru")),
])
def test_no_scene_from_two_places_or_a_name(extractor, body, expected):  # (guards)
    got = places(run(extractor, body))
    assert expected in got, got


@pytest.mark.parametrize("body, expected", [
    ("Chilean President Ana Rojas, who is visiting Peru, held talks with Peruvian President Luis Vega on Friday.",
     ("Ana Rojas", "Peru", dt.date(2024, 3, 8), "asserted")),
    (("Chilean President Ana Rojas, who was on a state visit to Peru, signed a fisheries accord with Peruvian "
     "President Luis Vega on Friday."),
     ("Ana Rojas", "Peru", dt.date(2024, 3, 8), "asserted")),
    ("Kenyan President Amos Kiprop, who is on a state visit to Ghana, addressed its parliament on Thursday.",
     ("Amos Kiprop", "Ghana", dt.date(2024, 3, 7), "asserted")),
    ("President of Chile Ana Rojas, on a visit to Peru, laid a wreath at the monument to the war dead on Friday.",
     ("Ana Rojas", "Peru", dt.date(2024, 3, 8), "asserted")),
    ("The foreign minister of Chile, Ana Rojas, who is visiting Peru, signed a fisheries accord on Friday.",
     ("Ana Rojas", "Peru", dt.date(2024, 3, 8), "asserted")),
])
def test_a_trip_beside_the_subject_is_of_the_verbs_day(extractor, body, expected):
    got = trips(run(extractor, body))
    assert expected in got, got


@pytest.mark.parametrize("body, person", [
    # a trip of a year of its own
    ("Chilean President Ana Rojas, who was on a visit to Peru in 2019, spoke to reporters in Santiago on Friday.",
     "Ana Rojas"),
    # a report on a visit is no traveller
    ("A report on a visit to Peru by the commission was published on Friday.", "report"),
])
def test_no_day_from_another_time(extractor, body, person):  # (guards)
    got = trips(run(extractor, body))
    assert not any(v == person and start == dt.date(2024, 3, 8) for v, _, start, _ in got), got


@pytest.mark.parametrize("body, expected", [
    (("Updated through the day.\n\nTuesday 5 March\n\n09:10 Chilean President Ana Rojas arrived in Lima this morning "
     "for two days of talks."),
     ("Ana Rojas", "Lima", dt.date(2024, 3, 5), "asserted")),
    (("Our reporters follow the talks.\n\nMonday, March 4\n\n14:00 - Peru's Foreign Minister Luis Vega landed in Quito "
     "this afternoon."),
     ("Luis Vega", "Quito", dt.date(2024, 3, 4), "asserted")),
    (("All times local.\n\nThursday 7 March\n\n10:30 Bolivian President Juan Mamani, who flew into Asunción yesterday, "
     "opened the trade fair."),
     ("Juan Mamani", "Asunción", dt.date(2024, 3, 6), "asserted")),
])
def test_a_day_heading_dates_the_lines_under_it(extractor, body, expected):
    got = trips(run(extractor, body))
    assert expected in got, got


def test_a_heading_far_from_the_day_of_publication_dates_nothing(extractor):  # (guard)
    body = "Notes.\n\nJune 5\n\nChilean President Ana Rojas arrived in Lima this morning."
    got = trips(run(extractor, body))
    assert ("Ana Rojas", "Lima", dt.date(2024, 3, 10), "asserted") in got, got


@pytest.mark.parametrize("body, expected", [
    ("Live updates from the summit.\n\n11:20 Sosa flew on to Rome at noon, his second visit to Italy this year.",
     ("Sosa", "Rome")),
    ("Live updates from the summit.\n\n09:05 Rojas landed in Quito this morning, her first trip abroad since March.",
     ("Rojas", "Quito")),
    ("Live updates from the summit.\n\n16:40 Kiprop, who flew in from Nairobi, was welcomed in Accra by the host.",
     ("Kiprop", "Accra")),
])
def test_a_live_reports_time_stamp_is_no_word_of_a_name(extractor, body, expected):
    got = places(run(extractor, body))
    assert expected in got, got


def test_a_time_after_the_name_leaves_it_whole(extractor):  # (guard)
    got = places(run(extractor, "Chilean President Ana Rojas landed in Quito at 09:05 this morning."))
    assert ("Ana Rojas", "Quito") in got, got
