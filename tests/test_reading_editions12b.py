"""Summit editions as English tells them, read on sentences written for the test (round twelve, second
wave): a rank that counts a person's summits ("his third X summit", "her second summit as chair") or
those since a time or ever ("the first X summit since 2019", "ever held") is not the summit's edition;
a rank that counts the summits themselves ("the 15th X summit", "the bloc's 44th summit") is."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, name", [
    ("Prime Minister Arun Sharma of India attended his third Quad summit in Tokyo on Tuesday.", "quad summit"),
    ("President Daniel Ouma of Kenya flew home after his fourth African Union summit in Abuja.",
     "african union summit"),
    ("British Prime Minister Hugh Ellery attended his fifth G20 summit in Durban on Sunday.", "g20 summit"),
    ("The presidents of the United States and Russia held the first US-Russian summit since 2019 in Geneva.",
     "us-russian summit"),
    ("Leaders gathered in Vladivostok on Saturday for the first APEC summit ever held on Russian soil.", "apec summit"),
    ("Chancellor Lena Vogt, attending her first ASEAN summit since taking office, spoke in Jakarta on Monday.",
     "asean summit"),
    ("Mexico and Peru held their first Pacific Alliance summit in six years in Lima on Monday.",
     "pacific alliance summit"),
])
def test_a_rank_of_a_persons_summits_or_since_a_time_is_no_edition(extractor, body, name):
    doc = run(extractor, body, published="2031-05-19")
    rows = facts(doc, "summit")
    assert rows, rows
    assert all(r.get("ordinal") is None for r in rows), rows
    assert name in {r["summit"].casefold() for r in rows}, rows


def test_her_second_summit_as_chair_is_no_second_summit(extractor):
    doc = run(extractor, "Chancellor Lena Vogt opened her second summit as chair of the Group of Seven in Rome on Friday.",
              published="2031-05-19")
    assert not any(r.get("ordinal") == 2 for r in facts(doc, "summit")), facts(doc, "summit")


@pytest.mark.parametrize("body, ordinal", [
    ("The 15th BRICS summit opened in Durban on Tuesday with the leaders of Brazil and India.", 15),
    ("The Arab League's 33rd summit was held in Doha on Saturday.", 33),
    ("Leaders met in Abuja for the 44th ECOWAS summit since the bloc was founded.", 44),
])
def test_a_rank_of_the_summits_themselves_is_the_edition_guard(extractor, body, ordinal):
    doc = run(extractor, body, published="2031-05-19")
    assert [r.get("ordinal") for r in facts(doc, "summit")] == [ordinal], facts(doc, "summit")


@pytest.mark.parametrize("body, name", [
    (("Leaders met in Lima on Monday for a summit of the Pacific Alliance. President Ana Ruiz of Chile attended "
     "her second Pacific Alliance summit there."), "summit of the Pacific Alliance"),
    (("President Ana Ruiz of Chile will fly to Lima on Monday for a summit of the Pacific Alliance, a gathering she "
     "called vital. She will be attending her second Pacific Alliance summit in person."), "summit of the Pacific Alliance"),
    (("The president will welcome the leaders of Peru and Chile to Cusco on Saturday for a summit of the Andean "
     "Community. Ecuador's president will be attending his third Andean Community summit."),
     "summit of the Andean Community"),
])
def test_a_persons_ranked_summit_is_the_one_in_view(extractor, body, name):
    doc = run(extractor, body, published="2031-05-19")
    summits = [e for e in doc.entities.values() if e.type == "Summit"]
    assert [e.label for e in summits] == [name], [(e.label, e.aliases) for e in summits]
    assert all(r.get("ordinal") is None for r in facts(doc, "summit")), facts(doc, "summit")


# -- "neither ... nor": no participant ---------------------------------------------------------------
@pytest.mark.parametrize("body, absent", [
    ("Leaders met for the Horn of Africa summit in Nairobi on Tuesday. Neither Egypt nor Ghana attended.",
     {"Egypt", "Ghana"}),
    ("The Sahel summit in Niamey drew Mali and Chad on Friday, but neither Ghana nor Nigeria was represented.",
     {"Ghana", "Nigeria"}),
    ("Leaders met for the Horn of Africa summit in Nairobi on Tuesday. Egypt neither attended nor sent a delegation.",
     {"Egypt"}),
])
def test_neither_nor_attended_is_no_participant(extractor, body, absent):
    doc = run(extractor, body, published="2031-05-19")
    rows = facts(doc, "summit")
    assert rows, rows
    assert not absent & {p for r in rows for p in r.get("participants", ())}, rows


def test_both_attended_is_participants_guard(extractor):
    doc = run(extractor, "Leaders met for the Horn of Africa summit in Nairobi on Tuesday. Both Egypt and Ghana attended.",
              published="2031-05-19")
    assert {"Egypt", "Ghana"} <= {p for r in facts(doc, "summit") for p in r["participants"]}, facts(doc, "summit")
