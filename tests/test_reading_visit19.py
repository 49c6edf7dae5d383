"""Visits, round 19: "there" on a trip is the place told last before it (kg.extract.facts.trip_places);
"both of whom", "all of whom" stand for every conjunct the relative clause describes
(kg.extract.hung_clauses.every_one_of_whom); "the Black Sea port of Odesa" is Odesa's port, its
modifier no place of the trip (kg.extract.reference, kg.extract.special_mentions); a summit placed
only in a country is what trips to its cities are for, and an attendance told as before the trip is
not (kg.extract.facts.summit_trips, kg.extract.facts.trip_arguments). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


def purposes(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f.get("purpose")) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, expected", [
    ("Kenyan President Amina Wekesa praised Japan. She will travel there in May.", ("Amina Wekesa", "Japan", "planned")),
    ("Officials in Tokyo prepared for the talks. Kenyan President Amina Wekesa arrived there on Thursday.",
     ("Amina Wekesa", "Tokyo", "asserted")),
    (("It was the first visit to Canberra by a Chilean president in ten years. Marta Rojas, who holds that office, "
      "landed there on Tuesday."), ("Marta Rojas", "Canberra", "asserted")),
])
def test_there_on_a_trip_is_the_place_told_last(extractor, body, expected):
    doc = run(extractor, body, published="2025-03-14")
    assert expected in trips(doc), trips(doc)


def test_there_is_no_trip_home(extractor):
    doc = run(extractor, "Kenyan President Amina Wekesa praised Kenya's farmers. She travelled there often.",
              published="2025-03-14")
    assert not any(d == "Kenya" for _, d, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body, city", [
    ("Kenyan President Amina Wekesa and Ghanaian President Kofi Mensah, both of whom flew to Rome on Monday, met the pope.",
     "Rome"),
    (("Kenyan President Amina Wekesa and Ghanaian President Kofi Mensah, both of whom visited Beijing last year, "
      "spoke on Monday."), "Beijing"),
    (("Kenyan President Amina Wekesa, Ghanaian President Kofi Mensah and others, all of whom travelled to Lima, "
      "signed the letter."), "Lima"),
])
def test_both_of_whom_is_every_conjunct(extractor, body, city):
    doc = run(extractor, body, published="2025-03-14")
    found = {(v, d) for v, d, _ in trips(doc)}
    assert {("Amina Wekesa", city), ("Kofi Mensah", city)} <= found, trips(doc)


def test_one_of_whom_is_not_every_conjunct(extractor):
    doc = run(extractor, ("Kenyan President Amina Wekesa and Ghanaian President Kofi Mensah, one of whom flew to Rome "
                          "on Monday, met the pope."), published="2025-03-14")
    assert not {(v, d) for v, d, _ in trips(doc)} >= {("Amina Wekesa", "Rome"), ("Kofi Mensah", "Rome")}, trips(doc)


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


@pytest.mark.parametrize("body, visitor, city", [
    (("The 45th Gulf summit will be held in Kuwait on Sunday. Qatari Emir Tamim Al Thani is expected to arrive in "
      "Kuwait City on Saturday evening."), "Tamim Al Thani", "Kuwait City"),
    (("The Andean summit will be held in Peru on Sunday. Chilean President Marta Rojas will fly to Arequipa on "
      "Saturday."), "Marta Rojas", "Arequipa"),
])
def test_a_trip_to_a_city_of_the_summits_country_is_for_it(extractor, body, visitor, city):
    doc = run(extractor, body, published="2024-11-28")
    assert any(v == visitor and d == city and p for v, d, p in purposes(doc)), purposes(doc)


def test_a_city_of_another_country_is_not_for_the_summit(extractor):
    doc = run(extractor, ("The Andean summit will be held in Peru on Sunday. Chilean President Marta Rojas will fly "
                          "to Quito on Saturday."), published="2024-11-28")
    assert ("Marta Rojas", "Quito", None) in purposes(doc), purposes(doc)


@pytest.mark.parametrize("body", [
    "Chilean President Marta Rojas flew to Lima on Friday after attending the Andean summit in Quito.",
    "Chilean President Marta Rojas flew to Lima on Friday after she had attended the Andean summit in Quito.",
])
def test_an_attendance_before_the_trip_is_not_its_purpose(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert ("Marta Rojas", "Lima", None) in purposes(doc), purposes(doc)


def test_an_attendance_where_the_trip_goes_is_its_purpose(extractor):
    doc = run(extractor, "Chilean President Marta Rojas flew to Quito on Friday, where she attended the Andean summit.",
              published="2025-03-14")
    assert ("Marta Rojas", "Quito", "Andean summit") in purposes(doc), purposes(doc)


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
    ("Chilean President Marta Rojas stayed on in Lima for two days after the talks.", "asserted"),
])
def test_going_on_to_a_next_stop_and_staying_are_trips(extractor, body, modality):
    doc = run(extractor, body, published="2025-03-14")
    assert ("Marta Rojas", "Lima", modality) in trips(doc), trips(doc)


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


@pytest.mark.parametrize("body, members, city", [
    (("Indian Prime Minister Arjun Mehta arrived in Colombo on Friday. The Indian delegation included Foreign Minister "
      "Ravi Kumar and National Security Adviser Sunil Rao."), ["Ravi Kumar", "Sunil Rao"], "Colombo"),
    ("Chilean President Marta Rojas arrived in Lima on Friday. Her delegation includes Foreign Minister Ana Torres.",
     ["Ana Torres"], "Lima"),
    ("Chilean President Marta Rojas arrived in Lima on Friday. The Chilean delegation was led by Foreign Minister Ana Torres.",
     ["Ana Torres"], "Lima"),
])
def test_a_delegations_members_make_its_trip(extractor, body, members, city):
    doc = run(extractor, body, published="2025-03-14")
    found = {(v, d) for v, d, _ in trips(doc)}
    assert {(p, city) for p in members} <= found, trips(doc)


def test_a_delegation_to_the_summit_in_view(extractor):
    doc = run(extractor, ("The Andean summit opens in Lima on Sunday. The Chilean delegation will include Foreign Minister "
                          "Ana Torres."), published="2025-03-14")
    assert ("Ana Torres", "Lima", "Andean summit") in purposes(doc), purposes(doc)


def test_another_states_delegation_makes_no_trip_of_this_traveller(extractor):
    doc = run(extractor, ("Chilean President Marta Rojas arrived in Lima on Friday. The Peruvian delegation included "
                          "Foreign Minister Ana Torres."), published="2025-03-14")
    assert not any(v == "Ana Torres" for v, _, _ in trips(doc)), trips(doc)
