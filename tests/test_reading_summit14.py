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


# -- a time told in another summit's clause is that summit's -------------------------------------------
def summit_rows(extractor, body: str) -> dict[str, dict]:
    return {r["summit"]: r for r in facts(run(extractor, body, published=PUBLISHED), "summit")}


@pytest.mark.parametrize("body, past", [
    (("At their 2019 summit in Sochi, Russia and African states promised to double trade; the next summit is "
      "set for Kazan in July."), "2019 summit"),
    (("The Andean summit in La Paz ended without a deal in March, and the next summit will open in Lima on "
      "July 2."), "Andean summit"),
    (("Chile hosted the Pacific Alliance summit in Santiago last month, while the Mercosur summit is scheduled "
      "for Asuncion on July 8."), "Pacific Alliance summit"),
])
def test_another_summits_time_is_not_this_ones(extractor, body, past):
    row = summit_rows(extractor, body)[past]
    assert row["modality"] == "asserted" and row.get("start") is None, row


@pytest.mark.parametrize("body, ahead, start", [
    # the summit whose clause tells the day keeps it
    (("The Andean summit in La Paz ended without a deal in March, and the next summit will open in Lima on "
      "July 2."), "next summit", "2024-07-02"),
])
def test_a_summits_own_time_stays_guard(extractor, body, ahead, start):
    row = summit_rows(extractor, body)[ahead]
    assert row["modality"] == "planned" and str(row.get("start")) == start, row
