"""Summits as English tells them, read on sentences written for the test (round eighteen): the
summit in view (an article naming no summit, its bare "summit" nouns) narrowed where the noun tells
none (a word of a compound adjective); a summit only hoped for or not yet set is no summit fact."""
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
])
def test_no_summit_where_the_noun_tells_none(extractor, body):
    assert summits(extractor, body) == []


@pytest.mark.parametrize("body", [
    # a quote, the summit in view
    "\"We need a summit, not another communique,\" said Oren Talby, a senator in Uruguay.",
    # reported speech, a described summit
    "Opposition parties want a summit on water rights, a spokeswoman said.",
    # a wish in a subordinate clause, a rank
    "The minister said he hoped Bolivia would take part in a second summit on the river.",
    # a denied setting, told after a summit held
    "The next meeting of the bloc's leaders has not been scheduled, officials said.",
])
def test_no_summit_only_hoped_for_or_not_set(extractor, body):
    assert summits(extractor, body) == []


def test_a_summit_set_is_kept_though_a_meeting_at_it_is_hoped_for(extractor):
    rows = summits(extractor, "President Ana Vel of Chile hopes to meet the Peruvian president at a summit in Cusco next "
                              "month.")
    assert [(r.get("location"), r["modality"]) for r in rows] == [("Cusco", "planned")], rows


def test_a_summit_set_to_open_later_is_kept(extractor):
    rows = summits(extractor, "The summit in Cusco is not set to open before Friday, officials said.")
    assert [(r.get("location"), r["modality"]) for r in rows] == [("Cusco", "planned")], rows
