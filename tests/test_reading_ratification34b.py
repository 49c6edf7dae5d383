"""Ratification, round 34 second wave: a partner named after "with" is never the ratifier, so a head
of state signing the law is the state they serve or the article's own, not the partner
(kg.extract.facts.ratifying_partners); a chamber told by its rank alone ("the lower house") is a
body of the article's state (kg.extract.chamber_descriptions); a ratification told as a condition's
content ("a condition is that the candidate country should have ratified it") is no fact (``lexicon.yaml``
``conditions``, kg.extract.facts.ratification_conditions). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _rows(extractor, body: str) -> set[tuple]:
    return {(r["agreement"], r["state"], r.get("body"), r["modality"]) for r in facts(run(extractor, body), "ratification")}


@pytest.mark.parametrize("body, fact, partner", [
    # "signed into law" the treaty "with" a state; the law ratifying it "with" one; "with" two states
    ("President Vladimir Putin on Monday signed into law the Caspian Border Treaty with Kazakhstan.",
     ("Caspian Border Treaty", "Russia", "Vladimir Putin", "asserted"), "Kazakhstan"),
    (("Norway's Storting approved the Barents Fisheries Accord on Monday. President Halvorsen signed the law "
     "ratifying the Barents Fisheries Accord with Sweden on Friday."),
     ("Barents Fisheries Accord", "Norway", "Halvorsen", "asserted"), "Sweden"),
    (("Chile's Senate approved the Andes Water Pact last week. President Rojas signed into law the Andes Water "
     "Pact with Bolivia and Peru on Tuesday."), ("Andes Water Pact", "Chile", "Rojas", "asserted"), "Peru"),
    # a count before the agreements
    ("Chile's Senate backed the accords in May. President Rojas has signed into law three agreements with Peru.",
     ("agreements with Peru", "Chile", "Rojas", "asserted"), "Peru"),
])
def test_a_with_partner_is_not_the_signers_state(extractor, body, fact, partner):
    got = _rows(extractor, body)
    assert fact in got, got
    assert not any(r[1] == partner for r in got), got


@pytest.mark.parametrize("body, fact", [
    # a companion "along with" ratifies too; a passive whose agent's state the title gives
    ("Chile ratified the Andes Water Pact along with Peru.", ("Andes Water Pact", "Peru", None, "asserted")),
    ("The Caspian Border Treaty with Kazakhstan was ratified by Russian President Vladimir Putin on Friday.",
     ("Caspian Border Treaty", "Russia", "Vladimir Putin", "asserted")),
])
def test_a_companion_still_ratifies(extractor, body, fact):
    got = {r[:4] for r in _rows(extractor, body)}
    assert fact in got, got


@pytest.mark.parametrize("body, facts_", [
    # active, two chambers coordinated; "of parliament" naming no state; passive with the chamber as agent
    (("The Czech government approved the defence pact in May. The lower house approved the defence pact in June, "
     "and the upper house ratified it in July."),
     [("defence pact", "Czechia", "lower house", "asserted"), ("defence pact", "Czechia", "upper house", "asserted")]),
    (("Poland's government signed the Baltic Energy Accord. The upper house of parliament ratified the Baltic "
     "Energy Accord on Friday."), [("Baltic Energy Accord", "Poland", "upper house", "asserted")]),
    ("Peru signed the Andes Water Pact in March. The pact was approved by the lower chamber on Tuesday.",
     [("Andes Water Pact", "Peru", "lower chamber", "asserted")]),
])
def test_a_chamber_told_by_rank_is_the_articles_states(extractor, body, facts_):
    got = _rows(extractor, body)
    for fact in facts_:
        assert fact in got, got


@pytest.mark.parametrize("body, body_", [
    # a rank set beside the chamber's name; the chamber "of" a named assembly
    (("Russia signed the Caspian Border Treaty. The State Duma, the lower chamber of parliament, ratified the treaty "
     "on Monday."), "State Duma"),
    ("Peru signed the Andes Water Pact. The upper house of the Zendan Assembly ratified it.", "Zendan Assembly"),
])
def test_a_rank_beside_a_name_is_that_chamber(extractor, body, body_):
    got = _rows(extractor, body)
    assert {r[2] for r in got} == {body_}, got


_GHANA = "Ghana's parliament ratified the Baltic Energy Accord on Monday. "


@pytest.mark.parametrize("body", [
    # "be" with a that-clause; a noun's that-clause; a plural of condition with two coordinated verbs
    _GHANA + "A condition for hosting the secretariat is that the candidate country should have ratified the Baltic Energy Accord.",
    _GHANA + "The requirement that the candidate country should have ratified the Baltic Energy Accord was waived.",
    _GHANA + "The criteria are that the candidate country should have ratified the Baltic Energy Accord and paid its dues.",
    _GHANA + "Under the rules, a prerequisite is that the candidate country should have ratified the Baltic Energy Accord.",
])
def test_a_ratification_told_as_a_condition_is_no_fact(extractor, body):
    got = _rows(extractor, body)
    assert got == {("Baltic Energy Accord", "Ghana", "Ghana's parliament", "asserted")}, got


def test_a_reproach_of_a_named_state_stays_negated(extractor):
    got = _rows(extractor, "Ghana signed the Baltic Energy Accord. Critics said Ghana should have ratified the Baltic "
                           "Energy Accord years ago.")
    assert ("Baltic Energy Accord", "Ghana", None, "negated") in got, got
