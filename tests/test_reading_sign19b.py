"""Signings and parties, round 19 (second wave): where a signing is when the story's byline names the
place it is filed from in words, not capitals ("By a Staff Writer, Quito", "By our Lima bureau",
kg.layout.BYLINE_PLACE, read by kg.extract.facts.travel.scene), or a live report's headline its city ("LIVE:
Leaders meet in X", kg.layout.LIVE_HEADLINE); a signing placed only so tells no one's
presence at a summit held there (kg.extract.facts.summit_signings). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def places(doc) -> set:
    return {f.get("place") for f in facts(doc, "signing")}


# -- where: the byline's place ---------------------------------------------------------------------------
@pytest.mark.parametrize("body, city", [
    ("By our Lima bureau\n\nChile and Peru signed a water accord on Thursday.", "Lima"),
    (("By a Staff Writer, Quito\n\nThe fisheries memorandum was signed on Wednesday by Ecuador's foreign minister, "
      "Ana Vera, and her Peruvian counterpart."), "Quito"),
    (("By our Lima correspondent\n\nPeru's defence minister and his Chilean counterpart yesterday put their names to a "
      "border memorandum."), "Lima"),
])
def test_a_signing_of_the_day_is_where_the_byline_files_from(extractor, body, city):
    got = places(run(extractor, body, published="2025-03-14"))
    assert got == {city}, got


@pytest.mark.parametrize("body", [
    "By Maria Lopez, Reuters\n\nChile and Peru signed a water accord on Thursday.",
    # (a byline naming a post of no place)
    "By our Diplomatic Correspondent\n\nChile and Peru signed a water accord on Thursday.",
    # (the byline's city is in neither signing state: no news of here)
    "By a Staff Writer, Quito\n\nChile and Peru signed a water accord on Thursday.",
])
def test_a_byline_without_a_signers_place_places_nothing(extractor, body):
    got = places(run(extractor, body, published="2025-03-14"))
    assert got == {None}, got


def test_a_signing_placed_by_the_byline_is_no_presence_at_a_summit_there(extractor):
    doc = run(extractor, "By our Lima bureau\n\nThe tenth Andean Summit opened in Lima on Thursday. Separately, Peru and "
                         "Brazil signed a rail accord on Thursday.", published="2025-03-14")
    got = {p for f in facts(doc, "summit") for p in f.get("participants", ())}
    assert "Brazil" not in got, got


# -- where: a live report's headline -----------------------------------------------------------------------
@pytest.mark.parametrize("headline, body", [
    ("LIVE: Andean leaders meet in Cusco as Chile joins", "09:10 - Peru, Bolivia and Ecuador have signed a joint statement on water."),
    ("Live: Andean leaders meet in Cusco", ("14:05 - Ecuador's foreign minister, Ana Vera, and her Peruvian counterpart signed a "
                                           "border memorandum.")),
    ("LIVE | Andean summit in Cusco, day two", "11:30 - A rail accord was signed by Peru and Bolivia, officials said."),
])
def test_a_live_reports_signing_is_in_its_headlines_city(extractor, headline, body):
    got = places(run(extractor, body, headline=headline, published="2025-03-14"))
    assert got == {"Cusco"}, got


@pytest.mark.parametrize("headline, body", [
    ("Andean leaders meet in Cusco", "Peru, Bolivia and Ecuador have signed a joint statement on water."),
    # (no signer of the city's state: signed anywhere)
    ("LIVE: Andean leaders meet in Cusco", "09:10 - Chile and Argentina have signed a joint statement on water."),
    # (a signing of years before is no news of the day)
    ("LIVE: Andean leaders meet in Cusco", "09:10 - Peru and Bolivia signed the Titicaca Accord in 2011."),
])
def test_no_live_headline_no_scene(extractor, headline, body):
    got = places(run(extractor, body, headline=headline, published="2025-03-14"))
    assert got == {None}, got
