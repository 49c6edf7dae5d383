"""Summit participants read on sentences written for the test (round 33): a list stands for what it
lists ("the guest list includes X", "the list of invitees comprises X", "a list of participants that
included X": X is a guest, an invitee, a participant); and who is left out ("with the exception of X",
"except for X") or stays away with its leader ("X's president decided to skip the summit"); a state
that only tells where the summit's city is ("in X, the capital of the nation Y") is no participant."""
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


# -- who is left out or stays away (kg.extract.facts.events, summit_absentees) -------------------------
@pytest.mark.parametrize("body, state", [
    # an exception phrase after the ones who come
    ("The Mercosur summit will gather leaders from every member, with the exception of Uruguay.", "Uruguay"),
    ("Every member sent its leader to the Andean summit in Quito except for Bolivia.", "Bolivia"),
    ("The Nordic summit opened in Oslo on Monday, and leaders other than Iceland's took part.", "Iceland"),
    # a leader whose state the sentence names stays away: control verb, apposition, past tense
    ("The SADC summit opened in Maputo on Monday. Zambia's President Mwila Banda decided to skip the summit.",
     "Zambia"),
    ("The ECOWAS summit opened in Accra on Friday. Even Ghana's president, Kofi Mensah, chose to forgo the summit.",
     "Ghana"),
    # a leader's title before the name, another verb of choosing
    ("The Andean summit opened in Quito on Monday. Bolivian President Luis Mamani opted to skip the summit.", "Bolivia"),
])
def test_one_left_out_or_staying_away_is_no_participant(extractor, body, state):
    got = seated(run(extractor, body))
    assert state not in got, got


@pytest.mark.parametrize("body, state", [
    # the leader who comes is seated; one who stays away does not unseat another
    ("The SADC summit opened in Maputo on Monday. Zambia's President Mwila Banda attended the summit.", "Zambia"),
    (("The ECOWAS summit opened in Accra on Friday. Ghana's President Kofi Mensah attended, but Senegal's "
      "President Amadou Fall skipped it."), "Ghana"),
    ("The Andean summit opened in Quito on Monday, with Peru and Colombia in attendance.", "Peru"),
])
def test_one_who_comes_stays_seated(extractor, body, state):  # (guards)
    got = seated(run(extractor, body))
    assert state in got, got


# -- a state that tells where the summit's city is (kg.extract.facts.summit_places.describes_a_place) -----
@pytest.mark.parametrize("body, state", [
    ("The 12th Mercosur summit has opened in Asuncion, the capital of the South American nation Paraguay.", "Paraguay"),
    ("The SADC summit opened on Monday in Lusaka, capital of Zambia, with a call for unity.", "Zambia"),
    (("Leaders of the Andean Community gathered in Quito, the capital of the Andean state Ecuador, for their "
      "annual summit."), "Ecuador"),
])
def test_the_country_of_the_summits_city_is_no_participant(extractor, body, state):
    got = seated(run(extractor, body))
    assert state not in got, got


@pytest.mark.parametrize("body, state", [
    ("The 12th Mercosur summit opened in Asuncion, where the presidents of Paraguay and Chile met.", "Paraguay"),
    ("The SADC summit opened in Lusaka on Monday, with the presidents of Zambia and Malawi in attendance.", "Zambia"),
    # a host the parser may hang beside the city
    (("The Mercosur summit was held in Asuncion, where host Paraguay, also a founding member, welcomed the "
      "leaders."), "Paraguay"),
])
def test_the_host_named_as_who_meets_stays_seated(extractor, body, state):  # (guards)
    got = seated(run(extractor, body))
    assert state in got, got
