"""Visits, round 32: when a trip told by its noun begins and ends, and where it is, from the
noun's own phrase — a clause on it telling it begin ("a visit to X, which began on Tuesday"), an
arrival told of the one it is "by" ("a two-day visit by X, who arrived on Monday"), and a part of
the trip its clause happens at ("signed in Y at the end of a four-day visit by X")
(kg.extract.facts.trip_dates, kg.extract.facts.trip_arguments), on sentences written for the test.
Published 2024-03-10, a Sunday: Monday is 03-04, Tuesday 03-05, Wednesday 03-06, Thursday 03-07,
Friday 03-08."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple[str, str, str, str]]:
    return {(f["visitor"], f["destination"], str(f.get("start")), str(f.get("end"))) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, expected", [
    # relative clause on the trip noun, hung by the parser on its place
    ("The pact was signed in Accra on Friday during Minister Kofi Mensah's official visit to Ghana, which began on Wednesday evening.",
     ("Kofi Mensah", "Ghana", "2024-03-06", "None")),
    # relative clause in a passive sentence, hung on the traveller
    ("A fishing accord was signed on Thursday during a visit to Oslo by Danish Foreign Minister Lars Holm that had begun on Monday.",
     ("Lars Holm", "Oslo", "2024-03-04", "None")),
    # a pluperfect clause after the trip's end
    ("Estonian Prime Minister Kaja Tamm praised the talks on Friday at the end of her visit to Riga, which had started on Wednesday.",
     ("Kaja Tamm", "Riga", "2024-03-06", "None")),
])
def test_a_clause_telling_the_trip_begin_gives_its_first_day(extractor, body, expected):
    got = trips(run(extractor, body))
    assert expected in got, got


@pytest.mark.parametrize("body, expected", [
    # a part of the trip with an arrival on its traveller: first day and length
    ("The accord was signed in Santiago at the end of a four-day state visit by Argentine President Sofía Paz, who arrived on Tuesday.",
     ("Sofía Paz", "Santiago", "2024-03-05", "2024-03-08")),
    # the end of a trip whose clause has a day: that day is its last
    ("A transit accord was signed in Tbilisi on Friday at the end of a four-day visit by Armenian Prime Minister Aram Petrosyan.",
     ("Aram Petrosyan", "Tbilisi", "2024-03-05", "2024-03-08")),
    # fronted, with a meeting as the clause
    ("At the close of a two-day trip by Indonesian President Budi Santoso, the two leaders met in Manila on Wednesday.",
     ("Budi Santoso", "Manila", "2024-03-05", "2024-03-06")),
    # the start of a trip: its clause's day is the first
    ("At the start of a week-long tour by Kenyan President Amina Odhiambo, a trade pact was signed in Kampala on Monday.",
     ("Amina Odhiambo", "Kampala", "2024-03-04", "None")),
    # the clause's subject is the host: the guest is still the one "by" whom the trip is
    ("Thai Prime Minister Somchai Wong spoke in Bangkok at the end of a visit by Lao President Kham Vong.",
     ("Kham Vong", "Bangkok", "None", "None")),
    # an arrival in a clause on the traveller of a trip noun with a length
    ("A two-day visit by Georgian President Nino Beridze, who landed in Yerevan on Thursday, produced a transit accord.",
     ("Nino Beridze", "Yerevan", "2024-03-07", "2024-03-08")),
])
def test_a_part_of_a_trip_places_and_dates_it(extractor, body, expected):
    got = trips(run(extractor, body))
    assert expected in got, got


@pytest.mark.parametrize("body, person, place", [
    # a tour's stop: the tour's length is not the stop's
    ("A four-day tour of Japan by Vietnamese Prime Minister Tran Van Long, who landed in Tokyo on Sunday, ends in Osaka.",
     "Tran Van Long", "Tokyo"),
    # another trip of the traveller: the noun's length is not its
    ("The pact came during a visit to Peru by Bolivian President Juan Quispe, who flew to Santiago on Monday for a two-day stop.",
     "Juan Quispe", "Santiago"),
])
def test_a_length_stays_with_its_own_trip(extractor, body, person, place):  # (guards)
    got = trips(run(extractor, body))
    assert not any(v == person and p == place and e != "None" for v, p, _, e in got), got


@pytest.mark.parametrize("body", [
    # a request is no part of a trip
    "The deal was signed in Madrid at the request of a visiting delegation led by Chilean Minister Ana Soto.",
    # the eve of a trip is before it: no place of it
    "Cuban President Raúl Ortega signed the decree in Havana on the eve of a visit by Mexican President Luis Ramos.",
])
def test_no_trip_from_what_is_no_part_of_it(extractor, body):  # (guards)
    got = trips(run(extractor, body))
    assert not any(p in {"Madrid", "Havana"} for _, p, _, _ in got), got


def test_a_clause_on_the_trip_without_a_beginning_keeps_the_clauses_day(extractor):  # (guard)
    body = ("Danish Foreign Minister Lars Holm signed a fishing accord on Thursday during his visit to Oslo, "
            "which was praised by both sides.")
    assert ("Lars Holm", "Oslo", "2024-03-07", "None") in trips(run(extractor, body))


@pytest.mark.parametrize("body, expected", [
    # passive, the trip noun in a "during" phrase
    (("India and Oman agreed on port access on Tuesday. Talks were held in Muscat during Indian Defence Minister "
      "Ravi Kumar's two-day visit to the sultanate."),
     ("Ravi Kumar", "Muscat")),
    # (guard, read on main too: the trip noun in a relative clause on the traveller)
    (("Oman's government welcomed the deal on Tuesday. Indian Defence Minister Ravi Kumar, whose visit to the sultanate "
      "ended on Tuesday, held talks in Muscat."),
     ("Ravi Kumar", "Muscat")),
])
def test_a_country_only_described_gives_way_to_the_city_the_sentence_names(extractor, body, expected):
    got = {(v, p) for v, p, _, _ in trips(run(extractor, body))}
    assert expected in got and ("Ravi Kumar", "Oman") not in got, got


def test_a_country_named_keeps_the_trip(extractor):  # (guard: the answer keys keep "a visit to Ghana")
    body = ("Ghana and Togo agreed a border pact on Friday. The pact was signed in Accra during Togolese Minister "
            "Kofi Mensah's official visit to Ghana, which began on Wednesday.")
    got = {(v, p) for v, p, _, _ in trips(run(extractor, body))}
    assert ("Kofi Mensah", "Ghana") in got and ("Kofi Mensah", "Accra") not in got, got


def purposes(doc) -> set[tuple[str, str, str]]:
    return {(f["visitor"], f["destination"], f.get("purpose") or "") for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, person, place", [
    # the one a state sends, in apposition, to a city
    ("The Andean summit opened in Quito on Monday. Bolivia sent its finance minister, Rosa Mamani, to Santiago instead.",
     "Rosa Mamani", "Santiago"),
    # the sent one as the object, with a purpose of the trip's own
    (("The Andean summit opened in Quito on Monday. Chilean President Rosa Vidal dispatched Foreign Minister Pablo Reyes "
      "to Lima for talks on the border."),
     "Pablo Reyes", "Lima"),
    # passive
    ("The Andean summit opened in Quito on Monday. Bolivian Foreign Minister Pablo Reyes was sent to Lima on Monday to calm the border row.",
     "Pablo Reyes", "Lima"),
])
def test_one_sent_to_a_city_goes_there_not_to_the_summit_in_view(extractor, body, person, place):
    got = purposes(run(extractor, body))
    assert (person, place, "") in got and not any(v == person and p == "Quito" for v, p, _ in got), got


@pytest.mark.parametrize("body, person", [
    ("The Andean summit opened in Quito on Monday. Bolivia sent its finance minister, Rosa Mamani, to the summit.", "Rosa Mamani"),
    ("The Andean summit opened in Quito on Monday. Bolivia sent its finance minister, Rosa Mamani, to Quito.", "Rosa Mamani"),
    ("The Andean summit opened in Quito on Monday. Bolivia sent its finance minister, Rosa Mamani, to Ecuador for the summit.",
     "Rosa Mamani"),
])
def test_one_sent_to_the_summit_or_its_place_goes_for_it(extractor, body, person):  # (guards)
    assert (person, "Quito", "Andean summit") in purposes(run(extractor, body))


@pytest.mark.parametrize("body, expected", [
    ("The visiting premier, Lena Kovac, met Slovenian President Ivo Zupan in Ljubljana on Monday.", ("Lena Kovac", "Ljubljana")),
    ("The touring minister, Anna Weber, signed the pact in Vienna on Friday.", ("Anna Weber", "Vienna")),
    ("Speaking in Lisbon on Tuesday, the visiting foreign minister, Paulo Matos, praised the deal.", ("Paulo Matos", "Lisbon")),
])
def test_one_called_a_guest_is_visiting_where_the_clause_happens(extractor, body, expected):
    got = {(v, p) for v, p, _, _ in trips(run(extractor, body))}
    assert expected in got, got


@pytest.mark.parametrize("body", [
    "The host premier, Lena Kovac, met her guests in Zagreb on Monday.",
    "The visiting premier, Lena Kovac, returned home to Zagreb on Monday.",
])
def test_a_host_or_a_guest_gone_home_visits_nothing_there(extractor, body):  # (guards)
    got = {(v, p) for v, p, _, _ in trips(run(extractor, body))}
    assert ("Lena Kovac", "Zagreb") not in got, got
