"""Visits, round 19: "the Black Sea port of Odesa" is Odesa's port, its modifier no place of the
trip (kg.extract.reference, kg.extract.special_mentions); a trip told outright to a city of one's own
country other than its capital is a trip, and a companion going along makes it too
(kg.extract.facts.trip_arguments.away_at_home); going on to a next stop ("moves on to", "proceeded to")
and staying on somewhere are trips, staying away none (data/frames.yaml travel); a trip to a country for
an occasion its "for" phrase holds in one of its cities goes to the city
(kg.extract.facts.trip_places.city_of_the_occasion). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, city, sea", [
    ("Chilean President Marta Rojas flew to the Black Sea port of Odesa on Tuesday.", "Odessa", "Black Sea"),
    ("Chilean President Marta Rojas will visit the Red Sea port of Port Sudan on March 20.", "Port Sudan", "Red Sea"),
    ("From Hanoi, Chilean President Marta Rojas is due to fly on to the Pacific port of Busan later this month.",
     "Busan", "Pacific"),
])
def test_the_port_of_a_city_is_the_citys(extractor, body, city, sea):
    doc = run(extractor, body, published="2025-03-14")
    places = {d for _, d, _ in trips(doc)}
    assert city in places, trips(doc)
    assert not any(sea in d for d in places), trips(doc)


@pytest.mark.parametrize("body, visitor, city, modality", [
    ("Chilean President Marta Rojas flew to Antofagasta on Monday.", "Marta Rojas", "Antofagasta", "asserted"),
    ("Kenyan President Amina Wekesa will travel to Mombasa on Monday to open a port.", "Amina Wekesa", "Mombasa", "planned"),
    ("From Hanoi, Chilean President Marta Rojas is due to fly on to the Pacific port of Antofagasta later this week.",
     "Marta Rojas", "Antofagasta", "planned"),
])
def test_a_trip_told_to_a_city_of_ones_own_country_is_a_trip(extractor, body, visitor, city, modality):
    doc = run(extractor, body, published="2025-03-14")
    assert (visitor, city, modality) in trips(doc), trips(doc)


@pytest.mark.parametrize("body, visitor, city", [
    ("Chilean President Marta Rojas flew back to Santiago on Monday.", "Marta Rojas", "Santiago"),
    ("Kenyan President Amina Wekesa returned to Mombasa on Monday.", "Amina Wekesa", "Mombasa"),
    ("Kenyan President Amina Wekesa hosted Ugandan President Moses Okello in Mombasa on Monday.", "Amina Wekesa", "Mombasa"),
])
def test_going_home_or_hosting_at_home_is_no_trip(extractor, body, visitor, city):
    doc = run(extractor, body, published="2025-03-14")
    assert not any(v == visitor and d == city for v, d, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body, modality", [
    ("After the talks in Quito, Chilean President Marta Rojas will move on to Lima.", "planned"),
    ("After the talks in Quito, Chilean President Marta Rojas proceeded to Lima.", "asserted"),
    ("After the talks in Quito, Chilean President Marta Rojas continues on to Lima next week.", "planned"),
])
def test_going_on_to_a_next_stop_is_a_trip(extractor, body, modality):
    doc = run(extractor, body, published="2025-03-14")
    assert ("Marta Rojas", "Lima", modality) in trips(doc), trips(doc)


def test_staying_on_until_a_day_is_one_trip_ending_then(extractor):
    # (the clause abroad tells the same trip: one fact, its last day the "until" day)
    doc = run(extractor, "After the talks in Quito, Chilean President Marta Rojas will stay on in Lima until Friday.",
              published="2025-03-14")
    got = [(f["destination"], f.get("start"), f.get("end")) for f in facts(doc, "visit") if f["destination"] == "Lima"]
    assert len(got) == 1 and got[0][2] is not None, got


@pytest.mark.parametrize("body", [
    "Chilean President Marta Rojas stayed away from the Andean summit in Lima.",
    "Chilean President Marta Rojas proceeded to sign the accord in Santiago.",
    "Chilean President Marta Rojas moved on to other questions.",
])
def test_staying_away_and_going_on_to_something_else_are_no_trips(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not any(m == "asserted" and d == "Lima" for _, d, m in trips(doc)), trips(doc)
    assert not any(d == "Santiago" for _, d, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body, city", [
    ("Peruvian President Luis Campos is expected to stay on in Egypt for a military parade in Cairo on Wednesday.", "Cairo"),
    ("Chilean President Marta Rojas flew to Egypt on Monday for talks in Cairo.", "Cairo"),
])
def test_a_trip_to_a_country_for_an_occasion_in_one_of_its_cities_goes_to_the_city(extractor, body, city):
    doc = run(extractor, body, published="2025-03-14")
    places = {d for _, d, _ in trips(doc)}
    assert city in places and "Egypt" not in places, trips(doc)