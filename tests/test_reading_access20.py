"""Access and ratification, round 20, on sentences written for the test: the passive subject of
"permit"/"allow" receives the access noun (kg.extract.frame_arguments.add_recipient); a phrase the
parser hung on the verb right after an access noun is the noun's ("provides access for X to Y's
ports", frame_arguments.add_hung_on_verb); forces "of either party" or "each other's" as users make
the access each party's of the other's (kg.extract.facts.access); a preposition coordinated inside
the phrase of the verb's own and repeating its word is the verb's ("at the base in X and at the port
of Y", kg.extract.syntax); a state's legislature, congress, assembly or senate stands for it
(frames.yaml representative); "the latter"/"the former" set off after a list picks one of it."""
from __future__ import annotations

import pytest
from extraction_helpers import access, facts, run

pytestmark = pytest.mark.model

_PAIR = "Chile and Peru signed the Andes Accord in 2019. "


def _ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f["modality"]) for f in facts(doc, "ratification")}


# -- "X will be permitted the use of Y's airspace": the passive subject receives the access ---------------
@pytest.mark.parametrize("body, expected", [
    ("Under the Andes Accord, Peruvian aircraft will be permitted the use of Chilean airspace.",
     ("Peru", "Chile", "airspace", "planned")),
    ("Peruvian forces were allowed access to Chilean ports under the Andes Accord.",
     ("Peru", "Chile", "port", "asserted")),
    ("Peru was permitted the use of Chile's air bases under the Andes Accord.",
     ("Peru", "Chile", "air base", "asserted")),
])
def test_the_passive_subject_of_permit_receives_the_access(extractor, body, expected):
    assert expected in access(run(extractor, body)), access(run(extractor, body))


# -- "provides access for X to Y's ports": the "to" phrase the parser hung on the verb ---------------------
@pytest.mark.parametrize("body, expected", [
    ("The Andes Accord provides access for Peruvian warships to Chilean naval bases.",
     ("Peru", "Chile", "naval base", "asserted")),
    ("The Andes Accord covers access for Peruvian ships to Chilean ports for refuelling.",
     ("Peru", "Chile", "port", "asserted")),
])
def test_a_phrase_hung_on_the_verb_after_an_access_noun_is_the_nouns(extractor, body, expected):
    doc = run(extractor, body)
    assert expected in access(doc), access(doc)


def test_a_verb_hung_phrase_naming_no_facility_gives_no_access(extractor):
    doc = run(extractor, "The Andes Accord provides access for Peruvian exporters to Chilean markets.")
    assert not access(doc), access(doc)


# -- "each other's forces", "the forces of either party": both use, both host ------------------------------
@pytest.mark.parametrize("body, kind, modality", [
    ("Chile and Peru opened their air bases to each other's forces.", "air base", "asserted"),
    ("Chile and Peru will open their ports to one another's warships.", "port", "planned"),
    (_PAIR + "The pact allows the use of named airfields by the armed forces of either Party.",
     "airfield", "asserted"),
])
def test_reciprocal_users_use_each_others_facilities(extractor, body, kind, modality):
    found = access(run(extractor, body))
    assert {("Chile", "Peru", kind, modality), ("Peru", "Chile", kind, modality)} <= found, found


def test_a_third_states_forces_are_the_only_users(extractor):
    found = access(run(extractor, "Chile and Peru opened their air bases to Bolivian forces."))
    assert found == {("Bolivia", "Chile", "air base", "asserted"), ("Bolivia", "Peru", "air base", "asserted")}, found


# -- "at the air base in X and at the port of Y": the second "at" is the verb's too -----------------------
@pytest.mark.parametrize("body, kind", [
    (_PAIR + "Under the accord, access for Peruvian forces is provided at the air base in Iquique and at the port "
     "of Antofagasta.", "port"),
    (_PAIR + "Under the accord, Peruvian jets may land at the air base near Iquique and at the airfield of Calama.",
     "airfield"),
])
def test_a_repeated_preposition_coordinated_lower_is_the_verbs(extractor, body, kind):
    found = {(u, h, k) for u, h, k, _ in access(run(extractor, body))}
    assert ("Peru", "Chile", kind) in found, found


# -- "the legislatures of A and B": each state's chamber stands for it ------------------------------------
@pytest.mark.parametrize("body, modality", [
    ("The legislatures of Chile and Peru approved the Atacama Border Accord on Monday.", "asserted"),
    ("The senates of Chile and Peru ratified the Atacama Border Accord in May.", "asserted"),
    (("Chile and Peru signed the Atacama Border Accord on Monday. The legislatures of both countries must still "
     "approve it."), "planned"),
])
def test_the_legislatures_of_two_states_ratify_for_each(extractor, body, modality):
    found = _ratified(run(extractor, body))
    expected = {("Atacama Border Accord", "Chile", modality), ("Atacama Border Accord", "Peru", modality)}
    assert expected <= found, found


# -- "A and B, the latter ratified by X": one of the two --------------------------------------------------
@pytest.mark.parametrize("body, ratified, other", [
    (("On Monday Chile and Peru signed the Andes Trade Pact and the Atacama Border Treaty, the latter ratified by "
     "the Chilean Senate earlier this month."), "Atacama Border Treaty", "Andes Trade Pact"),
    (("Peru joined the Andes Trade Pact and the Atacama Border Treaty, the latter ratified by its Congress "
     "earlier this year."), "Atacama Border Treaty", "Andes Trade Pact"),
    # (a guard: "the former" after the list's own phrase, read so before)
    (("Chile signed the Andes Trade Pact and the Atacama Border Treaty in May, the former ratified by its Senate "
     "last week."), "Andes Trade Pact", "Atacama Border Treaty"),
])
def test_the_latter_or_the_former_picks_one_of_the_list(extractor, body, ratified, other):
    agreements = {a for a, _, _ in _ratified(run(extractor, body))}
    assert ratified in agreements and other not in agreements, agreements
