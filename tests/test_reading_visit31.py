"""Visits, round 31: a signing long past told in a relative clause is background, no trip; a person
later named by the first word of the name alone; a chronology's short present-tense entry the
tagger read as a noun phrase (kg.extract.facts.presence, kg.extract.given_names,
kg.extract.entry_clauses), on sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def places(doc) -> set[tuple[str, str, str]]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


def days(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], str(f.get("start"))) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body", [
    "The Senate on Monday approved the Pilcomayo River Accord, which Bolivian President Marco Quispe signed in Asunción in 2009.",
    "Bolivian President Marco Quispe, who signed the Pilcomayo River Accord in Asunción in 2009, said on Monday that it had served both sides well.",
    "The Pilcomayo River Accord that Bolivian President Marco Quispe signed in Asunción on 4 May 2009 expires next year.",
])
def test_a_signing_long_past_in_a_relative_clause_is_no_trip(extractor, body):
    got = places(run(extractor, body))
    assert not any(place == "Asunción" for _, place, _ in got), got


def test_a_leader_described_by_a_signing_is_not_taken_there(extractor):
    body = "Bolivian President Marco Quispe, the same leader who signed in Asunción years ago, will step down in June."
    got = places(run(extractor, body))
    assert not any(place == "Asunción" for _, place, _ in got), got


@pytest.mark.parametrize("body", [
    "Bolivian President Marco Quispe signed the Pilcomayo River Accord in Asunción on Friday.",
    "Bolivian President Marco Quispe, who signed the Pilcomayo River Accord in Asunción on Friday, said on Monday that it would last.",
    "The accord, which Bolivian President Marco Quispe signed in Asunción at a summit of river basin leaders in 2009, expires next year.",
])
def test_a_signing_the_story_tells_abroad_stays_a_trip(extractor, body):
    got = places(run(extractor, body))
    assert ("Marco Quispe", "Asunción", "asserted") in got, got


@pytest.mark.parametrize("body, visitor", [
    ("Somali President Abdiwali Farah met reporters in Mogadishu on Monday. Abdiwali flew to Kigali on Tuesday.",
     "Abdiwali Farah"),
    (("Somali President Abdiwali Farah met reporters in Mogadishu on Monday. On Tuesday Abdiwali was welcomed in Kigali "
     "by the Rwandan president."), "Abdiwali Farah"),
    (("Somali President Abdiwali Farah met reporters in Mogadishu on Monday. Abdiwali, who landed in Kigali on Tuesday, "
     "opened a trade fair."), "Abdiwali Farah"),
    ("Ethiopian Prime Minister Getachew Alemu met reporters on Monday. Getachew flew to Kigali on Tuesday.",
     "Getachew Alemu"),
])
def test_a_person_named_again_by_the_first_word_of_the_name(extractor, body, visitor):
    got = places(run(extractor, body))
    assert (visitor, "Kigali", "asserted") in got, got


def test_a_first_word_two_people_share_names_neither(extractor):
    body = ("Somali ministers Abdiwali Farah and Abdiwali Nur spoke in Mogadishu on Monday. "
            "Abdiwali flew to Kigali on Tuesday.")
    got = places(run(extractor, body))
    assert not any(place == "Kigali" for _, place, _ in got), got


@pytest.mark.parametrize("body, visitor, place, start", [
    (("A timeline of the talks under Chilean President Ana Rojas.\n\n"
     "12 March 2019 - Rojas flies to Lima and meets the Peruvian president."), "Ana Rojas", "Lima", "2019-03-12"),
    (("A timeline of the talks under Bolivian President Marco Quispe.\n\n"
     "12 March 2019: Quispe visits Peru."), "Marco Quispe", "Peru", None),
    (("A timeline of the talks under Chilean President Ana Rojas.\n\n"
     "16 March 2019 - Rojas lands in Quito."), "Ana Rojas", "Quito", "2019-03-16"),
    (("A timeline of the talks under Chilean President Ana Rojas.\n\n"
     "14 March 2019 - Rojas travels to Quito and addresses the Ecuadorian congress."), "Ana Rojas", "Quito", "2019-03-14"),
])
def test_a_chronology_entry_in_the_present_is_read_as_a_clause(extractor, body, visitor, place, start):
    doc = run(extractor, body)
    got = days(doc) if start else {(v, p) for v, p, _ in places(doc)}
    assert ((visitor, place, start) if start else (visitor, place)) in got, got


@pytest.mark.parametrize("body", [
    "A timeline of the talks under Bolivian President Marco Quispe.\n\n12 March 2019 - The flies in Lima bother Quispe.",
    "A timeline of the talks under Bolivian President Marco Quispe.\n\n12 March 2019 - Quispe meets Lima flower growers.",
])
def test_a_noun_phrase_stays_one(extractor, body):
    got = places(run(extractor, body))
    assert ("Marco Quispe", "Lima", "asserted") not in got, got


_UNDER = "A timeline of relations under Chilean President Ana Rojas.\n\n"


@pytest.mark.parametrize("entry, place, start", [
    ("16 May 2019 — In Quito, Rojas meets the Ecuadorian president.", "Quito", "2019-05-16"),
    ("18 May 2019 — At a summit of Andean leaders in Quito, Rojas calls for a common market.", "Quito", "2019-05-18"),
    ("May 16, 2019: Rojas visited Lima.", "Lima", "2019-05-16"),
])
def test_a_chronology_entry_happens_on_the_day_that_heads_it(extractor, entry, place, start):
    got = days(run(extractor, _UNDER + entry))
    assert ("Ana Rojas", place, start) in got, got


@pytest.mark.parametrize("entry, place, start", [
    ("16 May 2019 — In Quito on 14 May, Rojas met the Ecuadorian president.", "Quito", "2019-05-14"),
    ("LIMA, May 16 (Reuters) — Rojas visited Quito on Tuesday.", "Quito", "2019-05-14"),
])
def test_a_day_of_its_own_or_a_dateline_is_not_the_heads(extractor, entry, place, start):
    got = days(run(extractor, _UNDER + entry, published="2019-05-16"))
    assert ("Ana Rojas", place, start) in got, got


@pytest.mark.parametrize("body", [
    ("Chilean President Ana Rojas, speaking from Santiago, and her Peruvian counterpart Luis Soto, in Lima, signed the "
     "Andes Water Accord during a virtual summit on Monday."),
    "The online summit hosted in Lima on Monday was attended by Chilean President Ana Rojas.",
    "Chilean President Ana Rojas attended the virtual summit of Andean leaders in Lima on Monday.",
])
def test_a_gathering_held_by_a_link_takes_no_one_there(extractor, body):
    got = places(run(extractor, body))
    assert not any(place == "Lima" for _, place, _ in got), got


def test_a_summit_in_person_still_does(extractor):
    got = places(run(extractor, "Chilean President Ana Rojas flew to Lima for a summit of Andean leaders on Monday."))
    assert ("Ana Rojas", "Lima", "asserted") in got, got
    got = places(run(extractor, "Chilean President Ana Rojas took part in an online summit hosted in Lima on Monday."))
    assert not any(place == "Lima" for _, place, _ in got), got


def test_a_trip_called_off_for_a_link_stays_told(extractor):
    body = ("Chilean President Ana Rojas called off her trip to Peru, and the two leaders met in a virtual summit on Monday "
            "instead.")
    got = places(run(extractor, body))
    assert ("Ana Rojas", "Peru", "negated") in got, got


def spans(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], str(f.get("start")), str(f.get("end"))) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body", [
    ("Bolivian Defence Minister Rosa Mamani is in Chile on a working visit from 28 to 30 May. She co-chaired the annual "
     "defence dialogue in Santiago today."),
    ("Bolivian Defence Minister Rosa Mamani will visit Chile from 28 to 30 May. On 29 May she will address the Chilean "
     "senate in Santiago."),
    ("The three-day visit to Chile by Bolivian Defence Minister Rosa Mamani runs from 28 to 30 May. She was received in "
     "Santiago by the Chilean president on Tuesday."),
])
def test_a_day_in_the_one_city_of_a_country_trip_is_that_trip(extractor, body):
    got = spans(run(extractor, body, published="2024-05-29"))
    assert got == {("Rosa Mamani", "Santiago", "2024-05-28", "2024-05-30")}, got


def test_a_city_day_outside_the_country_trip_is_another_trip(extractor):
    body = "Bolivian Defence Minister Rosa Mamani visited Chile from 20 to 22 May. She held talks in Santiago on 29 May."
    got = spans(run(extractor, body, published="2024-05-30"))
    assert ("Rosa Mamani", "Chile", "2024-05-20", "2024-05-22") in got, got


@pytest.mark.parametrize("body, published", [
    (_UNDER + "17 May 2019 — Rojas addresses the congress in Quito, declaring a new era, then flies to Guayaquil to meet "
     "troops.", "2019-06-01"),
    (_UNDER + "17 May 2019 — Rojas opens a trade fair in Quito, then travels to Guayaquil.", "2019-06-01"),
    ("Chilean President Ana Rojas met the Ecuadorian president in Quito on Monday, then flew to Guayaquil.", "2019-06-01"),
])
def test_a_verb_after_then_goes_on_with_the_clause_before(extractor, body, published):
    got = places(run(extractor, body, published=published))
    assert ("Ana Rojas", "Guayaquil", "asserted") in got and ("Ana Rojas", "Quito", "asserted") in got, got


def test_a_clause_after_then_with_its_own_subject_is_its_own(extractor):
    body = "Chilean President Ana Rojas met the Ecuadorian president in Quito on Monday, then her aide flew to Guayaquil."
    got = places(run(extractor, body, published="2019-06-01"))
    assert ("Ana Rojas", "Guayaquil", "asserted") not in got, got
