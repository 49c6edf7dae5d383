"""Visits, round 20: going told with no place at all ("X will not travel", "is not expected to make
the trip") in a story about a gathering is going to it, under the clause's modality
(kg.extract.facts.trip_arguments.goes_without_goal); a trip or an attendance in a clause that asks
whether it happens is none (trip_arguments.open_question); a group noun with a place ("the security
mission to X") is no trip of the traveller the article follows (kg.extract.facts.travel). On
sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_SUMMIT = "Leaders of the Andean Community meet in Lima on Monday for their annual summit. "


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, want", [
    ("Chilean President Marta Rojas will not travel; Foreign Minister Luis Campos will lead the delegation instead.",
     ("Marta Rojas", "Lima", "negated")),
    ("Tanzanian President Neema Mushi is not expected to make the journey.", ("Neema Mushi", "Lima", "negated")),
    ("Kenyan President Amina Wekesa will travel despite the floods, her office said.", ("Amina Wekesa", "Lima", "planned")),
    ("Ecuador's president, Jorge Vera, will make the journey with his foreign minister.", ("Jorge Vera", "Lima", "planned")),
])
def test_going_with_no_place_goes_to_the_gathering_in_view(extractor, body, want):
    doc = run(extractor, _SUMMIT + body, published="2025-03-14")
    assert want in trips(doc), trips(doc)


@pytest.mark.parametrize("body, person", [
    ("Kenyan President Amina Wekesa went home early.", "Amina Wekesa"),
    ("Kenyan President Amina Wekesa went on to praise the plan.", "Amina Wekesa"),
    ("Chilean President Marta Rojas made the trip to Cairo last year.", "Marta Rojas"),
])
def test_going_home_on_or_elsewhere_is_no_trip_to_the_gathering(extractor, body, person):
    doc = run(extractor, _SUMMIT + body, published="2025-03-14")
    assert not any(v == person and d == "Lima" for v, d, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body, person", [
    ("Officials would not say whether Kenyan President Amina Wekesa would travel.", "Amina Wekesa"),
    ("Officials would not say whether Kenyan President Amina Wekesa would travel to Lima.", "Amina Wekesa"),
    ("It is unclear whether Chilean President Marta Rojas will attend the summit.", "Marta Rojas"),
    ("A reporter asked whether Chilean President Marta Rojas and Ecuador's Jorge Vera will meet here.", "Marta Rojas"),
])
def test_a_trip_asked_about_is_none(extractor, body, person):
    doc = run(extractor, _SUMMIT + body, published="2025-03-14")
    assert not any(v == person for v, _, _ in trips(doc)), trips(doc)


def test_the_trip_in_view_told_by_its_noun_stays(extractor):
    doc = run(extractor, "Kenyan President Amina Wekesa flew to Accra on Monday. The visit to Ghana was her first.",
              published="2025-03-14")
    assert ("Amina Wekesa", "Accra", "asserted") in trips(doc), trips(doc)


def test_a_trip_not_asked_about_stays(extractor):
    doc = run(extractor, _SUMMIT + "Chilean President Marta Rojas will attend the summit.", published="2025-03-14")
    assert ("Marta Rojas", "Lima", "planned") in trips(doc), trips(doc)


@pytest.mark.parametrize("body, place", [
    (("Kenyan President Amina Wekesa flew to Accra on Monday. Ghana pledged funds for the Kenyan-led security "
     "mission in Haiti."), "Haiti"),
    ("Kenyan President Amina Wekesa flew to Accra on Monday. Ghana will fund the peacekeeping mission in Somalia.",
     "Somalia"),
    (("Kenyan President Amina Wekesa flew to Accra on Monday. Kenya has committed troops to the United Nations "
     "mission in Somalia."), "Somalia"),
])
def test_a_group_with_a_place_is_no_trip_of_the_traveller(extractor, body, place):
    doc = run(extractor, body, published="2025-03-14")
    assert ("Amina Wekesa", "Accra", "asserted") in {(v, d, m) for v, d, m in trips(doc)}, trips(doc)
    assert not any(d == place for _, d, _ in trips(doc)), trips(doc)
