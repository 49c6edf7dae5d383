"""Summit participants read on sentences written for the test (round 33): a list stands for what it
lists ("the guest list includes X", "the list of invitees comprises X", "a list of participants that
included X": X is a guest, an invitee, a participant)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def seated(doc) -> set[str]:
    return {p for f in facts(doc, "summit") for p in f.get("participants", ())}


@pytest.mark.parametrize("body, states", [
    # an "of" phrase, the verb "include"
    (("The Mercosur summit opened in Asuncion on Monday. The list of attendees includes Chilean President "
      "Rafael Ortiz and Bolivian President Tomas Quispe."), {"Chile", "Bolivia"}),
    # a compound noun, past tense
    ("The Andean summit opened in Quito on Monday. The guest list included Peru and Colombia.", {"Peru", "Colombia"}),
    # another list noun, another verb
    ("The Nordic summit opened in Oslo on Monday. The roster of invitees comprises Finland and Iceland.",
     {"Finland", "Iceland"}),
    # a relative clause on a list that is an object
    ("The SADC summit opened in Maputo on Monday. Officials published a guest list which includes Zambia and Malawi.",
     {"Zambia", "Malawi"}),
    # a relative clause on the list
    ("The ECOWAS summit opened in Accra on Friday, with a list of participants that included Ghana and Senegal.",
     {"Ghana", "Senegal"}),
])
def test_a_list_stands_for_what_it_lists(extractor, body, states):
    got = seated(run(extractor, body))
    assert states <= got, got


@pytest.mark.parametrize("body, state", [
    # a list of something else
    ("The Mercosur summit opened in Asuncion on Monday. The list of topics includes Chile.", "Chile"),
    ("The Andean summit opened in Quito on Monday. Peru is on the list of concerns.", "Peru"),
    # a list that names no one taking part
    ("The Nordic summit opened in Oslo on Monday. The list of absentees includes Iceland.", "Iceland"),
])
def test_a_list_of_other_things_seats_no_one(extractor, body, state):  # (guards)
    got = seated(run(extractor, body))
    assert state not in got, got
