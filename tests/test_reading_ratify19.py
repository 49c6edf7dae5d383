"""Ratification, access and permits, round 19, on sentences written for the test: a coordinated
clause whose subject the parser took into the phrase before ("at X and Y has not ratified it",
kg.extract.hung_clauses.swallowed_subject); a definite noun of what an agreement provides listing
its parts ("the support could include repairs", kg.extract.facts.permits); selling arms is
procuring them (lexicon.yaml activity_pairs); flying over a state or training in its airspace under
an agreement is the use of its airspace (kg.extract.facts.access)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f["modality"]) for f in facts(doc, "ratification")}


def _covered(doc) -> set[tuple]:
    return {(f["agreement"], f["activity"]) for f in facts(doc, "permits")}


# -- a coordinated clause's subject swallowed by the phrase before ---------------------------------------
@pytest.mark.parametrize("body, agreement, state, modality", [
    ("No Turkish warship has docked at Tartus and Syria has not ratified the Coastal Security Agreement.",
     "Coastal Security Agreement", "Syria", "negated"),
    ("The Pacific Fisheries Accord was signed with Chile and Bolivia will ratify it next year.",
     "Pacific Fisheries Accord", "Bolivia", "planned"),
])
def test_a_subject_the_phrase_before_swallowed(extractor, body, agreement, state, modality):
    doc = run(extractor, body, published="2025-03-14")
    assert (agreement, state, modality) in _ratified(doc), _ratified(doc)


def test_a_subject_shared_by_coordinated_verbs_stays_shared(extractor):
    doc = run(extractor, "Chile and Peru signed the Andean Water Treaty and ratified it in May.", published="2025-03-14")
    assert {("Andean Water Treaty", "Chile", "asserted"), ("Andean Water Treaty", "Peru", "asserted")} <= _ratified(doc)


# -- "the support could include X": what the agreement in view provides ---------------------------------
@pytest.mark.parametrize("body, agreement, activities", [
    (("Chile and Peru signed the Andean Logistics Accord on Monday. The cooperation will include joint exercises and "
     "port calls."), "Andean Logistics Accord", {"joint exercise", "port call"}),
    ("Under the Baltic Support Pact, Latvia will help Estonian units. The assistance covers medical support and training.",
     "Baltic Support Pact", {"medical support", "training"}),
    (("India and Oman signed the Muscat Logistics Agreement on Monday. Officials said the support could include fuel, "
     "spare parts and repair work."), "Muscat Logistics Agreement", {"repair", "resupply"}),
])
def test_what_an_agreement_provides_lists_its_activities(extractor, body, agreement, activities):
    doc = run(extractor, body, published="2025-03-14")
    assert {(agreement, a) for a in activities} <= _covered(doc), _covered(doc)


@pytest.mark.parametrize("body", [
    "The support could include fuel, spare parts and repair work, officials said.",
    "Kenya and Japan signed a trade deal on Monday. The cooperation between their navies includes joint exercises.",
    "Kenya and Japan signed a trade deal on Monday. Naval cooperation includes joint exercises.",
])
def test_support_tied_to_no_agreement_covers_nothing(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not _covered(doc), _covered(doc)


# -- selling arms is procuring them ---------------------------------------------------------------
@pytest.mark.parametrize("body, agreement", [
    ("The Jakarta Naval Agreement paves the way for the sale of 12 frigates to Indonesia.", "Jakarta Naval Agreement"),
    ("Under the Delhi Defence Deal, France will sell 26 fighter jets to India.", "Delhi Defence Deal"),
    ("The Andes Security Accord covers sales of missiles and drones.", "Andes Security Accord"),
])
def test_a_sale_of_arms_under_an_agreement_is_procurement(extractor, body, agreement):
    doc = run(extractor, body, published="2025-03-14")
    assert (agreement, "arms procurement") in _covered(doc), _covered(doc)


def test_a_sale_under_no_agreement_covers_nothing(extractor):
    doc = run(extractor, "France sold 26 fighter jets to India last year.", published="2025-03-14")
    assert not _covered(doc), _covered(doc)


# -- flying over a state, or training in its airspace, under an agreement ------------------------------
def _access(doc) -> set[tuple]:
    return {(f["user"], f["host"], f["facility"]) for f in facts(doc, "access")}


@pytest.mark.parametrize("body, user, host", [
    ("Under the Caspian Air Deal, Turkish military aircraft may fly over Azerbaijan.", "Turkey", "Azerbaijan"),
    ("The Gulf Air Treaty allows Indian aircraft to overfly Oman.", "India", "Oman"),
    ("The Pacific Defence Treaty permits Singaporean fighter jets to train in Australian airspace.", "Singapore", "Australia"),
    ("Under the Nordic Training Pact, Danish pilots will exercise in Swedish airspace.", "Denmark", "Sweden"),
])
def test_flying_over_a_state_under_an_agreement_uses_its_airspace(extractor, body, user, host):
    doc = run(extractor, body, published="2025-03-14")
    assert (user, host, "airspace") in _access(doc), _access(doc)


@pytest.mark.parametrize("body", [
    "Turkish jets flew over Syria on Monday.",
    "Greece and Turkey signed the Aegean Accord in May. Turkish jets flew over Syria on Monday.",
    "Kenyan troops train in Nairobi every year.",
])
def test_a_flight_no_agreement_speaks_of_is_no_access(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not _access(doc), _access(doc)
