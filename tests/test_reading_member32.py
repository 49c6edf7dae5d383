"""Membership read on sentences written for the test (round 32): a participant is no member by being
one. A state the summit's reading makes a participant (the host, those meeting or signing on its
sidelines) sits in the organisation only where a sentence naming the summit names it (or one of its
office holders) as there, not as the host alone nor on the summit's margins
(kg.extract.facts.summit_members)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

G20 = "Group of Twenty"
ECOWAS = "Economic Community of West African States"
APEC = "Asia-Pacific Economic Cooperation"


def members(doc: Document) -> set[tuple[str, str]]:
    """The memberships stated (a negated one is no statement: FORMAT.md)."""
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] != "negated"}


@pytest.mark.parametrize("body, state, org", [
    # a meeting on the summit's margins (nominal: "the margins of")
    ("The Kenyan and Ghanaian presidents held talks on the margins of the G20 summit in Rome on Saturday.", "Kenya", G20),
    # a signing on its sidelines, told in the next sentence
    (("Leaders gathered in Rome on Saturday for the G20 summit. On the sidelines, Kenya and Norway signed a memorandum "
      "on shipping."), "Norway", G20),
    # the host, in a relative clause on the summit
    ("The next G20 summit, which Kenya will host in Nairobi in 2027, is expected to focus on debt.", "Kenya", G20),
    # the host, as the country its city is in
    ("President Ruto flew home to Nairobi from Lima, Peru, where he had attended the APEC summit.", "Peru", APEC),
])
def test_a_participant_told_only_beside_the_summit_is_no_member(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org) not in got, got


# guards: taking part told in the summit's own sentence still makes the member (as before)
@pytest.mark.parametrize("body, expected", [
    ("Leaders of Ghana, Senegal and Nigeria attended the ECOWAS summit in Abuja on Sunday.",
     {("Ghana", ECOWAS), ("Senegal", ECOWAS), ("Nigeria", ECOWAS)}),
    ("The African Union summit in Addis Ababa, attended by the presidents of Kenya and Uganda, ended on Monday.",
     {("Kenya", "African Union"), ("Uganda", "African Union")}),
])
def test_a_state_told_taking_part_is_still_a_member(extractor, body, expected):
    got = members(run(extractor, body))
    assert got >= expected, got


# -- members named in lists (kg.extract.facts.member_phrases.companions; data/frames.yaml member nouns) ----
ANDEAN = "Andean Community"


@pytest.mark.parametrize("body, expected", [
    # "member economies", predicated through a copula
    ("Chile and Vietnam are both member economies of APEC.", {("Chile", APEC), ("Vietnam", APEC)}),
    # "joined alongside" a counted noun whose list follows a colon
    ("Chad and Gabon joined the Andean Community last year alongside its founding four: Peru, Chile, Bolivia and Ecuador.",
     {("Peru", ANDEAN), ("Bolivia", ANDEAN), ("Ecuador", ANDEAN)}),
])
def test_members_named_in_lists(extractor, body, expected):
    got = members(run(extractor, body))
    assert got >= expected, got


@pytest.mark.parametrize("body, state, org", [
    # the member noun as the clause's doer: who acts "along with" the members is no member
    (("Four members of the Andean Community — Peru, Chile, Bolivia and Ecuador — along with Japan and Canada had "
      "ratified the pact by May."), "Japan", ANDEAN),
])
def test_who_acts_along_with_the_members_is_no_member(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org) not in got, got


# guards: "along with" said of a member, as a standing, still shares it
@pytest.mark.parametrize("body, expected", [
    ("Peru, along with Chile, is a member of the Andean Community.", {("Peru", ANDEAN), ("Chile", ANDEAN)}),
    ("Peru is a member of the Andean Community alongside Chile and Bolivia.",
     {("Peru", ANDEAN), ("Chile", ANDEAN), ("Bolivia", ANDEAN)}),
    ("APEC, whose member economies include Chile and Vietnam, met in Lima.", {("Chile", APEC), ("Vietnam", APEC)}),
])
def test_along_with_a_member_still_shares_its_standing(extractor, body, expected):
    got = members(run(extractor, body))
    assert got >= expected, got


# -- a member given the wrong organisation (kg.extract.facts.members): "X became a member of Y" is read
# twice, by the joining verb and by the member noun it predicates; the verb's organisation is the noun's,
# not the one the passage named before
@pytest.mark.parametrize("body, state, org, other", [
    ("Serbia signed a deal with Mercosur. Kenya became a permanent member of the Andean Community on Tuesday.",
     "Kenya", ANDEAN, "Mercosur"),
    ("Chile signed a trade pact with Mercosur in May. Peru became a founding member of the Pacific Alliance in 2011.",
     "Peru", "Pacific Alliance", "Mercosur"),
    ("Mercosur criticised the move. Ecuador, which had become a member of the Andean Community in 1969, stayed silent.",
     "Ecuador", ANDEAN, "Mercosur"),
])
def test_becoming_a_member_of_one_organisation_is_no_membership_of_another(extractor, body, state, org, other):
    got = members(run(extractor, body))
    assert (state, org) in got and (state, other) not in got, got


# -- an institution of an organisation the article names stands for it (kg.extract.facts.member_orgs,
# the gazetteer's family of the body): a candidacy told by the Commission or the Council is the union's
EU = "European Union"


@pytest.mark.parametrize("body, state, body_name", [
    ("Montenegro hopes to join the EU by 2028. The European Commission opened accession talks with Montenegro in 2012.",
     "Montenegro", "European Commission"),
    ("Moldova has applied to join the EU. The European Council granted Moldova candidate status in June.",
     "Moldova", "European Council"),
    # the institution in a relative clause
    (("Serbia wants to join the EU. The European Commission, which opened accession talks with Serbia in 2014, "
      "praised its progress."), "Serbia", "European Commission"),
])
def test_an_institution_stands_for_its_organisation(extractor, body, state, body_name):
    got = {(f["member"], f["organization"]) for f in facts(run(extractor, body), "member")}
    assert (state, EU) in got and (state, body_name) not in got, got
