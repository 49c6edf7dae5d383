"""Visits, round 18: the days of a trip. A "where" clause on the trip's place gives its days
(kg.extract.facts.trip_dates); a clause abroad told over a span of days ("on Monday and Tuesday",
"from March 3 to March 5") is a trip of those days (kg.extract.facts.presence); a day in another
trip's phrase is not the day of the trip noun the clause is about; a length told by a later trip
noun with no place of its own ("During the two-day visit, ...") ends the trip told before it
(kg.extract.facts.trip_references). On sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"], f.get("start"), f.get("end")) for f in facts(doc, "visit")}


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize("body, visitor, city, start, end", [
    ("Ecuadorian Foreign Minister Sofia Paredes travelled to Lima, where she met Peruvian officials on Wednesday.",
     "Sofia Paredes", "Lima", "2025-03-12", None),
    (("Estonian President Kaja Tamm's tour had started in Vilnius, where on Monday and Tuesday she met Lithuanian "
      "ministers."), "Kaja Tamm", "Vilnius", "2025-03-10", "2025-03-11"),
    ("Kenyan President Amara Odhiambo flew to Hanoi, where he opened a trade fair on Tuesday.",
     "Amara Odhiambo", "Hanoi", "2025-03-11", None),
])
def test_a_where_clause_on_the_trips_place_gives_its_days(extractor, body, visitor, city, start, end):
    doc = run(extractor, body, published="2025-03-14")
    expected = (visitor, city, "asserted", day(start), day(end) if end else None)
    assert expected in trips(doc), trips(doc)


@pytest.mark.parametrize("body, start, end", [
    ("Kenyan President Amara Odhiambo held talks in Hanoi on Monday and Tuesday.", "2025-03-10", "2025-03-11"),
    ("Kenyan President Amara Odhiambo met Vietnamese leaders in Hanoi from March 3 to March 5.",
     "2025-03-03", "2025-03-05"),
    ("Kenyan President Amara Odhiambo spoke at a forum in Hanoi on March 3 and 4.", "2025-03-03", "2025-03-04"),
])
def test_a_clause_abroad_over_a_span_of_days_is_a_trip_of_those_days(extractor, body, start, end):
    doc = run(extractor, body, published="2025-03-14")
    assert ("Amara Odhiambo", "Hanoi", "asserted", day(start), day(end)) in trips(doc), trips(doc)


@pytest.mark.parametrize("body", [
    ("Estonian President Kaja Tamm arrived in Riga on Friday. The Riga stop drew criticism after Tamm's three-day "
     "visit to Minsk on June 3-5."),
    "The Riga visit drew criticism after Estonian President Kaja Tamm's trip to Minsk on June 4.",
])
def test_a_day_in_another_trips_phrase_is_not_this_trips(extractor, body):
    doc = run(extractor, body, published="2025-08-22")
    assert not any(d == "Riga" and s is not None and s.month == 6 for _, d, _, s, _ in trips(doc)), trips(doc)
    assert any(d == "Minsk" and s is not None and s.month == 6 for _, d, _, s, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body, end", [
    ("German Chancellor Frank Weber flew to Ottawa on Wednesday. During the two-day visit, he will meet Canadian leaders.",
     "2025-03-13"),
    ("German Chancellor Frank Weber arrived in Ottawa on Wednesday. His three-day stay includes talks on trade.",
     "2025-03-14"),
    (("German Chancellor Frank Weber landed in Ottawa on Wednesday. Officials said the four-day trip would focus on "
      "energy."), "2025-03-15"),
])
def test_a_later_trip_noun_gives_its_length_to_the_trip_before(extractor, body, end):
    doc = run(extractor, body, published="2025-03-12")
    found = {(v, d, s, e) for v, d, _, s, e in trips(doc)}
    assert ("Frank Weber", "Ottawa", day("2025-03-12"), day(end)) in found, trips(doc)
