"""Visits, round 9: where a host's trip is, a datelined report's placeless trip, an invitation
taken up or turned down, the road to a place (kg.extract.facts.travel, trip_places), on
sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple[str, str, str]]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, visitor, city", [
    ("Egypt hosted Ghanaian President Kofi Asante for two days of talks in Cairo last week.", "Kofi Asante", "Cairo"),
    ("Peru played host to Bolivian Foreign Minister Rosa Mamani, who held talks at the foreign ministry in Lima.",
     "Rosa Mamani", "Lima"),
    ("Kenya welcomed Indian Foreign Minister Arjun Rao on Friday for a round of talks in Nairobi.", "Arjun Rao", "Nairobi"),
])
def test_a_host_countrys_guest_visits_the_city_the_sentence_places_the_talks_in(extractor, body, visitor, city):
    got = {(v, p) for v, p, _ in trips(run(extractor, body))}
    assert (visitor, city) in got and all(p == city for v, p in got if v == visitor), got


@pytest.mark.parametrize("body", [
    "Egypt hosted Ghanaian President Kofi Asante last week. Cairo and Alexandria both prepared for the talks.",
    "Egypt hosted Ghanaian President Kofi Asante last week, as Cairo and Alexandria traded barbs over water.",
])
def test_a_city_named_only_as_a_speaker_or_one_of_several_leaves_the_country(extractor, body):
    got = {p for v, p, _ in trips(run(extractor, body)) if v == "Kofi Asante"}
    assert got == {"Egypt"}, got


@pytest.mark.parametrize("body, visitor, place", [
    (("NAIROBI, March 8 (Reuters) - Indian Foreign Minister Arjun Rao began a two-day visit on Friday, meeting "
      "President Daniel Mwangi."), "Arjun Rao", "Nairobi"),
    ("HANOI, March 8 - Kenyan President Daniel Mwangi is on a three-day official visit, his first since taking office.",
     "Daniel Mwangi", "Hanoi"),
    ("LIMA (AFP) - Chilean Foreign Minister Pablo Soto wrapped up a brief working trip on Saturday.", "Pablo Soto", "Lima"),
])
def test_a_placeless_trip_in_a_datelined_report_is_where_the_report_is_filed(extractor, body, visitor, place):
    assert (visitor, place, "asserted") in trips(run(extractor, body)), trips(run(extractor, body))


@pytest.mark.parametrize("body", [
    # one's own capital is no trip; a trip with a place of its own keeps it; a later visit is not this one
    "NAIROBI, March 8 (Reuters) - Kenyan President Daniel Mwangi began a two-day tour of the coast on Friday.",
    "NAIROBI, March 8 (Reuters) - Indian Foreign Minister Arjun Rao will make a visit next year, officials said.",
])
def test_no_dateline_trip_at_home_or_ahead(extractor, body):
    got = {p for v, p, _ in trips(run(extractor, body))}
    assert "Nairobi" not in got, got


@pytest.mark.parametrize("body, visitor, place", [
    ("Japanese Prime Minister Kenji Sato has arrived at Hanoi's Noi Bai airport.", "Kenji Sato", "Hanoi"),
    ("Chilean President Tomas Rojas landed at Lima's Jorge Chavez airport on Friday.", "Tomas Rojas", "Lima"),
    ("Kenyan President Daniel Mwangi was greeted at Seoul's Blue House by officials.", "Daniel Mwangi", "Seoul"),
])
def test_a_venues_city_by_its_possessive(extractor, body, visitor, place):
    got = {(v, p) for v, p, _ in trips(run(extractor, body, published="2024-03-10"))}
    assert (visitor, place) in got, got


@pytest.mark.parametrize("body, modality", [
    ("Kenyan President Daniel Mwangi has accepted an invitation to visit Seoul.", "planned"),
    ("Kenyan President Daniel Mwangi accepted Korean President Min Ho's invitation to visit Seoul next year.", "planned"),
    ("Kenyan President Daniel Mwangi declined an invitation to visit Seoul.", "negated"),
    ("Kenyan President Daniel Mwangi turned down an invitation to travel to Seoul.", "negated"),
])
def test_one_who_takes_up_or_turns_down_an_invitation_to_visit_is_the_traveller(extractor, body, modality):
    got = trips(run(extractor, body))
    assert ("Daniel Mwangi", "Seoul", modality) in got and not any(v == "Min Ho" for v, _, _ in got), got


@pytest.mark.parametrize("body", [
    "Korean President Min Ho's invitation to visit Seoul was welcomed in Nairobi.",
    "Korean President Min Ho renewed his invitation to visit Seoul.",
])
def test_the_sender_of_an_invitation_is_not_its_traveller(extractor, body):
    assert not any(v == "Min Ho" for v, _, _ in trips(run(extractor, body))), trips(run(extractor, body))


@pytest.mark.parametrize("body", [
    "Hungarian Prime Minister Gabor Nagy stopped in Baku en route to Astana.",
    "Hungarian Prime Minister Gabor Nagy, on his way to Astana, stopped in Baku on Saturday.",
    "On the way to Astana, Hungarian Prime Minister Gabor Nagy stopped in Baku.",
])
def test_the_road_to_a_place_is_a_trip_there(extractor, body):
    visits = facts(run(extractor, body), "visit")
    got = {(f["visitor"], f["destination"]) for f in visits}
    assert {("Gabor Nagy", "Astana"), ("Gabor Nagy", "Baku")} <= got, got
    assert all(f.get("start") is None for f in visits if f["destination"] == "Astana"), visits  # the stop's day


@pytest.mark.parametrize("body", [
    "Hungarian Prime Minister Gabor Nagy said the deal paved the way to closer ties with Kazakhstan.",
    "Hungarian Prime Minister Gabor Nagy said there was no easy way to Astana's markets.",
    "The new rail route to Astana will open next year, Hungarian Prime Minister Gabor Nagy said.",
])
def test_a_way_or_route_no_one_travels_is_no_trip(extractor, body):
    assert not facts(run(extractor, body), "visit"), facts(run(extractor, body), "visit")


@pytest.mark.parametrize("body, visitor, place", [
    ("Kenyan President Daniel Mwangi met Indian Foreign Minister Arjun Rao in Nairobi on Friday.", "Arjun Rao", "Nairobi"),
    ("Kenyan President Daniel Mwangi held talks with Indian Foreign Minister Arjun Rao in Nairobi on Friday.",
     "Arjun Rao", "Nairobi"),
    ("In Nairobi, Kenyan President Daniel Mwangi met his Indian counterpart, Ravi Menon, on Friday.", "Ravi Menon", "Nairobi"),
    ("Indian Foreign Minister Arjun Rao met Kenyan President Daniel Mwangi in New Delhi on Friday.",
     "Daniel Mwangi", "New Delhi"),
])
def test_one_met_in_a_city_of_another_country_is_visiting_it(extractor, body, visitor, place):
    assert (visitor, place, "asserted") in trips(run(extractor, body)), trips(run(extractor, body))


@pytest.mark.parametrize("body", [
    "Kenyan President Daniel Mwangi met Indian Ambassador Arjun Rao in Nairobi on Friday.",
    "Kenyan President Daniel Mwangi held a press conference with Indian Foreign Minister Arjun Rao in Nairobi.",
    "Kenyan President Daniel Mwangi met Kenyan Foreign Minister Alice Wanjiku in Nairobi on Friday.",
    "Kenyan President Daniel Mwangi spoke to Indian Foreign Minister Arjun Rao by telephone on Monday.",
])
def test_no_visit_for_an_envoy_a_compatriot_a_press_conference_or_a_call(extractor, body):
    assert not trips(run(extractor, body)), trips(run(extractor, body))


@pytest.mark.parametrize("body, visitor, place, modality", [
    ('"I am delighted to be in Nairobi," Colombian President Andres Vela told reporters on Saturday.',
     "Andres Vela", "Nairobi", "asserted"),
    ("\u201cMy visit to Hanoi opens a new chapter,\u201d Chilean President Tomas Rojas said on Monday.",
     "Tomas Rojas", "Hanoi", "asserted"),
    ('"I will not go to Moscow," Brazilian President Paulo Nunes said.', "Paulo Nunes", "Moscow", "negated"),
    ('Chilean President Tomas Rojas thanked Peruvian leaders. "I am delighted to be in Lima," he said.',
     "Tomas Rojas", "Lima", "asserted"),
])
def test_a_speaker_saying_i_in_a_quote_is_the_traveller(extractor, body, visitor, place, modality):
    assert (visitor, place, modality) in trips(run(extractor, body)), trips(run(extractor, body))


@pytest.mark.parametrize("body", [
    # the writer's "I" outside a quote is nobody named; a quote with no speaker named is nobody's
    "I was in Nairobi last week when Colombian President Andres Vela announced the deal.",
    '"I am delighted to be in Nairobi," a Colombian official told reporters, as President Andres Vela looked on.',
])
def test_an_i_outside_a_quote_or_of_an_unnamed_speaker_is_no_one_named(extractor, body):
    assert not trips(run(extractor, body)), trips(run(extractor, body))


@pytest.mark.parametrize("body", [
    "In Nairobi, Indian Foreign Minister Arjun Rao is expected to meet President Daniel Mwangi.",
    "Indian Foreign Minister Arjun Rao will visit Kenya next week. In Nairobi, he is expected to meet President Daniel Mwangi.",
    "Indian Foreign Minister Arjun Rao is expected in Nairobi, where he will meet President Daniel Mwangi.",
])
def test_one_expected_in_a_place_is_going_there(extractor, body):
    assert ("Arjun Rao", "Nairobi", "planned") in trips(run(extractor, body)), trips(run(extractor, body))


@pytest.mark.parametrize("headline, modality", [
    ("Kenya's Mwangi visits Tokyo", "asserted"),
    ("Kenya's Mwangi arrives in Tokyo for trade talks", "asserted"),
    ("Kenya's Mwangi to visit Tokyo", "planned"),
])
def test_a_headlines_state_owns_its_leader_not_the_place_he_goes(extractor, headline, modality):
    doc = run(extractor, "Kenyan President Daniel Mwangi said trade would top the agenda.", headline=headline)
    got = trips(doc)
    assert ("Daniel Mwangi", "Tokyo", modality) in got, got


@pytest.mark.parametrize("body", [
    "Norway's Jonas Berg to visit Ottawa\nNorwegian Prime Minister Jonas Berg will hold talks with Canadian leaders.",
    "Peru's Ana Sobral to travel to Quito\nPeruvian President Ana Sobral will meet business leaders there.",
])
def test_a_headline_line_with_its_verb_hung_on_the_name_is_ahead(extractor, body):
    got = trips(run(extractor, body))
    assert got and all(mod == "planned" for _, _, mod in got), got


def test_a_states_city_still_belongs_to_it_through_a_title(extractor):
    # "Kenya's port city Mombasa": the words between are the city's, no other name
    got = trips(run(extractor, "Kenyan President Daniel Mwangi toured Kenya's port city Mombasa on Friday."))
    assert not any(p == "Mombasa" for _, p, _ in got), got


@pytest.mark.parametrize("body, visitor, place", [
    ("Kenyan President Daniel Mwangi sent his foreign minister, Alice Wanjiku, to Tokyo.", "Alice Wanjiku", "Tokyo"),
    ("Peru dispatched Foreign Minister Rosa Quispe to Quito on Monday to defuse the row.", "Rosa Quispe", "Quito"),
    ("Foreign Minister Rosa Quispe was sent to Quito by Peruvian President Ana Sobral.", "Rosa Quispe", "Quito"),
])
def test_one_sent_to_a_place_goes_there(extractor, body, visitor, place):
    got = {(v, p) for v, p, _ in trips(run(extractor, body))}
    assert (visitor, place) in got, got


@pytest.mark.parametrize("body", [
    "Kenyan President Daniel Mwangi sent a letter to Tokyo on Monday.",
    "Kenyan President Daniel Mwangi, who studied in London, called for reform of the UN Security Council.",
    "Kenyan President Daniel Mwangi, who lived in Tokyo for a decade, praised the deal.",
    "Kenyan President Daniel Mwangi was born in Kampala.",
])
def test_no_trip_in_a_letter_sent_or_a_life_lived_somewhere(extractor, body):
    assert not trips(run(extractor, body)), trips(run(extractor, body))


@pytest.mark.parametrize("body", [
    "Kenyan President Daniel Mwangi travelled to Tokyo last week despite calls to cancel the trip.",
    "Kenyan President Daniel Mwangi travelled to Tokyo last week, ignoring opposition demands to call off the visit.",
    "Kenyan President Daniel Mwangi flew to Tokyo on Monday in spite of pressure to scrap the trip.",
])
def test_a_trip_others_asked_to_cancel_still_happened(extractor, body):
    got = trips(run(extractor, body))
    assert ("Daniel Mwangi", "Tokyo", "asserted") in got and not any(mod == "negated" for _, _, mod in got), got


@pytest.mark.parametrize("body, modality", [
    ("Kenyan President Daniel Mwangi cancelled his trip to Tokyo after calls to boycott the summit.", "negated"),
    ("Kenyan President Daniel Mwangi is considering a trip to Tokyo.", "planned"),
    ("Kenyan President Daniel Mwangi is mulling a visit to Tokyo in the spring.", "planned"),
])
def test_a_trip_cancelled_or_weighed_is_its_doers(extractor, body, modality):
    assert ("Daniel Mwangi", "Tokyo", modality) in trips(run(extractor, body)), trips(run(extractor, body))
