"""Membership read on sentences written for the test (round 24): "A and B are founding members of X",
which the parser reads as a progressive "are founding" with "members" its object, is a copula said of
the clause's subject, a description or a relative clause's noun included (kg.extract.facts.members:
_predicated_of)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

ECOWAS = "Economic Community of West African States"
ODDS = "Ghana and Togo are at odds over the price of electricity. "


def members(doc: Document) -> set[tuple[str, str]]:
    """The memberships stated (a negated one is no statement: FORMAT.md)."""
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] != "negated"}


@pytest.mark.parametrize("body", [
    f"Ghana and Togo are founding members of the {ECOWAS}.",
    f"{ODDS}Both states are founding members of the {ECOWAS}.",
    f"{ODDS}The two countries are founding members of the {ECOWAS}, and their leaders meet in July.",
    f"{ODDS}They were founding members of the {ECOWAS}.",
    ("The presidents of Ghana and Togo met in Accra on Monday. They praised the ties between the two countries, "
     f"both of which were founding members of the {ECOWAS}."),
])
def test_states_said_to_be_founding_members_are_members(extractor, body):
    got = members(run(extractor, body))
    assert {("Ghana", ECOWAS), ("Togo", ECOWAS)} <= got, got


@pytest.mark.parametrize("body, outsiders", [
    # the founding members are those the clause is about, not those who say it
    (f"Ghana and Togo said Senegal and Mali are founding members of the {ECOWAS}.", ["Ghana", "Togo"]),
    # a state named after the noun is none of them
    (f"Ghana and Togo are founding members of the {ECOWAS} and trade closely with Morocco.", ["Morocco"]),
])
def test_states_beside_the_founding_members_are_none(extractor, body, outsiders):
    got = members(run(extractor, body))
    assert not any(m in outsiders for m, o in got if o == ECOWAS), got
