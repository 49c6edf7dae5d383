"""Events read the way a general reader reads them, on sentences written for the test: who takes
part in a summit (and who does not), which summit a description means, where and when it is,
and visits told in every construction (kg.extract.facts.events, travel, participants)."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def participants(doc, summit: str | None = None) -> set[str]:
    rows = [f for f in facts(doc, "summit") if summit is None or f["summit"] == summit]
    return {p for f in rows for p in f["participants"]}


def visits(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


# -- participants: an organisation's members take part only where the article says so ------------
LISTED = "ASEAN comprises Brunei, Cambodia, Indonesia and Laos."


@pytest.mark.parametrize("body", [
    "ASEAN leaders held a summit in Vientiane on Tuesday. " + LISTED,
    "The ASEAN summit opened in Vientiane on Tuesday. " + LISTED,
])
def test_listed_members_are_not_participants(extractor, body):
    doc = run(extractor, body)
    got = participants(doc)
    assert "Association of Southeast Asian Nations" in got
    assert not got & {"Brunei", "Cambodia", "Indonesia", "Laos"}


@pytest.mark.parametrize("body", [
    "The ASEAN summit opened in Vientiane on Tuesday, with the leaders of all the bloc's member states in "
    "attendance. " + LISTED,
    "The leaders of the member states of ASEAN met at the summit in Vientiane on Tuesday. " + LISTED,
])
def test_members_said_to_attend_as_a_whole(extractor, body):
    doc = run(extractor, body)
    assert participants(doc) >= {"Brunei", "Cambodia", "Indonesia", "Laos"}


@pytest.mark.parametrize("body", [
    "Chilean President Gabriel Boric will not attend the APEC summit in Lima on Friday.",
    "Chilean President Gabriel Boric did not attend the APEC summit in Lima.",
])
def test_a_leader_who_does_not_attend_brings_no_state(extractor, body):
    doc = run(extractor, body)
    assert "Chile" not in participants(doc)
    assert ("Gabriel Boric", "Lima", "negated") in visits(doc)


def test_those_met_at_a_summit_take_part_but_are_not_said_to_travel(extractor):
    doc = run(extractor, "Prime Minister Ana Ruiz of Spain will sit down with Chancellor Olaf Scholz of Germany "
                         "at the G20 summit in Rio de Janeiro.")
    assert participants(doc) >= {"Spain", "Germany"}
    travellers = {v for v, _, _ in visits(doc)}
    assert "Ana Ruiz" in travellers and "Olaf Scholz" not in travellers


# -- absences: who stays away, and who is there through someone sent instead -----------------------
@pytest.mark.parametrize("body, state", [
    (("Mexico's president stayed away from the Pacific Alliance summit in Lima and sent her foreign minister "
     "instead."), "Mexico"),
    ("Argentina sent its foreign minister to the G20 summit in Johannesburg.", "Argentina"),
    ("Brazil dispatched a delegation to the G20 summit in Johannesburg, led by its vice-president.", "Brazil"),
    ("Argentine President Javier Milei skipped the G20 summit in Johannesburg and sent a delegation.", "Argentina"),
])
def test_a_state_takes_part_through_whom_it_sends(extractor, body, state):
    doc = run(extractor, body)
    assert state in participants(doc)
    assert not any(m == "asserted" for _, _, m in visits(doc))  # the sender is not said to go


def test_a_trip_to_the_summit_goes_where_the_summit_is(extractor):
    doc = run(extractor, "Argentine President Javier Milei did not travel to the G20 summit in Johannesburg. "
                         "Prime Minister Ana Ruiz of Spain flew to the G20 summit on Friday.")
    rows = {(f["visitor"], f["destination"], f.get("purpose"), f["modality"]) for f in facts(doc, "visit")}
    assert ("Javier Milei", "Johannesburg", "G20 summit", "negated") in rows
    assert ("Ana Ruiz", "Johannesburg", "G20 summit", "asserted") in rows


def test_instead_sets_a_conjunct_against_the_negated_one():
    from test_reading import parsed

    from kg.extract.clause_modality import parse_modality

    tree, at = parsed("Boric did not travel to Lima and sent his minister instead.")
    assert parse_modality(tree, at["travel"]) == "negated" and parse_modality(tree, at["sent"]) is None
    tree, at = parsed("Boric skipped the summit and sent a delegation.")
    assert parse_modality(tree, at["sent"]) is None
    tree, at = parsed("Peru will not sign or ratify the treaty.")
    assert parse_modality(tree, at["ratify"]) == "negated"


# -- one summit per real event, however the article names it -----------------------------------------
OPENING = "The presidents of Chile and Peru met in Lima on Thursday for a summit of the Pacific Alliance. "


@pytest.mark.parametrize("second, end", [
    ("The meeting of leaders, which ends on Friday, is expected to cut tariffs.", dt.date(2025, 7, 4)),
    ("The two-day meeting is expected to cut tariffs.", dt.date(2025, 7, 4)),
    ("Officials said the gathering would close on Saturday.", dt.date(2025, 7, 5)),
])
def test_a_definite_gathering_is_the_summit_in_view(extractor, second, end):
    doc = run(extractor, OPENING + second, published="2025-07-03")
    rows = facts(doc, "summit")
    assert len(rows) == 1, rows
    assert rows[0]["location"] == "Lima" and rows[0]["start"] == dt.date(2025, 7, 3) and rows[0]["end"] == end
    assert rows[0]["modality"] == "asserted"  # begun today, ends later: going on, not planned


def test_last_and_next_editions_stay_apart(extractor):
    doc = run(extractor, OPENING + "Last year's summit, held in Santiago, broke up without a statement. "
                                   "The next summit is due to take place in Mexico City in 2026.", published="2025-07-03")
    where = {f["location"]: f["modality"] for f in facts(doc, "summit")}
    assert where == {"Lima": "asserted", "Santiago": "asserted", "Mexico City": "planned"}


def test_a_state_whose_leader_flies_in_for_the_summit_takes_part(extractor):
    doc = run(extractor, "The G20 summit opened in Johannesburg on Saturday. "
                         "Brazilian President Ana Costa flew in on Friday evening.", published="2025-11-22")
    assert "Brazil" in participants(doc)
    assert ("Ana Costa", "Johannesburg", "asserted") in visits(doc)


# -- where a summit is, and who it is between, from the phrases that tell it ---------------------------
@pytest.mark.parametrize("body", [
    ("President Ana Costa of Brazil greeted President Jon Berg of Norway at Fort Halden Air Base. "
    "The Brazilian air base is the venue for the meeting of the two leaders."),
    "Fort Halden Air Base, chosen as the venue for the meeting between Brazil and Norway, was closed to traffic.",
    "Organisers chose Fort Halden Air Base as the venue for the meeting between Brazil and Norway.",
    "Fort Halden Air Base was chosen as the venue for the meeting between Brazil and Norway.",
])
def test_the_venue_and_the_parties_of_a_summit(extractor, body):
    doc = run(extractor, body)
    rows = facts(doc, "summit")
    assert len(rows) == 1, rows
    assert rows[0]["location"] == "Fort Halden Air Base"
    assert {"Brazil", "Norway"} <= set(rows[0]["participants"])


@pytest.mark.parametrize("sentence", [
    "The Ukraine conflict is expected to dominate the G20 summit in Rome.",
    "Chinese investment was on the agenda of the G20 summit in Rome.",
    "At the G20 summit in Rome, Iran's nuclear programme was discussed.",
])
def test_a_state_that_qualifies_a_topic_is_no_participant(extractor, sentence):
    got = participants(run(extractor, sentence))
    assert "Group of Twenty" in got and not got & {"Ukraine", "China", "Iran"}


@pytest.mark.parametrize("second", [
    "Mexico's president is not going to attend the Oct. 30-31 meeting.",
    "The summit runs from Oct. 30 to 31.",
])
def test_the_summit_date_is_the_one_tied_to_it_not_the_reports(extractor, second):
    doc = run(extractor, "At least four leaders are skipping the G20 summit in Rome, a report said on Tuesday. " + second,
              published="2021-10-26")
    (row,) = facts(doc, "summit")
    assert (row["start"], row["end"], row["modality"]) == (dt.date(2021, 10, 30), dt.date(2021, 10, 31), "planned")


# -- one trip, to the most specific place ---------------------------------------------------------------
@pytest.mark.parametrize("body, city, country", [
    (("Kenyan President Joseph Kamau landed in Seoul on Tuesday. During his trip to South Korea, Kamau will sign "
     "two agreements."), "Seoul", "South Korea"),
    (("Japanese Prime Minister Kenji Mori will visit the Philippines next week. Mori will hold talks in Manila on "
     "April 29."), "Manila", "Philippines"),
    ("It is the eighth visit to Russia by Chinese President Wei Lin. He arrived in Moscow on Monday.",
     "Moscow", "Russia"),
])
def test_a_country_trip_told_apart_gives_way_to_its_city(extractor, body, city, country):
    got = {d for _, d, _ in visits(run(extractor, body, published="2025-04-22"))}
    assert city in got and country not in got


def test_a_tour_with_its_own_dates_is_kept_beside_its_stops(extractor):
    doc = run(extractor, "French President Marc Dubois began a three-day visit to Brazil on Tuesday. "
                         "On Thursday Dubois will travel to Sao Paulo.", published="2025-04-22")
    got = {d for _, d, _ in visits(doc)}
    assert {"Brazil", "São Paulo"} <= got


# -- the day a trip begins ------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    ("Peruvian President Ana Ruiz today welcomed President Jon Berg of Norway to Lima. Berg, who arrived on Monday "
    "evening, laid a wreath."),
    "President Jon Berg of Norway is on a visit to Lima. He arrived on Monday.",
    ("President Jon Berg of Norway was welcomed to Lima by Peruvian President Ana Ruiz on Wednesday. Berg had arrived "
    "on Monday."),
])
def test_an_arrival_without_a_place_begins_the_trip_in_view(extractor, body):
    rows = [f for f in facts(run(extractor, body, published="2024-03-13"), "visit") if f["destination"] == "Lima"]
    assert [f["start"] for f in rows] == [dt.date(2024, 3, 11)]


@pytest.mark.parametrize("body, modality", [
    (("Japanese Prime Minister Kenji Mori had planned to travel to Manila in January, but the visit was postponed "
     "because of the earthquake."), "negated"),
    ("President Jon Berg of Norway was due to fly to Manila on Friday. The trip has been cancelled.", "negated"),
    ("President Jon Berg of Norway planned to visit Manila. Officials later called off the visit.", "negated"),
    ("President Jon Berg of Norway visited Manila on Monday. The visit was praised by officials.", "asserted"),
])
def test_a_trip_called_off_without_its_place_is_the_trip_just_told(extractor, body, modality):
    got = [(d, m) for _, d, m in visits(run(extractor, body))]
    assert got == [("Manila", modality)]


@pytest.mark.parametrize("body, place, modality", [
    ("As world leaders converge on New Delhi this weekend, the G20 summit will test the host's diplomacy.",
     "New Delhi", "planned"),
    ("Leaders gathered in Lima on Monday. The APEC summit opened with a dinner.", "Lima", "asserted"),
    ("Heads of state will meet in Vilnius for the NATO summit.", "Vilnius", "planned"),
])
def test_where_leaders_gather_is_where_the_summit_is(extractor, body, place, modality):
    (row,) = facts(run(extractor, body), "summit")
    assert (row["location"], row["modality"]) == (place, modality)


def test_a_summit_only_spoken_of_keeps_its_own_modality(extractor):
    doc = run(extractor, "Modi said the visit would build on the India-Russia annual summit held in Moscow in July.")
    assert [f["modality"] for f in facts(doc, "summit")] == ["asserted"]


def test_taking_part_without_in(extractor):
    doc = run(extractor, "The presidents of Chile and Peru met in Lima on Thursday for a summit of the Pacific "
                         "Alliance. Ecuador, which has applied to join the bloc, took part as an observer.")
    assert "Ecuador" in participants(doc)


@pytest.mark.parametrize("sentence", [
    "Russian President Ivan Petrov is taking part in the BRICS summit in Johannesburg by video link.",
    "Russian President Ivan Petrov attended the BRICS summit in Johannesburg virtually.",
    "Russian President Ivan Petrov joined the BRICS summit in Johannesburg online.",
])
def test_taking_part_from_afar_is_no_trip(extractor, sentence):
    doc = run(extractor, sentence)
    assert "Russia" in participants(doc)
    assert not visits(doc)


@pytest.mark.parametrize("body, visitor", [
    (("Prime Minister Ana Ruiz of Spain signed the accord alongside President Jon Berg of Peru in Lima on Thursday "
     "during her first visit to the Peruvian capital."), "Ana Ruiz"),
    (("Prime Minister Ana Ruiz of Spain met President Jon Berg of Peru in Lima on Thursday, on her first trip to "
     "the Peruvian capital."), "Ana Ruiz"),
    ("Prime Minister Ana Ruiz of Spain said that President Jon Berg of Peru had cancelled his visit to Madrid.",
     "Jon Berg"),
    (("Prime Minister Ana Ruiz of Spain received President Jon Berg of Peru in Madrid during his first visit to "
     "Spain."), "Jon Berg"),
])
def test_a_possessive_in_an_adjunct_is_its_clause_subjects(extractor, body, visitor):
    assert {v for v, _, _ in visits(run(extractor, body))} == {visitor}


@pytest.mark.parametrize("body", [
    "President Jon Berg of Peru arrived in Madrid on Monday for talks. He left Madrid for Paris on Wednesday.",
    "President Jon Berg of Peru flew to Madrid on Monday. Berg departed from Spain on Wednesday.",
    "President Jon Berg of Peru met the king in Madrid on Monday. He left Madrid on Wednesday.",
])
def test_leaving_the_place_visited_ends_the_trip(extractor, body):
    rows = [f for f in facts(run(extractor, body, published="2024-03-08"), "visit") if f["destination"] == "Madrid"]
    assert [(f["start"], f.get("end")) for f in rows] == [(dt.date(2024, 3, 4), dt.date(2024, 3, 6))]


@pytest.mark.parametrize("second", [
    "South African President Cyril Dube greeted her at the airport.",
    "She was welcomed by South African President Cyril Dube.",
    "South Africa rolled out the red carpet for her.",
])
def test_who_welcomes_a_guest_come_for_the_summit_takes_part(extractor, second):
    doc = run(extractor, "Brazilian President Ana Costa arrived for the G20 summit in Johannesburg. " + second,
              published="2025-11-22")
    assert {"Brazil", "South Africa"} <= participants(doc)


def test_one_gathering_told_three_ways_is_one_summit(extractor):
    doc = run(extractor, "A regional security summit in Peru ended on Monday with a joint statement. Lima hosted the "
                         "daylong Andean Community summit. Leaders at the Lima summit pledged to fight smuggling.",
              published="2024-03-12")
    (row,) = facts(doc, "summit")
    assert (row["location"], row["start"]) == ("Lima", dt.date(2024, 3, 11))
    assert "Andean Community" in row["participants"]


@pytest.mark.parametrize("body", [
    "The Lima summit opened on Monday. Delegates recalled that the Quito summit had failed.",
    "The APEC summit in Lima opened on Monday. Peru will also host the Mercosur summit.",
    "The Andean Community summit opened in Lima on Monday. Last year's summit was held in Quito.",
])
def test_summits_told_apart_stay_apart(extractor, body):
    assert len(facts(run(extractor, body, published="2024-03-12"), "summit")) == 2


@pytest.mark.parametrize("body, other", [
    ("The Andean Community summit opened in Lima on Monday. Last year's Andean Community summit was held in Quito.",
     ("Quito", "asserted")),
    ("The G20 summit opened in Rome on Saturday. Canada will host the next G20 summit in Ottawa.",
     ("Ottawa", "planned")),
    ("The BRICS summit opened in Kazan on Tuesday. Last year's BRICS summit in Johannesburg admitted six members.",
     ("Johannesburg", "asserted")),
])
def test_a_named_summit_of_another_edition_is_its_own(extractor, body, other):
    rows = facts(run(extractor, body, published="2024-03-12"), "summit")
    assert len(rows) == 2 and other in {(f.get("location"), f["modality"]) for f in rows}
