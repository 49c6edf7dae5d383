"""Membership read on sentences written for the test (round 26): an organisation the gazetteer does
not know, told as a body of states ("X, a grouping of five island states", "heads of government of
X", "X, which groups A, B and C"), is an international organisation (bodies_of_states.py), so a
member noun or a description ("the organisation", "the group") finds it as the one in view."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

TOMC = "Tasman Organisation for Maritime Cooperation"


def members(doc: Document) -> set[tuple[str, str]]:
    """The memberships stated (a negated one is no statement: FORMAT.md)."""
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] != "negated"}


def org_type(doc: Document, label: str) -> str | None:
    return next((e.type for e in doc.entities.values() if e.label == label), None)


@pytest.mark.parametrize("body, expected", [
    # a description set beside the name, the members listed in the next sentence
    ((f"Leaders of the {TOMC}, a grouping of five island states, meet in Suva on Monday. The five members - "
     "Fiji, Tonga, Samoa, Vanuatu and Palau - founded the group in 2001."),
     {("Fiji", TOMC), ("Tonga", TOMC), ("Samoa", TOMC), ("Vanuatu", TOMC), ("Palau", TOMC)}),
    # its heads of government, then its members by description
    ((f"Heads of government of the {TOMC} met in Suva. The members of the organisation, Fiji and Tonga, signed "
     "a declaration."), {("Fiji", TOMC), ("Tonga", TOMC)}),
    # the composition said in a relative clause on the name
    (f"The {TOMC}, which groups Fiji, Tonga and Samoa, met in Suva.", {("Fiji", TOMC), ("Tonga", TOMC), ("Samoa", TOMC)}),
])
def test_unknown_body_of_states(extractor, body, expected):
    doc = run(extractor, body)
    assert org_type(doc, TOMC) == "InternationalOrganization"
    got = members(doc)
    assert expected <= got, got


@pytest.mark.parametrize("body", [
    # a grouping of firms is no body of states
    f"The {TOMC}, a grouping of five shipping firms, opened an office in Suva. Fiji is a member.",
    # nothing tells what it groups
    f"The {TOMC} opened an office in Suva. Fiji is a member.",
])
def test_unknown_body_guards(extractor, body):
    doc = run(extractor, body)
    assert org_type(doc, TOMC) == "Organization"
    assert ("Fiji", TOMC) not in members(doc)
