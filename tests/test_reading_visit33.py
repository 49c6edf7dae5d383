"""Visits of the thirty-third round: who is host and who is guest when a pronoun or a possessive
could mean either (kg.extract.pronouns), on sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple[str, str, str]]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


# "A received B when he arrived": the one who arrives is the one received, not the host
@pytest.mark.parametrize("body, guest, host", [
    ("President Ana Ruiz received Peruvian leader Tomas Duarte when he arrived in Santiago on Friday.",
     "Tomas Duarte", "Ana Ruiz"),
    ("Foreign minister Luis Mena welcomed Chilean Foreign Minister Ana Soto when she landed in Quito.",
     "Ana Soto", "Luis Mena"),
    ("Prime Minister Karl Dahl greeted the Emir of Bahrain, Sheikh Khalid, as he touched down in Oslo.",
     "Khalid", "Karl Dahl"),
])
def test_who_arrives_when_received_is_the_guest(extractor, body, guest, host):
    got = trips(run(extractor, body))
    assert any(v == guest for v, _, _ in got), got
    assert not any(v == host for v, _, _ in got), got


# guard: "X welcomed his counterpart Y": "his" points at the host; the host is no guest of his own welcome
@pytest.mark.parametrize("body, guest, host", [
    ("Ecuador's foreign minister Luis Mena welcomed his Chilean counterpart Ana Soto in Quito.",
     "Ana Soto", "Luis Mena"),
    ("Ecuador's foreign minister Luis Mena welcomed his Chilean counterpart Ana Soto after she landed.",
     "Ana Soto", "Luis Mena"),
    ("Norway's premier Karl Dahl received his Danish opposite number, Mette Holm, in Oslo on Tuesday.",
     "Mette Holm", "Karl Dahl"),
])
def test_a_possessive_in_the_guests_phrase_makes_the_host_no_guest(extractor, body, guest, host):
    got = trips(run(extractor, body))
    assert any(v == guest for v, _, _ in got), got
    assert not any(v == host for v, _, _ in got), got


# a third-person pronoun inside a quote is not the one the quote is attributed to
@pytest.mark.parametrize("body, speaker", [
    ('A ministry spokesman, Carl Berg, said: "The minister has put off her visit to Ghana and Mali."', "Carl Berg"),
    (('Press secretary Tom Hale said President Paul Ruiz would not visit Peru this month. "While he looks '
     'forward to visiting Peru, it will not be soon," Mr Hale told reporters.'), "Tom Hale"),
    (('Speaking in Lima, aide Tom Hale said Paul Ruiz had called off the tour. "He has cancelled his trip '
     'to Quito," Hale told the radio.'), "Tom Hale"),
])
def test_a_pronoun_in_a_quote_is_not_its_speaker(extractor, body, speaker):
    got = trips(run(extractor, body))
    assert not any(v == speaker for v, _, _ in got), got


# guards: what must still be read as before
@pytest.mark.parametrize("body, trip", [
    # the passive: the guest is the subject, "her" in the host's phrase is the guest's
    ("Chilean Foreign Minister Ana Soto was welcomed in Quito by her Ecuadorian counterpart Luis Mena.",
     ("Ana Soto", "Quito", "asserted")),
    # the host's phrase holds the guest's possessive
    ("Her Ecuadorian counterpart Luis Mena welcomed Chilean Foreign Minister Ana Soto in Quito on Monday.",
     ("Ana Soto", "Quito", "asserted")),
    # one who speaks of himself in the first person is still the traveller
    ('Press secretary Tom Hale said: "I will travel to Lima on Monday."', ("Tom Hale", "Lima", "planned")),
    # a quote's pronoun for someone named before the speaker
    (('Foreign Minister Ana Soto will not travel to Quito. "She has postponed her trip to Quito," '
     'spokeswoman Lina Cruz said.'), ("Ana Soto", "Quito", "negated")),
])
def test_guards_of_host_guest_and_quotes(extractor, body, trip):
    got = trips(run(extractor, body))
    assert trip in got, got


# a dateline whose day comes before its place ("9 Nov, Lima:") is when the report was filed, not
# the day of the trip its first sentence tells
@pytest.mark.parametrize("body, published, start", [
    ("9 Nov, Lima: President Ana Ruiz arrived in Lima Wednesday afternoon, at the start of her state visit to Peru.",
     "2017-11-09", "2017-11-08"),
    ("Nov 9, Lima - President Ana Ruiz arrived in Lima on Wednesday for a two-day visit.", "2017-11-09", "2017-11-08"),
    ("May 16, Hanoi: Peruvian Foreign Minister Ana Soto landed in Hanoi late on Tuesday for two days of talks.",
     "2024-05-16", "2024-05-14"),
])
def test_a_day_first_dateline_gives_no_day_to_the_trip(extractor, body, published, start):
    got = {str(f.get("start")) for f in facts(run(extractor, body, published=published), "visit")}
    assert got == {start}, got


@pytest.mark.parametrize("body, published, start", [
    # guard: the same with the day told in the clause, dateline or none
    ("16 May, Quito: Chile's foreign minister Tomas Vidal flew into Quito on Tuesday evening for a three-day visit.",
     "2024-05-16", "2024-05-14"),
    ("On 14 May, Chile's foreign minister Tomas Vidal flew into Quito for a three-day visit.", "2024-05-16", "2024-05-14"),
])
def test_guard_a_day_in_the_clause_stays(extractor, body, published, start):
    got = {str(f.get("start")) for f in facts(run(extractor, body, published=published), "visit")}
    assert got == {start}, got
