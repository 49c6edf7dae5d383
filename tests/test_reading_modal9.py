"""Modality across the kinds of fact, round nine: questions, conditions, agreements still being
made, who is absent, what holds no more and what is shelved — sentences written for these tests
(none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PRESIDENT = "Ana Torres, the president of Chile, "


def visits(doc) -> set[tuple]:
    return {(r["visitor"], r["destination"], r["modality"]) for r in facts(doc, "visit")}


def signings(doc) -> set[tuple]:
    return {(r.get("signatory"), r["modality"]) for r in facts(doc, "signing")}


def parties(doc) -> set[tuple]:
    return {(r["party"], r["modality"]) for r in facts(doc, "parties")}


def ratifications(doc) -> set[tuple]:
    return {(r["state"], r["modality"]) for r in facts(doc, "ratification")}


def participants(doc) -> set[tuple]:
    return {(p, r["modality"]) for r in facts(doc, "summit") for p in r.get("participants", ())}


# -- a question states nothing: "Will X visit Y?", a quoted one, a headline's ------------------------------
@pytest.mark.parametrize("headline, body", [
    ("A headline", "Will " + PRESIDENT + "visit Lima this year? Nobody in Santiago would say."),
    ("A headline", "\"Why should Peru sign the Andes Border Pact?\" asked Jorge Ramos, a senator in Lima."),
    ("Will Chile sign the Andes Border Pact?", "Officials in Santiago gave no sign of their plans on Monday."),
    ("A headline", "Did Peru ever ratify the Andes Border Pact? The archives in Lima are silent."),
])
def test_a_question_states_no_fact(extractor, headline, body):
    doc = run(extractor, body, headline=headline)
    assert visits(doc) == signings(doc) == ratifications(doc) == set(), doc.facts


def test_a_fact_told_beside_a_question_stands(extractor):
    doc = run(extractor, "Chile signed the Andes Border Pact on Monday. Will Peru follow? Officials doubt it.")
    assert signings(doc) == {("Chile", "asserted")}


def test_a_summit_a_question_names_is_still_a_summit(extractor):
    rows = facts(run(extractor, "Will the Andes summit in Lima deliver a trade deal? Diplomats doubt it."), "summit")
    assert [r["modality"] for r in rows] == ["planned"], rows


# -- a condition is not yet met: "if", "unless", a present "once", an inverted "Should X ..." -------------
@pytest.mark.parametrize("body, read, expected", [
    ("If Chile signs the Andes Border Pact, Peru will open its ports.", signings, {("Chile", "planned")}),
    ("Chile signed the Andes Border Pact in 2019. Unless Peru ratifies it, the pact will lapse.", ratifications,
     {("Peru", "planned")}),
    ("Should Peru ratify the Andes Border Pact, Chilean ships could use its ports.", ratifications,
     {("Peru", "planned")}),
    ("Once Bolivia signs the Andes Border Pact, its trucks may cross into Chile freely.", signings,
     {("Bolivia", "planned")}),
])
def test_a_condition_is_planned(extractor, body, read, expected):
    assert read(run(extractor, body)) == expected


def test_a_past_condition_did_not_happen(extractor):
    doc = run(extractor, "Had Chile signed the Andes Border Pact, its ports would now be open to Peru.")
    assert signings(doc) == {("Chile", "negated")}


@pytest.mark.parametrize("body", [
    "Once Chile and Peru signed the Andes Border Pact in 2019, trade between them grew.",
    "Chile and Peru signed the Andes Border Pact in 2019, as if nothing had happened.",
])
def test_a_past_time_clause_is_no_condition(extractor, body):
    assert signings(run(extractor, body)) == {("Chile", "asserted"), ("Peru", "asserted")}


# -- an agreement still being made: its parties are planned until it is signed --------------------------
@pytest.mark.parametrize("body", [
    "Chile and Peru have agreed on a draft defence pact.",
    "A defence pact between Chile and Peru is still under negotiation.",
    "A defence pact between Chile and Peru is now being negotiated in Lima.",
    "The trade accord between Chile and Peru remains under discussion, officials said.",
])
def test_the_parties_of_an_agreement_still_being_made_are_planned(extractor, body):
    assert parties(run(extractor, body)) == {("Chile", "planned"), ("Peru", "planned")}


@pytest.mark.parametrize("body", [
    "Chile and Peru signed a defence pact on Monday. The draft had been under negotiation since 2019.",
    "A defence pact between Chile and Peru, under negotiation since 2019, was signed in Lima on Monday.",
    "Chile and Peru signed a defence pact on Monday after its draft was agreed in May.",
])
def test_a_signed_agreement_once_a_draft_has_asserted_parties(extractor, body):
    assert parties(run(extractor, body)) == {("Chile", "asserted"), ("Peru", "asserted")}


# -- who is absent does not take part ---------------------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Chile and Peru attended the Andes summit in Lima, but Bolivia was absent.", {"Chile", "Peru"}),
    ("Bolivia was absent from the Andes summit in Lima, which Chile and Peru attended.", {"Chile", "Peru"}),
    ("Chile and Peru sent their presidents to the Andes summit in Lima. Bolivia's leader was missing.",
     {"Chile", "Peru"}),
])
def test_an_absent_state_takes_no_part(extractor, body, expected):
    assert {p for p, _ in participants(run(extractor, body))} == expected


def test_a_present_state_takes_part(extractor):
    doc = run(extractor, "Chile and Peru were present at the Andes summit in Lima on Monday.")
    assert participants(doc) == {("Chile", "asserted"), ("Peru", "asserted")}


# -- what holds no more, and what is shelved ---------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Chile is no longer a party to the Andes Border Pact.",
    "Chile, which is no longer a party to the Andes Border Pact, trades with Peru.",
    "Since March, Chile has no longer been a signatory of the Andes Border Pact.",
])
def test_a_party_no_more_is_negated(extractor, body):
    assert parties(run(extractor, body)) == {("Chile", "negated")}


@pytest.mark.parametrize("body, read, expected", [
    (PRESIDENT + "dropped plans to visit Lima after the floods.", visits, {("Ana Torres", "Lima", "negated")}),
    ("Chile has put the signing of the Andes Border Pact on hold.", signings, {("Chile", "negated")}),
    (PRESIDENT + "abandoned her plan to fly to Lima on Friday.", visits, {("Ana Torres", "Lima", "negated")}),
    ("Peru placed its ratification of the Andes Border Pact on ice in May.", ratifications, {("Peru", "negated")}),
])
def test_what_is_shelved_is_negated(extractor, body, read, expected):
    assert read(run(extractor, body)) == expected


@pytest.mark.parametrize("body, cq", [
    ("Chile dropped its objections and signed the Andes Border Pact on Monday.", "signing"),
    ("Peru dropped its objection to Chile signing the Andes Border Pact.", "signing"),
    (PRESIDENT + "put the pact on the table when she visited Lima on Monday.", "visit"),
    ("Peru put its ratification of the Andes Border Pact to a vote in May, and the Congress approved it.",
     "ratification"),
])
def test_what_drops_or_puts_something_else_shelves_nothing(extractor, body, cq):
    rows = facts(run(extractor, body), cq)
    assert rows and {r["modality"] for r in rows} == {"asserted"}, rows


# -- an agreement only talked about: its parties are planned, also those its access names ---------------
@pytest.mark.parametrize("body", [
    "Negotiations on a defence pact between Chile and Peru resumed in Lima on Monday.",
    "Talks on a trade accord between Chile and Peru dragged on through the winter.",
    "Chile and Peru opened negotiations on a defence pact on Monday.",
    "Negotiations over a harbour pact that would let Chilean warships use Peruvian ports began in Lima.",
])
def test_the_parties_of_an_agreement_only_talked_about_are_planned(extractor, body):
    rows = parties(run(extractor, body))
    assert rows and {m for _, m in rows} == {"planned"}, rows


@pytest.mark.parametrize("body", [
    "After two years of talks on a defence pact, Chile and Peru signed it in Lima on Monday.",
    "Chile and Peru concluded negotiations on a defence pact on Monday and signed it.",
])
def test_an_agreement_talked_about_and_made_has_asserted_parties(extractor, body):
    assert parties(run(extractor, body)) == {("Chile", "asserted"), ("Peru", "asserted")}


@pytest.mark.parametrize("body", [
    "Chile and Peru will sign a harbour pact next month that will let Chilean warships use Peruvian ports.",
    "Talks on a harbour pact that would allow Chilean warships to dock at Peruvian ports resumed on Monday.",
    "A draft harbour pact would open Peruvian ports to Chilean warships.",
])
def test_the_parties_access_names_are_planned_while_the_agreement_is_ahead(extractor, body):
    rows = parties(run(extractor, body))
    assert rows and {m for _, m in rows} == {"planned"}, rows


def test_the_parties_access_names_are_asserted_once_it_is_signed(extractor):
    doc = run(extractor, "Chile and Peru signed a harbour pact on Monday that will let Chilean warships use Peruvian ports.")
    assert parties(doc) == {("Chile", "asserted"), ("Peru", "asserted")}


# -- what is told on the eve of an event, or of those expected at it, is ahead --------------------------
@pytest.mark.parametrize("body", [
    "On the eve of the Andes summit in Lima, Peru freed two prisoners.",
    "In the lead-up to the Andes summit in Lima, officials met in Quito.",
    "In the build-up to the Andes summit in Lima, Peru tightened security.",
    "Chile's president is among the leaders expected at the Andes summit in Lima.",
    "Delegations expected at the Andes summit in Lima include those of Chile and Peru.",
])
def test_a_summit_on_whose_eve_things_happen_is_planned(extractor, body):
    rows = facts(run(extractor, body), "summit")
    assert [r["modality"] for r in rows] == ["planned"], rows


@pytest.mark.parametrize("body", [
    "Peru freed two prisoners on the eve of a state visit to Lima by Chile's president, Ana Torres.",
    "In the run-up to a state visit to Lima by Chile's president, Ana Torres, Peru freed two prisoners.",
    "Peru freed two prisoners in preparation for a state visit to Lima by Chile's president, Ana Torres.",
])
def test_the_eve_of_a_visit_puts_it_ahead(extractor, body):
    assert visits(run(extractor, body)) == {("Ana Torres", "Lima", "planned")}


@pytest.mark.parametrize("body", [
    "The Andes summit in Lima ended on Friday with a joint declaration.",
    "Leaders who attended the Andes summit in Lima last week agreed to meet again.",
    "Peru freed two prisoners after the Andes summit in Lima.",
])
def test_a_summit_told_as_past_is_asserted(extractor, body):
    rows = facts(run(extractor, body), "summit")
    assert [r["modality"] for r in rows] == ["asserted"], rows


# -- a denial: what a verb of denial reports, or the reports it dismisses, did not happen -----------------
@pytest.mark.parametrize("body, read, expected", [
    ("Chile denied that it had signed the Andes Border Pact.", signings, {("Chile", "negated")}),
    ("Peru denied reports that " + PRESIDENT + "would visit Lima.", visits, {("Ana Torres", "Lima", "negated")}),
    ("Officials in Santiago dismissed reports that " + PRESIDENT + "planned to visit Lima.", visits,
     {("Ana Torres", "Lima", "negated")}),
    ("Chile rejected claims that it had signed the Andes Border Pact in secret.", signings, {("Chile", "negated")}),
])
def test_what_is_denied_is_negated(extractor, body, read, expected):
    assert read(run(extractor, body)) == expected


@pytest.mark.parametrize("body, read, expected", [
    ("Peru did not deny that " + PRESIDENT + "would visit Lima.", visits, {("Ana Torres", "Lima", "planned")}),
    ("Chile denied Peru's request for talks and signed the Andes Border Pact on Monday.", signings,
     {("Chile", "asserted")}),
    ("Officials said " + PRESIDENT + "visited Lima on Monday, denying any rift with Peru.", visits,
     {("Ana Torres", "Lima", "asserted")}),
])
def test_what_is_not_denied_stands(extractor, body, read, expected):
    assert read(run(extractor, body)) == expected


# -- a headline yields to the story, also to a story line of one sentence full of names -------------------
@pytest.mark.parametrize("headline, body, read, expected", [
    ("Peru ratifies Andes Border Pact", "Peru's Congress is expected to ratify the Andes Border Pact on Friday.",
     ratifications, {("Peru", "planned")}),
    ("Peru ratifies Andes Border Pact",
     "Peru's Senate is set to ratify the Andes Border Pact on Friday, Senate President Luis Vega said.",
     ratifications, {("Peru", "planned")}),
    ("Chile signs Andes Border Pact",
     "Chile's Foreign Minister Jorge Ramos is expected to sign the Andes Border Pact in Lima on Friday.",
     signings, {("Jorge Ramos", "planned"), ("Chile", "planned")}),
    ("Torres flies to Lima", "Chilean President Ana Torres is due in Lima on Friday, Foreign Minister Jorge Ramos said.",
     visits, {("Ana Torres", "Lima", "planned")}),
])
def test_a_headline_yields_to_a_story_line_of_names(extractor, headline, body, read, expected):
    assert read(run(extractor, body, headline=headline)) == expected


def test_a_headline_denial_still_stands_beside_a_story_line(extractor):
    doc = run(extractor, "Chile's President Ana Torres had been due in Lima on Friday for talks with Peru's government.",
              headline="Torres calls off Lima visit")
    assert ("Ana Torres", "Lima", "negated") in visits(doc)
