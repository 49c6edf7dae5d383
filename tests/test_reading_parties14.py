"""Parties and membership read in the fourteenth round — sentences written for these tests in
several constructions (none from the corpus; invented people, real states and organisations)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def members(doc) -> set[tuple]:
    return {(r["member"], r["organization"], r["modality"]) for r in facts(doc, "member")}


NATO = "North Atlantic Treaty Organisation"


# -- an ally nobody owns is a member of the alliance the passage speaks of ---------------------------
@pytest.mark.parametrize("body, expected", [
    (("NATO leaders met in Oslo on Monday. Hungary, the last ally still to ratify the protocol, said "
     "its approval was a formality."), {("Hungary", NATO, "asserted")}),
    (("NATO defence ministers met in Brussels on Tuesday. Spain, an ally since 1982, agreed to host four "
     "destroyers."), {("Spain", NATO, "asserted")}),
    (("NATO is holding drills in the Baltic this week. Latvia is an ally that has long asked for more "
     "troops, its defence minister Edgars Kalninskis said."), {("Latvia", NATO, "asserted")}),
    (("The Collective Security Treaty Organization met in Minsk. Tajikistan, an ally bordering Afghanistan, "
     "asked for help."), {("Tajikistan", "Collective Security Treaty Organization", "asserted")}),
])
def test_an_unowned_ally_is_a_member_of_the_alliance_in_view(extractor, body, expected):
    assert members(run(extractor, body)) >= expected


@pytest.mark.parametrize("body, state", [
    ("NATO leaders met in Oslo on Monday. Japan, a close US ally, sent an observer.", "Japan"),
    ("NATO leaders met in Oslo on Monday. Australia, an ally of Washington, sent its defence minister.", "Australia"),
    ("NATO leaders met in Oslo on Monday. Belarus, Russia's closest ally, held drills nearby.", "Belarus"),
    # the organisation in view is no alliance
    ("The African Union met in Addis Ababa. Rwanda, an ally in the fight against militants, sent troops.", "Rwanda"),
])
def test_an_ally_someone_owns_or_of_no_alliance_is_no_member(extractor, body, state):
    assert not {m for m in members(run(extractor, body)) if m[0] == state}


def parties(doc) -> set[tuple]:
    return {(r["agreement"], r["party"], r["modality"]) for r in facts(doc, "parties")}


# -- an agreement signed with no party named, in a story about one pair of states, is theirs ---------
@pytest.mark.parametrize("body, agreement, pair", [
    (("President Kojo Amankwa of Ghana received Togo's foreign minister in Accra on Monday. Ghana is Togo's "
     "largest trading partner, and Togo buys most of its power from Ghana. The Volta Water Agreement was signed "
     "in 2004. Officials from Ghana and Togo said more talks were planned."), "Volta Water Agreement", ("Ghana", "Togo")),
    (("Vietnam and Laos reviewed their rail plans on Tuesday. Laos wants Vietnamese ports for its exports, and "
     "Vietnam has offered loans to Laos. The Mekong Transit Agreement, signed in 2019, already covers fuel shipments "
     "from Vietnam to Laos."), "Mekong Transit Agreement", ("Laos", "Vietnam")),
])
def test_a_signed_agreement_of_a_pair_story_binds_the_pair(extractor, body, agreement, pair):
    assert {(agreement, state, "asserted") for state in pair} <= parties(run(extractor, body))


@pytest.mark.parametrize("body", [
    # three states told as often: no pair
    ("Chile, Peru and Bolivia met in Arica. Chile and Peru spoke first; Bolivia, Chile and Peru then issued a "
    "statement. Bolivia asked Chile and Peru for port access. The Arica Rail Agreement was signed in 1905."),
    # a convention is many states' document
    ("Ghana and Togo held talks in Accra. Ghana is Togo's largest partner and Togo buys power from Ghana. The Lome "
    "Fisheries Convention was signed in 2004. Ghana and Togo will meet again."),
])
def test_no_pair_parties_without_a_pair_or_for_a_many_state_document(extractor, body):
    assert not {p for p in parties(run(extractor, body)) if p[0] in {"Arica Rail Agreement", "Lome Fisheries Convention"}}
