"""Membership read on sentences written for the test (round 25): organisations listed after the one a
membership names, read on the names where the parser hangs the list inside a long name or on the verb
("a member of A, B and C", "members of A, whose seat is in X, and of B": member_orgs.listed_after), none
of them a member of the first; a second member noun hung inside the first's long name
(member_orgs.first_member_noun)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

AU = "African Union"
EAC = "East African Community"
IGAD = "Intergovernmental Authority on Development"
SADC = "Southern African Development Community"
PIF = "Pacific Islands Forum"
UN = "United Nations"


def members(doc: Document) -> set[tuple[str, str]]:
    """The memberships stated (a negated one is no statement: FORMAT.md)."""
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] != "negated"}


@pytest.mark.parametrize("body, expected", [
    # a list of three whose second long name the parser hangs on the verb
    (f"Rwanda is a member of the {AU}, the {EAC} and the {UN}.", {("Rwanda", AU), ("Rwanda", EAC), ("Rwanda", UN)}),
    # in an apposition, the list hung inside the first long name
    (f"Somalia, a member of the {IGAD}, the Arab League and the {AU}, asked for talks.",
     {("Somalia", IGAD), ("Somalia", "Arab League"), ("Somalia", AU)}),
    # the same, in a clause reported
    (f"The envoy said Eritrea, a member of the {IGAD}, the Arab League and the {AU}, wanted calm.",
     {("Eritrea", "Arab League"), ("Eritrea", AU)}),
    # the preposition said again after an aside
    (f"Zambia is a member of the {SADC}, which has its seat in Gaborone, and of the {AU}.", {("Zambia", AU)}),
    # a second member noun the parser hangs inside the first long name
    (("Chile and Peru are founding members of the Community of Latin American and Caribbean States and members of "
     "the Pacific Alliance."), {("Chile", "Pacific Alliance"), ("Peru", "Pacific Alliance")}),
])
def test_organisations_listed_after_a_membership(extractor, body, expected):
    got = members(run(extractor, body))
    assert expected <= got, got


@pytest.mark.parametrize("body, wrong", [
    # the organisations listed are none of the first one's members
    (f"Uganda, a member of the {AU}, the {EAC} and the {UN}, sent a delegation.", {(EAC, AU), (UN, AU)}),
    # a name after a comma alone, with no "and" closing a list, may be another name of the first
    (f"Kenya is a member of the {EAC}, the {AU} body for trade.", {("Kenya", AU)}),
    # an aside that names another organisation's place, with no preposition said again
    (f"Zambia is a member of the {SADC}, which met the {AU} last week.", {("Zambia", AU)}),
])
def test_listed_organisations_guards(extractor, body, wrong):
    got = members(run(extractor, body))
    assert not wrong & got, got
