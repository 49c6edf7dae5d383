"""Signing places read on sentences written for the test (round 16): a signing told at a venue (a palace,
a hall, a house) is placed at the venue's city: one named right after it, or the city the report is filed
from when the venue lies in that city's country or the gazetteer cannot place it; a demonym inside a
venue's name ("the Italian Hall") is no place of the signing."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def places(doc) -> set[tuple[str | None, str | None]]:
    return {(f.get("signatory"), f.get("place")) for f in facts(doc, "signing")}


@pytest.mark.parametrize("body, expected", [
    # a demonym in the venue's name; the city inside the venue's name
    (("Slovak Prime Minister Jan Hrin and Austrian Chancellor Georg Huber signed a joint declaration on energy "
      "in the Italian Hall of Bratislava Castle on Friday."),
     {("Jan Hrin", "Bratislava"), ("Georg Huber", "Bratislava")}),
    # a named venue, then a comma and its city
    (("[Image: Kaarel Tamm and Ilze Berzina shake hands after the signing at Parliament House, Canberra.]\n"
      "Estonia and Latvia signed the Baltic Border Treaty on Monday."),
     {("Estonia", "Canberra"), ("Latvia", "Canberra")}),
    # a named venue the gazetteer cannot place, in the day's news filed from a city
    (("ISTANBUL, March 11 - A transit accord between Azerbaijan and Georgia was signed in the Yildiz Palace "
      "conference hall by Azerbaijani Foreign Minister Rauf Mammadov."),
     {("Rauf Mammadov", "Istanbul")}),
])
def test_signing_at_a_venue_is_at_its_city(extractor, body, expected):
    got = places(run(extractor, body, published="2024-03-11"))
    assert expected <= got, got


@pytest.mark.parametrize("body, unexpected", [
    # the demonym names no place; and a venue told in another year is not the dateline's city
    (("Slovak Prime Minister Jan Hrin and Austrian Chancellor Georg Huber signed a joint declaration on energy "
      "in the Italian Hall of Bratislava Castle on Friday."), ("Jan Hrin", "Italy")),
    (("ISTANBUL, March 11 - Azerbaijan and Georgia signed a transit accord in the Yildiz Palace conference hall "
      "in 2009, officials recalled."), ("Azerbaijan", "Istanbul")),
])
def test_no_place_the_text_does_not_give(extractor, body, unexpected):
    got = places(run(extractor, body, published="2024-03-11"))
    assert unexpected not in got, got
