"""Visits, round 27: trips told without a plain travel verb, or told twice, or not at all. A state's
capital named by its possessive (kg.extract.special_mentions.name_capitals); a plan's perfect
infinitive told in the past, "was to have visited", did not happen (kg.extract.unrealised); going
home is no arrival where the story is, and "flew to X for a visit" is one trip (kg.extract.facts.travel);
one present at another's act is at no summit (kg.extract.facts.gathering_scope.witnessing); the host
of a summit is at home there (kg.extract.facts.summit_trips); a guest hosted at a summit comes for it
(the welcome frame's "at"); a trip is for a summit held where it goes (summit_trips._held_there); "the
visit that X paid to Y" (kg.extract.hung_clauses.light_clause_doers); a trip a state awaits or
invites goes to it (kg.extract.facts.trip_hosts). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


def purposes(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f.get("purpose")) for f in facts(doc, "visit")}


# -- a capital named by its state's possessive ---------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("Chilean President Tomas Vidal is due in Angola's capital later in the week.", ("Tomas Vidal", "Luanda", "planned")),
    ("A three-day visit to Ghana's capital by Peruvian Foreign Minister Rosa Ayala ended on Monday.",
     ("Rosa Ayala", "Accra", "asserted")),
    ("Bolivian Defence Minister Carlos Mena, who flew to Kenya's capital on Monday, met his counterpart there.",
     ("Carlos Mena", "Nairobi", "asserted")),
])
def test_a_capital_named_by_its_states_possessive_is_the_city(extractor, body, expected):
    doc = run(extractor, body, published="2025-03-14")
    assert expected in trips(doc), trips(doc)


def test_capital_as_money_names_no_city(extractor):
    body = "Chile's capital markets rallied on Monday as Peruvian President Ana Ruiz arrived in Lima."
    doc = run(extractor, body, published="2025-03-14")
    assert "Santiago" not in labels(doc, "Place"), labels(doc, "Place")


# -- a plan told as not come about ----------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("Chilean President Tomas Vidal was to have visited Quito on Monday. He stayed in Santiago instead.",
     ("Tomas Vidal", "Quito", "negated")),
    ("Chilean President Tomas Vidal was due to have flown to Quito on Monday.", ("Tomas Vidal", "Quito", "negated")),
    ("The two presidents, Chile's Tomas Vidal and Peru's Jorge Salas, were to have met in Quito on Monday.",
     ("Tomas Vidal", "Quito", "negated")),
    ("Chile's President Tomas Vidal, who was to have flown to Quito on Monday, stayed in Santiago.",
     ("Tomas Vidal", "Quito", "negated")),
])
def test_a_plans_perfect_infinitive_in_the_past_did_not_happen(extractor, body, expected):
    doc = run(extractor, body, published="2025-03-14")
    assert expected in trips(doc), trips(doc)


@pytest.mark.parametrize("body", [
    "Chilean President Tomas Vidal is said to have visited Quito on Monday.",
    "Chilean President Tomas Vidal was believed to have visited Quito on Monday.",
])
def test_a_perfect_infinitive_of_report_tells_what_happened(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert ("Tomas Vidal", "Quito", "asserted") in trips(doc), trips(doc)


# -- going home; a trip told by its verb and its noun ---------------------------------------------

_SUMMIT = "Leaders of the Andean Forum meet in Quito on Friday for their ninth summit. "


@pytest.mark.parametrize("body", [
    _SUMMIT + "Chilean President Tomas Vidal will instead fly straight home from Lima after the talks there.",
    _SUMMIT + "Officials said Chilean President Tomas Vidal would fly home on Thursday.",
    _SUMMIT + "Chilean President Tomas Vidal, who flies home from Lima on Thursday, sent his foreign minister.",
])
def test_going_home_is_no_arrival_at_the_summit(extractor, body):
    doc = run(extractor, body, published="2025-03-10")
    assert not any(v == "Tomas Vidal" and d == "Quito" for v, d, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body, place", [
    ("Chilean President Tomas Vidal flies on to Lima later on Friday for a visit that is still going ahead.", "Lima"),
    ("Chilean President Tomas Vidal is flying to Asuncion for a state visit.", "Asunción"),
    ("Peruvian Foreign Minister Rosa Ayala flies to La Paz today for a working visit.", "La Paz"),
])
def test_a_trip_noun_a_placed_trip_verb_is_for_is_that_trip(extractor, body, place):
    doc = run(extractor, body, published="2025-03-14")
    told = {t for t in trips(doc) if t[1] == place}
    assert len(told) == 1 and next(iter(told))[2] == "planned", trips(doc)


# -- present at another's act -----------------------------------------------------------------------

_AHEAD = "Leaders of the Andean Forum meet in Quito on January 30 for their ninth summit. "


@pytest.mark.parametrize("body", [
    _AHEAD + "Earlier on Wednesday, the Senate committee had approved the text in the presence of Peru's Foreign "
             "Minister Jorge Salas.",
    _AHEAD + "The vote in Lima was taken in the presence of Peru's Foreign Minister Jorge Salas.",
    _AHEAD + "Lawmakers adopted the bill on Wednesday in the presence of Peru's Foreign Minister Jorge Salas and "
             "his deputy.",
])
def test_one_present_at_anothers_act_is_not_at_the_summit(extractor, body):
    doc = run(extractor, body, published="2025-01-19")
    assert not any(v == "Jorge Salas" and d == "Quito" for v, d, _ in trips(doc)), trips(doc)


def test_one_who_confirms_their_presence_still_goes(extractor):
    doc = run(extractor, _AHEAD + "Peru's Foreign Minister Jorge Salas confirmed his presence.", published="2025-01-19")
    assert ("Jorge Salas", "Quito", "planned") in trips(doc), trips(doc)


# -- the host of a summit ---------------------------------------------------------------------------

_LIVE = "QUITO, April 11 - Leaders of the Andean Forum opened their ninth summit in Quito on Saturday. "


@pytest.mark.parametrize("body", [
    _LIVE + "Host President Marco Ruiz opened the plenary session. Chile's President Tomas Vidal spoke next.",
    _LIVE + "The host, President Marco Ruiz, opened the plenary session. Chile's President Tomas Vidal spoke next.",
    _LIVE + "President Marco Ruiz, the host, chaired the first session. Chile's President Tomas Vidal spoke next.",
])
def test_the_host_of_a_summit_is_at_home(extractor, body):
    doc = run(extractor, body, published="2015-04-11", headline="Andean leaders meet in Quito")
    assert not any(v == "Marco Ruiz" for v, _, _ in trips(doc)), trips(doc)
    assert ("Tomas Vidal", "Quito", "asserted") in trips(doc), trips(doc)


# -- a guest hosted at a summit ---------------------------------------------------------------------

@pytest.mark.parametrize("body, guests", [
    (("At a summit in Arequipa, Peru's President Jorge Salas hosted Chile's President Tomas Vidal and Bolivia's "
     "President Carlos Mena."), ["Tomas Vidal", "Carlos Mena"]),
    ("Peru's President Jorge Salas hosted Chile's President Tomas Vidal at a summit in Arequipa on Monday.",
     ["Tomas Vidal"]),
    (("Peru's President Jorge Salas, who hosted Bolivia's President Carlos Mena at a summit in Arequipa on Monday, "
     "praised the talks."), ["Carlos Mena"]),
])
def test_a_guest_hosted_at_a_summit_comes_for_it(extractor, body, guests):
    doc = run(extractor, body, published="2025-03-14")
    for guest in guests:
        assert any(v == guest and d == "Arequipa" for v, d, _ in trips(doc)), trips(doc)
    assert not any(v == "Jorge Salas" for v, _, _ in trips(doc)), trips(doc)


# -- a trip is for a summit held where it goes ------------------------------------------------------

@pytest.mark.parametrize("body", [
    ("Heads of state gather in Addis Ababa on February 14 for the 28th summit of the African Union. Peru's President "
    "Jorge Salas, who addressed the Andean summit in Lima in August, should fly to the Ethiopian capital "
    "for the gathering."),
    ("The 28th summit of the African Union opens in Addis Ababa on February 14. A year after he hosted the Andean "
    "summit in Lima, Peru's President Jorge Salas will fly to Addis Ababa for the summit."),
])
def test_a_trip_is_for_the_summit_held_where_it_goes(extractor, body):
    doc = run(extractor, body, published="2025-01-19")
    assert ("Jorge Salas", "Addis Ababa", "28th summit of the African Union") in purposes(doc), purposes(doc)


# -- the visit that X paid -------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    (("The accord was signed during the official visit that Chile's President Tomas Vidal made to Lima from 8 to "
     "10 March."), ("Tomas Vidal", "Lima", "asserted")),
    ("The visit that Chile's Foreign Minister Rosa Ayala paid to Quito last week produced a trade deal.",
     ("Rosa Ayala", "Quito", "asserted")),
    (("Officials in La Paz praised the working visit which Peru's Defence Minister Carlos Mena paid to Bolivia in "
     "January."), ("Carlos Mena", "Bolivia", "asserted")),
])
def test_the_visit_that_someone_paid_is_theirs(extractor, body, expected):
    doc = run(extractor, body, published="2025-03-14")
    assert expected in trips(doc), trips(doc)


def test_a_relative_clause_of_another_verb_makes_no_traveller(extractor):
    body = "Chile's Foreign Minister Rosa Ayala praised the visit that Peru's delegation paid to Quito last week."
    doc = run(extractor, body, published="2025-03-14")
    assert not any(v == "Rosa Ayala" for v, _, _ in trips(doc)), trips(doc)


# -- a trip its host awaits -------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    (("Peru's Foreign Minister Jorge Salas said Peru was looking forward to a visit by Chile's President Tomas Vidal at "
     "an early date."), ("Tomas Vidal", "Peru", "planned")),
    ("Peru's President Ana Ruiz invited Chile's President Tomas Vidal for a state visit next year.",
     ("Tomas Vidal", "Peru", "planned")),
    ("Peru would welcome a visit by Chile's President Tomas Vidal, its foreign minister said.",
     ("Tomas Vidal", "Peru", "planned")),
])
def test_a_trip_a_state_awaits_goes_to_it(extractor, body, expected):
    doc = run(extractor, body, published="2025-03-14")
    assert expected in trips(doc), trips(doc)


@pytest.mark.parametrize("body", [
    "Peru's President Ana Ruiz invited Chile's President Tomas Vidal to join the alliance.",
    "Chile's President Tomas Vidal said he looked forward to his visit.",
    "Peru's President Ana Ruiz welcomed the decision by Chile's President Tomas Vidal.",
])
def test_no_trip_is_awaited_without_a_trip(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not any(v == "Tomas Vidal" and d in {"Peru", "Chile"} for v, d, _ in trips(doc)), trips(doc)


# -- a meeting abroad told by its noun, its sidelines or its list of leaders -----------------------

@pytest.mark.parametrize("body, people", [
    (("Chile's President Tomas Vidal, Peru's President Jorge Salas and Bolivia's President Carlos Mena held a meeting "
     "on the sidelines in Quito on Saturday."), ["Tomas Vidal", "Jorge Salas", "Carlos Mena"]),
    (("The three Andean leaders — Chile's Tomas Vidal, Peru's Jorge Salas and Bolivia's Carlos Mena — held a hastily "
     "arranged meeting on the sidelines in Quito on Saturday instead."), ["Tomas Vidal", "Jorge Salas", "Carlos Mena"]),
    (("Chile's Foreign Minister Rosa Ayala and Peru's Foreign Minister Jorge Salas held a brief meeting on the margins "
     "in Quito on Friday."), ["Rosa Ayala", "Jorge Salas"]),
])
def test_a_meeting_on_the_sidelines_in_a_city_abroad_is_a_trip(extractor, body, people):
    doc = run(extractor, body, published="2025-03-14")
    for person in people:
        assert (person, "Quito", "asserted") in trips(doc), trips(doc)


@pytest.mark.parametrize("body, modality", [
    (("The meeting in Quito was the first between Chile's President Tomas Vidal and Peru's President Jorge Salas "
     "since the border dispute began."), "asserted"),
    (("Talks in Quito between Chile's President Tomas Vidal and Peru's President Jorge Salas ended without a deal on "
     "Monday."), "asserted"),
    (("A meeting between Chile's President Tomas Vidal and Peru's President Jorge Salas in Quito is planned for next "
     "month."), "planned"),
])
def test_the_sides_of_a_meeting_abroad_are_there(extractor, body, modality):
    doc = run(extractor, body, published="2025-03-14")
    assert {("Tomas Vidal", "Quito", modality), ("Jorge Salas", "Quito", modality)} <= trips(doc), trips(doc)


@pytest.mark.parametrize("body", [
    "Talks between Chile's President Tomas Vidal and Peru's President Jorge Salas in Santiago ended on Monday.",
    "The dispute between Chile's President Tomas Vidal and Peru's President Jorge Salas over Quito deepened.",
])
def test_no_side_visits_its_own_country_nor_a_place_only_spoken_of(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not any(v == "Tomas Vidal" for v, _, _ in trips(doc)), trips(doc)
    assert not any(d == "Quito" for _, d, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body", [
    ("Chile's President Tomas Vidal and Peru's President Jorge Salas announced a truce in 2014 and met face to face at "
    "the Fifth Andean Summit in Quito in April 2015."),
    ("Chile's President Tomas Vidal and Peru's President Jorge Salas met one on one at the Fifth Andean Summit in Quito "
    "in April 2015."),
    ("Last April Chile's President Tomas Vidal and Peru's President Jorge Salas finally met face to face at the Fifth "
    "Andean Summit in Quito."),
])
def test_meeting_face_to_face_at_a_summit_is_being_at_it(extractor, body):
    doc = run(extractor, body, published="2025-08-14")
    assert ("Tomas Vidal", "Quito", "Fifth Andean Summit") in purposes(doc), purposes(doc)


# -- a trip to a country told with its city -------------------------------------------------------

@pytest.mark.parametrize("body, city", [
    (("Chile's Defence Minister Rosa Ayala made her first visit to Peru on Tuesday. Ayala and her Peruvian "
     "counterpart Jorge Salas signed the pact in Lima on Tuesday."), "Lima"),
    (("On Tuesday Chile's Defence Minister Rosa Ayala began a visit to Bolivia. She met President Luis Mora in "
     "La Paz on Tuesday."), "La Paz"),
    (("Chile's Defence Minister Rosa Ayala's visit to Ecuador began on Tuesday. She laid a wreath in Quito on "
     "Tuesday."), "Quito"),
])
def test_a_country_trip_of_one_day_is_its_citys_trip_that_day(extractor, body, city):
    doc = run(extractor, body, published="2025-03-14")
    told = {d for v, d, _ in trips(doc) if v == "Rosa Ayala"}
    assert told == {city}, trips(doc)


def test_a_country_trip_with_two_of_its_cities_is_a_tour(extractor):
    body = ("Chile's Defence Minister Rosa Ayala arrived in Peru on Monday. She toured a shipyard in Arequipa on "
            "Monday and flew to Lima on Tuesday.")
    doc = run(extractor, body, published="2025-03-14")
    assert ("Rosa Ayala", "Peru", "asserted") in trips(doc), trips(doc)


@pytest.mark.parametrize("body, country", [
    ("On Sunday Chile's President Tomas Vidal met President Marta Lopez in Argentina.", "Argentina"),
    (("Chile's President Tomas Vidal, who met Paraguay's President Ana Benitez in Paraguay last week, flew home on "
     "Sunday."), "Paraguay"),
    ("Chile's Foreign Minister Tomas Vidal and Bolivian President Luis Mora met in Bolivia on Sunday.", "Bolivia"),
])
def test_one_who_meets_someone_in_a_country_abroad_is_there(extractor, body, country):
    doc = run(extractor, body, published="2025-03-14")
    assert any(v == "Tomas Vidal" and d == country and m == "asserted" for v, d, m in trips(doc)), trips(doc)


@pytest.mark.parametrize("body", [
    "Chile's President Tomas Vidal met investors interested in Peru on Sunday.",
    "Chile's President Tomas Vidal met Peru's ambassador in Chile on Sunday.",
])
def test_meeting_about_a_country_or_at_home_is_no_trip(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert not any(v == "Tomas Vidal" for v, _, _ in trips(doc)), trips(doc)
