"""Ratification, round 27: agreements named as acts or plans of action; a step told ahead by its
clause (a purpose, a present-tense clause of time) or withheld (a vote never held). On passages
written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f["modality"]) for f in facts(doc, "ratification")}


def _states(doc) -> set[tuple]:
    return {(f["state"], f["modality"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("body, agreement, state", [
    (("Kenya's parliament on Monday ratified the Constitutive Act of the Lake Region Community, ending a "
      "two-year wait."), "Constitutive Act of the Lake Region Community", "Kenya"),
    ("The Founding Act of the Andean Water Union was approved by Peru's Congress on Tuesday.",
     "Founding Act of the Andean Water Union", "Peru"),
    (("Togo's National Assembly voted on Friday to ratify the Joint Plan of Action, which Ghana and Togo "
      "agreed last year."), "Joint Plan of Action", "Togo"),
])
def test_an_act_or_plan_of_action_is_an_agreement(extractor, body, agreement, state):
    # (each fails on 62a9ead: "act" and "plan of action" headed no agreement's name)
    doc = run(extractor, body, published="2025-03-14")
    assert (agreement, state, "asserted") in _ratified(doc), _ratified(doc)


@pytest.mark.parametrize("body, state, chamber", [
    (("Bolivia and Chile signed the Lauca River Treaty in May. Bolivia's Senate approved it on Monday, and the "
      "text now goes to the Chamber of Deputies, which will take it up quickly so that Bolivia's instrument of "
      "ratification can be deposited before June."), "Bolivia", "Chamber of Deputies"),
    (("Bolivia and Chile signed the Lauca River Treaty in May. Only after Chile's Congress approves it can the "
      "treaty take effect."), "Chile", "Congress"),
    (("Bolivia and Chile signed the Lauca River Treaty in May. The treaty will take effect as soon as the "
      "Chilean Senate has approved it."), "Chile", "Chilean Senate"),
])
def test_a_step_in_a_clause_of_purpose_or_time_is_ahead(extractor, body, state, chamber):
    # (each fails on 62a9ead: the step was told as done)
    doc = run(extractor, body, published="2025-03-14")
    got = {(f["state"], f["body"], f["modality"]) for f in facts(doc, "ratification")}
    assert (state, chamber, "planned") in got and (state, chamber, "asserted") not in got, got


@pytest.mark.parametrize("body, modality", [
    (("Oman and Kenya signed the Mombasa Ports Accord in 2019. Kenya's parliament ratified it in 2020, but the "
      "Consultative Assembly of Oman never voted on it and never will."), "negated"),
    (("Oman and Kenya signed the Mombasa Ports Accord in 2019. Oman's Consultative Assembly, which never voted on "
      "the accord, was dissolved in 2021."), "negated"),
    # a vote not yet held is awaited
    (("Oman and Kenya signed the Mombasa Ports Accord in 2019. The Consultative Assembly of Oman still has not "
      "voted on it."), "planned"),
])
def test_a_vote_never_held_is_a_ratification_withheld(extractor, body, modality):
    # (each fails on 62a9ead: a vote on an agreement told as not held was no ratification at all)
    doc = run(extractor, body, published="2025-03-14")
    assert ("Oman", modality) in _states(doc), _states(doc)


@pytest.mark.parametrize("body, state, modality", [
    # guards: a vote held is done
    (("Oman and Kenya signed the Mombasa Ports Accord in 2019. A vote on the accord was never held in the Omani "
      "Consultative Assembly."), "Oman", "negated"),
    (("Oman and Kenya signed the Mombasa Ports Accord in 2019. Kenya's parliament approved it after a long debate "
      "in 2020."), "Kenya", "asserted"),
    (("Oman and Kenya signed the Mombasa Ports Accord in 2019. When Kenya's parliament approved it in 2020, "
      "the opposition walked out."), "Kenya", "asserted"),
])
def test_votes_held_or_awaited_keep_their_modality(extractor, body, state, modality):
    doc = run(extractor, body, published="2025-03-14")
    assert (state, modality) in _states(doc), _states(doc)
