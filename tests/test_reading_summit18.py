"""Summits as English tells them, read on sentences written for the test (round eighteen): the
summit in view (an article naming no summit, its bare "summit" nouns) narrowed where the noun tells
none (a word of a compound adjective, one only wished for), and widened where every bare noun is
dated before the day of writing: that past summit is the one the article reports."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-06-11"  # a Wednesday


def summits(extractor, body: str, headline: str = "A headline") -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED, headline=headline), "summit")


@pytest.mark.parametrize("body", [
    # a word of a compound adjective
    "Envoys of Bolivia and Paraguay met in Asuncion on Monday to prepare summit-level talks later this year.",
    "The ministers of Ghana and Togo agreed in Lome on a summit-style meeting of their deputies.",
    # a summit only wished for, in a quote and in reported speech
    "\"We need a summit, not another communique,\" said Oren Talby, a senator in Uruguay.",
    "Opposition parties in Chile want a summit, a spokeswoman said in Santiago on Tuesday.",
    "Farmers in Ecuador demanded a summit with the government in Quito on Monday.",
])
def test_no_summit_where_the_noun_tells_none(extractor, body):
    assert summits(extractor, body) == []


@pytest.mark.parametrize("body, where, start", [
    # a participle clause dating it before the day of writing
    ("The summit, hosted by Qatar in Doha on Sunday, brought together leaders of Egypt and Jordan.", "Doha",
     "2025-06-08"),
    # a relative clause
    ("Leaders said the summit that opened in Windhoek on Monday had been a success.", "Windhoek", "2025-06-09"),
    # told across two sentences
    (("The leaders of Chile and Peru met in Arica on Monday. The summit, held in Arica on Monday, ended with a joint "
     "statement on water."), "Arica", "2025-06-09"),
])
def test_a_summit_gone_by_is_the_one_in_view_when_no_other_is(extractor, body, where, start):
    rows = summits(extractor, body)
    assert [(r.get("location"), str(r.get("start")), r["modality"]) for r in rows] == [(where, start, "asserted")], rows
