"""Ratification read on sentences written for the test (round 16): an approval said not to be
needed ("does not require the consent of the Senate", "needs no approval from Congress") is no
ratification at all, neither awaited nor refused; one that is needed is still awaited."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_SIGNED = "Peru and Chile signed the Atacama Water Memorandum on Monday. "


@pytest.mark.parametrize("body", [
    _SIGNED + "The memorandum is not a treaty and does not require the approval of the Peruvian Congress.",
    _SIGNED + "Officials said it needs no approval from Congress and takes effect at once.",
    _SIGNED + "The accord, which does not need the consent of the Chilean Senate, takes effect in June.",
    _SIGNED + "No ratification by the Peruvian Congress is required, the foreign ministry said.",
])
def test_an_approval_not_needed_is_no_ratification(extractor, body):
    doc = run(extractor, body, published="2024-06-10")
    assert facts(doc, "ratification") == [], facts(doc, "ratification")


@pytest.mark.parametrize("body, state", [
    (_SIGNED + "The memorandum requires the approval of the Peruvian Congress.", "Peru"),
    (_SIGNED + "It still needs the consent of the Chilean Senate before it can take effect.", "Chile"),
    (_SIGNED + "The Peruvian Congress rejected the memorandum on Friday.", "Peru"),
])
def test_an_approval_needed_or_refused_stays(extractor, body, state):
    doc = run(extractor, body, published="2024-06-10")
    assert any(f["state"] == state for f in facts(doc, "ratification")), facts(doc, "ratification")
