"""Ratification, round 30: whose legislature votes. A chamber the text once names with its state
("the U.S. Congress") is that state's though it is "Congress" elsewhere; an approval "from" a body;
a legislature described by its state ("lawmakers in Uganda", "Ugandan lawmakers") is never the
named chamber of another state; a counted noun spelt out by a list after it ("both houses, A and
B"), each chamber "in" a city its state's. On passages written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_SIGNED = "Kenya and Uganda signed the Lake Victoria Fisheries Compact in May. "
_WITH_US = "Kenya's National Assembly ratified the Lake Victoria Fisheries Compact with the United States this week. "


def _ratified(doc) -> set[tuple]:
    return {(f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("body", [
    # active, the bare name in a later sentence
    "The U.S. Congress approved it in May. President Ruto had addressed Congress in April.",
    # passive
    "In May the compact was approved by the U.S. Congress. Critics in Congress had called it weak.",
    # a relative clause
    "The U.S. Congress, which passed the compact in May, held hearings first. Critics in Congress had called it weak.",
])
def test_a_chamber_once_named_with_its_state_is_that_states(extractor, body):
    # (each fails on 6df53731: "Congress" elsewhere made the chamber bare, given to the pact's other party)
    got = _ratified(run(extractor, _WITH_US + body, published="2025-03-14"))
    assert ("United States", "United States Congress", "asserted") in got, got
    assert ("Kenya", "United States Congress", "asserted") not in got, got


@pytest.mark.parametrize("body, expected", [
    # two bodies coordinated after "from"
    ("The compact still needs approval from Kenya's National Assembly and from Uganda's parliament.",
     ("Uganda", "Uganda's parliament", "planned")),
    # a ratification noun's subject after "from"
    ("Ratification from Uganda's parliament is expected next month.", ("Uganda", "Uganda's parliament", "planned")),
])
def test_an_approval_from_a_body_is_its_ratification(extractor, body, expected):
    # (each fails on 6df53731: "from" named no ratifier)
    got = _ratified(run(extractor, _SIGNED + body, published="2025-03-14"))
    assert expected in got, got


@pytest.mark.parametrize("body, expected", [
    # a sentence of its own after another state's chamber
    ("The compact was approved by the Kenyan National Assembly on Monday. Lawmakers in Uganda backed it on Friday.",
     ("Uganda", "asserted")),
    # nominal, coordinated "of" phrases
    ("It still needs the approval of Kenya's National Assembly and of lawmakers in Uganda.", ("Uganda", "planned")),
    # coordinated passive agents
    ("The compact was approved by the Kenyan National Assembly on Monday and by lawmakers in Uganda a week later.",
     ("Uganda", "asserted")),
])
def test_lawmakers_of_a_state_are_its_legislature(extractor, body, expected):
    # (each fails on 6df53731: "lawmakers" was the Kenyan chamber in view, or lost)
    got = {(s, mod) for s, _, mod in _ratified(run(extractor, _SIGNED + body, published="2025-03-14"))}
    assert expected in got, got


@pytest.mark.parametrize("body, expected", [
    ("It now has to clear both houses, the Senate in Nairobi and the Parliament in Kampala.",
     {("Kenya", "Senate"), ("Uganda", "Parliament")}),
    ("It was ratified on Monday by both parliaments, the Senate in Nairobi and the Parliament in Kampala.",
     {("Kenya", "Senate"), ("Uganda", "Parliament")}),
    ("Approval by both legislatures, the Senate in Nairobi and the Parliament in Kampala, came quickly.",
     {("Kenya", "Senate"), ("Uganda", "Parliament")}),
])
def test_a_counted_noun_spelt_out_by_a_list(extractor, body, expected):
    # (each fails on 6df53731: the list's second chamber lost, or given the first one's state)
    got = {(s, b) for s, b, _ in _ratified(run(extractor, _SIGNED + body, published="2025-03-14"))}
    assert expected <= got, got
    assert ("Uganda", "Senate") not in got, got


@pytest.mark.parametrize("body", [
    # lawmakers who do not vote on it
    "Kenya's National Assembly ratified it on Monday. Lawmakers in Uganda criticised the compact on Friday.",
    # the same state's lawmakers, another sentence
    "Kenya's National Assembly ratified it on Monday. Kenyan lawmakers had debated it for weeks.",
    # "from" that names no approving body
    "Officials from Uganda's parliament praised it on Monday.",
    # an approval said not to be needed
    "The compact needs no approval from Uganda's parliament.",
    # a counted noun of people
    "Both leaders, Ruto and Museveni, praised it on Monday.",
])
def test_no_ugandan_ratification(extractor, body):
    got = _ratified(run(extractor, _SIGNED + body, published="2025-03-14"))
    assert not any(s == "Uganda" for s, _, _ in got), got


_DIET = ("TOKYO — The House of Councillors, the Diet's upper chamber, voted to approve the Pacific Access "
         "Agreement with Canada on Friday. The House of Representatives had passed it in May. Canada signed a similar "
         "pact with Australia last year.")


@pytest.mark.parametrize("headline", [
    "Upper house clears Japan-Canada access pact",
    "Upper chamber ratifies Japan-Canada access pact",
    "Upper house approves Japan-Canada access pact",
])
def test_a_bare_chamber_goes_with_its_fellow_though_a_headline_repeats_it(extractor, headline):
    # (fails on 6df53731: the headline's step, of no named body, kept the bare chamber in the state its link gives)
    got = _ratified(run(extractor, _DIET, headline=headline, published="2025-03-14"))
    assert ("Japan", "House of Representatives", "asserted") in got, got
    assert not any(s == "Australia" for s, _, _ in got), got


def test_a_state_named_with_its_step_keeps_it(extractor):
    body = _DIET.replace("Canada signed a similar pact with Australia last year.",
                         "Australia ratified the Pacific Access Agreement in April.")
    got = _ratified(run(extractor, body, headline="Upper house clears Japan-Canada access pact", published="2025-03-14"))
    assert any(s == "Australia" and mod == "asserted" for s, _, mod in got), got
