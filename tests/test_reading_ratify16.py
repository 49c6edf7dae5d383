"""Ratification read on sentences written for the test (round 16): an approval said not to be
needed ("the pact doesn't need the Senate's consent", "needs no approval from Congress") is no
ratification at all, neither awaited nor refused; one that is needed is still awaited."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_SIGNED = "Peru and Chile signed the Atacama Water Memorandum on Monday. "
_TREATY = "Peru and Chile signed the Atacama Water Treaty on Monday. "


@pytest.mark.parametrize("body", [
    _SIGNED + "The memorandum, being no treaty, does not require the approval of the Peruvian Congress.",
    _SIGNED + "Officials said it needs no approval from Congress and will apply at once.",
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


# -- an agreement handed to a body with its object between verb and preposition ("submit the treaty
# to the Senate", "put the accord to a vote"): the vote ahead; not handed over, its ratification
# withheld (negated), when the body is read -------------------------------------------------------
@pytest.mark.parametrize("body, fact", [
    (_TREATY + "The government will send the treaty to the Chilean Senate next month.",
     ("Atacama Water Treaty", "Chile", "Chilean Senate", "planned")),
    (_TREATY + "The Chilean Senate will put the treaty to a vote in July.",
     ("Atacama Water Treaty", "Chile", "Chilean Senate", "planned")),
    (_TREATY + "Chile has never submitted the treaty to the Chilean Senate.",
     ("Atacama Water Treaty", "Chile", "Chilean Senate", "negated")),
    (_TREATY + "The Peruvian government said it would not put the treaty before the Peruvian Congress.",
     ("Atacama Water Treaty", "Peru", "Peruvian Congress", "negated")),
    (_TREATY + "The Peruvian Congress refused year after year to put the treaty to a vote.",
     ("Atacama Water Treaty", "Peru", "Peruvian Congress", "negated")),
])
def test_an_agreement_handed_to_a_body(extractor, body, fact):
    doc = run(extractor, body, published="2024-06-10")
    got = {(f["agreement"], f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}
    assert fact in got, got


@pytest.mark.parametrize("body", [
    # withheld from no body read: whose ratification is only a guess
    _TREATY + "Officials in Lima said the government would not put the treaty before its parliament.",
    # handed over, told as past: how the vote went is for other sentences
    _TREATY + "The government sent the treaty to the Chilean Senate on Tuesday.",
])
def test_a_handing_over_that_tells_no_ratification(extractor, body):
    doc = run(extractor, body, published="2024-06-10")
    assert [f for f in facts(doc, "ratification") if f["modality"] == "negated" or f.get("body")] == [], \
        facts(doc, "ratification")
