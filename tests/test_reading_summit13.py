"""Summits as English tells them, read on sentences written for the test (round thirteen): a date
inside another summit's phrase is that summit's day; a summit with no place of its own is held
where one who takes part in it has just arrived; a meeting of a named body told by "this year's"
is that body's summit, and "this year's" is no word of its name."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

PUBLISHED = "2024-06-10"  # a Monday


def summit_rows(doc: Document) -> list[dict]:
    return facts(doc, "summit")


def by_label(doc: Document, word: str) -> dict:
    rows = [r for r in summit_rows(doc) if word.casefold() in r["summit"].casefold()]
    assert len(rows) == 1, summit_rows(doc)
    return rows[0]


# -- a date inside another summit's phrase is that summit's -------------------------------------------
@pytest.mark.parametrize("body, word, start", [
    (("After the SCO summit in Astana on Thursday, President Emil Rahmon of Tajikistan flew to Minsk for "
     "the CSTO summit on Friday."), "CSTO", dt.date(2024, 6, 7)),
    (("Fresh from the Mercosur summit in Asuncion on Tuesday, the Chilean president travelled to Quito for the "
     "Andean Community summit on Thursday."), "Andean", dt.date(2024, 6, 6)),
])
def test_a_date_in_another_summits_phrase_is_not_this_ones(extractor, body, word, start):
    doc = run(extractor, body, published=PUBLISHED)
    row = by_label(doc, word)
    assert row.get("start") == start and row.get("end") is None, row


# -- a summit is held where one who takes part in it has just arrived --------------------------------
@pytest.mark.parametrize("body, place", [
    (("President Ana Velez of Chile flew to Lima on Thursday. There she joined the APEC summit, which opened "
     "on Friday."), "Lima"),
    (("President Rafael Sousa of Portugal landed in Luanda on Saturday. He will take part in the summit of "
     "Portuguese-speaking countries on Tuesday."), "Luanda"),
    (("Chancellor Eva Stein of Austria reached Sarajevo on Sunday. On Monday she joined leaders of the Western "
     "Balkans for their annual summit."), "Sarajevo"),
    (("Prime Minister Oda Berg of Norway landed in Reykjavik on Friday. The following day she attended the Nordic "
     "Council summit."), "Reykjavík"),
])
def test_a_summit_is_where_its_guest_has_just_arrived(extractor, body, place):
    doc = run(extractor, body, published=PUBLISHED)
    rows = summit_rows(doc)
    assert [r.get("location") for r in rows] == [place], rows


@pytest.mark.parametrize("body", [
    # a trip weeks before says nothing of where the summit is
    "President Ana Velez of Chile flew to Lima on May 2. On Friday she joined the APEC summit.",
    # a trip to a country may be a tour
    "President Ana Velez of Chile arrived in Peru on Thursday. On Friday she joined the APEC summit.",
])
def test_a_trip_far_from_the_summit_or_to_a_country_gives_no_place_guard(extractor, body):
    doc = run(extractor, body, published=PUBLISHED)
    rows = summit_rows(doc)
    assert [r.get("location") for r in rows] == [None], rows


# -- a meeting of a body told by "this year's" is a summit, not named "this year's" ---------------------------
@pytest.mark.parametrize("body, name, guest", [
    ("This year's Pacific Islands Forum meeting in Apia on Friday was attended by New Zealand.",
     "Pacific Islands Forum meeting", "New Zealand"),
    ("Australia sent its foreign minister to this year's ASEAN meeting in Vientiane, which opened on Saturday.",
     "ASEAN meeting", "Australia"),
])
def test_this_years_meeting_of_a_body_is_its_summit(extractor, body, name, guest):
    doc = run(extractor, body, published=PUBLISHED)
    row = by_label(doc, name)
    assert not row["summit"].lower().startswith(("this", "year")), row
    assert guest in row["participants"], row
