"""Summits as English tells them, read on sentences written for the test (round seventeen): where an
article names no summit, its bare "summit" nouns ("the summit", "a founding summit", "a summit at a
naval base outside X", "the summit Chile will host in Y") tell the summit in view."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-06-11"  # a Wednesday


def summits(extractor, body: str, headline: str = "A headline") -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED, headline=headline), "summit")


# -- the summit in view, told only by the bare noun ------------------------------------------------------
@pytest.mark.parametrize("body, where, modality", [
    # a trip for it
    ("President Ana Vel of Chile flew to Lima on Monday for the summit.", "Lima", "asserted"),
    # told across two sentences, a refusal to attend
    (("Leaders of the Organization of American States met in Asuncion on Monday. Venezuela refused to attend the "
     "summit."), "Asunción", "asserted"),
    # a relative clause without "which", planned
    ("The prime minister flew in from Paris ahead of the summit Chile will host in Valparaiso in May.", "Valparaíso",
     "planned"),
    # a kind word before it
    ("In May 2010, the leaders returned to Nairobi for a founding summit and turned the forum into a new bloc.",
     "Nairobi", "asserted"),
])
def test_a_bare_summit_is_the_one_in_view(extractor, body, where, modality):
    rows = summits(extractor, body)
    assert [(r.get("location"), r["modality"]) for r in rows] == [(where, modality)], rows


def test_its_label_is_the_articles_words(extractor):
    doc = run(extractor, "Officials said the leaders would meet at a summit at a naval base outside Lisbon on Tuesday.",
              published=PUBLISHED)
    [summit] = [e for e in doc.entities.values() if e.type == "Summit"]
    assert summit.label == "summit"
    assert "summit at a naval base outside Lisbon" in summit.aliases
    # the city its fullest words put it outside of is where it is held
    assert [r.get("location") for r in facts(doc, "summit")] == ["Lisbon"]


def test_its_participants_are_read(extractor):
    rows = summits(extractor, "Leaders of the Organization of American States met in Asuncion on Monday. The summit "
                              "was attended by the presidents of Chile and Peru.")
    assert {"Organization of American States", "Chile", "Peru"} <= set(rows[0]["participants"]), rows


@pytest.mark.parametrize("body", [
    "No summit is planned this year, the foreign ministry said.",  # none at all
    "Analysts in Chile said any summit would be brief.",  # none in particular
    "The meeting in Lima was a summit in all but name.",  # what something else is
])
def test_no_summit_where_none_is_told(extractor, body):
    assert summits(extractor, body) == []


@pytest.mark.parametrize("body", [
    "Premier Ana Vel arrived on Sunday, and said the trip would build on the summit held in Lima in May.",
    "The leaders recalled the summit held last year, when they first met.",
])
def test_a_summit_gone_by_is_not_the_one_in_view(extractor, body):  # (a guard: a summit dated before writing)
    assert summits(extractor, body) == []


def test_a_named_summit_leaves_the_bare_noun_to_it(extractor):
    rows = summits(extractor, "The ASEAN summit opened in Hanoi on Monday. The summit will close on Tuesday.")
    assert len(rows) == 1 and rows[0]["summit"] == "ASEAN summit", rows

