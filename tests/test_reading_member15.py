"""Membership lists read on sentences written for the test: a list after a member noun that goes on
with an item of another kind, or with more items than the noun counts, continues the noun's
coordination and names none of its members; a true roll of members is still read."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

G7 = "Group of Seven"
NATO = "North Atlantic Treaty Organisation"


def members(doc: Document) -> set[tuple[str, str]]:
    """The memberships stated (a negated one is no statement: FORMAT.md)."""
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] != "negated"}


@pytest.mark.parametrize("body, state, org", [
    (("The statement was approved by the leaders of the G7 countries, Brazil, India, South Africa and the "
     "European Commission, officials said."), "Brazil", G7),
    ("Envoys of the NATO states, Sweden, Austria and the Council of Europe met in Vienna on Monday.", "Austria", NATO),
    ("Ministers from the two NATO members, Ireland, Malta and Cyprus discussed migration in Valletta.", "Malta", NATO),
])
def test_a_list_going_on_past_the_member_noun_names_no_members(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org) not in got, got


@pytest.mark.parametrize("body, expected", [
    ("The three Baltic members of NATO, Estonia, Latvia and Lithuania, asked for more troops.",
     {("Estonia", NATO), ("Latvia", NATO), ("Lithuania", NATO)}),
    ("Leaders of the G7 countries, Canada, Italy and Japan among them, met in Rome.",
     {("Canada", G7), ("Italy", G7)}),
])
def test_a_roll_of_members_is_still_read(extractor, body, expected):
    got = members(run(extractor, body))
    assert got >= expected, got


QUAD = "Quadrilateral Security Dialogue"


@pytest.mark.parametrize("body, expected", [
    (("The Quadrilateral Security Dialogue has grown in weight since 2021. Prime Minister Kenji Arata will "
     "host the prime ministers of Australia and India in Tokyo next weekend at a summit of the Quadrilateral "
     "Security Dialogue."), {("Australia", QUAD), ("India", QUAD)}),
    (("Officials of the Quadrilateral Security Dialogue met in March. The leaders of Japan and the United States "
     "attended the Quadrilateral Security Dialogue summit in Sydney on Friday."),
     {("Japan", QUAD), ("United States", QUAD)}),
])
def test_a_word_of_the_organisations_own_name_gives_no_other_standing(extractor, body, expected):
    got = members(run(extractor, body))
    assert got >= expected, got
