"""Ratification, round 25: "adopt" and "endorse" said of leaders, sides or governments, with no
legislature adopting and no law adopted, are a text agreed on at a meeting, not a ratification
(kg.extract.facts.ratification_steps.adopted_at_meeting); a chamber adopting an agreement, or the
law ratifying it, still ratifies. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _ratified(doc) -> set[tuple]:
    return {(f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("body", [
    ("At their meeting in Astana on Monday, the presidents of Kazakhstan and Uzbekistan adopted a declaration "
     "on strategic partnership."),
    "Japan and Vietnam held talks in Tokyo on Friday, where the two sides adopted a joint statement on maritime cooperation.",
    ("Chile and Argentina held their annual talks in Santiago, where the two sides endorsed a joint statement on "
     "Antarctic cooperation."),
])
def test_leaders_or_sides_adopting_a_text_ratify_nothing(extractor, body):
    # (each fails on c29c65a: the states of the leaders or sides ratified the text)
    doc = run(extractor, body, published="2025-03-14")
    assert not _ratified(doc), _ratified(doc)


@pytest.mark.parametrize("body, state", [
    ("Kyrgyzstan's Jogorku Kenesh adopted the law ratifying the Naryn Hydropower Treaty with Uzbekistan on Wednesday.",
     "Kyrgyzstan"),
    ("The Slovak National Council endorsed the Danube Flood Defence Agreement with Hungary on Tuesday.", "Slovakia"),
    ("The Latvian Saeima adopted the Daugava Shipping Accord with Belarus by 61 votes on Thursday.", "Latvia"),
])
def test_a_chamber_adopting_an_agreement_still_ratifies(extractor, body, state):
    # guard: a legislature adopting the agreement or its law is its state's ratification
    doc = run(extractor, body, published="2025-03-14")
    assert any(s == state and m == "asserted" for s, _, m in _ratified(doc)), _ratified(doc)
