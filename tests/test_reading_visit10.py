"""Visits, round 10: an invitation to a place, a span of weekdays, a trip told undated beside the
day of a signing or meeting abroad, companions listed after a fronted "Accompanying X are"
(kg.extract.facts.travel, presence, trip_companions; kg.extract.dates; kg.extract.syntax), on
sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

from kg.extract.dates import find_dates

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f.get("start"), f.get("end"), f["modality"]) for f in facts(doc, "visit")}


def places(doc) -> set[tuple[str, str, str]]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize("body, visitor, place", [
    ("Ukrainian President Oleh Marchenko has been invited to Vilnius.", "Oleh Marchenko", "Vilnius"),
    ("The president invited Australian Prime Minister Tom Hale to Tokyo for a state visit.", "Tom Hale", "Tokyo"),
    ("Chinese President Li Wen invited Kenyan President Daniel Mwangi to Beijing.", "Daniel Mwangi", "Beijing"),
    ("Kenyan President Daniel Mwangi was invited to Tokyo for talks next month.", "Daniel Mwangi", "Tokyo"),
    ("Kenyan President Daniel Mwangi, who has been invited to the G20 summit in New Delhi, will decide next week.",
     "Daniel Mwangi", "New Delhi"),
])
def test_one_invited_to_a_place_or_summit_is_going_there(extractor, body, visitor, place):
    got = places(run(extractor, body))
    assert (visitor, place, "planned") in got, got


@pytest.mark.parametrize("body, other", [
    ("Kenyan President Daniel Mwangi was invited to Tokyo.", "Kenyan President Daniel Mwangi was not invited to Tokyo."),
    ("The bloc invited Kenyan President Daniel Mwangi to Tokyo.",
     "The bloc invited Kenyan President Daniel Mwangi to join the talks."),
])
def test_no_trip_from_an_invitation_denied_or_to_do_something_else(extractor, body, other):
    assert places(run(extractor, body)) == {("Daniel Mwangi", "Tokyo", "planned")}, places(run(extractor, body))
    assert not places(run(extractor, other)), places(run(extractor, other))


@pytest.mark.parametrize("text, published, start, end", [
    ("He will visit Cambodia from Thursday to Friday.", "2025-04-14", "2025-04-17", "2025-04-18"),
    ("He held talks there on Wednesday and Thursday.", "2024-08-23", "2024-08-21", "2024-08-22"),
    ("He will be in London on Sunday and Monday.", "2023-07-07", "2023-07-09", "2023-07-10"),
    ("The talks run between Monday and Wednesday.", "2024-03-10", "2024-03-11", "2024-03-13"),
])
def test_a_span_of_weekdays_is_a_range(text, published, start, end):
    found = find_dates(text, day(published))
    assert [(d.start_date, d.end_date) for d in found] == [(day(start), day(end))], found


def test_two_weekdays_apart_are_two_days_and_next_ones_a_span():
    found = find_dates("They met on Monday and Friday, and on Thursday and Friday.", day("2024-03-10"))
    assert [(d.start_date, d.end_date) for d in found] == [
        (day("2024-03-04"), None), (day("2024-03-08"), None), (day("2024-03-07"), day("2024-03-08"))], found


@pytest.mark.parametrize("body, place, start, end", [
    ("Kenyan President Daniel Mwangi will visit Cambodia from Thursday to Friday.", "Cambodia", "2024-03-14", "2024-03-15"),
    ("Kenyan President Daniel Mwangi will travel to Lima, where he is due to make a state visit to Peru from Tuesday to Thursday.",
     "Lima", "2024-03-12", "2024-03-14"),
    ("Kenyan President Daniel Mwangi will be in London on Sunday and Monday.", "London", "2024-03-17", "2024-03-18"),
])
def test_a_trip_over_a_span_of_weekdays_has_both_days(extractor, body, place, start, end):
    got = trips(run(extractor, body, published="2024-03-11"))
    assert ("Daniel Mwangi", place, day(start), day(end), "planned") in got, got


@pytest.mark.parametrize("body, visitor", [
    (("Russia and Chile signed a trade treaty last week. The treaty was signed in Moscow on March 11 by President "
      "Ivan Petrov and his Chilean counterpart, Rosa Mamani, during what was Mamani's first visit to the Russian capital."),
     "Rosa Mamani"),
    (("Chilean President Rosa Mamani signed a trade treaty with Russia in Moscow on March 11, during what was her first "
     "visit to the Russian capital."), "Rosa Mamani"),
])
def test_a_trip_told_undated_takes_the_day_of_the_signing_abroad(extractor, body, visitor):
    got = trips(run(extractor, body, published="2024-03-20"))
    assert (visitor, "Moscow", day("2024-03-11"), None, "asserted") in got, got
    assert (visitor, "Moscow", None, None, "asserted") not in got, got


@pytest.mark.parametrize("body, companions", [
    (("Kenyan President Daniel Mwangi arrived in Lima on Monday. Accompanying Mwangi are Foreign Minister Ruth Achieng, "
     "Trade Minister Tom Ole and the governor of the central bank, Amos Kibet."), {"Ruth Achieng", "Tom Ole", "Amos Kibet"}),
    (("Kenyan President Daniel Mwangi arrived in Lima on Monday for a state visit. Accompanying President Mwangi are "
     "Foreign Minister Ruth Achieng and several other cabinet ministers."), {"Ruth Achieng"}),
])
def test_companions_listed_after_a_fronted_accompanying(extractor, body, companions):
    got = trips(run(extractor, body, published="2024-03-12"))
    for c in companions:
        assert (c, "Lima", day("2024-03-11"), None, "asserted") in got, got


@pytest.mark.parametrize("body, visitor, place, start, end", [
    ("Kenyan President Daniel Mwangi arrived in Lima on March 4. His visit ended on March 6.",
     "Daniel Mwangi", "Lima", "2024-03-04", "2024-03-06"),
    ("Kenyan President Ruth Achieng arrived in Lima on March 4. She met the president during her stay, which ended on March 6.",
     "Ruth Achieng", "Lima", "2024-03-04", "2024-03-06"),
    ("Polish President Jan Kowal is visiting Seoul. The visit, which runs from March 8 to March 11, is his first to Asia.",
     "Jan Kowal", "Seoul", "2024-03-08", "2024-03-11"),
    ("The state visit of Nigerian President Musa Bello to London began on March 5 and ended on March 7.",
     "Musa Bello", "London", "2024-03-05", "2024-03-07"),
])
def test_the_days_a_trip_noun_tells_are_the_trip_told_before(extractor, body, visitor, place, start, end):
    got = trips(run(extractor, body))
    assert (visitor, place, day(start), day(end), "asserted") in got, got


def test_the_days_of_anothers_trip_noun_stay_with_that_traveller(extractor):
    body = ("Kenyan President Daniel Mwangi arrived in Lima on March 4. Peruvian President Rosa Mamani flew to Chile on "
            "March 5. Her visit ended on March 7.")
    got = trips(run(extractor, body))
    assert ("Daniel Mwangi", "Lima", day("2024-03-04"), None, "asserted") in got, got
    assert ("Rosa Mamani", "Chile", day("2024-03-05"), day("2024-03-07"), "asserted") in got, got


def test_a_span_the_day_of_writing_falls_in_is_this_years():
    for text, start, end in [("The visit, which runs from March 8 to March 11, is his first.", "2024-03-08", "2024-03-11"),
                             ("The summit ran from March 1 to 4.", "2024-03-01", "2024-03-04")]:
        found = find_dates(text, day("2024-03-10"))
        assert [(d.start_date, d.end_date) for d in found] == [(day(start), day(end))], found


@pytest.mark.parametrize("body", [
    "Leaders are gathering in Lima for the APEC summit. Kenyan President Daniel Mwangi has arrived for tomorrow's session.",
    ("The leaders of two partner countries - Kenya's Daniel Mwangi and Chile's Rosa Mamani - have arrived for tomorrow's "
     "session of the APEC summit in Lima."),
])
def test_one_who_has_arrived_for_tomorrows_session_is_there_now(extractor, body):
    got = trips(run(extractor, body, published="2024-03-12"))
    assert ("Daniel Mwangi", "Lima", day("2024-03-12"), None, "asserted") in got, got


@pytest.mark.parametrize("body, guests", [
    (("Kenyan President Daniel Mwangi said he would convene a meeting in Lima on Monday with Turkish President Emre Yilmaz "
     "and Swedish Prime Minister Lars Berg."), {"Emre Yilmaz", "Lars Berg"}),
    ("Kenyan President Daniel Mwangi will host a meeting in Lima on Monday with Turkish President Emre Yilmaz.",
     {"Emre Yilmaz"}),
    ("Kenyan President Daniel Mwangi held a meeting with Turkish President Emre Yilmaz in Lima on Monday.", {"Emre Yilmaz"}),
])
def test_those_a_meeting_abroad_is_convened_or_held_with_are_there(extractor, body, guests):
    got = places(run(extractor, body, published="2024-03-08"))
    for g in guests:
        assert any(v == g and p == "Lima" for v, p, _ in got), got


@pytest.mark.parametrize("body, visitor, city, modality", [
    ("Kenyan President Daniel Mwangi will fly to Japan on Wednesday for the G7 summit in Hiroshima.",
     "Daniel Mwangi", "Hiroshima", "planned"),
    ("Chilean President Tomas Rojas travelled to India last week for the G20 summit in New Delhi.",
     "Tomas Rojas", "New Delhi", "asserted"),
])
def test_a_trip_to_a_country_for_a_summit_in_one_of_its_cities_goes_to_the_city(extractor, body, visitor, city, modality):
    got = places(run(extractor, body, published="2024-03-11"))
    assert got == {(visitor, city, modality)}, got


@pytest.mark.parametrize("body, place", [
    ("Kenyan President Daniel Mwangi met Peruvian officials in Lima. He then flies on to Santiago for talks.", "Santiago"),
    ("Kenyan President Daniel Mwangi left Lima, while Foreign Minister Ruth Achieng of Kenya was flying on to Jakarta.",
     "Jakarta"),
    ("Kenyan President Daniel Mwangi travels on to Quito to see Ecuadorian President Tom Hale.", "Quito"),
])
def test_a_stop_one_is_going_on_to_is_ahead(extractor, body, place):
    got = places(run(extractor, body, published="2024-03-11"))
    assert any(p == place and mod == "planned" for _, p, mod in got), got
    assert not any(p == place and mod == "asserted" for _, p, mod in got), got


def test_talks_with_others_a_trip_is_for_are_not_the_summit(extractor):
    body = ("Leaders met in Hanoi for the APEC summit. Kenyan President Daniel Mwangi left Hanoi after the summit, while "
            "Foreign Minister Ruth Achieng of Kenya flew on to Jakarta for talks with Indonesian ministers.")
    got = facts(run(extractor, body, published="2024-03-11"), "visit")
    assert any(f["visitor"] == "Ruth Achieng" and f["destination"] == "Jakarta" and not f.get("purpose") for f in got), got
    assert not any(f["destination"] == "Jakarta" and f.get("purpose") for f in got), got


@pytest.mark.parametrize("body", [
    ("Before arriving in London, Kenyan President Daniel Mwangi held talks with Spanish President Marc Dubois in Madrid "
     "on Monday and with Greek Prime Minister Lucia Ferri in Athens on Tuesday."),
    ("Kenyan President Daniel Mwangi held talks with Spanish President Marc Dubois in Madrid on Monday and with Greek "
     "Prime Minister Lucia Ferri in Athens on Tuesday, before arriving in London."),
])
def test_a_meeting_told_again_without_its_verb_has_its_own_place_and_day(extractor, body):
    got = trips(run(extractor, body, published="2023-01-11"))
    assert ("Daniel Mwangi", "Madrid", day("2023-01-09"), None, "asserted") in got, got
    assert ("Daniel Mwangi", "Athens", day("2023-01-10"), None, "asserted") in got, got
