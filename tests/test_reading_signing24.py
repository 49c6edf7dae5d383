"""Signings, round 24: a signing no sentence places is at the event of its day — a trip told as done to
one city, when its guest or host signs, or a summit held in one city, when a participant signs (any
state at a bloc's summit) (kg.extract.facts.signing_events). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def places(doc, agreement_word: str) -> set:
    return {f.get("place") for f in facts(doc, "signing") if agreement_word in f["agreement"]}


# -- at the trip of its day ---------------------------------------------------------------------------
@pytest.mark.parametrize("body, word, city", [
    (("Kenyan President Amara Odhiambo arrived in Hanoi on Monday for a two-day state visit. On Tuesday Odhiambo and "
      "Vietnamese President Tran Van Minh signed a memorandum on rice trade."), "rice", "Hanoi"),
    (("Ghanaian President Kofi Mensah paid a state visit to Dakar on Monday and Tuesday. He held talks with Senegalese "
      "President Moussa Diop on trade. The two leaders also discussed the Sahel. An agreement on defence cooperation "
      "was signed on Tuesday by Mensah and Diop."), "defence", "Dakar"),
    (("Polish President Jan Kowal was in Vilnius from Monday to Wednesday. Talks focused on energy. On Wednesday Poland "
      "and Lithuania signed an agreement on grain transit."), "grain", "Vilnius"),
])
def test_a_signing_on_a_day_of_a_trip_is_where_the_trip_went(extractor, body, word, city):
    doc = run(extractor, body, published="2025-03-14")
    assert places(doc, word) == {city}, places(doc, word)


# -- at the summit of its day -------------------------------------------------------------------------
@pytest.mark.parametrize("body, word, city", [
    (("The summit of the African Union opened in Addis Ababa on Monday and closed on Tuesday. Leaders discussed "
      "peacekeeping at length. On Tuesday Kenya and Ethiopia signed a protocol on cross-border trade."), "cross-border",
     "Addis Ababa"),
    (("Leaders of the Pacific Islands Forum gathered in Suva on Monday and Tuesday for their annual summit. Fiji and "
      "Samoa signed a maritime boundary treaty on Tuesday."), "boundary", "Suva"),
])
def test_a_signing_on_a_day_of_a_summit_is_where_the_summit_was(extractor, body, word, city):
    doc = run(extractor, body, published="2025-03-14")
    assert places(doc, word) == {city}, places(doc, word)


# -- guards -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, word, place", [
    # other states sign that day: not the guest's nor the host's signing
    (("Kenyan President Amara Odhiambo arrived in Hanoi on Monday. On Monday, Chile and Peru signed a protocol on "
      "fisheries."), "fisheries", None),
    # a place the sentence gives stays
    (("Kenyan President Amara Odhiambo arrived in Hanoi on Monday. In Nairobi on Monday, Kenya and Uganda signed a "
      "protocol on rail transport."), "rail", "Nairobi"),
    # another day than the trip's
    (("Kenyan President Amara Odhiambo arrived in Hanoi on Monday. Kenya and Vietnam signed a protocol on tea exports "
      "in 2019."), "tea", None),
    # a trip still ahead places nothing
    (("Kenyan President Amara Odhiambo will arrive in Hanoi on Thursday. Kenya and Vietnam signed a protocol on tea "
      "exports on Thursday."), "tea", None),
])
def test_no_event_of_the_day_places_no_signing(extractor, body, word, place):
    doc = run(extractor, body, published="2025-03-14")
    assert places(doc, word) <= {place}, places(doc, word)


# -- a reflexive signer stands for the subject of the clause above it (kg.extract.pronouns) -------------
@pytest.mark.parametrize("body, signer", [
    (("Peruvian Defence Minister Luis Vargas told lawmakers that the pact on river patrols, which had been signed by "
      "himself and Chilean Defence Minister Ana Ruiz in March, was working well."), "Luis Vargas"),
    (("Luis Vargas, Peru's defence minister, reminded the committee that the pact on river patrols had been signed on "
      "3 March by himself, on behalf of Peru, and by Chile's envoy."), "Luis Vargas"),
    (("Kenyan Foreign Minister Amina Njeri addressed the Senate on Monday. She recalled that the accord on lake fishing "
      "had been signed in Kampala by herself and a Ugandan envoy."), "Amina Njeri"),
])
def test_a_reflexive_signer_is_the_clause_subject_above_it(extractor, body, signer):
    doc = run(extractor, body, published="2025-03-14")
    assert signer in {f.get("signatory") for f in facts(doc, "signing")}, facts(doc, "signing")


def test_an_emphatic_reflexive_on_a_noun_is_not_the_speaker(extractor):
    body = "Chilean envoy Ana Ruiz said the treaty on fisheries had been signed in Lima by the minister herself."
    doc = run(extractor, body, published="2025-03-14")
    assert "Ana Ruiz" not in {f.get("signatory") for f in facts(doc, "signing")}, facts(doc, "signing")
