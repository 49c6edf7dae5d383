"""Visits, round 11: a "must" or "until" in a relative clause on another word rules only that
clause (kg.extract.facts.treaties.trigger_modality), and one who tells or addresses a summit is
at it, so travels to it (frames.yaml speak-at), on sentences written for the test."""
from __future__ import annotations

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


_SUMMIT = "Leaders of the Andean Community met in Quito on Monday and Tuesday for their annual summit. "


@pytest.mark.parametrize("line, visitor", [
    ("Peruvian President Luis Vega told the summit that trade must grow.", "Luis Vega"),
    ("Bolivian President Jorge Mora addressed the summit on Tuesday.", "Jorge Mora"),
    ("Addressing the gathering, Chilean President Ana Ruiz called for unity.", "Ana Ruiz"),
])
def test_one_who_tells_or_addresses_the_summit_travelled_to_it(extractor, line, visitor):
    got = places(run(extractor, _SUMMIT + line))
    assert (visitor, "Quito", "asserted") in got, got


@pytest.mark.parametrize("line", [
    "Peruvian President Luis Vega told reporters in Lima that the summit had been a success.",
    "Peruvian President Luis Vega addressed concerns about the summit in a letter.",
])
def test_telling_others_about_the_summit_is_no_trip_to_it(extractor, line):
    got = places(run(extractor, _SUMMIT + line))
    assert not any(v == "Luis Vega" and p == "Quito" for v, p, _ in got), got
