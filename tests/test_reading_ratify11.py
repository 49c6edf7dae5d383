"""Ratification and signing read on sentences written for the test (round 11): a side a clause is set
on says whom its signer signs for and whose ratification it is, and a chamber's state is the one closing
its name or the one of the body a comma sets it beside."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}


def signers(doc) -> set[str]:
    return {f.get("signatory") for f in facts(doc, "signing")}


# -- "on the X side": whom a signer signs for -----------------------------------------------------------
@pytest.mark.parametrize("body", [
    ("The Coral Reef Accord was signed in Suva on Friday. On the Australian side, it was signed by Foreign "
     "Minister Grace Mallory; on the Fijian side, by Deputy Prime Minister Josefa Tikoduadua."),
    ("The Coral Reef Accord was signed in Suva. On the Australian side, it was signed by Foreign Minister Grace "
     "Mallory, and on the Fijian side by Deputy Prime Minister Josefa Tikoduadua."),
    ("The Coral Reef Accord was signed on the Australian side by Grace Mallory, the foreign minister, and on the "
     "Fijian side by Deputy Prime Minister Josefa Tikoduadua."),
])
def test_a_side_says_whom_a_signer_signs_for(extractor, body):
    got = signers(run(extractor, body, published="2024-05-08"))
    assert {"Grace Mallory", "Australia", "Josefa Tikoduadua", "Fiji"} <= got, got


@pytest.mark.parametrize("body, state", [
    ("On the Indian side, the Ganges Data Memorandum was signed by Minister of State Ravi Menon.", "India"),
    ("The Ganges Data Memorandum was signed on the Bangladeshi side by Nasrin Akter, a senior official.", "Bangladesh"),
])
def test_one_side_told(extractor, body, state):
    got = signers(run(extractor, body, published="2024-05-08"))
    assert state in got, got


# -- "on the X side": whose ratification ----------------------------------------------------------------
@pytest.mark.parametrize("body, modality", [
    (("Chile and Peru signed the Atacama Water Accord in March. It must still be ratified on the Peruvian side by "
     "the Congress."), "planned"),
    (("Chile and Peru signed the Atacama Water Accord in March. The treaty will enter into force once both states "
     "complete their procedures, including its ratification on the Peruvian side by the Congress."), "planned"),
    (("Chile and Peru signed the Atacama Water Accord in March. On the Peruvian side, the Congress approved it on "
     "Tuesday."), "asserted"),
])
def test_a_side_says_whose_ratification(extractor, body, modality):
    got = ratified(run(extractor, body, published="2024-05-08"))
    assert ("Atacama Water Accord", "Peru", "Congress", modality) in got, got
    assert not {r for r in got if r[1] == "Chile"}, got


# -- a chamber's state: closing its name, or the body set beside it --------------------------------------
@pytest.mark.parametrize("body, state, chamber", [
    (("Iran and Russia signed the Caspian Ferry Treaty in January. The document still needs ratification by the Grand "
     "National Assembly of Turkey as well as by Azerbaijan's parliament."), "Turkey", "Grand National Assembly"),
    ("The Mekong Navigation Treaty was approved by the National Assembly of Vietnam and by Thailand's parliament.",
     "Vietnam", "National Assembly"),
    ("The Senate of the Philippines ratified the Luzon Strait Access Agreement on Tuesday.", "Philippines", "Senate"),
])
def test_the_state_closing_a_chambers_name(extractor, body, state, chamber):
    got = {(s, b) for _, s, b, _ in ratified(run(extractor, body, published="2024-05-08"))}
    assert any(s == state and chamber in (b or "") for s, b in got), got


@pytest.mark.parametrize("body", [
    ("Armenia and Georgia signed the Kura Water Pact in January. It must still be ratified by Azerbaijan's "
     "parliament, the Milli Majlis, which is expected to approve it."),
    ("Armenia and Georgia signed the Kura Water Pact in January. Azerbaijan's parliament, the Milli Majlis, is "
     "expected to ratify it next month."),
])
def test_a_chamber_set_beside_a_states_body_is_that_states(extractor, body):
    got = ratified(run(extractor, body, published="2024-05-08"))
    assert got and all(s == "Azerbaijan" for _, s, _, _ in got), got


# -- a chamber whose name's first word names its state, the state named nowhere else -------------------------
@pytest.mark.parametrize("body, state", [
    ("The US Senate approved the Pacific Islands Compact on Thursday.", "United States"),
    ("The Chilean Senate approved the Pacific Salmon Accord on Thursday.", "Chile"),
])
def test_a_chambers_own_name_gives_its_state(extractor, body, state):
    assert state in {s for _, s, _, _ in ratified(run(extractor, body, published="2024-05-08"))}


# -- a vote's tally is no agent, and a noun coordinated with the object is read as the object ---------------
@pytest.mark.parametrize("body, modality", [
    ("Slovenia's National Assembly voted down the Karst Water Agreement on Monday by 48 votes to 30.", "negated"),
    ("Slovenia's National Assembly voted down the Karst Water Agreement by a vote of 48 to 30.", "negated"),
    ("Slovenia's National Assembly backed the Karst Water Agreement on Monday by 48 votes to 30.", "asserted"),
])
def test_a_tally_makes_no_passive(extractor, body, modality):
    got = ratified(run(extractor, body, published="2024-05-08"))
    assert ("Karst Water Agreement", "Slovenia", "National Assembly", modality) in got, got


@pytest.mark.parametrize("body", [
    ("Slovenia signed the Karst Water Agreement in 2023. On Monday Slovenia's parliament gave its advice and consent "
     "to ratification by 68 votes to 30."),
    "Slovenia's parliament gave its blessing and approval to the Karst Water Agreement on Monday.",
    "On Monday, Slovenia's parliament gave its full support and consent to the Karst Water Agreement.",
])
def test_a_noun_coordinated_with_the_object(extractor, body):
    got = ratified(run(extractor, body, published="2024-05-08"))
    assert ("Karst Water Agreement", "Slovenia", "asserted") in {(a, s, m) for a, s, _, m in got}, got


# -- a legislature considering a pact votes on it ahead; weighing by anyone else is none -----------------
@pytest.mark.parametrize("body, found", [
    (("Russia and Kazakhstan signed the Ural Water Convention in Aktau. Kazakhstan's parliament is expected to "
     "consider the convention next month."), True),
    (("Russia and Kazakhstan signed the Ural Water Convention in Aktau. In Russia the State Duma will "
     "consider it."), True),
    (("Russia and Kazakhstan signed the Ural Water Convention in Aktau. The convention is to be examined by the "
     "Mazhilis of Kazakhstan in June."), True),
    (("Russia and Kazakhstan signed the Ural Water Convention in Aktau. Kazakhstan will consider the convention a "
     "model for other deals."), False),
    (("Russia and Kazakhstan signed the Ural Water Convention in Aktau. Officials in Astana will examine the "
     "convention's fine print next month."), False),
])
def test_a_legislature_considering_a_pact(extractor, body, found):
    got = ratified(run(extractor, body, published="2024-05-08"))
    assert bool(got) == found, got
    assert all(m == "planned" for *_, m in got), got


# -- a verb sharing the first one's subject happens on its day --------------------------------------------
@pytest.mark.parametrize("body", [
    ("Egyptian President Omar Said arrived in Khartoum on Tuesday and signed the Nile Water Protocol with his "
     "Sudanese counterpart, Hassan Idris."),
    "Egypt's foreign minister Omar Said flew to Khartoum on Tuesday and signed the Nile Water Protocol there.",
    "On Tuesday Omar Said, Egypt's foreign minister, met Sudanese officials and signed the Nile Water Protocol.",
])
def test_a_shared_subjects_day(extractor, body):
    got = {(f.get("signatory"), str(f.get("date"))) for f in facts(run(extractor, body, published="2024-05-08"), "signing")}
    assert ("Omar Said", "2024-05-07") in got, got


@pytest.mark.parametrize("body", [
    "Omar Said met Hassan Idris on Tuesday, and Egypt later signed the Nile Water Protocol.",
    "Omar Said was elected in 2019 and signed the Nile Water Protocol with Sudan.",
])
def test_no_day_from_another_subjects_clause(extractor, body):
    got = {str(f.get("date")) for f in facts(run(extractor, body, published="2024-05-08"), "signing")}
    assert got <= {"None"}, got


# -- "signed for A by X, and for B by Y": the second state's signer --------------------------------------
@pytest.mark.parametrize("body", [
    ("The Gulf Gas Link Agreement was signed for Qatar by its energy minister, Khalid Al-Mansour, and for Oman by "
     "Deputy Prime Minister Salim Al-Harthi, in Doha on Sunday."),
    "The Gulf Gas Link Agreement was signed for Qatar by Khalid Al-Mansour and for Oman by Salim Al-Harthi.",
])
def test_a_second_state_and_its_signer(extractor, body):
    got = signers(run(extractor, body, published="2024-05-08"))
    assert {"Khalid Al-Mansour", "Qatar", "Salim Al-Harthi", "Oman"} <= got, got


# -- a signing or ratifying that "can" happen is ahead -------------------------------------------------------
@pytest.mark.parametrize("body, cq", [
    (("Chile signed the Andes Water Accord in March. The accord will be laid before Congress next month, after which "
     "it can be formally ratified."), "ratification"),
    ("Chile signed the Andes Water Accord in March. Chile's Congress can ratify the accord in June.", "ratification"),
    ("The Andes Water Accord can be signed by Chile and Peru in the near future.", "signing"),
])
def test_what_can_happen_is_ahead(extractor, body, cq):
    got = facts(run(extractor, body, published="2024-05-08"), cq)
    assert got and all(f["modality"] == "planned" for f in got), got


# -- a signer whose trip the sentence before told signs where it went -----------------------------------------
@pytest.mark.parametrize("body", [
    ("Vietnamese Prime Minister Le Van Thanh arrived in Phnom Penh on Monday. On Tuesday he and Cambodian Prime "
     "Minister Sok Dara signed the Tonle Sap Fisheries Agreement."),
    ("Vietnamese Prime Minister Le Van Thanh visited Phnom Penh on Monday. He signed the Tonle Sap Fisheries "
     "Agreement with Cambodia."),
    ("Vietnamese Prime Minister Le Van Thanh flew to Phnom Penh on Monday. The next day Le Van Thanh signed the Tonle "
     "Sap Fisheries Agreement with his Cambodian counterpart."),
])
def test_a_signer_signs_where_the_trip_before_went(extractor, body):
    got = {(f.get("signatory"), f.get("place")) for f in facts(run(extractor, body, published="2024-05-08"), "signing")}
    assert ("Le Van Thanh", "Phnom Penh") in got, got


@pytest.mark.parametrize("body", [
    ("Vietnamese Prime Minister Le Van Thanh visited Phnom Penh on Monday. He signed the Tonle Sap Fisheries "
     "Agreement with Cambodia in 2019."),
    ("Vietnamese Prime Minister Le Van Thanh will travel to Phnom Penh on Monday. He signed the Tonle Sap Fisheries "
     "Agreement with Cambodia last year."),
    ("Vietnamese Prime Minister Le Van Thanh arrived in Phnom Penh on Monday. Cambodia and Laos signed the Tonle Sap "
     "Fisheries Agreement on Tuesday."),
])
def test_no_place_from_another_trip(extractor, body):
    got = {f.get("place") for f in facts(run(extractor, body, published="2024-05-08"), "signing")}
    assert got <= {None}, got
