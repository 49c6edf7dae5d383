"""Ratification read on sentences written for the test (round 13): each chamber of a state that one
clause has ratifying is a step of its own; a chamber whose name carries its state ("the U.S. Senate")
or link puts in a state is that state's, whatever state the clause names beside it."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}


# -- each of a state's chambers in one clause ------------------------------------------------------
@pytest.mark.parametrize("body, state, chambers, modality", [
    # active, coordinated subjects
    (("Russia and Iran signed the Kura Delta Treaty in May. The State Duma and the Federation Council approved "
     "the treaty on Monday."), "Russia", {"State Duma", "Federation Council"}, "asserted"),
    # passive, repeated "by", planned
    (("Russia and Iran signed the Kura Delta Treaty in May. It must still be ratified by the State Duma and by the "
     "Federation Council."), "Russia", {"State Duma", "Federation Council"}, "planned"),
    # fronted place, "will be considered"
    (("Russia and Iran signed the Kura Delta Treaty in May. In Russia it will be considered by the State Duma and "
     "by the Federation Council."), "Russia", {"State Duma", "Federation Council"}, "planned"),
    # "both", a chamber told by its state's name
    (("Poland and Chile signed the Kura Delta Treaty in May. Both the Sejm and the Senate of Poland approved it on "
     "Monday."), "Poland", {"Sejm", "Senate of Poland"}, "asserted"),
])
def test_each_chamber_of_a_state_in_one_clause_ratifies(extractor, body, state, chambers, modality):
    got = ratified(run(extractor, body, published="2024-05-08"))
    assert {(state, c, modality) for c in chambers} <= {(s, b, mod) for _, s, b, mod in got}, got


# -- a chamber whose name carries its state ----------------------------------------------------------
@pytest.mark.parametrize("body, state, chamber, modality", [
    # the state named nowhere but inside the chamber's name, another state's chamber beside it
    (("The Kura Delta Treaty must still be ratified by the United States Senate and by Russia's Supreme Soviet, "
     "where nationalist deputies have attacked it."), "United States", "United States Senate", "planned"),
])
def test_a_chamber_named_with_its_state_is_that_state_s(extractor, body, state, chamber, modality):
    got = ratified(run(extractor, body, published="2024-05-08"))
    assert any(s == state and b == chamber and mod == modality for _, s, b, mod in got), got
    assert not any(b == chamber and s != state for _, s, b, _ in got), got


# -- a chamber whose link puts it in another state than the one the clause names --------------------------
@pytest.mark.parametrize("body, state, chamber, other", [
    ("The Knesset approved the Red Sea Brine Agreement with Jordan in a 70-20 vote.", "Israel", "Knesset", "Jordan"),
    ("The Bundestag on Thursday backed the Oder Barge Pact with Poland by a wide margin.", "Germany", "Bundestag",
     "Poland"),
])
def test_a_chamber_linked_to_another_state_is_not_the_named_state_s(extractor, body, state, chamber, other):
    got = ratified(run(extractor, body, published="2024-05-08"))
    assert not any(s == other for _, s, _, _ in got), got
