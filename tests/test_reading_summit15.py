"""Summits as English tells them, read on sentences written for the test (round fifteen): a state
that signs an agreement at a summit takes part in it (told where and when the summit is held, or by
the signing verb the summit hangs on); a named meeting series of two states' ministers ("the X-Y
Defence Ministers' Dialogue", "the X-Y Strategic Dialogue") is a summit of those two states."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2024-06-10"  # a Monday


def summits(extractor, body: str) -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED), "summit")


# -- who signs at a summit takes part in it ------------------------------------------------------------
@pytest.mark.parametrize("body, where, signers", [
    (("Leaders of the Andean Community met in Quito on Friday for their annual summit. Ecuador and Bolivia "
      "signed an energy agreement in Quito on Friday."), "Quito", {"Ecuador", "Bolivia"}),
    (("The SADC summit was held in Maputo on June 6 and 7. A water-sharing accord was signed there on June 7 by "
      "Zambia and Malawi."), "Maputo", {"Zambia", "Malawi"}),
    (("The Pacific Alliance summit opened in Lima on Tuesday. On the same day, Chile and Peru signed a fisheries "
      "treaty in Lima, officials said."), "Lima", {"Chile", "Peru"}),
])
def test_signatories_at_a_summit_take_part(extractor, body, where, signers):
    rows = [r for r in summits(extractor, body) if r.get("location") == where]
    assert rows and signers <= set(rows[0].get("participants") or ()), rows


@pytest.mark.parametrize("body, absent", [
    # signed on another day than the summit's: not at it
    (("The Pacific Alliance summit opened in Lima on Tuesday. Chile and Peru had signed a fisheries treaty in "
      "Lima in March."), {"Chile", "Peru"}),
])
def test_signatories_elsewhere_do_not_guard(extractor, body, absent):
    got = {p for r in summits(extractor, body) for p in r.get("participants") or ()}
    assert not got & absent, got


# -- a named meeting series of two states' ministers ---------------------------------------------------
@pytest.mark.parametrize("body, where, pair", [
    ("Defence chiefs met in Jakarta on Thursday for the annual Indonesia-Malaysia Defence Ministers' Meeting.",
     "Jakarta", {"Indonesia", "Malaysia"}),
    (("Japan and Vietnam signed a maritime accord on Friday at the Japan-Vietnam Foreign Ministers' Dialogue in "
      "Hanoi."), "Hanoi", {"Japan", "Vietnam"}),
    ("The fourth Brazil-Mexico Strategic Dialogue will be held in Brasilia in August, the two ministries said.",
     "Brasília", {"Brazil", "Mexico"}),
])
def test_a_ministers_meeting_series_is_a_summit(extractor, body, where, pair):
    rows = [r for r in summits(extractor, body) if r.get("location") == where]
    assert rows and pair <= set(rows[0].get("participants") or ()), rows


def test_a_grouping_named_dialogue_stays_an_organisation_guard(extractor):
    doc = run(extractor, "Quadrilateral Security Dialogue leaders met in Tokyo on Friday.", published=PUBLISHED)
    assert not [e for e in doc.entities.values() if e.type == "Summit" and "Quadrilateral" in e.label]
