"""Visits, round 17: a clause at a venue its own phrase places in a city abroad ("spoke at a
university in X", "met Y at the palace in X") is in that city (kg.extract.facts.presence), a base
or port named in its own right being no venue; a current trip to a country, in a report datelined
in one of its cities, is to that city (kg.extract.facts.trip_scenes). On sentences written for
the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, visitor, city", [
    ("Thai Prime Minister Somchai Wongsa laid a wreath at a war memorial in Warsaw on Monday.",
     "Somchai Wongsa", "Warsaw"),
    ("Thai Prime Minister Somchai Wongsa spoke at a university in Warsaw on Monday.", "Somchai Wongsa", "Warsaw"),
    (("Japanese Prime Minister Kenji Moriyama met Polish President Jan Nowicki at the presidential palace in Warsaw "
     "on Monday."), "Kenji Moriyama", "Warsaw"),
    (("Chilean Foreign Minister Rosa Valdivieso, speaking at the headquarters of the bloc in Brussels on Tuesday, "
     "called for calm."), "Rosa Valdivieso", "Brussels"),
    ("Kenyan President Amara Odhiambo is due to address students at a college in Hanoi, officials said.",
     "Amara Odhiambo", "Hanoi"),
])
def test_a_venue_placed_by_its_own_phrase_is_in_that_city(extractor, body, visitor, city):
    doc = run(extractor, body, published="2025-03-14")
    assert any(v == visitor and d == city for v, d, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body", [
    # a macro-region is no place of a visit
    ("Korean leader Pak Chol held talks with Russian President Ivan Sorokin at a remote launch site in Russia's Far "
    "East on Wednesday."),
    # a talk about a war in a country puts no one there
    "Japanese Prime Minister Kenji Moriyama spoke at a conference on the war in Ukraine on Monday.",
])
def test_a_venue_placed_in_no_city_gives_no_trip(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not any(d in {"Far East", "Ukraine"} for _, d, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body, visitor, city", [
    (("MINSK, March 14 - Kazakh President Nurlan Abenov, on his first official visit to Belarus, laid flowers at a "
      "memorial on Friday."), "Nurlan Abenov", "Minsk"),
    ("MINSK, March 14 - Kazakh President Nurlan Abenov is visiting Belarus this week.", "Nurlan Abenov", "Minsk"),
    (("MOSCOW, March 14 - The signing came on the second day of Portuguese Prime Minister Joao Matos's first visit "
     "to Russia as prime minister."), "Joao Matos", "Moscow"),
    ("HANOI, March 14 (Xinhua) -- Croatian Prime Minister Ivo Maric began a state visit to Vietnam on Friday.",
     "Ivo Maric", "Hanoi"),
])
def test_a_current_trip_to_the_datelines_country_is_to_its_city(extractor, body, visitor, city):
    doc = run(extractor, body, published="2025-03-14")
    assert (visitor, city, "asserted") in trips(doc), trips(doc)


@pytest.mark.parametrize("body, country, modality", [
    # a trip of another year
    ("MOSCOW, March 14 - Portuguese Prime Minister Joao Matos, who visited Russia in 2019, said ties had soured.",
     "Russia", "asserted"),
    # a trip still ahead
    ("MOSCOW, March 14 - Portuguese Prime Minister Joao Matos will visit Russia next month, officials said.",
     "Russia", "planned"),
])
def test_another_trip_to_the_datelines_country_keeps_the_country(extractor, body, country, modality):
    doc = run(extractor, body, published="2025-03-14")
    assert ("Joao Matos", country, modality) in trips(doc), trips(doc)
