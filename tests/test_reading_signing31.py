"""Signings, round 31, on sentences written for the test: who signed, when, and whether it
happened — a signing told "without" ("left without signing it"), an agreement set against the
signed one with its own "not" ("signed X but not Y")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _signings(doc, agreement: str) -> set[tuple]:
    return {(f.get("signatory"), f["modality"]) for f in facts(doc, "signing") if f["agreement"] == agreement}


# -- "without signing": no signing ---------------------------------------------------------------

@pytest.mark.parametrize("body, signer", [
    ("Peru's President Luis Vega left the summit on Friday without signing the Lauca Treaty.", "Luis Vega"),
    ("The talks in Arica ended without Chile and Peru signing the Lauca Treaty.", "Peru"),
    ("Without signing the Lauca Treaty, Peru's foreign minister Ines Soto flew back to Lima.", "Ines Soto"),
])
def test_a_signing_told_without_is_negated(extractor, body, signer):
    got = _signings(run(extractor, body), "Lauca Treaty")
    assert (signer, "negated") in got
    assert (signer, "asserted") not in got


@pytest.mark.parametrize("body, signer", [
    # guards: "without" on another word of the clause
    ("Peru's President Luis Vega signed the Lauca Treaty on Friday without waiting for Congress.", "Luis Vega"),
    ("Chile and Peru signed the Lauca Treaty without fanfare in Arica.", "Peru"),
    ("The Lauca Treaty was signed by Chile and Peru without any objection from Bolivia.", "Chile"),
])
def test_without_on_another_word_leaves_the_signing(extractor, body, signer):
    assert (signer, "asserted") in _signings(run(extractor, body), "Lauca Treaty")


# -- "signed X but not Y" --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Peru's President Luis Vega signed the Arica Declaration but not the Lauca Treaty.",
    "The Arica Declaration, but not the Lauca Treaty, was signed by Peru's President Luis Vega on Monday.",
    "In Lima, Peru's President Luis Vega signed the Arica Declaration on Monday but not the Lauca Treaty.",
])
def test_an_agreement_joined_with_not_was_not_signed(extractor, body):
    doc = run(extractor, body)
    assert ("Luis Vega", "asserted") in _signings(doc, "Arica Declaration")
    got = _signings(doc, "Lauca Treaty")
    assert ("Luis Vega", "negated") in got and ("Luis Vega", "asserted") not in got


@pytest.mark.parametrize("body", [
    # guards: both signed
    "Peru's President Luis Vega signed the Arica Declaration and the Lauca Treaty on Monday.",
    "Peru's President Luis Vega signed not only the Arica Declaration but also the Lauca Treaty.",
    "Peru's President Luis Vega signed the Arica Declaration and then, a day later, the Lauca Treaty.",
])
def test_agreements_signed_together_stay_signed(extractor, body):
    got = _signings(run(extractor, body), "Lauca Treaty")
    assert ("Luis Vega", "negated") not in got
