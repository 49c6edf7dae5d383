"""Names read the way a general reader would (round 16): people a list gives each their state and
people a title follows in apposition, in sentences written for these tests (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


def people(doc) -> set[str]:
    return {e.label for e in doc.entities.values() if e.type == "Person"}


# -- a list of people each with their state: every item a person --------------------------------------
@pytest.mark.parametrize("body, expected", [
    # a plural title, three items, the middle one unknown to the tagger
    ("Presidents Ana Lopez of Chile, Rajiv Persaud of Guyana and Tomas Vidal of Uruguay signed the treaty.",
     {("Rajiv Persaud", "President", "Guyana"), ("Tomas Vidal", "President", "Uruguay")}),
    # an active clause, the list as the subject
    ("Presidents Kojo Mensah of Ghana, Ama Boateng of Togo and Yaw Darko of Benin signed the protocol.",
     {("Ama Boateng", "President", "Togo")}),
])
def test_listed_people_with_their_states(extractor, body, expected):
    got = offices(run(extractor, body))
    assert expected <= got, got


@pytest.mark.parametrize("body, names", [
    # no title: a colon opens the list, the first item unknown
    (("The signatories were the host and his guests: Pavel Orlov of Russia, Nursan Abenov of Kazakhstan "
     "and Askar Temirov of Kyrgyzstan."), {"Pavel Orlov", "Nursan Abenov", "Askar Temirov"}),
    # a relative clause, "the" before the state
    ("A spokesman for the Commission, whose head is Moussa Ndong of Gabon, said the summit would go ahead.",
     {"Moussa Ndong"}),
    # no title at all, the list as the subject
    ("Kojo Mensah of Ghana, Ama Boateng of Togo and Yaw Darko of Benin attended the meeting.", {"Ama Boateng"}),
])
def test_listed_names_are_people(extractor, body, names):
    assert names <= people(run(extractor, body))


# -- a name with a title in apposition after it ------------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    # opening the sentence, a capitalised title with "of" its portfolio and state
    ("Ana Sousa, Minister of Defence of Portugal, signed the letter of intent in Lisbon.",
     ("Ana Sousa", "Minister of Defence", "Portugal")),
])
def test_name_before_appositive_title(extractor, body, expected):
    got = offices(run(extractor, body))
    assert any(p.split()[-2:] == expected[0].split() and (o, of) == expected[1:] for p, o, of in got), got


# -- no person where the shape is not a name's --------------------------------------------------------------
@pytest.mark.parametrize("body, not_person", [
    ("Bissau, the capital of Guinea-Bissau, was calm on Sunday.", "Bissau"),
    ("The Port Authority of Jamaica, a state agency, will run the terminal.", "Port Authority"),
])
def test_no_person_by_shape(extractor, body, not_person):
    assert not any(not_person in p for p in people(run(extractor, body)))


# -- oceans and the IHO's seas, straits and gulfs are linked -------------------------------------------------
@pytest.mark.parametrize("body, label, qid", [
    ("The two navies will patrol the Indian Ocean together from next year.", "Indian Ocean", "Q1239"),
    ("A frigate was sent through the Strait of Gibraltar on Monday.", "Strait of Gibraltar", "Q36124"),
    ("Ships crossing the Gulf of Oman will be escorted, the ministry said.", "Gulf of Oman", "Q79948"),
    ("The exercise, held in the Atlantic Ocean, ended on Friday.", "Atlantic Ocean", "Q97"),
])
def test_water_bodies_linked(extractor, body, label, qid):
    doc = run(extractor, body)
    assert any(e.label == label and e.qid == qid for e in doc.entities.values()), \
        [(e.label, e.qid) for e in doc.entities.values()]


# -- a sea or an ocean named by its first word alone -----------------------------------------------------
@pytest.mark.parametrize("body, qid", [
    ("Russian warships operating in the Mediterranean will call at the port.", "Q4918"),
    ("The carrier group moved into the Pacific on Monday, officials said.", "Q98"),
    ("\"We will keep sailing the Adriatic,\" the admiral told reporters.", "Q13924"),
])
def test_sea_by_its_first_word(extractor, body, qid):
    assert qid in {e.qid for e in run(extractor, body).entities.values()}


def test_island_is_no_sea(extractor):
    doc = run(extractor, "Leaders will meet in Bali next week for the regional summit.")
    assert "Q277014" not in {e.qid for e in doc.entities.values()}  # the Bali Sea
