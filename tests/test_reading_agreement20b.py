"""Agreements, round 20b: who ends or leaves an agreement. Whoever suspends, revokes, terminates or
tears up an agreement (or a person for the state they serve) was bound by it, unless the article
says otherwise (kg.extract.facts.ended_agreements, the ``end-agreement`` frame); a withdrawal
reported under "notified", "announced" or "told" is told as done. A counted set the next sentences
rank ("two accords. The first, X ... The second, Y") is its members (kg.extract.ranked_members); a
plural "with A and with B" is one agreement per partner, each with its own words; a name that names
its partners ("the Agreement between A and B Concerning ...") is not a description told with others
(kg.extract.description_identity.named_partners). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

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
    body = "Peru scrapped the Andes Security Pact in 1999, and since then it has not been party to it."
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


@pytest.mark.parametrize("body, members, party, wrong", [
    (("Uruguayan President Tomas Ferro on Friday approved two defence agreements with Paraguay by decree. The "
      "first, a Visiting Forces Agreement, governs troops on exercises. The second, an agreement on cooperation "
      "against smuggling, opens river ports."), {"Visiting Forces Agreement", "agreement on cooperation against smuggling"},
     "Uruguay", "defence agreements with Paraguay"),
    (("Kenya signed two trade agreements with Uganda on Monday. The first is the Lake Victoria Fisheries Accord. The "
      "second is the Malaba Customs Protocol."), {"Lake Victoria Fisheries Accord", "Malaba Customs Protocol"}, "Kenya",
     "trade agreements with Uganda"),
])
def test_a_counted_set_ranked_after_it_is_its_members(extractor, body, members, party, wrong):
    got = parties(run(extractor, body, published="2025-03-14"))
    assert all((m, party, "asserted") in got for m in members), got
    assert not any(wrong in a for a, _, _ in got), got


def test_a_ranked_member_is_told_with_the_sets_partner(extractor):
    body = ("Kenya ratified two treaties with Uganda in May. The first is the Lake Victoria Convention. The second is "
            "the Elgon Border Protocol.")
    got = parties(run(extractor, body, published="2025-03-14"))
    assert ("Elgon Border Protocol", "Uganda", "asserted") in got, got


def test_a_set_ranked_short_of_its_count_stays_a_set(extractor):
    body = "Kenya signed three trade agreements with Uganda on Monday. The first is the Lake Victoria Fisheries Accord."
    assert "trade agreements with Uganda" in labels(run(extractor, body, published="2025-03-14"), "Agreement")


@pytest.mark.parametrize("body, agreement, partner", [
    ("Kenya has maritime security pacts with Tanzania and with Somalia.", "maritime security pact with Somalia", "Somalia"),
    (("Germany now has defence cooperation agreements with Norway and with Poland, both of which are in force. "
      "Denmark hosts soldiers under a visiting forces agreement with Norway."),
     "defence cooperation agreement with Poland", "Poland"),
])
def test_a_repeated_with_gives_one_agreement_per_partner(extractor, body, agreement, partner):
    got = parties(run(extractor, body, published="2025-03-14"))
    assert (agreement, partner, "asserted") in got, got


def test_a_set_split_by_partner_keeps_its_own_words(extractor):
    body = ("Germany now has defence cooperation agreements with Norway and with Poland, both of which are in force. "
            "Denmark hosts soldiers under a visiting forces agreement with Norway.")
    got = parties(run(extractor, body, published="2025-03-14"))
    assert ("visiting forces agreement with Norway", "Germany", "asserted") not in got, got


@pytest.mark.parametrize("body, named", [
    (("The Senate approved the Treaty between Chile and Peru on Fisheries Access on Monday. Chile signed a fisheries "
      "access treaty with Bolivia in 2019."), "Treaty between Chile and Peru on Fisheries Access"),
    (("The Diet approved the Agreement between Kenya and Uganda Concerning the Facilitation of Reciprocal Access on "
      "Friday. Kenya concluded a reciprocal access agreement with Tanzania in 2021."),
     "Agreement between Kenya and Uganda Concerning the Facilitation of Reciprocal Access"),
])
def test_a_name_naming_its_partners_is_not_a_description_with_others(extractor, body, named):
    got = parties(run(extractor, body, published="2025-03-14"))
    assert not any(a == named and p in {"Bolivia", "Tanzania"} for a, p, _ in got), got
