"""Visits that did not happen, read on sentences written for the test: a trip noun a "would have
been" ranks or names (kg.extract.unrealised.unrealised_copula), and a trip called off with no
place in a datelined report, which goes where the report is filed
(kg.extract.facts.report_scene.called_off_here); and an officer of an international body in the
city of its seat, who is at work there, not visiting (kg.extract.facts.homes.at_the_seat)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple[str, str, str]]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, visitor, place", [
    ("It would have been the first visit to Peru by Chilean President Ana Ruiz.", "Ana Ruiz", "Peru"),
    ("Chilean President Ana Ruiz's visit to Lima would have been the first by a Chilean leader in a decade.",
     "Ana Ruiz", "Lima"),
    ("A trip to Quito by Peru's foreign minister, Tomas Duarte, would have been the first of its kind.",
     "Tomas Duarte", "Quito"),
    ("Officials said that a stop in Hanoi by Danish Prime Minister Lars Holm would have been the first by a Nordic leader.",
     "Lars Holm", "Hanoi"),
])
def test_a_trip_that_would_have_been_a_first_did_not_happen(extractor, body, visitor, place):
    got = trips(run(extractor, body, published="2024-03-14"))
    assert (visitor, place, "negated") in got, got


@pytest.mark.parametrize("body, visitor, place, modality", [
    ("Chilean President Ana Ruiz's visit to Lima was the first by a Chilean leader in a decade.",
     "Ana Ruiz", "Lima", "asserted"),
    ("Chilean President Ana Ruiz's visit to Lima will be the first by a Chilean leader in a decade.",
     "Ana Ruiz", "Lima", "planned"),
])
def test_a_trip_that_was_or_will_be_a_first_keeps_its_modality(extractor, body, visitor, place, modality):
    got = trips(run(extractor, body, published="2024-03-14"))
    assert (visitor, place, modality) in got, got


def test_a_trip_judged_by_a_would_have_been_adjective_is_not_denied(extractor):
    body = "Chilean President Ana Ruiz's visit to Lima would have been unthinkable a decade ago."
    got = trips(run(extractor, body, published="2024-03-14"))
    assert ("Ana Ruiz", "Lima", "negated") not in got, got


@pytest.mark.parametrize("body, visitor, place", [
    ("LIMA, March 14 - Chilean President Ana Ruiz on Thursday put off a state visit that had been set for April 2-3.",
     "Ana Ruiz", "Lima"),
    ("LIMA, March 14 - A state visit by Chilean President Ana Ruiz, due on April 2, has been called off.",
     "Ana Ruiz", "Lima"),
    ("QUITO, May 2 (Reuters) - Peru's Foreign Minister Tomas Duarte has cancelled a three-day visit, citing floods at home.",
     "Tomas Duarte", "Quito"),
])
def test_a_trip_called_off_with_no_place_is_to_where_the_report_is_filed(extractor, body, visitor, place):
    got = trips(run(extractor, body, published="2024-03-14"))
    assert (visitor, place, "negated") in got, got


@pytest.mark.parametrize("body", [
    "SANTIAGO, March 14 - Chilean President Ana Ruiz on Thursday put off a state visit that had been set for April 2-3.",
    "LIMA, March 14 - Chilean President Ana Ruiz was due in Quito on Monday but postponed her trip.",
])
def test_a_trip_called_off_at_home_or_told_elsewhere_is_not_to_the_dateline(extractor, body):
    got = trips(run(extractor, body, published="2024-03-14"))
    assert not {t for t in got if t[1] in {"Lima", "Santiago"}}, got


@pytest.mark.parametrize("body", [
    "NATO Secretary General Tove Berg flew to Brussels on Monday for a meeting of the alliance's foreign ministers.",
    "NATO's secretary general, Tove Berg, arrived in Brussels for talks with Finnish Prime Minister Aino Lehto on Monday.",
    "Finnish Prime Minister Aino Lehto and NATO Secretary General Tove Berg met in Brussels on Monday.",
])
def test_an_officer_of_a_body_in_the_city_of_its_seat_is_not_visiting_it(extractor, body):
    got = trips(run(extractor, body, published="2025-03-14"))
    assert not {t for t in got if t[0] == "Tove Berg"}, got


@pytest.mark.parametrize("body, visitor, place", [
    ("NATO Secretary General Tove Berg flew to Oslo on Monday for talks with Finnish Prime Minister Aino Lehto.",
     "Tove Berg", "Oslo"),
    ("Finnish Prime Minister Aino Lehto and NATO Secretary General Tove Berg met in Brussels on Monday.",
     "Aino Lehto", "Brussels"),
])
def test_an_officer_away_from_the_seat_and_a_guest_at_it_are_visiting(extractor, body, visitor, place):
    got = trips(run(extractor, body, published="2025-03-14"))
    assert (visitor, place, "asserted") in got, got
