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
    (("Italian Prime Minister Giulia Conti, who has argued that Europe must deepen its ties with Africa, arrived in "
     "Tunis on Tuesday."), "Giulia Conti", "Tunis"),
    (("Kenyan President Daniel Mwangi, whose government has said that the port deal must be renegotiated, flew to "
     "Colombo on Friday."), "Daniel Mwangi", "Colombo"),
    (("Polish President Marek Zielinski, who will remain in office until elections next year, visited Ottawa last "
     "week."), "Marek Zielinski", "Ottawa"),
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
    (("Chilean Foreign Minister Ana Ortega, who has said that the accord must be ratified quickly, signed the Lima "
     "Accord on Monday."), "Ana Ortega"),
    ("The Lima Accord, which must still be ratified by both parliaments, was signed by Chile and Peru on Monday.", "Peru"),
])
def test_a_signing_beside_a_relative_clause_of_conditions_is_done_that_day(extractor, body, signatory):
    got = signings(run(extractor, body))
    assert ("Lima Accord", signatory, dt.date(2024, 3, 4), "asserted") in got, got


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f.get("start"), f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, place, start", [
    ("On 4 June 2018, when Kenyan President Daniel Mwangi arrived in Tokyo, the two sides signed a trade pact.",
     "Tokyo", "2018-06-04"),
    ("Ties warmed on 4 June 2018, when Kenyan President Daniel Mwangi visited Tokyo.", "Tokyo", "2018-06-04"),
])
def test_a_when_clause_happens_on_the_day_it_hangs_on(extractor, body, place, start):
    got = trips(run(extractor, body))
    assert ("Daniel Mwangi", place, dt.date.fromisoformat(start), "asserted") in got, got


def test_a_when_clause_dates_a_signing_too(extractor):
    got = signings(run(extractor, "Ties warmed on 4 June 2018, when Kenyan President Daniel Mwangi visited Tokyo and "
                                  "signed the Nile Pact."))
    assert ("Nile Pact", "Daniel Mwangi", dt.date(2018, 6, 4), "asserted") in got, got


@pytest.mark.parametrize("body, start", [
    (("The decision was foreshadowed on February 3, when Kenyan President Daniel Mwangi, standing beside his host at a "
     "news conference in Tokyo, announced the plan."), "2024-02-03"),
    (("The idea was first aired on 3 May 2019, when Kenyan President Daniel Mwangi, speaking at a news conference in "
     "Tokyo, proposed it."), "2019-05-03"),
])
def test_a_present_participle_on_the_subject_is_at_its_verbs_time(extractor, body, start):
    got = trips(run(extractor, body))
    assert ("Daniel Mwangi", "Tokyo", dt.date.fromisoformat(start), "asserted") in got, got


def test_a_when_clause_on_a_plan_said_on_a_day_takes_no_day(extractor):
    got = trips(run(extractor, "Kenyan President Daniel Mwangi said on Monday that he would visit Tokyo when the talks end."))
    assert got == {("Daniel Mwangi", "Tokyo", None, "planned")}, got
