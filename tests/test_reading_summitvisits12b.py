"""Trips to summits read on sentences written for the test (round 12b): one who acts at a summit
held abroad, or speaks to it, travels to where it is held, for it ("said at the summit", "At the
summit, X announced", "met Y on the sidelines", "told the assembly", "addressed the summit") —
not its host at home, not one taking part by video link, not one at a meeting of the home state's own."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple[str, str, str, str]]:
    return {(f["visitor"], f["destination"], f.get("purpose", ""), f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, expected", [
    (("The ECOWAS summit opened in Lomé on Tuesday. Liberian President Joseph Kollie said at the summit "
     "that the bloc must act on debt."),
     {("Joseph Kollie", "Lomé", "ECOWAS summit", "asserted")}),
    (("The ASEAN summit was held in Phnom Penh on March 6. At the summit, Malaysian Prime Minister "
     "Aziz Rahman announced a new fund."),
     {("Aziz Rahman", "Phnom Penh", "ASEAN summit", "asserted")}),
    (("The SADC summit opened in Maputo on Monday. Botswana's President Kagiso Molefe told the gathering "
     "that the plan needed money."),
     {("Kagiso Molefe", "Maputo", "SADC summit", "asserted")}),
    (("The African Union summit opened in Addis Ababa on Sunday. Malian President Seydou Keita told the "
     "assembly that the continent needed its own fund."),
     {("Seydou Keita", "Addis Ababa", "African Union summit", "asserted")}),
    (("The NATO summit was held in Riga on March 4. Danish Prime Minister Freja Holm met Portuguese "
     "Prime Minister Rui Matos on the sidelines."),
     {("Freja Holm", "Riga", "NATO summit", "asserted"), ("Rui Matos", "Riga", "NATO summit", "asserted")}),
    (("The Pacific Islands Forum summit was held in Honiara on March 5. Samoan Prime Minister Tui Leota "
     "told reporters at the summit that sea levels were rising."),
     {("Tui Leota", "Honiara", "Pacific Islands Forum summit", "asserted")}),
    (("The Arab League summit was held in Tunis on March 1. Iraqi Prime Minister Hamid Saleh addressed the "
     "summit."),
     {("Hamid Saleh", "Tunis", "Arab League summit", "asserted")}),
])
def test_one_who_acts_at_a_summit_abroad_travels_there(extractor, body, expected):
    got = trips(run(extractor, body))
    assert expected <= got, got


@pytest.mark.parametrize("body, person", [
    # the host at home
    (("The ECOWAS summit opened in Abuja on Tuesday. Nigerian President Ade Okafor said at the summit "
     "that the region needed unity."), "Ade Okafor"),
    # by video link
    (("The G7 summit was held in Hiroshima on March 3. Ukrainian President Petro Danyliuk addressed the "
     "summit by video link."), "Petro Danyliuk"),
])
def test_no_trip_from_home_or_from_afar(extractor, body, person):  # (guards)
    got = trips(run(extractor, body))
    assert not any(v == person for v, _, _, _ in got), got
