"""Visits, round 19b: a trip to a country with days of its own, where the article tells the same
traveller's undated trip to one city of it and no other, is one trip to that city on the country's
days (kg.extract.facts.trip_scenes.to_the_one_city); "wound up" and "rounded off" a visit end it on
their day (kg.extract.facts.trip_dates). On sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

D = dt.date


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f.get("start"), f.get("end"), f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, want, country", [
    (("Kenyan President Amina Wekesa paid a three-day state visit to Ghana from March 3 to 5. "
     "It was her first trip to Accra as president."),
     ("Amina Wekesa", "Accra", D(2025, 3, 3), D(2025, 3, 5), "asserted"), "Ghana"),
    (("Peruvian Foreign Minister Luis Campos was in Egypt on Monday and Tuesday. "
     "In Cairo he met the Arab League's secretary-general."),
     ("Luis Campos", "Cairo", D(2025, 3, 10), D(2025, 3, 11), "asserted"), "Egypt"),
    (("Chilean President Marta Rojas will travel to Peru from March 18 to 20. "
     "Her visit to Lima will be the first by a Chilean leader in a decade."),
     ("Marta Rojas", "Lima", D(2025, 3, 18), D(2025, 3, 20), "planned"), "Peru"),
])
def test_a_dated_trip_to_a_country_told_again_by_its_one_city_is_the_citys(extractor, body, want, country):
    got = trips(run(extractor, body, published="2025-03-14"))
    assert want in got, got
    assert not any(t[1] == country for t in got), got


@pytest.mark.parametrize("body", [
    # a tour: two of its cities
    "Chilean President Marta Rojas toured Brazil from March 3 to 7. She stopped in Sao Paulo and then went on to Recife.",
    # a stop with its own day is one day of the tour
    "Chilean President Marta Rojas toured Brazil from March 3 to 7. On March 5 she was in Recife.",
])
def test_a_tour_of_a_country_keeps_its_trip(extractor, body):
    got = trips(run(extractor, body, published="2025-03-14"))
    assert ("Marta Rojas", "Brazil", D(2025, 3, 3), D(2025, 3, 7), "asserted") in got, got


def test_a_city_trip_under_another_modality_is_another_trip(extractor):
    # (a trip done and one planned to a city of the same country are two trips)
    body = ("Chilean President Marta Rojas visited Peru from March 3 to 5. "
            "She will return to Lima next month to sign the border accord.")
    got = trips(run(extractor, body, published="2025-03-14"))
    assert ("Marta Rojas", "Peru", D(2025, 3, 3), D(2025, 3, 5), "asserted") in got, got


@pytest.mark.parametrize("body, want", [
    ("Chilean President Marta Rojas wound up a two-day state visit to Peru on Friday.",
     ("Marta Rojas", "Peru", D(2025, 3, 13), D(2025, 3, 14), "asserted")),
    ("Kenyan President Amina Wekesa wound up her three-day visit to Ghana on Thursday.",
     ("Amina Wekesa", "Ghana", D(2025, 3, 11), D(2025, 3, 13), "asserted")),
    ("Peruvian Foreign Minister Luis Campos rounded off a two-day trip to Egypt on Wednesday.",
     ("Luis Campos", "Egypt", D(2025, 3, 11), D(2025, 3, 12), "asserted")),
])
def test_winding_up_a_visit_ends_it_that_day(extractor, body, want):
    got = trips(run(extractor, body, published="2025-03-14"))
    assert want in got, got


@pytest.mark.parametrize("body", [
    "The minister wound up talks in Lima on Friday.",
    "Chilean President Marta Rojas rounded off her speech with a call for calm.",
])
def test_winding_up_something_else_is_no_trip(extractor, body):
    assert not trips(run(extractor, body, published="2025-03-14"))


@pytest.mark.parametrize("body", [
    "Azerbaijani President Ilham Aliyev decided not to travel to Granada for the gathering.",
    "Chilean President Marta Rojas flew to Granada on Monday for talks with the Spanish prime minister.",
    "Chilean President Marta Rojas will visit Granada next week.",
])
def test_a_city_is_not_a_state_one_vowel_away(extractor, body):
    # (a place's name is respelled by a vowel added or dropped, never changed: Granada is no Grenada)
    places = {t[1] for t in trips(run(extractor, body, published="2025-03-14"))}
    assert "Granada" in places and "Grenada" not in places, places


@pytest.mark.parametrize("body, want", [
    ("Kenyan President Amina Wekesa wrapped up a two-day state visit to Ghana today, leaving behind a signed memorandum.",
     ("Amina Wekesa", "Ghana", D(2025, 3, 13), D(2025, 3, 14), "asserted")),
    ("Chilean President Marta Rojas concluded a three-day visit to Peru on Friday, leaving with a gas deal.",
     ("Marta Rojas", "Peru", D(2025, 3, 12), D(2025, 3, 14), "asserted")),
    ("Peruvian Foreign Minister Luis Campos ended his two-day trip to Egypt on Wednesday, departing with a pledge of grain.",
     ("Luis Campos", "Egypt", D(2025, 3, 11), D(2025, 3, 12), "asserted")),
])
def test_a_trip_told_twice_in_its_sentence_by_its_country_stays(extractor, body, want):
    # (the departure tells the same trip to the same country: no city of it, so nothing narrows it)
    got = trips(run(extractor, body, published="2025-03-14"))
    assert want in got, got
