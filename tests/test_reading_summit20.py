"""Summits as English tells them, read on sentences written for the test (round twenty): a rank a
region owns or one counting the summits held somewhere ("Africa's first G20 summit", "the first G7
summit held on African soil") is no edition (kg.extract.summit_editions.relative_rank); a "where" right
after a place opens a clause on it though the parser hangs it elsewhere, and the summit its verb takes
is held there; a journey noun's "to" phrase with the summit in a "for" phrase places it
(kg.extract.facts.summit_places); two descriptions each told by a time of their own, "last year's
meeting" and "next year's meeting", are two editions (kg.extract.description_identity.told_apart); a name
a summit or gathering is "in" is a place (kg.extract.context_types); a relative clause an appositive
singles out of a member list is about that one (kg.extract.facts.spoken_of.singled_out)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday


def summits(extractor, body: str) -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED), "summit")


@pytest.mark.parametrize("body", [
    "Morocco will host Africa's first Group of 20 summit in Marrakesh in November.",
    "The Marrakesh meeting will be the first G20 summit held on African soil, officials said.",
    "The continent's first G7 summit opens in Nairobi on Monday.",
])
def test_a_rank_of_the_summits_a_place_has_held_is_no_edition(extractor, body):
    rows = summits(extractor, body)
    assert rows and all(r.get("ordinal") is None for r in rows), rows


@pytest.mark.parametrize("body, rank", [
    ("The first ASEAN summit was held in Bali in 1976.", 1),
    ("The bloc's 44th summit opened in Dakar on Monday.", 44),
])
def test_a_rank_of_the_series_stays_its_edition(extractor, body, rank):
    assert [r.get("ordinal") for r in summits(extractor, body)] == [rank], summits(extractor, body)


@pytest.mark.parametrize("body, city", [
    (("Prime Minister Arun Patel arrived in Dhaka on Friday, travelling from Hanoi where earlier that day he had "
     "attended the Ninth Mekong Summit."), "Hanoi"),
    (("The minister landed in Dili on Sunday, flying in from Suva where on Saturday she had addressed the Pacific "
     "Islands Forum summit."), "Suva"),
])
def test_a_where_clause_on_a_place_holds_the_summit_it_tells(extractor, body, city):
    assert [r.get("location") for r in summits(extractor, body)] == [city], summits(extractor, body)


@pytest.mark.parametrize("body, city", [
    (("Prime Minister Jonas Berg called off his trip to Reykjavik for next week's Nordic Council summit after "
     "falling ill in Oslo."), "Reykjavík"),
    ("Ruiz postponed his journey to Quito for the Andean summit after a fall at his home in Bogotá.", "Quito"),
])
def test_a_journey_noun_for_the_summit_goes_where_it_is(extractor, body, city):
    assert [r.get("location") for r in summits(extractor, body)] == [city], summits(extractor, body)


@pytest.mark.parametrize("body", [
    "Ruiz met Soto in Lima where the talks went well, and both later flew to Quito for the Andean summit.",
])
def test_a_where_clause_on_other_business_does_not_place_the_summit(extractor, body):
    assert all(r.get("location") != "Lima" for r in summits(extractor, body)), summits(extractor, body)


@pytest.mark.parametrize("body, last_city, next_city", [
    ("Last year's summit in Lusaka ended in discord. Next year's regional summit will be held in Maputo, the bloc said.",
     "Lusaka", "Maputo"),
    ("Leaders met at last year's summit in Accra. Next year's regional summit will be held in Lomé.", "Accra", "Lomé"),
])
def test_last_years_and_next_years_summits_are_two_editions(extractor, body, last_city, next_city):
    rows = {(r.get("location"), r["modality"]) for r in summits(extractor, body)}
    assert {(last_city, "asserted"), (next_city, "planned")} <= rows, rows


@pytest.mark.parametrize("body, kept, dropped", [
    (("The Andean Forum has five full members: Chile, Peru, Ecuador, Bolivia and Colombia, the newest, which joined "
     "at last year's summit in Quito."), "Colombia", "Chile"),
    (("The Lakes Council has four members: Kenya, Uganda, Rwanda and Burundi, the latest, which was admitted at the "
     "summit in Arusha."), None, "Kenya"),
])
def test_a_relative_clause_on_one_singled_out_of_a_member_list_is_about_that_one(extractor, body, kept, dropped):
    parts = {p for r in summits(extractor, body) for p in r.get("participants", ())}
    assert (kept is None or kept in parts) and dropped not in parts, parts


@pytest.mark.parametrize("body", [
    "Its members, Chile, Peru and Ecuador, attended the summit in Quito.",
    "Chile, Peru and Ecuador, which attended the summit in Quito, backed the plan.",
    "The forum's members are Chile, Peru and Ecuador, which all sent leaders to the summit in Quito.",
])
def test_members_a_clause_has_attend_take_part(extractor, body):
    parts = {p for r in summits(extractor, body) for p in r.get("participants", ())}
    assert {"Chile", "Peru", "Ecuador"} <= parts, parts


@pytest.mark.parametrize("body, city", [
    ("The summit in Al-Jouf ended on Thursday with a joint statement by Gulf leaders.", "Al-Jouf"),
    ("The dispute was settled at a summit in Al-Baha in March 2019.", "Al-Baha"),
])
def test_a_name_a_summit_is_held_in_is_its_place(extractor, body, city):
    assert [r.get("location") for r in summits(extractor, body)] == [city], summits(extractor, body)
