"""Summits, their participants and membership as English states them, read on sentences written for
the test: a summit no name tells ("their annual summit", "a summit on water security"), a leader
absent from one, the states that make up an organisation or are listed in brackets after its name,
"of the bloc's members, A and B", and an applicant."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

from kg.model import Document

pytestmark = pytest.mark.model


def summits(doc: Document) -> dict[str, str | None]:
    return {f["summit"].casefold(): f.get("location") for f in facts(doc, "summit")}


def participants(doc: Document) -> set[tuple[str, str]]:
    return {(f["summit"].casefold(), p) for f in facts(doc, "summit") for p in f.get("participants", ())}


def members(doc: Document) -> set[tuple[str, str, str]]:
    return {(f["member"], f["organization"], f["modality"]) for f in facts(doc, "member")}


# -- a summit told by its kind where no summit is named ------------------------------------------------
@pytest.mark.parametrize("body, label, place, states", [
    ("Leaders of Chile, Peru and Bolivia gathered in Arica on Tuesday for their annual summit.",
     "annual summit", "Arica", {"Chile", "Peru", "Bolivia"}),
    ("Chile and Peru held an emergency summit in Tacna on Friday after the floods.",
     "emergency summit in tacna", "Tacna", {"Chile", "Peru"}),
    ("The presidents of Chile and Peru met in Arica. Their informal summit lasted three hours.",
     "informal summit", "Arica", {"Chile", "Peru"}),
    ("Chile and Peru will hold a special summit next month, officials in Santiago said.",
     "special summit", None, {"Chile", "Peru"}),
])
def test_a_summit_told_by_its_kind_where_none_is_named(extractor, body, label, place, states):
    doc = run(extractor, body)
    assert summits(doc).get(label) == place, summits(doc)
    assert {(label, s) for s in states} <= participants(doc), participants(doc)


def test_a_kind_word_makes_no_second_summit_beside_a_named_one(extractor):
    doc = run(extractor, "The 12th Andean summit opened in Lima on Monday. Leaders said their annual summit "
                         "had never drawn so many visitors.")
    assert "annual summit" not in {x.casefold() for x in labels(doc, "Summit")}, labels(doc, "Summit")


# -- a summit told by what it is about ---------------------------------------------------------------
@pytest.mark.parametrize("body, label", [
    ("Heads of state from Ghana, Togo and Benin met in Lome on Monday for a summit on maritime security.",
     "summit on maritime security"),
    ("Ghana will host a summit on coastal erosion next month, officials said.", "summit on coastal erosion"),
    ("A summit on water sharing brought the leaders of Egypt and Sudan to Khartoum on Sunday.",
     "summit on water sharing"),
])
def test_a_summit_told_by_its_topic(extractor, body, label):
    doc = run(extractor, body)
    assert label in {x.casefold() for x in labels(doc, "Summit")}, labels(doc, "Summit")


@pytest.mark.parametrize("body", [
    "Leaders of Ghana and Togo met in Lome for a summit on Monday.",
    "Ghana and Togo signed the pact in Lome on the sidelines of a summit on the first of May.",
])
def test_a_date_or_occasion_after_on_is_no_topic(extractor, body):
    doc = run(extractor, body)
    assert not any(x.casefold().startswith("summit on") for x in labels(doc, "Summit")), labels(doc, "Summit")


# -- a leader absent from a summit does not take part ------------------------------------------------
@pytest.mark.parametrize("body, absent, present", [
    ("The president of Gabon was absent from the ECCAS summit in Malabo.", "Gabon", set()),
    ("Gabon's leader was absent from the summit in Malabo, which drew the presidents of Chad and Cameroon.",
     "Gabon", {"Chad", "Cameroon"}),
    ("The presidents of Chad and Cameroon attended the summit in Malabo; Gabon's president was absent.",
     "Gabon", {"Chad", "Cameroon"}),
])
def test_a_state_absent_from_a_summit_takes_no_part(extractor, body, absent, present):
    got = {p for _, p in participants(run(extractor, body))}
    assert absent not in got, got
    assert present <= got, got


def test_present_at_a_summit_still_takes_part(extractor):
    got = {p for _, p in participants(run(extractor, "The president of Gabon was present at the summit in Malabo."))}
    assert "Gabon" in got, got


# -- the states that make up an organisation ----------------------------------------------------------
@pytest.mark.parametrize("body, states, org", [
    ("Brazil, Argentina, Uruguay and Paraguay make up Mercosur.", {"Brazil", "Argentina", "Uruguay", "Paraguay"},
     "Mercosur"),
    ("Kenya and Uganda, which together with Tanzania make up the East African Community, met in Arusha.",
     {"Kenya", "Uganda"}, "East African Community"),
    ("Bolivia, Colombia, Ecuador and Peru constitute the Andean Community today.",
     {"Bolivia", "Colombia", "Ecuador", "Peru"}, "Andean Community"),
])
def test_states_that_make_up_an_organisation_are_members(extractor, body, states, org):
    got = members(run(extractor, body))
    assert {(s, org, "asserted") for s in states} <= got, got


def test_making_up_a_share_is_no_membership(extractor):
    doc = run(extractor, "Brazil makes up half of the trade inside Mercosur, and Argentina a quarter.")
    assert not members(doc), members(doc)


# -- an applicant is a candidate ----------------------------------------------------------------------
@pytest.mark.parametrize("body, state, org", [
    ("Moldova, an applicant to the European Union, hopes to open talks this year.", "Moldova", "European Union"),
    ("Moldova, an EU applicant since 2022, hopes to open talks this year.", "Moldova", "European Union"),
    ("Moldova is a membership applicant of the European Union.", "Moldova", "European Union"),
])
def test_an_applicant_is_a_planned_member(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org, "planned") in got, got
    assert (state, org, "asserted") not in got, got


# -- states in brackets after an organisation's name ---------------------------------------------------
@pytest.mark.parametrize("body, states, org", [
    ("The East African Community (Kenya, Uganda and Tanzania) met in Arusha.",
     {"Kenya", "Uganda", "Tanzania"}, "East African Community"),
    ("Envoys of Mercosur (Brazil, Argentina, Uruguay and Paraguay) arrived on Monday.",
     {"Brazil", "Argentina", "Uruguay", "Paraguay"}, "Mercosur"),
    ("Ministers said the Andean Community (Bolivia, Colombia, Ecuador and Peru) would meet in May.",
     {"Bolivia", "Colombia", "Ecuador", "Peru"}, "Andean Community"),
])
def test_states_in_brackets_after_an_organisation_are_its_members(extractor, body, states, org):
    got = members(run(extractor, body))
    assert {(s, org, "asserted") for s in states} <= got, got


@pytest.mark.parametrize("body", [
    "The East African Community (EAC) met in Arusha.",
    "The East African Community (with Kenya as its largest economy and Uganda) met in Arusha.",
])
def test_a_bracket_that_lists_no_states_makes_no_members(extractor, body):
    got = members(run(extractor, body))
    assert not any(s == "Uganda" for s, _, _ in got), got


# -- "of the bloc's members, A and B" ----------------------------------------------------------------
@pytest.mark.parametrize("body, states, org", [
    ("Of the Andean Community's four members, Bolivia and Peru objected to the tariff.", {"Bolivia", "Peru"},
     "Andean Community"),
    ("Of the EU's members, Hungary alone blocked the sanctions.", {"Hungary"}, "European Union"),
    ("The Andean Community met in Lima. Of its four members, Bolivia and Ecuador sent ministers.",
     {"Bolivia", "Ecuador"}, "Andean Community"),
    ("Mercosur met in May. Of the bloc's members, Paraguay and Uruguay backed the deal.", {"Paraguay", "Uruguay"},
     "Mercosur"),
])
def test_a_fronted_partitive_names_members(extractor, body, states, org):
    got = members(run(extractor, body))
    assert {(s, org, "asserted") for s in states} <= got, got


def test_a_fronted_partitive_of_other_things_names_no_members(extractor):
    doc = run(extractor, "Of the two proposals Mercosur tabled, Uruguay backed the first.")
    assert not members(doc), members(doc)


# -- a guest who will not come leaves the summit ahead ------------------------------------------------
def summit_modality(doc: Document) -> set[str]:
    return {f["modality"] for f in facts(doc, "summit")}


@pytest.mark.parametrize("body", [
    "The president of Bolivia will not attend the Mercosur summit in Asuncion, his office said.",
    "Bolivia won't travel to the Mercosur summit in Asuncion.",
    "Bolivia will not take part in the Mercosur summit in Asuncion, officials in La Paz said.",
])
def test_a_guest_staying_away_ahead_leaves_the_summit_planned(extractor, body):
    doc = run(extractor, body)
    assert summit_modality(doc) == {"planned"}, facts(doc, "summit")
    assert "Bolivia" not in {p for _, p in participants(doc)}, participants(doc)


def test_a_guest_who_did_not_come_leaves_the_summit_held(extractor):
    doc = run(extractor, "The president of Bolivia did not attend the Mercosur summit in Asuncion.")
    assert summit_modality(doc) == {"asserted"}, facts(doc, "summit")


# -- a summit said not to happen is called off ---------------------------------------------------------
@pytest.mark.parametrize("body", [
    "The Andean summit in Lima will not go ahead, the foreign ministry said.",
    "The Andean summit did not take place after all.",
    "Peru said the Andean summit in Lima would not happen this year.",
])
def test_a_summit_that_will_not_happen_is_negated(extractor, body):
    doc = run(extractor, body)
    assert summit_modality(doc) == {"negated"}, facts(doc, "summit")


@pytest.mark.parametrize("body, modality", [
    ("The Andean summit in Lima will go ahead despite the strike.", "planned"),
    ("The Andean summit took place in Lima on Friday.", "asserted"),
])
def test_a_summit_that_happens_is_not_negated(extractor, body, modality):
    doc = run(extractor, body)
    assert summit_modality(doc) == {modality}, facts(doc, "summit")


# -- a summit held without a state ---------------------------------------------------------------------
@pytest.mark.parametrize("body, absent, present", [
    ("The Pacific Alliance summit in Lima ended without Mexico, whose president stayed home.", "Mexico", set()),
    ("Leaders of Chile and Peru opened the Pacific Alliance summit in Lima without Mexico.", "Mexico", {"Chile", "Peru"}),
    ("The Pacific Alliance summit in Lima went ahead excluding Mexico, which had been suspended.", "Mexico", set()),
])
def test_a_state_a_summit_is_held_without_takes_no_part(extractor, body, absent, present):
    got = {p for _, p in participants(run(extractor, body))}
    assert absent not in got, got
    assert present <= got, got


def test_leaders_from_a_state_still_take_part(extractor):
    got = {p for _, p in participants(run(extractor, "Leaders from Mexico and Chile opened the Pacific Alliance summit in Lima."))}
    assert {"Mexico", "Chile"} <= got, got


# -- a summit next week is ahead -----------------------------------------------------------------------
@pytest.mark.parametrize("body, modality", [
    ("Andean leaders are due in Lima next week for the Andean summit.", "planned"),
    ("The Andean summit brings leaders to Lima next week.", "planned"),
    ("Delegates from Bolivia and Peru arrive in Lima next week for the Andean summit.", "planned"),
    ("The Andean summit, held in Lima last week, ended with a joint statement.", "asserted"),
])
def test_a_summit_told_with_next_week_is_planned(extractor, body, modality):
    doc = run(extractor, body)
    assert summit_modality(doc) == {modality}, facts(doc, "summit")


# -- where those who speak of a summit are is not where it is held -------------------------------------
@pytest.mark.parametrize("body", [
    "Chile and Peru will hold an Andean summit next month, officials in Santiago said.",
    "Diplomats in Santiago expect the Andean summit to open on Monday.",
    "The Andean summit will open on Monday, according to sources in Santiago.",
])
def test_where_speakers_are_is_no_summit_location(extractor, body):
    doc = run(extractor, body)
    assert "Santiago" not in summits(doc).values(), facts(doc, "summit")


def test_a_summit_in_a_city_keeps_its_location(extractor):
    doc = run(extractor, "Chile and Peru will hold an Andean summit in Arica next month, officials said.")
    assert "Arica" in summits(doc).values(), facts(doc, "summit")


def test_the_summit_on_a_topic_beside_a_named_one_is_that_one(extractor):
    doc = run(extractor, "The Andean summit opened in Lima on Monday. Peru's president gave a speech at the summit on trade.")
    assert {x.casefold() for x in labels(doc, "Summit")} == {"andean summit"}, labels(doc, "Summit")
    assert ("andean summit", "Peru") in participants(doc), participants(doc)
