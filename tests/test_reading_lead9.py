"""Trips told from another time ("after a visit", "went on a visit"): what the lead saw on real
pages in round 9, on sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def trips(doc) -> dict[tuple[str, str], tuple[str, object]]:
    return {(f["visitor"], f["destination"]): (f["modality"], f.get("start")) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body", [
    "Peruvian President Ana Ruiz returned to Lima on Sunday after a state visit to Chile.",
    "Peruvian President Ana Ruiz landed back in Lima on Sunday after her two-day visit to Chile.",
    "After a visit to Chile, Peruvian President Ana Ruiz was back in Lima on Sunday.",
])
def test_a_trip_told_before_a_return_home_happened_and_is_not_dated_by_the_return(extractor, body):
    got = trips(run(extractor, body, published="2024-03-12"))
    assert got.get(("Ana Ruiz", "Chile"), ("", None))[0] == "asserted", got
    # Sunday is the day home, not the visit's first ("after her two-day visit": its last, Saturday its first)
    assert got[("Ana Ruiz", "Chile")][1] in {None, dt.date(2024, 3, 9)}, got


@pytest.mark.parametrize("body, modality", [
    ("Peruvian President Ana Ruiz went on a state visit to Chile last year.", "asserted"),
    ("Peruvian President Ana Ruiz goes on a three-day visit to Chile every spring.", "asserted"),
    ("Peruvian President Ana Ruiz is going to visit Chile in May.", "planned"),
    ("Peruvian President Ana Ruiz is going on a state visit to Chile next week.", "planned"),
])
def test_going_on_a_trip_is_no_plan_going_to_make_one_is(extractor, body, modality):
    got = trips(run(extractor, body, published="2024-03-12"))
    assert got.get(("Ana Ruiz", "Chile"), ("",))[0] == modality, got


@pytest.mark.parametrize("body", [
    "The Chilean government sent the Treaty of Valparaiso to Congress for ratification on Monday.",
    "Peru's cabinet returned the Andean Fisheries Accord to the Peruvian Congress for ratification.",
    "Peru submitted the Andean Fisheries Accord to the Senate for approval.",
])
def test_a_treaty_sent_or_waiting_for_ratification_is_not_yet_ratified(extractor, body):
    got = {(f["agreement"], f["modality"]) for f in facts(run(extractor, body), "ratification")}
    assert got and all(mod == "planned" for _, mod in got), got


@pytest.mark.parametrize("body, name", [
    ("The Chilean government sent the Treaty of Valparaiso to Congress for ratification on Monday.", "Treaty of Valparaiso"),
    ("Peru submitted the Andean Fisheries Accord to the Senate for approval.", "Andean Fisheries Accord"),
    ("The ministry forwarded the Lima Maritime Agreement to Parliament last week.", "Lima Maritime Agreement"),
    ("Chile ratified the Protocol to the Andean Fisheries Convention.", "Protocol to the Andean Fisheries Convention"),
])
def test_a_name_stops_before_whom_it_is_sent_to(extractor, body, name):
    assert name in labels(run(extractor, body), "Agreement"), labels(run(extractor, body), "Agreement")


@pytest.mark.parametrize("body, person, office", [
    (("Qatar's Minister of State for Foreign Affairs HE Khalid Al Hamadi met Honduran Foreign Minister "
     "Eduardo Enrique Reina on Monday."), "Khalid Al Hamadi", "Minister of State for Foreign Affairs"),
    ("Qatar's Foreign Minister HE Sultan Al Hamadi met Honduran Foreign Minister Eduardo Enrique Reina on Monday.",
     "Sultan Al Hamadi", "Foreign Minister"),
    (("The memorandum was signed by HE Khalid Al Hamadi, Qatar's Minister of State for Foreign Affairs, and "
     "Honduran Foreign Minister Eduardo Enrique Reina."), "Khalid Al Hamadi", "Minister of State for Foreign Affairs"),
])
def test_a_form_of_address_in_capitals_is_no_word_of_the_name_or_the_office(extractor, body, person, office):
    doc = run(extractor, body)
    assert (person, office, "Qatar") in {(f["person"], f["office"], f.get("of")) for f in facts(doc, "office")}, facts(doc, "office")
    assert not any(p.startswith(("HE ", "HH ")) for p in labels(doc, "Person")), labels(doc, "Person")


def test_a_surname_written_he_stays_a_name(extractor):
    doc = run(extractor, "Chinese Vice Premier He Lifeng met Honduran Foreign Minister Eduardo Enrique Reina on Monday.")
    assert "He Lifeng" in labels(doc, "Person"), labels(doc, "Person")


@pytest.mark.parametrize("body, kind, field", [
    (("The flags of Peru, Chile and Bolivia were raised in Lima. The three entrants formally joined the Andean "
     "Community on Monday."), "member", "member"),
    (("Peru, Chile and Bolivia sent delegations to Lima. The three newcomers were admitted to the Andean Community "
     "on Monday."), "member", "member"),
    ("Peru and Chile signed the Lima Fisheries Accord in March. The two signatories ratified it in May.",
     "ratification", "state"),
])
def test_a_counted_plural_for_states_by_their_part_points_back_at_the_list_just_told(extractor, body, kind, field):
    got = {f[field] for f in facts(run(extractor, body), kind) if f["modality"] == "asserted"}
    assert {"Peru", "Chile"} <= got, got


@pytest.mark.parametrize("body", [
    "ISLAMABAD - Pakistan's cabinet met on Sunday. Its meeting came days after Peru and Chile signed a fisheries pact.",
    "ISLAMABAD - Pakistan watched closely as Peru and Chile signed a maritime accord on Friday.",
    "ISLAMABAD - Officials in Pakistan said Peru and Chile had signed a border treaty earlier this week.",
])
def test_a_signing_of_other_states_is_not_placed_at_the_dateline(extractor, body):
    got = {(f["signatory"], f.get("place")) for f in facts(run(extractor, body, published="2024-03-10"), "signing")}
    assert got and not any(place == "Islamabad" for _, place in got), got


def test_a_signing_of_the_datelines_own_state_is_placed_there(extractor):
    body = "LIMA - Peru and Chile signed a fisheries pact on Friday, the foreign ministry said."
    got = {(f["signatory"], f.get("place")) for f in facts(run(extractor, body, published="2024-03-10"), "signing")}
    assert ("Peru", "Lima") in got, got


@pytest.mark.parametrize("body", [
    ("China and Japan held talks in Beijing, and China and Japan agreed to meet again. President Zhao Ming later visited "
     "Peru, Chile and Bolivia. China signed a rail pact with the three nations."),
    ("Japan and Korea met in Seoul, where Japan and Korea agreed on trade. Peru, Chile and Bolivia sent envoys to "
     "Tokyo. Japan signed a fisheries accord with the three countries."),
    ("Japan and Korea met in Seoul, where Japan and Korea agreed on trade. Envoys from Peru, Chile and Bolivia "
     "arrived on Monday. Japan reached a trade accord with the three states."),
])
def test_the_three_nations_are_the_list_of_three_just_told_not_the_most_named(extractor, body):
    got = {f["party"] for f in facts(run(extractor, body), "parties")}
    assert {"Peru", "Chile", "Bolivia"} <= got and "Korea" not in got, got


@pytest.mark.parametrize("body, states", [
    ("The forum links European Union countries and nonmembers such as Britain and Turkey.", {"United Kingdom", "Turkey"}),
    ("Nonmembers such as Norway and Iceland trade freely with the European Union.", {"Norway", "Iceland"}),
    ("Norway, a nonmember, trades freely with the European Union.", {"Norway"}),
])
def test_nonmembers_and_their_examples_are_no_members(extractor, body, states):
    got = {f["member"] for f in facts(run(extractor, body), "member") if f["modality"] == "asserted"}
    assert not states & got, got


def test_examples_of_the_organisations_own_states_stay_members(extractor):
    got = {f["member"] for f in facts(run(extractor, "European Union countries such as France and Spain backed the plan."), "member")}
    assert {"France", "Spain"} <= got, got


@pytest.mark.parametrize("body", [
    "The treaty was discussed at the meeting of the Milli Majlis of Azerbaijan held on October 2.",
    "The pact was approved at a meeting of the Chilean Senate on Tuesday.",
    "Lawmakers debated the accord at the Tuesday meeting of the Peruvian Congress in Lima.",
])
def test_a_meeting_of_a_legislature_is_no_summit(extractor, body):
    assert not facts(run(extractor, body), "summit"), facts(run(extractor, body), "summit")


def test_a_meeting_of_a_named_body_of_states_stays_a_summit(extractor):
    body = "Leaders discussed trade at the meeting of the Andean Community in Lima on Tuesday."
    assert facts(run(extractor, body), "summit")
