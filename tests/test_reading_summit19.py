"""Summits as English tells them, read on sentences written for the test (round nineteen): a
journey whose purpose clause is the summit goes where it is held ("will travel to X to attend a
summit", kg.extract.facts.summit_places.tied_place); a bare summit that is its clause's subject is
what the sentence tells, not background gone by (kg.extract.summit_in_view); a bare rank the parser
hangs on the summit's place ("the summit in X, the bloc's 37th,") is its edition
(kg.extract.facts.summit_ordinals)."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-06-11"  # a Wednesday


def summits(extractor, body: str) -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED), "summit")


@pytest.mark.parametrize("body, city", [
    ("Sri Lanka's president will travel to Kathmandu on Friday to attend a summit.", "Kathmandu"),
    ("The Chilean foreign minister flew to Quito on Monday to take part in a summit of Andean states.", "Quito"),
    ("Kenya's president went to Kigali on Monday to address the summit.", "Kigali"),
])
def test_a_journey_made_to_attend_a_summit_goes_where_it_is(extractor, body, city):
    assert [r.get("location") for r in summits(extractor, body)] == [city], summits(extractor, body)


@pytest.mark.parametrize("body", [
    # the journey's purpose is something else; the summit is only what the minister will speak of
    "Sri Lanka's president will travel to Kathmandu on Friday to discuss a summit planned for Dhaka.",
    # a journey made after the summit, not to it
    "After a summit in Colombo, the Maldivian president flew to Male to brief parliament.",
])
def test_a_journey_for_something_else_does_not_place_the_summit(extractor, body):
    assert all(r.get("location") not in {"Kathmandu", "Malé", "Male"} for r in summits(extractor, body)), summits(extractor, body)


@pytest.mark.parametrize("body, start, states", [
    ("The summit, hosted by Qatar in Doha on Sunday, drew leaders from Jordan and Iraq.", "2025-06-08",
     {"Qatar", "Jordan", "Iraq"}),
    ("A summit held on May 3 brought together Zambia and Malawi.", "2025-05-03", {"Zambia", "Malawi"}),
    ("The summit, which Ghana hosted on Monday, ended with a statement on trade.", "2025-06-09", {"Ghana"}),
    # a sentence the parser reads as a noun phrase, "a summit [opened ...]"
    ("A summit opened in Quito on Monday. Leaders from Peru and Bolivia arrived the day before.", "2025-06-09",
     {"Peru", "Bolivia"}),
])
def test_a_summit_the_sentence_is_about_is_no_background(extractor, body, start, states):
    rows = summits(extractor, body)
    assert len(rows) == 1 and rows[0].get("start") == dt.date.fromisoformat(start), rows
    assert states <= set(rows[0]["participants"]), rows


@pytest.mark.parametrize("body", [
    "Premier Ana Vel arrived on Sunday, and said the visit would build on the summit held in Lima in May.",
    "The minister said the deal grew out of the summit held in Quito in April.",
])
def test_a_summit_gone_by_in_another_clause_is_still_background(extractor, body):  # (a guard)
    assert summits(extractor, body) == []


@pytest.mark.parametrize("body, rank", [
    ("The summit in Nouakchott, the bloc's 37th, opened on Sunday.", 37),
    ("Leaders met at the summit in Lusaka, the organisation's 45th, on Monday.", 45),
    ("The summit in Accra, the twelfth, ended on Friday.", 12),
])
def test_a_rank_hung_on_the_summits_place_is_its_edition(extractor, body, rank):
    assert [r.get("ordinal") for r in summits(extractor, body)] == [rank], summits(extractor, body)


@pytest.mark.parametrize("body", [
    "The summit in Nouakchott, the capital, opened on Sunday.",
    "The summit in Lusaka, Zambia's second city after the capital, opened on Monday.",
])
def test_a_description_of_the_place_is_no_edition(extractor, body):  # (a guard)
    assert [r.get("ordinal") for r in summits(extractor, body)] == [None], summits(extractor, body)


def participants(rows: list[dict]) -> set[str]:
    return {p for r in rows for p in r.get("participants", ())}


@pytest.mark.parametrize("body, states", [
    (("President Ivan Petrov of Bulgaria met Romanian President Dan Ionescu in Varna on Tuesday. The two leaders' summit "
      "focused on energy."), {"Bulgaria", "Romania"}),
    (("Kenyan President Amara Odhiambo hosted Ugandan President Joseph Okello in Mombasa on Monday. Their summit produced "
      "a deal on rail."), {"Kenya", "Uganda"}),
])
def test_whose_summit_it_is_takes_part(extractor, body, states):
    rows = summits(extractor, body)
    assert states <= participants(rows), rows


@pytest.mark.parametrize("body, states", [
    ("At the summit in Tashkent, Uzbekistan and Kazakhstan agreed to share water data.", {"Uzbekistan", "Kazakhstan"}),
    ("At the summit in Belgrade, Serbia and Croatia signed a water deal.", {"Serbia", "Croatia"}),
    ("At the summit in Dhaka, Bangladesh pledged aid.", {"Bangladesh"}),
])
def test_a_subject_after_the_summits_city_is_no_country_of_it(extractor, body, states):
    rows = summits(extractor, body)
    assert states <= participants(rows), rows


@pytest.mark.parametrize("body, state", [
    ("Leaders met at a summit in Tashkent, Uzbekistan, on Monday.", "Uzbekistan"),
    ("A summit in Tashkent, Uzbekistan, drew leaders from Kazakhstan.", "Uzbekistan"),
])
def test_the_country_of_the_summits_city_is_still_no_participant(extractor, body, state):  # (a guard)
    assert state not in participants(summits(extractor, body)), summits(extractor, body)


@pytest.mark.parametrize("body, state", [
    ("Hungary withdrew from the summit in Prague on Tuesday, while Slovakia took part.", "Hungary"),
    ("Mali shunned the summit in Dakar on Monday.", "Mali"),
    ("Bolivia will sit out the summit in Lima next week.", "Bolivia"),
])
def test_one_that_stays_out_of_a_summit_takes_no_part(extractor, body, state):
    rows = summits(extractor, body)
    assert rows and state not in participants(rows), rows


@pytest.mark.parametrize("body, city, start", [
    ("The presidents of Armenia and Georgia held talks in Yerevan on Tuesday. It was their first summit since 2019.",
     "Yerevan", "2025-06-10"),
    (("Chilean President Tomas Ruiz hosted Argentine President Elena Marquez for talks in Santiago on Monday. The talks "
      "were the leaders' third summit this year."), "Santiago", "2025-06-09"),
    ("The prime ministers of Laos and Cambodia held a meeting in Pakse on Monday. It was their second summit this year.",
     "Pakse", "2025-06-09"),
])
def test_talks_the_next_sentence_calls_a_summit_are_that_summit(extractor, body, city, start):
    rows = summits(extractor, body)
    assert [(r.get("location"), r.get("start")) for r in rows] == [(city, dt.date.fromisoformat(start))], rows
    assert len(participants(rows)) == 2, rows


@pytest.mark.parametrize("body", [
    "It was a summit in all but name, said Chilean President Tomas Ruiz.",
    "The presidents of Armenia and Georgia held talks in Yerevan on Tuesday. It was not a summit, officials said.",
])
def test_what_talks_are_like_is_no_summit(extractor, body):  # (a guard)
    assert summits(extractor, body) == [], summits(extractor, body)


@pytest.mark.parametrize("body, city", [
    ("Ghanaian President Kofi Mensah arrived in Lome on Monday. Mensah later joined Togo's president at a summit on security.",
     "Lomé"),
    ("Peruvian President Ana Vel flew to Quito on Tuesday. She took part in a summit of Andean leaders.", "Quito"),
    ("Kenyan President Amara Odhiambo landed in Kigali on Sunday. He then attended a summit on rail links.", "Kigali"),
])
def test_an_undated_summit_told_right_after_a_guests_trip_is_where_the_trip_went(extractor, body, city):
    assert [r.get("location") for r in summits(extractor, body)] == [city], summits(extractor, body)


@pytest.mark.parametrize("body", [
    "Peruvian President Ana Vel visited Quito in 2019. She took part in a summit of Andean leaders.",
    "Peruvian President Ana Vel flew to Quito on Tuesday. Bolivia hosted a summit of Andean leaders.",
])
def test_a_trip_long_ago_or_by_no_participant_does_not_place_it(extractor, body):  # (a guard)
    assert [r.get("location") for r in summits(extractor, body)] != ["Quito"], summits(extractor, body)


@pytest.mark.parametrize("body", [
    "The leaders of Laos, Thailand and Myanmar are to hold a summit in Chiang Rai later this month.",
    "Kenya and Uganda are to attend the summit in Arusha.",
    "Ecuador's foreign minister is to take part in the summit in Quito.",
])
def test_a_summit_one_is_to_hold_or_attend_is_ahead(extractor, body):
    assert [r["modality"] for r in summits(extractor, body)] == ["planned"], summits(extractor, body)


@pytest.mark.parametrize("body", [
    "The leaders of Laos and Thailand held a summit in Vientiane on Monday to agree on dams.",
    "Kenya and Uganda met at a summit in Arusha on Monday to agree on rail links.",
])
def test_a_purpose_infinitive_leaves_a_summit_held(extractor, body):  # (a guard)
    assert [r["modality"] for r in summits(extractor, body)] == ["asserted"], summits(extractor, body)


@pytest.mark.parametrize("headline, city", [
    ("Summit of Andean leaders ends in Quito", "Quito"),
    ("Summit in Doha draws Gulf leaders", "Doha"),
    ("Summit with Peru opens in Lima", "Lima"),
])
def test_a_summit_capitalised_only_by_opening_the_headline_is_told(extractor, headline, city):
    doc = run(extractor, "Presidents of Peru and Ecuador signed a declaration on Tuesday.", published=PUBLISHED,
              headline=headline)
    assert [r.get("location") for r in facts(doc, "summit")] == [city], facts(doc, "summit")


@pytest.mark.parametrize("headline", [
    "Summit Of Andean Leaders Ends In Quito",  # title case: every word capitalised, no telling
    "Summit Hopes Fade In Quito",
])
def test_a_title_case_headline_tells_no_summit_by_its_first_word(extractor, headline):  # (a guard)
    doc = run(extractor, "Presidents of Peru and Ecuador signed a declaration on Tuesday.", published=PUBLISHED,
              headline=headline)
    assert facts(doc, "summit") == [], facts(doc, "summit")


@pytest.mark.parametrize("body", [
    "The inaugural summit of Mongolia, China and Russia will take place in Ulaanbaatar in September.",
    "Leaders of Chile and Peru held their inaugural summit in Arica on Monday.",
    "Kazakhstan hosted the inaugural Central Asian summit in Astana on Monday.",
])
def test_an_inaugural_summit_is_the_first_edition(extractor, body):
    assert [r.get("ordinal") for r in summits(extractor, body)] == [1], summits(extractor, body)


def test_a_persons_inaugural_summit_is_no_edition(extractor):  # (a guard)
    rows = summits(extractor, "Chilean President Tomas Ruiz spoke at his inaugural summit as chair in Arica on Monday.")
    assert [r.get("ordinal") for r in rows] == [None], rows


@pytest.mark.parametrize("body, start, end", [
    ("The summit in Baku wrapped up on Tuesday after two days of talks.", "2025-06-09", "2025-06-10"),
    ("The summit in Baku, which lasted three days, ended on Friday.", "2025-06-04", "2025-06-06"),
    ("The summit in Baku closed on Tuesday after two days.", "2025-06-09", "2025-06-10"),
])
def test_a_length_a_verb_tells_of_the_summit_spans_its_days(extractor, body, start, end):
    rows = summits(extractor, body)
    assert [(r.get("start"), r.get("end")) for r in rows] == [(dt.date.fromisoformat(start), dt.date.fromisoformat(end))], rows


@pytest.mark.parametrize("body", [
    "The summit in Baku opened on Tuesday after two days of preparatory meetings by ministers.",
    "The summit in Baku ended on Tuesday after talks lasting two hours.",
])
def test_days_before_it_or_hours_are_no_length_of_it(extractor, body):  # (a guard)
    assert [r.get("end") for r in summits(extractor, body)] == [None], summits(extractor, body)


@pytest.mark.parametrize("body, state", [
    ("The summit in Baku on Monday welcomed a peace deal between Armenia and Azerbaijan signed in Washington.", "Armenia"),
    ("The summit in Quito on Monday welcomed an accord between Peru and Chile signed last year.", "Chile"),
    ("Leaders at the summit in Minsk on Monday criticised sanctions imposed by the European Union.", "European Union"),
    ("Leaders at the summit in Tbilisi on Monday criticised tariffs imposed by the United States.", "United States"),
    ("The summit in Tunis on Monday urged Libya's rival governments to hold elections.", "Libya"),
])
def test_a_state_named_by_what_the_summit_speaks_of_takes_no_part(extractor, body, state):
    rows = summits(extractor, body)
    assert rows and state not in participants(rows), rows


@pytest.mark.parametrize("body, taking_part", [
    ("Talks between Kenya and Uganda at the summit in Nairobi on Monday centred on rail.", {"Kenya", "Uganda"}),
    ("The summit in Lima on Monday, organised by the Andean Community, drew few leaders.", {"Andean Community"}),
    ("The summit in Lusaka on Monday urged Malawi's leaders to attend the next meeting.", {"Malawi"}),
    # an agreement signed there binds those at it
    (("Leaders at the summit in Hanoi on Sunday witnessed the signing of a peace declaration between Thailand and "
     "Cambodia."), {"Thailand", "Cambodia"}),
    ("At the summit in Lima on Monday, leaders signed an accord between Peru and Chile.", {"Peru", "Chile"}),
])
def test_who_meets_hosts_or_is_asked_to_attend_still_takes_part(extractor, body, taking_part):  # (a guard)
    assert taking_part <= participants(summits(extractor, body)), summits(extractor, body)


@pytest.mark.parametrize("body, states", [
    ("The summit opened in Quito on Monday. On the sidelines, Peru's president met Colombia's president.",
     {"Peru", "Colombia"}),
    ("The summit opened in Quito on Monday. Peru's president met his Colombian counterpart on the sidelines.",
     {"Peru", "Colombia"}),
    ("The summit opened in Quito on Monday. Host Ecuador proposed a fund for roads.", {"Ecuador"}),
    ("The summit opened in Quito on Monday. Ecuador, the host, proposed a fund for roads.", {"Ecuador"}),
])
def test_the_summits_sidelines_and_host_told_apart_from_it_are_at_it(extractor, body, states):
    assert states <= participants(summits(extractor, body)), summits(extractor, body)


@pytest.mark.parametrize("body, state", [
    (("The summit opened in Quito on Monday. Peru's president met Colombia's president on the sidelines of a trade "
     "fair in Lima."), "Colombia"),
    ("The summit opened in Quito on Monday. Ecuador, the host of last year's Olympic trials, proposed a fund.", "Ecuador"),
])
def test_another_gatherings_sidelines_or_host_are_not(extractor, body, state):  # (a guard)
    assert state not in participants(summits(extractor, body)), summits(extractor, body)


@pytest.mark.parametrize("body, start", [
    ("Canada's attendance at the summit in Reykjavik on June 20 has been confirmed.", "2025-06-20"),
    ("Peru's participation in the summit in Lima on June 25 has been announced.", "2025-06-25"),
    ("The Indonesian president's attendance at the summit in Jakarta on June 27 has been confirmed.", "2025-06-27"),
])
def test_a_day_a_present_perfect_tells_is_no_day_gone_by(extractor, body, start):
    rows = summits(extractor, body)
    assert [(r.get("start"), r["modality"]) for r in rows] == [(dt.date.fromisoformat(start), "planned")], rows


def test_a_day_a_past_verb_tells_is_gone_by(extractor):  # (a guard)
    rows = summits(extractor, "Canada's president attended the summit in Reykjavik on June 20.")
    assert [(r.get("start"), r["modality"]) for r in rows] == [(dt.date(2024, 6, 20), "asserted")], rows


@pytest.mark.parametrize("body, state", [
    ("The summit opened in Quito on Monday. Peru's president, Ana Vel, addressed it in the afternoon.", "Peru"),
    ("The summit opened in Quito on Monday. Peruvian President Ana Vel addressed it on Tuesday.", "Peru"),
    ("The summit opened in Quito on Monday. Bolivian President Luis Arce Mendoza told it that trade must grow.", "Bolivia"),
])
def test_one_who_addresses_the_summit_by_a_pronoun_is_at_it(extractor, body, state):
    assert state in participants(summits(extractor, body)), summits(extractor, body)


def test_a_pronoun_for_an_agreement_addressed_is_no_summit(extractor):  # (a guard)
    body = "The treaty was signed in Quito on Monday. Peruvian President Ana Vel addressed it in a speech."
    assert summits(extractor, body) == [], summits(extractor, body)


@pytest.mark.parametrize("body, state", [
    ("At the summit in Minsk on Monday, Russia said it would withdraw from the treaty.", "Russia"),
    ("Lithuania's president, at the summit in Riga on Monday, shunned questions on the deal.", "Lithuania"),
])
def test_staying_away_from_something_else_is_no_staying_away_from_the_summit(extractor, body, state):  # (a guard)
    assert state in participants(summits(extractor, body)), summits(extractor, body)


@pytest.mark.parametrize("body", [
    "Leaders met in Rio on Monday for the Group of 20 summit.",
    "Leaders met in Osaka on Monday for a Group of 20 summit on trade.",
    "The Group of 20 summit in Cannes closed on Friday.",
])
def test_a_body_whose_name_ends_in_a_number_names_its_summit_whole(extractor, body):
    rows = summits(extractor, body)
    assert [r["summit"] for r in rows] == ["Group of 20 summit"], rows


@pytest.mark.parametrize("body, start, end", [
    ("Leaders are gathering in Johannesburg for a two-day Group of 20 summit that ends tomorrow.", "2025-06-11", "2025-06-12"),
    ("Leaders are gathering in Johannesburg for a two-day summit that ends tomorrow.", "2025-06-11", "2025-06-12"),
    ("Leaders gathered in Lima for a three-day summit that ended on Tuesday.", "2025-06-08", "2025-06-10"),
])
def test_a_summit_of_a_length_that_ends_on_a_day_began_before_it(extractor, body, start, end):
    rows = summits(extractor, body)
    assert [(r.get("start"), r.get("end"), r["modality"]) for r in rows] == [
        (dt.date.fromisoformat(start), dt.date.fromisoformat(end), "asserted")], rows


@pytest.mark.parametrize("body, city", [
    ("KUWAIT CITY - Leaders of the Gulf states will meet in Kuwait on Sunday for the bloc's 45th summit.", "Kuwait City"),
    ("LIMA - Andean leaders will meet in Peru on Friday for a summit on trade.", "Lima"),
    ("NAIROBI - East African leaders met in Kenya on Monday for a summit on rail.", "Nairobi"),
])
def test_a_summit_placed_only_in_the_datelines_state_is_in_its_city(extractor, body, city):
    assert [r.get("location") for r in summits(extractor, body)] == [city], summits(extractor, body)


def test_a_dateline_city_of_another_state_does_not_place_it(extractor):  # (a guard)
    rows = summits(extractor, "LIMA - Andean leaders will meet in Bolivia on Friday for a summit on trade.")
    assert [r.get("location") for r in rows] == ["Bolivia"], rows
