"""Visits, round 11: a "must" or "until" in a relative clause on another word rules only that
clause (kg.extract.facts.treaties.trigger_modality): a trip or a signing beside it is done, on
sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def places(doc) -> set[tuple[str, str, str]]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, visitor, place", [
    ("Italian Prime Minister Giulia Conti, who has argued that Europe must deepen its ties with Africa, arrived in "
     "Tunis on Tuesday.", "Giulia Conti", "Tunis"),
    ("Kenyan President Daniel Mwangi, whose government has said that the port deal must be renegotiated, flew to "
     "Colombo on Friday.", "Daniel Mwangi", "Colombo"),
    ("Polish President Marek Zielinski, who will remain in office until elections next year, visited Ottawa last "
     "week.", "Marek Zielinski", "Ottawa"),
])
def test_a_condition_in_another_words_relative_clause_leaves_the_trip_done(extractor, body, visitor, place):
    got = places(run(extractor, body))
    assert (visitor, place, "asserted") in got, got


@pytest.mark.parametrize("body, visitor, place", [
    ("Kenyan President Daniel Mwangi must travel to Tokyo before the vote.", "Daniel Mwangi", "Tokyo"),
    ("Kenyan President Daniel Mwangi, who leads the bloc, still has to travel to Tokyo.", "Daniel Mwangi", "Tokyo"),
])
def test_a_condition_on_the_trip_itself_still_makes_it_ahead(extractor, body, visitor, place):
    got = places(run(extractor, body))
    assert (visitor, place, "planned") in got, got


def signings(doc) -> set[tuple]:
    return {(f["agreement"], f.get("signatory"), f.get("date"), f["modality"]) for f in facts(doc, "signing")}


@pytest.mark.parametrize("body, signatory", [
    ("Chilean Foreign Minister Ana Ortega, who has said that the accord must be ratified quickly, signed the Lima "
     "Accord on Monday.", "Ana Ortega"),
    ("The Lima Accord, which must still be ratified by both parliaments, was signed by Chile and Peru on Monday.", "Peru"),
])
def test_a_signing_beside_a_relative_clause_of_conditions_is_done_that_day(extractor, body, signatory):
    got = signings(run(extractor, body))
    assert ("Lima Accord", signatory, dt.date(2024, 3, 4), "asserted") in got, got
