"""Visits of the thirty-fourth round, on sentences written for the test: a crawler's date stamp
opening a page ("date 2021-04-24 ...") dates a trip only where its clause has no day of its own, and
a dateline may follow it; "the defence chief" is the holder of the defence portfolio, whatever its
office noun; a headline's "X chief to visit Y" is ahead; a list's bullet is no word of a name."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f.get("start"), f["modality"]) for f in facts(doc, "visit")}


def _stamped(extractor, first: str, rest: str, published: str):
    # the stamp opens the page's text: the test's first line is the stamped paragraph
    return run(extractor, rest, published=published, headline=first)


# the clause's own weekday beats the stamp's day: an arrival, a fronted day, a trip ahead
@pytest.mark.parametrize("first, published, fact", [
    (" date 2021-04-24 Foreign Minister Luis Mena of Bolivia arrived in Peru on Friday for talks.", "2021-04-24",
     ("Luis Mena", "Peru", dt.date(2021, 4, 23), "asserted")),
    (" date 2022-06-10 On Wednesday, Tongan King Siaosi Tupou flew to Fiji for a state visit.", "2022-06-10",
     ("Siaosi Tupou", "Fiji", dt.date(2022, 6, 8), "asserted")),
    (" date 2023-09-15 Chilean President Ana Soto will travel to Ecuador on Monday for talks.", "2023-09-15",
     ("Ana Soto", "Ecuador", dt.date(2023, 9, 18), "planned")),
])
def test_a_stamp_yields_to_the_clauses_own_day(extractor, first, published, fact):
    got = trips(_stamped(extractor, first, "Talks were held later.", published))
    assert fact in got, got


# guard: a clause with no day of its own still takes the stamp's
def test_a_stamp_dates_a_clause_without_a_day(extractor):
    doc = _stamped(extractor, " date 2021-04-24 Bolivian Foreign Minister Luis Mena has arrived in Peru for talks.",
                   "Talks were held later.", "2021-04-24")
    assert ("Luis Mena", "Peru", dt.date(2021, 4, 24), "asserted") in trips(doc), trips(doc)


# a dateline after the stamp is where the report, and the trip to its country, is
@pytest.mark.parametrize("first, city", [
    (" date 2021-04-24 LIMA: Bolivian Foreign Minister Luis Mena arrived in Peru on Friday for a two-day visit.", "Lima"),
    (" date 2021-04-24 QUITO - Chilean President Ana Soto is on her first official visit to Ecuador.", "Quito"),
    ((" date 2021-04-24 NAIROBI, April 24 (Wirecast) - Ugandan Minister Jane Okello was welcomed in Kenya "
     "on a three-day visit."), "Nairobi"),
])
def test_a_dateline_after_the_stamp_places_the_trip(extractor, first, city):
    got = trips(_stamped(extractor, first, "Talks were held later.", "2021-04-24"))
    assert any(d == city for _, d, _, _ in got), got


# "the defence chief": the portfolio's holder (a headline's infinitive, a lede's arrival, the object
# of a welcome)
@pytest.mark.parametrize("headline, body, fact", [
    ("US defence chief to visit Chile", "US Defense Secretary Tom Baxter will travel this week.",
     ("Tom Baxter", "Chile", "planned")),
    ("A headline", ("The Fijian defence chief arrived in Apia on Monday. Fijian Minister of Defence Jone Tawake "
     "met his counterpart."), ("Jone Tawake", "Apia", "asserted")),
    ("A headline", ("Chilean Defence Minister Ana Soto spoke on Monday. Lima welcomed the Chilean defence chief "
     "on Tuesday."), ("Ana Soto", "Lima", "asserted")),
])
def test_a_portfolio_chief_is_its_holder(extractor, headline, body, fact):
    got = {(v, d, mod) for v, d, _, mod in trips(run(extractor, body, headline=headline))}
    assert fact in got, got


# guard: "the army chief" is no defence minister
def test_an_army_chief_is_no_defence_minister(extractor):
    doc = run(extractor, "Chilean Defence Minister Ana Soto spoke on Monday. The Chilean army chief flew to Lima "
              "on Tuesday.")
    assert not any(v == "Ana Soto" and d == "Lima" for v, d, _, _ in trips(doc)), trips(doc)


# a list's bullet opens no name: "- X's tour ...", "• X's trip ..." (a listed person the tagger ran
# over the bullet with)
@pytest.mark.parametrize("body", [
    "Envoy heads south\n- Lloyd Austin\u2019s tour of Chile comes as the Pentagon seeks to reinforce its presence.",
    "Envoy heads south\n\u2022 Lloyd Austin\u2019s trip comes as the administration looks to reinforce its presence.",
])
def test_a_bullet_is_no_word_of_a_name(extractor, body):
    doc = run(extractor, body, headline="US Defense Secretary Tom Baxter travels")
    people = {e.label for e in doc.entities.values() if e.type == "Person"}
    assert "Lloyd Austin" in people and not any(p[0] in "-\u2022" for p in people), people


# a place a stop is said to be is where the trip goes: the place as subject, as complement, a
# relative clause on it, a stop ahead
@pytest.mark.parametrize("body, fact", [
    ("Peruvian Foreign Minister Luis Mena is touring South America. Chile was his first stop.",
     ("Luis Mena", "Chile", "asserted")),
    ("Peruvian Foreign Minister Luis Mena is touring South America. His first stop was Ecuador.",
     ("Luis Mena", "Ecuador", "asserted")),
    ("Chilean President Ana Soto left Lima on Friday. Bolivia will be her next stop.",
     ("Ana Soto", "Bolivia", "planned")),
    ("Peruvian Foreign Minister Luis Mena is touring South America. Santiago is the second stop on his trip.",
     ("Luis Mena", "Santiago", "asserted")),
])
def test_a_stop_said_of_a_place_goes_there(extractor, body, fact):
    got = {(v, d, mod) for v, d, _, mod in trips(run(extractor, body))}
    assert fact in got, got


# guard: a stop with no traveller of its own in view is no one's trip; a delegation said of a state goes nowhere
@pytest.mark.parametrize("body", [
    "Peruvian Foreign Minister Luis Mena met Chilean officials. Lima is a popular stop for cruise ships.",
    "Peruvian Foreign Minister Luis Mena spoke in Quito on Monday. Chile was the largest delegation at the talks.",
])
def test_a_stop_or_delegation_of_no_trip_goes_nowhere(extractor, body):
    got = trips(run(extractor, body))
    assert not any(d in {"Lima", "Chile"} for _, d, _, _ in got), got
