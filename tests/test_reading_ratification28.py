"""Ratification, round 28: the steps a state takes at home before a treaty binds it ("completed its
domestic procedures", "its parliamentary process") told as its ratification; a step only begun, or
in a present clause of time, still ahead; a state's voters ratifying or rejecting for it; a body's
"signed off" with no object. On passages written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_SIGNED = "Ghana and Togo signed the Volta Fisheries Treaty in May. "


def _ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f["modality"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("body, expected", [
    # a clause of time, the doers' own possessive
    ("The treaty takes effect once both countries have finished their domestic procedures.",
     {("Ghana", "planned"), ("Togo", "planned")}),
    # the agreement as the subject, the state as the procedure's owner
    ("The accord still has to complete Ghana's parliamentary process before it takes effect.",
     {("Ghana", "planned")}),
    # told as done
    ("Togo completed its internal ratification procedures on Monday.", {("Togo", "asserted")}),
    # coordinated doers, past
    ("By August, Ghana and Togo had finished their legislative procedures.",
     {("Ghana", "asserted"), ("Togo", "asserted")}),
])
def test_domestic_procedures_completed_are_a_ratification(extractor, body, expected):
    # (each fails on 417d7892: a state's domestic procedure was no step of ratifying)
    doc = run(extractor, _SIGNED + body, published="2025-03-14")
    assert {("Volta Fisheries Treaty", s, mod) for s, mod in expected} <= _ratified(doc), _ratified(doc)


@pytest.mark.parametrize("body, state", [
    ("Togo began its domestic procedures on Monday.", "Togo"),
    ("Ghana launched the ratification process last week.", "Ghana"),
    ("Togo has started the parliamentary procedure for the treaty.", "Togo"),
])
def test_a_procedure_begun_is_a_ratification_ahead(extractor, body, state):
    # (each fails on 417d7892: none read, or read as done)
    doc = run(extractor, _SIGNED + body, published="2025-03-14")
    got = _ratified(doc)
    assert ("Volta Fisheries Treaty", state, "planned") in got and ("Volta Fisheries Treaty", state, "asserted") not in got, got


@pytest.mark.parametrize("body", [
    # procedures of something else, no state taking them
    "The ministers discussed domestic procedures for fishing licences.",
    # a procedure no one is said to take
    "Officials described the domestic procedures as slow.",
    # a legal procedure is no ratification
    "Togo began legal proceedings against a trawler company on Monday.",
    # procedures a clause only keeps in line with, no step taken through them
    "Either party would meet an armed threat in line with the constitutional requirements it keeps.",
])
def test_procedures_no_state_takes_tell_no_ratification(extractor, body):
    doc = run(extractor, _SIGNED + body, published="2025-03-14")
    assert not _ratified(doc), _ratified(doc)


@pytest.mark.parametrize("body, state, modality", [
    ("Voters in Togo rejected the treaty in a referendum.", "Togo", "negated"),
    ("In a referendum on Sunday, Ghana's voters turned it down.", "Ghana", "negated"),
    ("The treaty was approved by Togo's electorate in a plebiscite.", "Togo", "asserted"),
])
def test_a_states_voters_ratify_for_it(extractor, body, state, modality):
    # (each fails on 417d7892: voters were no ratifier)
    doc = run(extractor, _SIGNED + body, published="2025-03-14")
    assert ("Volta Fisheries Treaty", state, modality) in _ratified(doc), _ratified(doc)


@pytest.mark.parametrize("body, state", [
    ("Togo's National Assembly signed off on Tuesday.", "Togo"),
    ("Ghana's parliament, which signed off in June, sent the text to the president.", "Ghana"),
    ("The upper house in Accra signed off last week, the last step in Ghana.", "Ghana"),
])
def test_a_body_signing_off_ratifies_the_agreement_in_view(extractor, body, state):
    # (each fails on 417d7892: "signed off" read only with "on" and an object; "on Tuesday" was none)
    doc = run(extractor, _SIGNED + body, published="2025-03-14")
    assert ("Volta Fisheries Treaty", state, "asserted") in _ratified(doc), _ratified(doc)


@pytest.mark.parametrize("body", [
    # voters of an election, no agreement voted on
    "Voters in Togo went to the polls on Sunday to elect a new parliament.",
    # a broadcaster signing off
    "The host of the evening radio show signed off on Friday.",
])
def test_no_ratification_without_a_vote_on_the_agreement(extractor, body):
    doc = run(extractor, _SIGNED + body, published="2025-03-14")
    assert not _ratified(doc), _ratified(doc)
