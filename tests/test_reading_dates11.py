"""Dates and places of events read on sentences written for the test (round 11): a clause set at
the event a noun names ("the talks in X, during which ...", "at the end of which") happens where
and when that event is."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def signing_places(doc) -> set:
    return {f.get("place") for f in facts(doc, "signing")}


# -- "at which", "during which": where the event the noun names is ---------------------------------------
@pytest.mark.parametrize("body", [
    "The ceremony in Lima, at which Chile and Peru signed the Lauca Accord, lasted an hour.",
    "Chile and Peru held talks in Lima on Tuesday, during which their ministers signed the Lauca Accord.",
    ("President Tomas Arvelo of Chile paid a visit to Lima on Monday, during which the two countries signed "
    "the Lauca Accord."),
    "The two presidents met at a summit in Lima on March 5, at which they signed the Lauca Accord.",
])
def test_a_clause_set_at_an_event_is_where_the_event_is(extractor, body):
    doc = run(extractor, body)
    assert signing_places(doc) == {"Lima"}, facts(doc, "signing")


@pytest.mark.parametrize("body, expected", [
    (("On Monday, the two presidents chaired a meeting in Lima, at the end of which Chile and Peru signed the "
     "Lauca Accord."), ("2024-03-04", "Lima")),
    ("Chile and Peru held a round of talks in Lima on March 5, in the course of which the Lauca Accord was signed.",
     ("2024-03-05", "Lima")),
])
def test_a_clause_set_at_part_of_an_event_takes_its_day_and_place(extractor, body, expected):
    doc = run(extractor, body)
    got = {(str(f.get("date")), f.get("place")) for f in facts(doc, "signing")}
    assert got == {expected}, facts(doc, "signing")


def test_a_city_state_named_as_the_events_place(extractor):
    doc = run(extractor, "It was unlike their first meeting in Singapore on March 3 two years ago, at which they "
                         "signed the Lauca Accord.")
    assert signing_places(doc) == {"Singapore"}, facts(doc, "signing")
