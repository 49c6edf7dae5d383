"""Agreements, round 20b: who ends or leaves an agreement. Whoever suspends, revokes, terminates or
tears up an agreement (or a person for the state they serve) was bound by it, unless the article
says otherwise (kg.extract.facts.ended_agreements, the ``end-agreement`` frame); a withdrawal
reported under "notified", "announced" or "told" is told as done. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def parties(doc) -> set[tuple[str, str, str]]:
    return {(f["agreement"], f["party"], f["modality"]) for f in facts(doc, "parties")}


@pytest.mark.parametrize("body, agreement, party", [
    ("Ghana suspended the Volta Fisheries Pact with Togo on Monday.", "Volta Fisheries Pact", "Ghana"),
    ("Peru revoked the Andes Transit Accord in 2021.", "Andes Transit Accord", "Peru"),
    ("The Andes Transit Accord was revoked by Peru in 2021.", "Andes Transit Accord", "Peru"),
    ("Bolivia's termination of the Lima Water Convention angered Chile.", "Lima Water Convention", "Bolivia"),
    ("Chile threatened to tear up the Pacific Border Treaty.", "Pacific Border Treaty", "Chile"),
    ("Prime Minister Kofi Mensah of Ghana revoked the Volta Pact.", "Volta Pact", "Ghana"),
])
def test_whoever_ends_an_agreement_was_a_party(extractor, body, agreement, party):
    assert (agreement, party, "asserted") in parties(run(extractor, body, published="2025-03-14")), body


def test_a_later_denial_outweighs_an_ending(extractor):
    body = "In 1999 Peru tore up the Andes Security Pact, and it has not been a party to it since."
    got = parties(run(extractor, body, published="2025-03-14"))
    assert ("Andes Security Pact", "Peru", "asserted") not in got, got


@pytest.mark.parametrize("body, agreement, party", [
    ("Ghana told the council that it was quitting the Volta Pact.", "Volta Pact", "Ghana"),
    ("Peru announced on Monday that it was withdrawing from the Andes Water Treaty.", "Andes Water Treaty", "Peru"),
])
def test_a_reported_withdrawal_is_told_as_done(extractor, body, agreement, party):
    assert (agreement, party, "negated") in parties(run(extractor, body, published="2025-03-14")), body


@pytest.mark.parametrize("body", [
    "The court annulled the Andes Transit Accord.",  # a court is no party
    "Peru announced that it would withdraw from the Andes Water Treaty if Chile did.",  # only threatened
    "Peru denied that it was withdrawing from the Andes Water Treaty.",
])
def test_no_party_from_what_is_not_an_ending_by_a_party(extractor, body):
    got = parties(run(extractor, body, published="2025-03-14"))
    assert not any(p == "Peru" and m == "negated" for _, p, m in got) and not any(
        a == "Andes Transit Accord" for a, _, _ in got), got
