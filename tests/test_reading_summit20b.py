"""Summits as English tells them, read on sentences written for the test (round twenty, second
wave): a summit only put off ("postponed") is still to be held where its own words tell it ahead, and
was held where its days are gone by; it is denied only where nothing else is told of it
(kg.extract.facts.summit_status.status_called_off); a list told only as who belongs to a body,
"whose members include A and B", "made up of A and B", "A, B and C, the bloc's founding members",
names no one taking part (kg.extract.facts.spoken_of.named_as_members, members_listed)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday


def summits(extractor, body: str) -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED), "summit")


@pytest.mark.parametrize("body, city", [
    ("The ninth Lakes Summit, which Kenya is to host in Nairobi, has been postponed twice because of floods.", "Nairobi"),
    ("The ECOWAS summit, which was postponed last month because of unrest, will take place in Abuja on Friday.", "Abuja"),
    ("Bolivia has put off the Andean summit it will host in Sucre.", "Sucre"),
])
def test_a_summit_put_off_but_told_ahead_is_planned(extractor, body, city):
    rows = [r for r in summits(extractor, body) if r.get("location") == city]
    assert rows and all(r["modality"] == "planned" for r in rows), summits(extractor, body)


@pytest.mark.parametrize("body, city", [
    ("Leaders of the bloc met in Lusaka on Thursday for an extraordinary summit. The summit had been postponed thrice since May.",
     "Lusaka"),
    ("The Lakes summit, which was deferred in March, finally opened in Kampala on Monday.", "Kampala"),
])
def test_a_summit_put_off_and_held_since_is_held(extractor, body, city):
    rows = [r for r in summits(extractor, body) if r.get("location") == city]
    assert rows and all(r["modality"] == "asserted" for r in rows), summits(extractor, body)


@pytest.mark.parametrize("body", [
    "The Andean summit in Sucre has been postponed.",
    "Bolivia postponed the Andean summit in Sucre, citing unrest.",
    "The Andean summit in Sucre, which Bolivia was to host, has been called off.",
])
def test_a_summit_only_put_off_or_called_off_is_denied(extractor, body):
    rows = summits(extractor, body)
    assert rows and all(r["modality"] == "negated" for r in rows), rows


@pytest.mark.parametrize("body, members", [
    ("The Andean Forum, whose members include Chile, Peru and Ecuador, held its summit in Sucre on Monday.",
     {"Chile", "Peru", "Ecuador"}),
    ("The Lakes Council, made up of Kenya, Uganda and Tanzania, held a summit in Kampala on Monday.",
     {"Kenya", "Uganda"}),
    (("The Gulf Forum summit opened in Doha on Monday, the first since Kuwait joined Qatar, Oman and Bahrain, the "
      "forum's founding members."), {"Oman", "Bahrain"}),
])
def test_a_list_of_who_belongs_takes_no_part(extractor, body, members):
    parts = {p for r in summits(extractor, body) for p in r.get("participants", ())}
    assert not members & parts, parts


@pytest.mark.parametrize("body, members", [
    ("The forum's members are Chile, Peru and Ecuador, which all sent leaders to the summit in Quito.",
     {"Chile", "Peru", "Ecuador"}),
    ("The leaders of Chile, Peru and Ecuador, all members of the forum, attended the summit in Quito on Monday.",
     {"Chile", "Peru", "Ecuador"}),
    ("The summit in Quito on Monday brought together Chile, Peru and Ecuador.", {"Chile", "Peru", "Ecuador"}),
    ("Qatar, Oman and Bahrain, the forum's founding members, opened the Gulf Forum summit in Doha on Monday.",
     {"Qatar", "Oman", "Bahrain"}),
])
def test_members_said_to_attend_still_take_part(extractor, body, members):
    parts = {p for r in summits(extractor, body) for p in r.get("participants", ())}
    assert members <= parts, parts
