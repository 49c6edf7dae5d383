"""Permits, round 19 (second wave), on sentences written for the test: what the forces an agreement
has just let in "may" or "can" do, in that sentence or the next, is covered by that agreement
(kg.extract.facts.permits._permitted_user; lexicon.yaml permission.modals)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _covered(doc) -> set[tuple]:
    return {(f["agreement"], f["activity"]) for f in facts(doc, "permits")}


@pytest.mark.parametrize("body, agreement, activities", [
    (("The Andean Defence Pact gives Peruvian forces access to Chilean air bases. Peruvian personnel may carry out "
     "joint exercises with Chilean units."), "Andean Defence Pact", {"joint exercise"}),
    (("The Volta Pact opens Ghana's naval bases to Togolese ships. Togolese sailors can resupply and refuel their "
     "vessels at the bases."), "Volta Pact", {"resupply", "refuelling"}),
    (("Under the Baltic Support Pact, Finnish aircraft may use Estonian airfields. Finnish pilots may fly there and "
     "carry out maintenance on their jets."), "Baltic Support Pact", {"maintenance"}),
])
def test_what_the_forces_a_pact_let_in_may_do_is_covered(extractor, body, agreement, activities):
    doc = run(extractor, body, published="2025-03-14")
    assert {(agreement, a) for a in activities} <= _covered(doc), _covered(doc)


@pytest.mark.parametrize("body", [
    # another state's forces
    ("The Andean Defence Pact gives Peruvian forces access to Chilean air bases. Bolivian troops may carry out joint "
    "exercises with Chilean units."),
    # what they did, not what they may do
    ("The Andean Defence Pact gives Peruvian forces access to Chilean air bases. Peruvian personnel carried out joint "
    "exercises with Chilean units in 2019."),
    # no access granted under any agreement
    "Peruvian personnel may carry out joint exercises with Chilean units.",
])
def test_a_permission_of_forces_no_pact_let_in_covers_nothing(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not {a for a in _covered(doc) if a[1] == "joint exercise"}, _covered(doc)
