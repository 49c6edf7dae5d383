"""Summits as English tells them, read on sentences written for the test (round fourteen): one
state's standing as a member ("made X the bloc's tenth member", "to become the fifth member of Y")
says nothing of the other members taking part in the summit; the members as a whole ("the leaders
of the bloc's member states") still do."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2024-06-10"  # a Monday


def participants(extractor, body: str) -> set[str]:
    rows = facts(run(extractor, body, published=PUBLISHED), "summit")
    assert len(rows) == 1, rows
    return set(rows[0].get("participants") or ())


# -- one state's membership is no attendance of all the members ---------------------------------------
@pytest.mark.parametrize("body, listed", [
    (("China, Russia and Kazakhstan are members of the Shanghai Cooperation Organisation. The SCO summit in "
      "Astana on Thursday made Belarus the organisation's tenth member."), {"China", "Russia", "Kazakhstan"}),
    (("Chile, Peru and Colombia are members of the Pacific Alliance. Ecuador is expected to become the fifth "
      "member of the alliance at the next Pacific Alliance summit, in Quito in August."), {"Chile", "Peru", "Colombia"}),
    (("Kenya, Uganda and Tanzania belong to the East African Community. The EAC summit in Arusha on Friday "
      "admitted Somalia as the bloc's eighth member state."), {"Kenya", "Uganda", "Tanzania"}),
])
def test_one_states_membership_is_no_attendance_of_the_members(extractor, body, listed):
    assert not participants(extractor, body) & listed


@pytest.mark.parametrize("body, listed", [
    (("Kenya, Uganda and Tanzania belong to the East African Community. The leaders of the bloc's member states "
      "gathered in Arusha on Friday for the EAC summit."), {"Kenya", "Uganda", "Tanzania"}),
])
def test_the_members_as_a_whole_take_part_guard(extractor, body, listed):
    assert listed <= participants(extractor, body)
