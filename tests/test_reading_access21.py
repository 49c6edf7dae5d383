"""Access, round 21: an access whose sentence and the two before speak of no agreement is under the
agreement the article has named between its two states, told in or before its sentence
(kg.extract.facts.access_terms.between); never for forces told as stationed or hosted there, and
never an agreement of other states; the agreement's state rules the access's modality as for any
agreement named; a use told as done under an agreement found only so gives no permitted activity
(kg.extract.facts.permits). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_SIGNED = "Chile and Peru signed a defence cooperation agreement in Santiago on Monday. "
_BETWEEN = "The signing ended months of talks. Ministers also discussed fisheries and trade. "
_DCA = "defence cooperation agreement"


def _access(doc) -> set[tuple]:
    return {(f["user"], f["host"], f["facility"], f.get("agreement"), f["modality"]) for f in facts(doc, "access")}


def _permits(doc) -> set[tuple]:
    return {(f["agreement"], f["activity"]) for f in facts(doc, "permits")}


# -- told some sentences after the agreement, in several constructions --------------------------------------
@pytest.mark.parametrize("body, expected", [
    (_SIGNED + _BETWEEN + "Peruvian warships will be able to refuel at Chilean ports.",
     ("Peru", "Chile", "port", _DCA, "planned")),
    (_SIGNED + _BETWEEN + "Chile will let Peruvian aircraft use its air bases.",
     ("Peru", "Chile", "air base", _DCA, "planned")),
    (_SIGNED + _BETWEEN + "Access to Chilean airfields will be granted to Peruvian forces.",
     ("Peru", "Chile", "airfield", _DCA, "planned")),
    (_SIGNED + _BETWEEN + "Peruvian navy ships already use the Chilean naval base at Talcahuano.",
     ("Peru", "Chile", "naval base", _DCA, "asserted")),
])
def test_an_access_told_later_is_under_the_agreement_between_its_states(extractor, body, expected):
    found = _access(run(extractor, body))
    assert expected in found, found


def test_the_agreement_awaiting_ratification_makes_the_access_planned(extractor):
    body = (_SIGNED + "Chile's parliament must still ratify the agreement. " + _BETWEEN
            + "Peruvian ships dock at Chilean ports.")
    found = _access(run(extractor, body))
    assert ("Peru", "Chile", "port", _DCA, "planned") in found, found


def test_what_the_later_access_is_for_the_agreement_covers(extractor):
    doc = run(extractor, _SIGNED + _BETWEEN + "Peruvian warships will be able to use Chilean ports for refuelling.")
    assert (_DCA, "refuelling") in _permits(doc), _permits(doc)


# -- guards ------------------------------------------------------------------------------------------------
def test_forces_stationed_there_are_under_no_agreement(extractor):
    found = _access(run(extractor, _SIGNED + _BETWEEN + "About 300 Peruvian troops are stationed at Chilean bases."))
    assert found and all(a is None for _, _, _, a, _ in found), found


def test_an_agreement_of_other_states_is_not_the_access_s(extractor):
    body = ("Chile and Bolivia signed a defence cooperation agreement in Santiago on Monday. " + _BETWEEN
            + "Peruvian warships will be able to refuel at Chilean ports.")
    found = _access(run(extractor, body))
    assert found and all(a is None for _, _, _, a, _ in found), found


def test_an_agreement_told_only_after_the_access_is_not_its(extractor):
    body = ("Peruvian warships will be able to refuel at Chilean ports. " + _BETWEEN
            + "Chile and Peru signed a defence cooperation agreement in Santiago on Monday.")
    found = _access(run(extractor, body))
    assert found and all(a is None for _, _, _, a, _ in found), found


def test_a_use_told_as_practice_is_no_activity_the_agreement_covers(extractor):
    body = _SIGNED + _BETWEEN + "Peruvian warships regularly call at the Chilean naval base at Talcahuano for refuelling."
    doc = run(extractor, body)
    assert ("Peru", "Chile", "naval base", _DCA, "asserted") in _access(doc), _access(doc)
    assert (_DCA, "refuelling") not in _permits(doc), _permits(doc)
