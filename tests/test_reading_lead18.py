"""What the lead saw on real pages in round 18, on sentences written for the test: a name after a
noun of kin or household ("his daughter X", "the First Lady, X") is a person's, whatever type
the tagger guessed for an unknown name."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("body", "name"), [
    ("The president toured the fort with the First Lady, Orlenka, and his daughter Varvanka.", "Varvanka"),
    ("The president toured the fort with the First Lady, Orlenka, and his daughter Varvanka.", "Orlenka"),
    ("The envoy reached Lima on Monday, accompanied by her husband, Tavro Quendal.", "Tavro Quendal"),
    ("Also on the plane were his son-in-law Kestrin and two aides.", "Kestrin"),
    ("A wreath was laid by the minister and his wife Zamira at the memorial in Hanoi.", "Zamira"),
])
def test_a_name_after_a_noun_of_kin_is_a_person(extractor, body, name):
    doc = run(extractor, body, published="2024-03-04")
    types = {e.label: e.type for e in doc.entities.values()}
    assert types.get(name) == "Person", types


@pytest.mark.parametrize(("body", "name", "etype"), [
    ("The prime minister flew to Hanoi with his wife and then to Vientiane.", "Vientiane", "Place"),
    ("Her son studied in Paris before joining the ministry.", "Paris", "Place"),
])
def test_a_place_after_a_noun_of_kin_in_another_role_stays(extractor, body, name, etype):
    doc = run(extractor, body, published="2024-03-04")
    types = {e.label: e.type for e in doc.entities.values()}
    assert types.get(name) == etype, types


def _offices(doc):
    return {(r["person"], r.get("of")) for r in facts(doc, "office")}


@pytest.mark.parametrize(("body", "person", "state"), [
    (("Kyrgyzstan's parliament voted on Thursday to close the base. Presenting the bill, Foreign Minister "
     "Ruslan Temir told lawmakers the base had been opened in 2001 for the war in Afghanistan."),
     "Ruslan Temir", "Kyrgyzstan"),
    (("ROME - Italy stepped up its sea patrols on Monday. Interior Minister Pela Vossk said the migrants had "
     "crossed from Libya before the boats were stopped."), "Pela Vossk", "Italy"),
    (("WARSAW - Poland closed a border crossing on Friday. Defence Minister Marek Wolny, who said the drones "
     "had come from Belarus, ordered more patrols along the frontier."), "Marek Wolny", "Poland"),
])
def test_a_state_named_in_reported_content_is_not_the_speakers(extractor, body, person, state):
    doc = run(extractor, body, published="2024-03-04")
    assert (person, state) in _offices(doc), _offices(doc)


def test_a_state_subject_of_a_content_clause_is_not_a_later_speakers(extractor):
    doc = run(extractor, "Brazil's Vice-President Almir Costa had backed the deal, noting that Bolivia had "
              "just joined Mercosur, while Finance Minister Davi Serrano said the talks would go on.",
              published="2024-03-04")
    assert ("Davi Serrano", "Bolivia") not in _offices(doc), _offices(doc)


@pytest.mark.parametrize(("body", "person", "state"), [
    # the clause the person's absolute clause hangs from places them
    (("Montenegro is taking part as an invitee, with Prime Minister Ivo Markan attending the talks as an "
     "observer."), "Ivo Markan", "Montenegro"),
])
def test_a_state_in_the_persons_own_clause_places_them(extractor, body, person, state):
    doc = run(extractor, body, published="2024-03-04")
    assert (person, state) in _offices(doc), _offices(doc)


@pytest.mark.parametrize(("body", "qid"), [
    ("Brazilian President Lula da Silva met the Chilean president in Santiago on Sunday.", "Q37181"),
    ("Gabon's leader, Oligui Nguema, flew to Paris on Monday for two days of talks.", "Q122067521"),
])
def test_the_last_names_of_a_long_name_link_to_its_holder(extractor, body, qid):
    doc = run(extractor, body, published="2024-03-04")
    assert qid in {e.qid for e in doc.entities.values()}, [(e.label, e.qid) for e in doc.entities.values()]


@pytest.mark.parametrize("body", [
    "Maria da Silva, a teacher, watched the parade in Lisbon.",  # a particle and one name: anyone's
    "Paulo Lula da Costa, a trader, watched the parade in Lisbon.",  # another name ends otherwise
])
def test_a_name_sharing_only_some_last_words_stays_unlinked(extractor, body):
    doc = run(extractor, body, published="2024-03-04")
    assert all(e.qid is None for e in doc.entities.values() if e.type == "Person"), \
        [(e.label, e.qid) for e in doc.entities.values()]


@pytest.mark.parametrize(("body", "chamber"), [
    ("Lawmakers in Romania's House of Deputies voted 210 to 12 on Tuesday to ratify the accord with Poland.",
     "House of Deputies"),
    ("The border treaty with Croatia was approved by Bosnia's House of Peoples on Monday.", "House of Peoples"),
    (("Ethiopia's House of the Federation, which must also approve it, ratified the water pact with Kenya "
     "on Friday."), "House of the Federation"),
])
def test_a_house_named_for_its_members_is_a_legislature(extractor, body, chamber):
    doc = run(extractor, body, published="2024-03-04")
    bodies = [r.get("body") or "" for r in facts(doc, "ratification")]
    assert any(chamber in b for b in bodies), (bodies, [(e.label, e.type) for e in doc.entities.values()])


@pytest.mark.parametrize("body", [
    ("The two-day Mercosur summit closed in Asuncion, and Paraguay handed the rotating chair to Uruguay, "
    "as Uruguay will hold it from July."),
    ("The G20 summit wrapped up in Rio de Janeiro, where Brazil passed the presidency to South Africa, "
    "which will hold it from December."),
])
def test_a_day_ahead_in_another_subjects_clause_leaves_a_summit_held(extractor, body):
    doc = run(extractor, body, published="2024-03-04")
    assert [r["modality"] for r in facts(doc, "summit")] == ["asserted"], facts(doc, "summit")


def test_a_day_ahead_in_the_summits_own_clause_still_plans_it(extractor):
    doc = run(extractor, "Paraguay said the Mercosur summit will open in Asuncion in July, as Uruguay "
              "takes over the rotating chair.", published="2024-03-04")
    assert [r["modality"] for r in facts(doc, "summit")] == ["planned"], facts(doc, "summit")


@pytest.mark.parametrize(("body", "states"), [
    (("The Pacific Islands Forum summit opened in Honiara on Monday. Among those present were Fijian Prime "
     "Minister Tevita Lomani and Samoan Prime Minister Lefau Toala."), {"Fiji", "Samoa"}),
    (("The Pacific Islands Forum summit opened in Honiara on Monday. Those attending included Tongan Prime "
     "Minister Sione Latu."), {"Tonga"}),
    (("Leaders met in Suva for the Pacific Islands Forum summit on Tuesday; those present included Samoan "
     "Prime Minister Lefau Toala."), {"Samoa"}),
])
def test_those_present_lists_participants(extractor, body, states):
    doc = run(extractor, body, published="2024-03-04")
    got = {p for r in facts(doc, "summit") for p in r["participants"]}
    assert states <= got, facts(doc, "summit")


def test_those_absent_lists_no_participant(extractor):
    doc = run(extractor, "The Pacific Islands Forum summit opened in Honiara on Monday. Among those absent "
              "was Tongan Prime Minister Sione Latu.", published="2024-03-04")
    assert "Tonga" not in {p for r in facts(doc, "summit") for p in r["participants"]}, facts(doc, "summit")


def test_a_spouses_title_coordinated_with_an_office_is_another_person(extractor):
    doc = run(extractor, "The emir greeted the American President and First Lady Marla Venn at the airport in Doha.",
              published="2024-03-04")
    assert ("Marla Venn", "President") not in {(r["person"], r["office"]) for r in facts(doc, "office")}, \
        facts(doc, "office")


@pytest.mark.parametrize(("body", "cq", "modality"), [
    ("It was not until 2014 that Chile signed the border treaty with Peru.", "signing", "asserted"),
    ("It wasn't until March that Peru ratified the border treaty.", "ratification", "asserted"),
    ("It was only after a second vote that Peru's Congress ratified the border treaty.", "ratification", "asserted"),
    ("It will not be until 2026 that Peru ratifies the border treaty.", "ratification", "planned"),
])
def test_a_cleft_on_a_time_tells_what_was_done_then(extractor, body, cq, modality):
    doc = run(extractor, body, published="2024-03-04")
    assert {r["modality"] for r in facts(doc, cq)} == {modality}, facts(doc, cq)
