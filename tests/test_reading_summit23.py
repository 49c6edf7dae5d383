"""Summits as English tells them, read on sentences written for the test (round twenty-three): a
gathering told only by a plural without a rank ("the yearly gatherings of its heads of government",
"trilateral summits") is a series or a practice, no one summit, so it holds no summit fact; a trip to it is still
a trip (kg.extract.descriptions marks it several, kg.extract.facts drops its summit facts); a ranked
plural, one summit per rank, and a singular summit beside a plural stay."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday


def summits(extractor, body: str) -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED), "summit")


@pytest.mark.parametrize("body", [
    "Chile and Peru hold frequent meetings of their heads of state and cabinet members.",
    "Since 2019, Kenya, Uganda and Rwanda have held trilateral summits every spring.",
    "Annual summits between the two presidents have become routine since 2015.",
    "The annual meetings of Andean leaders have been held in Lima since 2001.",
    "Informal gatherings of the four leaders have become a fixture on the sidelines of larger summits.",
    "Twice-yearly trilateral meetings of presidents and defence chiefs were agreed in Brasilia in 2021.",
])
def test_a_plural_gathering_is_no_one_summit(extractor, body):
    assert summits(extractor, body) == []


@pytest.mark.parametrize("body, label", [
    ("The ASEAN summit opened in Jakarta on Monday; the leaders' previous summits were held in Manila.", "ASEAN summit"),
    ("The presidents of Ghana and Togo held a summit in Lome on Monday, after annual summits in Accra.", "summit in Lome"),
])
def test_a_singular_summit_beside_a_plural_stays(extractor, body, label):
    assert [r["summit"] for r in summits(extractor, body)] == [label], summits(extractor, body)


@pytest.mark.parametrize("body", [
    "The leaders of Chile and Peru met in Lima on Friday for their annual summit.",
    "A meeting of the presidents of Chile and Peru is planned for May in Lima.",
    "The Nordic Council summit opened in Reykjavik on Monday.",
])
def test_a_singular_gathering_of_leaders_is_still_a_summit(extractor, body):
    assert len(summits(extractor, body)) == 1, summits(extractor, body)


def test_a_trip_to_a_series_is_still_a_trip(extractor):
    doc = run(extractor, "President Ruiz flew to Lima on Monday for the annual meetings of Andean leaders.",
              published=PUBLISHED)
    assert facts(doc, "summit") == []
    assert [r["destination"] for r in facts(doc, "visit")] == ["Lima"], facts(doc, "visit")


@pytest.mark.parametrize("body", [
    "The Andean summit ended in Quito on Friday. The leaders could not settle when the next Andean summit would take place.",
    "The Nordic summit closed in Oslo on Tuesday. Ministers said details of the next meeting of the Nordic Council would follow.",
    "The Sahel leaders' summit ended on Monday. Who hosts the next summit will be decided in June.",
])
def test_a_next_edition_with_no_place_is_no_summit_yet(extractor, body):
    assert [r["summit"] for r in summits(extractor, body) if "next" in r["summit"].lower().split()] == [], \
        summits(extractor, body)


@pytest.mark.parametrize("body, city", [
    ("The Andean summit ended in Quito on Friday. Lima will host the next summit in 2026.", "Lima"),
    ("The Nordic summit closed in Oslo on Tuesday. The next meeting of the Nordic Council will take place in Helsinki.",
     "Helsinki"),
])
def test_a_next_edition_a_place_is_named_for_stays(extractor, body, city):
    assert [r.get("location") for r in summits(extractor, body) if "next" in r["summit"].lower().split()] == [city], \
        summits(extractor, body)
