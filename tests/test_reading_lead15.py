"""What the lead saw on real pages in round 15, on sentences written for the test: a head of state's
signature told as ending the ratification ("signed it, completing its ratification") is the state's
ratification through that person, not a signing of the agreement; a state that modifies a noun of
states ("the two U.S. allies", "both U.S. partners") is what the group is told by, never one of it; a Title Case headline with a kicker ("Kicker: Headline") is a headline all along; "counterpart" is a title
of its own, never a word of the next ("her counterpart FM X"); a state a titled person "begins a state
visit to" (or is told anywhere to travel to) is not the state of the person's office, nor is the state
named after another holder's name ("received by President Y of Peru"), nor the one a group is told by
("the two U.S. allies"); a counted plural before every state of its sentence is the pair told before,
not states named later in its clause ("The two countries ... in response to A's invasion of B"); a day
told of a trip within a longer trip's days to the same place is that trip."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body", [
    "Slovak President Ivan Dobrek on Monday signed the defence pact with Norway, completing its ratification.",
    "On Monday the Slovak president, Ivan Dobrek, signed the accord with Norway, thereby ratifying it.",
    ("Ivan Dobrek, the Slovak president, signed the defence pact with Norway on Monday to complete the process of "
     "ratification."),
    "Slovak President Ivan Dobrek signed the defence pact with Norway on Monday, finalising the ratification process.",
])
def test_a_signature_that_completes_ratification_is_the_ratification(extractor, body):
    doc = run(extractor, body, published="2023-08-02")
    got = {(f["state"], f.get("body")) for f in facts(doc, "ratification")}
    assert got == {("Slovakia", "Ivan Dobrek")}, facts(doc, "ratification")
    assert not facts(doc, "signing"), facts(doc, "signing")


def test_leaders_signing_that_ends_talks_still_sign(extractor):  # a guard: passes before too
    body = ("Norwegian Prime Minister Ola Brenden and Slovak Prime Minister Jan Hrin signed the defence pact on "
            "Monday, completing years of talks.")
    doc = run(extractor, body, published="2023-08-02")
    assert {f["signatory"] for f in facts(doc, "signing")} == {"Ola Brenden", "Jan Hrin", "Norway", "Slovakia"}
    assert not facts(doc, "ratification")


@pytest.mark.parametrize("body", [
    "The two U.S. allies, Japan and Australia, signed a logistics pact on Monday.",
    ("The United States has long urged closer ties in Asia. Japan and Australia on Monday agreed a logistics pact "
     "that the United States welcomed. The two U.S. allies signed it shortly after their ministers met."),
    "Japan and Australia, both U.S. partners, signed a logistics pact on Monday.",
    "Japan and Australia, two close U.S. partners, signed a logistics pact on Monday.",
])
def test_the_state_a_pair_is_told_by_is_not_one_of_the_pair(extractor, body):
    doc = run(extractor, body, published="2023-08-02")
    assert {f["signatory"] for f in facts(doc, "signing")} == {"Japan", "Australia"}, facts(doc, "signing")
    assert {f["party"] for f in facts(doc, "parties")} == {"Japan", "Australia"}, facts(doc, "parties")


def test_the_two_delegations_of_two_named_states_are_those_states(extractor):  # a guard: passes before too
    body = "The Chilean and Peruvian delegations signed a border accord in Lima on Tuesday."
    doc = run(extractor, body, published="2023-08-02")
    assert {f["signatory"] for f in facts(doc, "signing")} >= {"Chile", "Peru"}, facts(doc, "signing")


@pytest.mark.parametrize("headline", [
    "Boxing In Russia: Chile To Sign Military Agreement With Peru After Bolivia Deal - 11 August 2014",
    "Analysis: Chile Set To Sign Military Agreement With Peru After Bolivia Deal",
])
def test_a_title_case_headline_after_a_kicker_names_nothing_by_its_capitals(extractor, headline):
    body = "\nA defence agreement between Chile and Peru will let troops train together."
    doc = run(extractor, body, published="2014-08-11", headline=headline)
    assert not [e for e in doc.entities.values() if e.type == "Agreement" and "With" in e.label], \
        [e.label for e in doc.entities.values()]
    assert {f["party"] for f in facts(doc, "parties")} == {"Chile", "Peru"}, facts(doc, "parties")


@pytest.mark.parametrize("sentence", [
    "She also held delegation-level talks with her counterpart FM Carla Vega.",
    "She also held talks with her Peruvian counterpart FM Carla Vega.",
    "Later she met her counterpart FM Carla Vega, who took office in May, at the palace.",
])
def test_counterpart_is_no_word_of_the_title_after_it(extractor, sentence):
    body = "Chile's Foreign Minister Ana Ruiz met Peruvian President Luis Mora in Lima on Monday. " + sentence
    offices = [f for f in facts(run(extractor, body, published="2023-08-02"), "office") if f["person"] == "Carla Vega"]
    assert offices and all("counterpart" not in f["office"].lower() for f in offices), offices


@pytest.mark.parametrize("headline, body", [
    ("President Sheikh Hamdan begins state visit to Oman",
     "President Sheikh Hamdan was greeted by the Sultan of Oman Sheikh Faisal when his state visit opened on Sunday."),
    ("President Ana Ruiz begins three-day visit to Peru",
     "President Ana Ruiz was welcomed at the airport by Foreign Minister Luis Mora on Sunday."),
    ("Prime Minister Ana Ruiz pays first visit to Peru",
     "Prime Minister Ana Ruiz was received by President Luis Mora of Peru at the palace on Sunday."),
])
def test_the_state_a_person_begins_a_visit_to_is_not_theirs(extractor, headline, body):
    doc = run(extractor, body, published="2024-11-10", headline=headline)
    guest = next(iter({f["visitor"] for f in facts(doc, "visit")} - {"Luis Mora"}), None)
    assert guest is not None, facts(doc, "visit")
    assert not [f for f in facts(doc, "office") if f["person"] == guest and f["of"] in {"Oman", "Peru"}], \
        facts(doc, "office")
    assert [f["destination"] for f in facts(doc, "visit") if f["visitor"] == guest] in (["Oman"], ["Peru"])


def test_the_state_named_after_the_hosts_name_is_not_the_guests(extractor):
    body = "Prime Minister Ana Ruiz was received by President Luis Mora of Peru at the palace on Sunday."
    doc = run(extractor, body, published="2024-11-10", headline="Ruiz in Lima")
    assert not [f for f in facts(doc, "office") if f["person"] == "Ana Ruiz"], facts(doc, "office")
    assert [f["destination"] for f in facts(doc, "visit") if f["visitor"] == "Ana Ruiz"] == ["Peru"]


@pytest.mark.parametrize("body", [
    ("On Monday Japan and the Philippines agreed a defence pact. The two U.S. allies signed it shortly after Foreign "
     "Minister Aiko Tanabe and Defence Minister Ken Mori met with Philippine President Luis Mora."),
    ("Foreign Minister Aiko Tanabe met Philippine President Luis Mora on Monday, weeks after the two U.S. allies "
     "agreed to deepen ties."),
])
def test_the_state_a_group_is_told_by_gives_no_one_its_office(extractor, body):
    doc = run(extractor, body, published="2024-07-08")
    assert not [f for f in facts(doc, "office") if f["of"] == "United States"], facts(doc, "office")


@pytest.mark.parametrize("body, joiners", [
    (("Every NATO member must approve the bids before Finland and Sweden can enter. The two northern countries are "
      "trying to join the alliance, ending years of neutrality, in response to Russia's attack on Ukraine."),
     {"Finland", "Sweden"}),
    (("Chile and Peru filed their bids to join the Pacific Alliance last year. The two countries now want to join "
      "the Pacific Alliance in response to Bolivia's dispute with Paraguay."), {"Chile", "Peru"}),
])
def test_a_counted_plural_before_its_sentences_states_is_the_pair_told_before(extractor, body, joiners):
    doc = run(extractor, body, published="2022-08-04")
    got = {f["member"] for f in facts(doc, "member")}
    assert got <= joiners and got, facts(doc, "member")


def test_the_two_countries_apposed_are_those_named(extractor):  # a guard: passes before too
    body = "Bolivia and Paraguay met on Monday. The two countries, Chile and Peru, signed a border accord on Tuesday."
    doc = run(extractor, body, published="2022-08-04")
    assert {f["signatory"] for f in facts(doc, "signing")} == {"Chile", "Peru"}, facts(doc, "signing")


@pytest.mark.parametrize("body", [
    ("Peruvian Foreign Minister Carla Vega on Thursday welcomed her Chilean counterpart Ana Maria Ruiz in Lima. "
     "Ruiz arrived in Lima yesterday for a two-day visit."),
    ("Chilean Foreign Minister Ana Maria Ruiz began a two-day visit to Lima on Wednesday. On Thursday she was "
     "received in Lima by Peruvian President Luis Mora."),
    ("Chile's foreign minister, Ana Maria Ruiz, began a three-day visit to Lima on Wednesday. She laid a wreath in "
     "Lima on Thursday and met students there."),
])
def test_a_day_told_of_a_longer_trip_is_that_trip(extractor, body):
    trips = [f for f in facts(run(extractor, body, published="2023-08-03"), "visit") if f["visitor"] == "Ana Maria Ruiz"]
    assert len(trips) == 1 and trips[0].get("end"), trips


def test_two_trips_to_one_place_months_apart_stay_two(extractor):  # a guard: passes before too
    body = ("Chilean Foreign Minister Ana Maria Ruiz visited Lima from 2 to 4 May. She flew to Lima again on 20 July "
            "for talks with Peruvian President Luis Mora.")
    trips = [f for f in facts(run(extractor, body, published="2023-08-03"), "visit") if f["visitor"] == "Ana Maria Ruiz"]
    assert len(trips) == 2, trips
