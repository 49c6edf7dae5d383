"""Visits, round 12: a plain pronoun object of "accompany" is never its own clause's subject
("Among those accompanying him was X": "him" is the traveller told before, not X), so the
companion makes that trip too (kg.extract.facts.trip_companions), on sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, leader, companion, place", [
    (("Kazakh President Nurlan Abenov flew to Baku on Monday. Among those accompanying him was Foreign Minister "
     "Aigerim Sadykova."), "Nurlan Abenov", "Aigerim Sadykova", "Baku"),
    (("Cuban President Rosa Marin flew to Quito on Monday. Among those accompanying her was Trade Minister "
     "Pablo Ferrer."), "Rosa Marin", "Pablo Ferrer", "Quito"),
    ("Lao President Somsak Vongsa landed in Hanoi on Tuesday. Accompanying him was Defence Minister Khamla Sith.",
     "Somsak Vongsa", "Khamla Sith", "Hanoi"),
])
def test_a_pronoun_accompanied_is_the_traveller_told_before_not_the_companion(extractor, body, leader, companion, place):
    got = trips(run(extractor, body))
    assert (leader, place, "asserted") in got and (companion, place, "asserted") in got, got


@pytest.mark.parametrize("body, leader, companion, place", [
    (("Chilean President Ana Bravo arrived in Lima on Tuesday. Among those accompanying her were Trade Minister "
     "Jorge Pena and Defence Minister Rosa Vidal."), "Ana Bravo", "Rosa Vidal", "Lima"),
])
def test_a_companion_told_after_a_fronted_participle_goes_too(extractor, body, leader, companion, place):
    got = trips(run(extractor, body))
    assert (leader, place, "asserted") in got and (companion, place, "asserted") in got, got


def test_a_companion_named_by_a_pronoun_goes_on_the_trip_told_before(extractor):
    body = ("Polish President Marek Zielinski visited Kyiv on Monday. Foreign Minister Jan Wrobel, who accompanied him, "
            "met Ukrainian officials.")
    got = trips(run(extractor, body))
    assert ("Jan Wrobel", "Kiev", "asserted") in got, got
