"""Membership told without a member noun, read on sentences written for the test: a state taking part
in an organisation's own summit sits in it (not a guest, nor the other side of a summit held with
others), and a state party to an organisation's founding text is a member of it."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

ECOWAS = "Economic Community of West African States"
NATO = "North Atlantic Treaty Organisation"
ASEAN = "Association of Southeast Asian Nations"


def members(doc: Document) -> set[tuple[str, str]]:
    """The memberships stated (a negated one is no statement: FORMAT.md)."""
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] != "negated"}


# -- a state taking part in an organisation's own summit is a member of it ---------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Leaders of Ghana, Senegal and Nigeria attended the ECOWAS summit in Abuja on Sunday.",
     {("Ghana", ECOWAS), ("Senegal", ECOWAS), ("Nigeria", ECOWAS)}),
    ("The African Union summit in Addis Ababa, attended by the presidents of Kenya and Uganda, ended on Monday.",
     {("Kenya", "African Union"), ("Uganda", "African Union")}),
    ("Estonia's president, Lena Harkov, flew to Brussels on Tuesday for the NATO summit.", {("Estonia", NATO)}),
])
def test_a_state_at_its_organisations_summit_is_a_member(extractor, body, expected):
    got = members(run(extractor, body))
    assert got >= expected, got


@pytest.mark.parametrize("body, state, org", [
    ("Japan's prime minister, Kenji Arata, attended the NATO summit in Madrid as a guest of the alliance.", "Japan", NATO),
    ("The ASEAN-China summit in Vientiane brought together the bloc's leaders and Chinese Premier Wu Tan.", "China", ASEAN),
])
def test_a_guest_or_the_other_side_of_a_summit_is_no_member(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org) not in got, got


# -- a party to an organisation's founding text is a member of it -----------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("The presidents of Chile, Peru and Bolivia signed the Constitutive Treaty of the Andean Community in Lima.",
     {("Chile", "Andean Community"), ("Peru", "Andean Community"), ("Bolivia", "Andean Community")}),
    ("Timor-Leste acceded to the ASEAN Charter on Sunday, officials in Dili said.", {("Timor-Leste", ASEAN)}),
    ("Ghana, Togo and Benin signed a treaty establishing the West African Rail Union at a ceremony in Accra.",
     {("Ghana", "West African Rail Union"), ("Togo", "West African Rail Union"), ("Benin", "West African Rail Union")}),
])
def test_a_party_to_an_organisations_founding_text_is_a_member(extractor, body, expected):
    got = members(run(extractor, body))
    assert got >= expected, got


def test_a_text_naming_a_state_beside_the_organisation_makes_no_member(extractor):
    doc = run(extractor, "The NATO-Russia Founding Act, which Russia signed in 1997, set limits on troops in the east.")
    assert ("Russia", NATO) not in members(doc), members(doc)
