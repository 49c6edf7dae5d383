"""Agreements the article describes without naming them, read on sentences written for the test:
sets of agreements ("two agreements on X and Y", "a package of documents on X"), and the states
they bind."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def parties(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


def signed(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f.get("signatory")) for f in facts(doc, "signing")}


# -- a counted set with as many topics as its count is that many agreements ----------------------------
@pytest.mark.parametrize("body, agreements", [
    ("Namibia and Botswana signed two agreements on rail freight and water supply.",
     {"agreement on rail freight", "agreement on water supply"}),
    ("Namibia and Botswana signed two agreements, on veterinary controls and on tourism promotion, in Gaborone.",
     {"agreement on veterinary controls", "agreement on tourism promotion"}),
    ("Three memoranda of understanding, on mining, tourism and fisheries, were signed by Namibia and Botswana.",
     {"memorandum of understanding on mining", "memorandum of understanding on tourism",
      "memorandum of understanding on fisheries"}),
    ("Namibia and Botswana inked three cooperation agreements on health, tourism and fisheries on Monday.",
     {"cooperation agreement on health", "cooperation agreement on tourism", "cooperation agreement on fisheries"}),
])
def test_a_counted_set_is_one_agreement_per_topic(extractor, body, agreements):
    doc = run(extractor, body)
    assert labels(doc, "Agreement") >= agreements, labels(doc, "Agreement")
    for a in agreements:
        assert {(a, "Namibia"), (a, "Botswana")} <= parties(doc), parties(doc)


# -- otherwise the set is one entity, labelled with its description ------------------------------------
@pytest.mark.parametrize("body, agreement", [
    ("Namibia and Botswana signed a package of documents on energy, transport and education.",
     "documents on energy, transport and education"),
    ("A raft of agreements on trade and security was signed by Namibia and Botswana in Windhoek.",
     "agreements on trade and security"),
    ("Namibia and Botswana signed agreements on customs cooperation and cross-border policing on Friday.",
     "agreements on customs cooperation and cross-border policing"),
])
def test_a_set_signed_is_one_entity(extractor, body, agreement):
    doc = run(extractor, body)
    assert agreement in labels(doc, "Agreement"), labels(doc, "Agreement")
    assert {(agreement, "Namibia"), (agreement, "Botswana")} <= parties(doc), parties(doc)
    assert {(agreement, "Namibia"), (agreement, "Botswana")} <= signed(doc), signed(doc)


@pytest.mark.parametrize("body", [
    "Agreements on trade between Namibia and Botswana are often delayed by customs disputes.",
    "Namibia has signed many agreements on fisheries with its neighbours over the years.",
    "Previous agreements on border policing between Namibia and Botswana were never carried out.",
    "Namibia and Botswana signed two agreements on Monday: a rail pact and a visa accord.",
])
def test_plural_agreements_in_general_are_no_entity(extractor, body):
    doc = run(extractor, body)
    assert not {a for a in labels(doc, "Agreement") if a.split()[0].endswith("s")}, labels(doc, "Agreement")


@pytest.mark.parametrize("body, agreement", [
    ("At a ceremony in Windhoek, two new protocols were signed by Namibia and Botswana.", "two new protocols"),
    ("Namibia and Botswana signed three agreements on Monday, officials said.", "three agreements"),
])
def test_a_counted_set_signed_is_one_entity_even_untold(extractor, body, agreement):
    doc = run(extractor, body)
    assert {(agreement, "Namibia"), (agreement, "Botswana")} <= signed(doc), signed(doc)
