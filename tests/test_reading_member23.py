"""Membership read on sentences written for the test (round 23): a list set off by a dash or a colon
after "member states", "member countries" or "member nations" names the noun's members, read word by
word where the parser splits a long list, and such a list is not taken for fewer items than the noun
counts (kg.extract.facts.member_phrases: colon_listed, continued_list)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

ASEAN = "Association of Southeast Asian Nations"
ECOWAS = "Economic Community of West African States"
BIMSTEC = "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"


def members(doc: Document) -> set[tuple[str, str]]:
    """The memberships stated (a negated one is no statement: FORMAT.md)."""
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] != "negated"}


@pytest.mark.parametrize("body, org, states", [
    (("The seven ECOWAS member states - Ghana, Nigeria, Senegal, Sierra Leone, Liberia, Cabo Verde and Togo - "
     "meet today for talks."), ECOWAS, ["Ghana", "Nigeria", "Senegal", "Sierra Leone", "Liberia", "Togo"]),
    (("Ministers of the seven ECOWAS member countries - Ghana, Nigeria, Senegal, Sierra Leone, Liberia, Cabo Verde "
     "and Togo - meet today for talks."), ECOWAS, ["Ghana", "Togo"]),
    (("All seven BIMSTEC member nations - Bangladesh, Bhutan, India, Myanmar, Nepal, Thailand and Sri Lanka - "
     "convene tomorrow in the capital."), BIMSTEC, ["Bangladesh", "Nepal", "Sri Lanka", "Thailand"]),
    (("All seven BIMSTEC member nations - Bangladesh, Bhutan, India, Myanmar, Nepal, Thailand and Sri Lanka - "
     "gather today."), BIMSTEC, ["Bhutan", "India", "Thailand"]),
])
def test_a_list_set_off_after_member_states_names_its_members(extractor, body, org, states):
    got = members(run(extractor, body))
    assert {(s, org) for s in states} <= got, got


@pytest.mark.parametrize("body, outsiders", [
    # the list ends where its names end: a state named after it is none of the noun's members
    ("The three ECOWAS member states - Ghana, Nigeria and Togo - meet envoys from Morocco and Algeria today.",
     ["Morocco", "Algeria"]),
    (("The seven ECOWAS member states - Ghana, Nigeria, Senegal, Sierra Leone, Liberia, Cabo Verde and Togo - "
     "meet Morocco today for talks."), ["Morocco"]),
    # fewer items than the noun counts continue its coordination
    ("The ten ASEAN countries, China and Japan signed the trade pact.", ["China", "Japan"]),
])
def test_states_outside_the_list_are_no_members(extractor, body, outsiders):
    got = members(run(extractor, body))
    assert not any(m in outsiders for m, _ in got), got
