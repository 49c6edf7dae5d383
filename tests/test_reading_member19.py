"""Membership read on sentences written for the test (round 19): an international organisation may
be a member of another; a noun phrase set off by commas right after a name is said of it wherever
the parser hung it (kg.extract.frame_arguments); a text a clause says founded an organisation, or
a founding text the organisation owns, makes its parties members (kg.extract.facts.founding_members);
states that act together in an organisation are in it (the together-in frame)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

NATO = "North Atlantic Treaty Organisation"
G20 = "Group of Twenty"


def members(doc: Document) -> set[tuple[str, str]]:
    """The memberships stated (a negated one is no statement: FORMAT.md)."""
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] != "negated"}


@pytest.mark.parametrize("body, member", [
    ("The African Union became a permanent member of the G20 in 2023.", "African Union"),
    ("The European Union, a member of the G20, sent its president.", "European Union"),
    ("Kenya and the African Union are members of the G20.", "African Union"),
])
def test_an_organisation_may_be_a_member_of_another(extractor, body, member):
    got = members(run(extractor, body))
    assert (member, G20) in got, got


def test_member_states_of_an_organisation_make_it_no_member(extractor):
    got = members(run(extractor, "Member States of the United Nations met in Geneva."))
    assert not any(m == "United Nations" for m, _ in got), got


@pytest.mark.parametrize("body, state, org", [
    # the phrase hung on the one the name closes
    ("The exercises near Finland, NATO's newest member, worried Moscow.", "Finland", NATO),
    ("His speech put him at odds with the crowd in Kenya, the East African Community's largest economy.",
     "Kenya", "East African Community"),
    # a second subject of the verb
    ("The patrols near Estonia, NATO's smallest member, angered Russia.", "Estonia", NATO),
])
def test_a_phrase_set_off_by_commas_after_a_name_is_said_of_it(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org) in got, got


@pytest.mark.parametrize("body", [
    "In Kenya, East African Community members will meet next week.",
    "After leaving Kenya, East African Community ministers flew to Arusha.",
])
def test_a_phrase_that_is_its_clauses_subject_is_said_of_no_name_before(extractor, body):
    got = members(run(extractor, body))
    assert ("Kenya", "East African Community") not in got, got


@pytest.mark.parametrize("body, states, org", [
    # a relative clause on the text
    ("Chile and Peru ratified the Cartagena Agreement, which established the Andean Community.",
     ("Chile", "Peru"), "Andean Community"),
    # a passive, the text its agent
    ("The Andean Community was set up by the Cartagena Agreement, which Chile and Peru signed in 1969.",
     ("Chile", "Peru"), "Andean Community"),
    # told across two sentences
    ("Kenya signed the Rome Statute in 1999. The treaty created the International Criminal Court.",
     ("Kenya",), "International Criminal Court"),
    # a founding text the organisation owns
    (("The Alliance of Sahel States held its first summit in Niamey. Its founding treaty was signed there by "
      "Mali and Niger."), ("Mali", "Niger"), "Alliance of Sahel States"),
])
def test_parties_to_a_text_said_to_found_an_organisation_are_its_members(extractor, body, states, org):
    got = members(run(extractor, body))
    assert all((s, org) in got for s in states), got


def test_a_text_that_founds_nothing_makes_no_member(extractor):
    got = members(run(extractor, "Kenya signed the Rome Statute in 1999. The treaty was debated at the "
                                 "International Criminal Court."))
    assert ("Kenya", "International Criminal Court") not in got, got


@pytest.mark.parametrize("body, states, org", [
    ("Chile and Peru have worked together within the Andean Community since 1969.", ("Chile", "Peru"),
     "Andean Community"),
    ("Kenya and Uganda came together in the East African Community in 2000.", ("Kenya", "Uganda"),
     "East African Community"),
    ("Norway and Denmark cooperate closely in NATO.", ("Norway", "Denmark"), NATO),
])
def test_states_acting_together_in_an_organisation_are_in_it(extractor, body, states, org):
    got = members(run(extractor, body))
    assert all((s, org) in got for s in states), got


@pytest.mark.parametrize("body", [
    "Ghana cooperates with Nigeria in the fight against piracy.",
    "India and Oman cooperate closely in the India-Oman Joint Commission.",
])
def test_acting_together_in_no_organisation_of_others_is_no_membership(extractor, body):
    got = members(run(extractor, body))
    assert not got, got
