"""Agreements, round 29: whom an agreement binds and what it is called. A name hyphened to a
go-between's participle before the agreement noun ("the X-brokered deal") names the go-between,
no party. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def parties(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


@pytest.mark.parametrize("body, go_between, sides", [
    # active, the go-between's participle on the object
    ("Armenia and Azerbaijan signed the Qatar-brokered peace deal in Doha on Monday.", "Qatar",
     {"Armenia", "Azerbaijan"}),
    # passive, a demonym hyphened to the participle, the sides in a "between" phrase
    ("The Norwegian-facilitated accord between Armenia and Azerbaijan was signed in Oslo on Monday.", "Norway",
     {"Armenia", "Azerbaijan"}),
    # a relative clause telling the signers
    ("The US-mediated agreement, which Armenia and Azerbaijan signed in Washington on Monday, reopens their border.",
     "United States", {"Armenia", "Azerbaijan"}),
    # nominal, an indefinite description as the subject
    ("A Qatar-sponsored peace accord between Armenia and Azerbaijan takes effect in May.", "Qatar",
     {"Armenia", "Azerbaijan"}),
])
def test_a_go_between_is_no_party(extractor, body, go_between, sides):
    doc = run(extractor, body, published="2025-03-14")
    found = parties(doc)
    assert go_between not in {p for _, p in found}, found
    assert sides <= {p for _, p in found}, found


@pytest.mark.parametrize("body, sides", [
    ("The Armenia-Azerbaijan peace deal was signed in Doha on Monday.", {"Armenia", "Azerbaijan"}),
    ("The Qatar-Oman border accord was signed in Doha on Monday.", {"Qatar", "Oman"}),
    # a leader is no go-between
    ("Japan joined a US-led security pact on Monday.", {"Japan", "United States"}),
])
def test_guards_states_hyphened_together_are_parties(extractor, body, sides):
    doc = run(extractor, body, published="2025-03-14")
    assert sides <= {p for _, p in parties(doc)}, parties(doc)
