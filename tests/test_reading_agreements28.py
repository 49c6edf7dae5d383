"""Agreements, round 28: which words name an agreement. A phrase saying whom a signer acts for
("on behalf of X", "on the part of Y") is no word of what was signed. On sentences written for
the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def agreement_labels(doc) -> set[str]:
    return {e.label for e in doc.entities.values() if e.type == "Agreement"}


@pytest.mark.parametrize("body, label", [
    # active, an indefinite description
    ("Trade Minister Ana Rojas signed a fisheries accord on behalf of the Government of Chile in Lima on Monday.",
     "fisheries accord"),
    # the phrase before the signing verb's subject, a definite description
    ("The fisheries accord on behalf of Chile was signed by Trade Minister Ana Rojas.", "fisheries accord"),
    # "on the part of", a description referring back
    ("Peru and Chile agreed a customs arrangement on Monday. Trade Minister Ana Rojas signed the arrangement on the "
     + "part of Chile.", "customs arrangement"),
])
def test_whom_a_signer_acts_for_is_no_part_of_the_agreement(extractor, body, label):
    doc = run(extractor, body, published="2025-03-14")
    assert agreement_labels(doc) == {label}, agreement_labels(doc)


@pytest.mark.parametrize("body, label", [
    ("A fisheries accord was signed on behalf of Chile by Trade Minister Ana Rojas on Monday.", "fisheries accord"),
    ("Peru and Chile agreed a Memorandum on Port Security on Monday. Trade Minister Ana Rojas signed the Memorandum on "
     + "behalf of the Government of Chile.", "Memorandum on Port Security"),
])
def test_guards_the_agreement_keeps_its_own_name(extractor, body, label):
    doc = run(extractor, body, published="2025-03-14")
    assert agreement_labels(doc) == {label}, agreement_labels(doc)
    assert any(f["signatory"] == "Ana Rojas" and f["agreement"] == label for f in facts(doc, "signing"))
