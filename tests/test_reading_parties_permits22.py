"""Permits told after the agreement's own sentence, round 22, on sentences written for the test
(kg.extract.facts.permits_carried): a clause of what may or will be done right after a sentence opened
by "Under the pact,"; a pronoun listing the parts of what the agreement, subject of the sentence
before, sets up; the items of a list set out after the agreement's line ending in a colon."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _permits(doc) -> set[tuple]:
    return {(f["agreement"], f["activity"]) for f in facts(doc, "permits")}


@pytest.mark.parametrize("body, activities", [
    (("Chile and Peru signed the Andes Pact in May. Under the pact, Peruvian troops may train in Chile. The two navies "
     "will also hold joint drills and share intelligence."), {"joint exercise", "intelligence sharing"}),
    (("Chile and Peru signed the Andes Pact in May. Under its terms, Peruvian ships can refuel in Chilean ports. Their "
     "crews will be able to take part in joint exercises."), {"joint exercise"}),
    (("Chile and Peru signed the Andes Pact in May. Under the pact, the two armies will train together. They will also "
     "exchange intelligence."), {"intelligence sharing"}),
])
def test_a_modal_clause_after_an_under_sentence_goes_on_with_the_pact(extractor, body, activities):
    found = {act for a, act in _permits(run(extractor, body)) if a == "Andes Pact"}
    assert activities <= found, found


@pytest.mark.parametrize("body, activities", [
    (("Chile and Peru signed the Andes Pact in May. The pact sets out areas of cooperation. These include "
     "joint exercises, training and disaster relief."), {"joint exercise", "training", "disaster relief"}),
    (("Chile and Peru signed the Andes Pact in May. The pact covers three areas. They include training, maintenance and "
     "medical support."), {"training", "maintenance", "medical support"}),
    (("Chile and Peru signed the Andes Pact in May. The pact opens new fields of work. These include port calls and "
     "the repair of ships."), {"port call", "repair"}),
])
def test_a_pronoun_lists_what_the_pact_sets_up(extractor, body, activities):
    found = {act for a, act in _permits(run(extractor, body)) if a == "Andes Pact"}
    assert activities <= found, found


@pytest.mark.parametrize("body, expected", [
    (("Chile and Peru signed the Andes Pact in May. The pact covers:\n- joint training of pilots;\n"
     "- the exchange of intelligence;\n- maintenance of aircraft."), {"training", "intelligence sharing", "maintenance"}),
    (("Chile and Peru signed the Andes Pact in May. The pact provides for:\n• refuelling of navy ships\n"
     "• disaster relief in coastal towns"), {"refuelling", "disaster relief"}),
    (("Chile and Peru signed the Andes Pact in May. The pact sets up these activities:\n* airspace use by patrol planes\n"
     "* medical support for crews"), {"airspace use", "medical support"}),
])
def test_items_set_out_after_the_pacts_colon_are_its_provisions(extractor, body, expected):
    found = {act for a, act in _permits(run(extractor, body)) if a == "Andes Pact"}
    assert expected <= found, found


@pytest.mark.parametrize("body", [
    # a past clause after the "under" sentence tells what happened, not what the pact provides
    ("Chile and Peru signed the Andes Pact in May. Under the pact, Peruvian ships may refuel at Valparaiso. Last year, "
    "Chile held drills with Bolivia."),
    # the sentence before is not about the pact's provisions
    "Chile and Peru signed the Andes Pact in May. The two armies will hold joint drills next year.",
    # "these" after a sentence whose subject is no agreement
    ("Chile and Peru signed the Andes Pact in May. Bolivia's army plans several activities. These include joint "
    "exercises with Brazil."),
    # a list after a line that is not the agreement's
    ("Chile and Peru signed the Andes Pact in May. Bolivia's plans for next year:\n- joint exercises with Brazil;\n"
    "- the exchange of intelligence."),
    # a sentence naming another agreement speaks of that one
    ("Chile and Peru signed the Andes Pact in May. Under the pact, Peruvian ships may refuel in Chile. The Pacific "
    "Accord will let Bolivia hold joint exercises."),
])
def test_what_the_pact_does_not_go_on_to_tell(extractor, body):
    found = {act for a, act in _permits(run(extractor, body)) if a == "Andes Pact"}
    assert not found & {"joint exercise", "intelligence sharing"}, found


# -- the forms news writes each activity in (lexicon.yaml activities and activity_pairs) ----------------------
@pytest.mark.parametrize("body, activities", [
    ("Under the Andes Pact, Peruvian frigates may call at Chilean ports and be resupplied there.",
     {"port call", "resupply"}),
    ("The Andes Pact lets Chile bring in troops and supplies through Peruvian ports.", {"personnel movement", "resupply"}),
    ("The Andes Pact provides for exchanges of military personnel and the delivery of equipment.",
     {"personnel movement", "equipment movement"}),
    ("The Andes Pact binds Chile to come to Peru's aid if it is attacked.", {"mutual defence"}),
    ("Under the Andes Pact, each navy must hurry to the partner's aid in a crisis.", {"mutual defence"}),
    ("Under the Andes Pact, Chile will help Peru respond to any natural disaster.", {"disaster relief"}),
    ("The Andes Pact covers military medicine and shared intelligence.", {"medical support", "intelligence sharing"}),
])
def test_forms_of_each_activity(extractor, body, activities):
    found = {act for a, act in _permits(run(extractor, body)) if a == "Andes Pact"}
    assert activities <= found, found


@pytest.mark.parametrize("body, activity", [
    # what a state did on its own, outside any agreement
    ("Chile and Peru signed the Andes Pact in May. Peru's army brought in troops in June and resupplied its posts.",
     "resupply"),
    # troops deployed or sent somewhere are stationed, not moved under the pact
    (("Chile's congress approved the Andes Pact on stationing Peruvian units near Arica; more Peruvian soldiers "
     "will be deployed to the garrison in March."), "personnel movement"),
])
def test_forms_outside_an_agreements_provisions(extractor, body, activity):
    assert activity not in {act for _, act in _permits(run(extractor, body))}
