"""Membership and parties as English states them, read on sentences written for the test: who joins
an agreement, whom a treaty links, predicates coordinated after a name, and a member of one
organisation "as well as of" another."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model


def parties(doc: Document) -> set[tuple[str, str, str]]:
    return {(f["agreement"], f["party"], f["modality"]) for f in facts(doc, "parties")}


def members(doc: Document) -> set[tuple[str, str, str]]:
    return {(f["member"], f["organization"], f["modality"]) for f in facts(doc, "member")}


# -- a state that joins an agreement is bound by it -----------------------------------------------------
@pytest.mark.parametrize("body, modality", [
    ("Peru acceded to the Treaty of Tumbes in 2019, three years after it was drafted.", "asserted"),
    ("Peru joined the Treaty of Tumbes last year, officials in Lima said.", "asserted"),
    ("Peru's accession to the Treaty of Tumbes was completed in March.", "asserted"),
    ("The Treaty of Tumbes, which Peru joined in 2019, covers the shared fisheries.", "asserted"),
    ("Peru will join the Treaty of Tumbes next year, its foreign minister said.", "planned"),
    ("Peru applied to join the Treaty of Tumbes in May.", "planned"),
    ("Peru has said it will not join the Treaty of Tumbes without guarantees for its fleet.", "negated"),
])
def test_a_state_joining_an_agreement_is_a_party(extractor, body, modality):
    got = parties(run(extractor, body))
    assert ("Treaty of Tumbes", "Peru", modality) in got, got


def test_joining_an_organisation_makes_no_party(extractor):
    doc = run(extractor, "Peru joined the Andean Community in 1969.")
    assert not parties(doc), parties(doc)
    assert ("Peru", "Andean Community", "asserted") in members(doc), members(doc)


# -- a treaty linking states binds each of them ---------------------------------------------------------
@pytest.mark.parametrize("body, states", [
    ("The minister said the wording mirrored the Treaty of Tumbes that links Chile with Peru and Ecuador.",
     {"Chile", "Peru", "Ecuador"}),
    ("The Treaty of Tumbes, which ties Chile to Peru, expires in May.", {"Chile", "Peru"}),
    ("Chile is connected to Peru and Ecuador by the Treaty of Tumbes, signed in 1998.", {"Chile", "Peru", "Ecuador"}),
])
def test_a_treaty_linking_states_binds_them(extractor, body, states):
    got = {p for a, p, mod in parties(run(extractor, body)) if a == "Treaty of Tumbes" and mod == "asserted"}
    assert got >= states, got


# -- predicates coordinated after a name are all said of it ---------------------------------------------
@pytest.mark.parametrize("body, modality", [
    ("Peru, a member of the Andean Community and a party to the Treaty of Tumbes, objected.", "asserted"),
    ("Peru is a member of the Andean Community and a party to the Treaty of Tumbes.", "asserted"),
    ("Bolivia is not a member of the Andean Community, nor a party to the Treaty of Tumbes.", "negated"),
    ("Bolivia is not a member of the Andean Community or a party to the Treaty of Tumbes.", "negated"),
])
def test_a_second_coordinated_predicate_is_said_of_the_subject(extractor, body, modality):
    doc = run(extractor, body)
    state = body.split(",")[0].split(" is ")[0]
    assert ("Treaty of Tumbes", state, modality) in parties(doc), parties(doc)
    assert (state, "Andean Community", modality) in members(doc), members(doc)


# -- a member of one organisation "as well as of" another ------------------------------------------------
@pytest.mark.parametrize("body, states", [
    ("Chile and Peru, both members of the OAS as well as of the Andean Community, had not named their envoys.",
     {"Chile", "Peru"}),
    ("Chile is a member of the OAS as well as of the Andean Community.", {"Chile"}),
    ("Peru is a member not only of the OAS but also of the Andean Community.", {"Peru"}),
])
def test_a_member_of_one_organisation_as_well_as_of_another(extractor, body, states):
    got = members(run(extractor, body))
    assert got >= {(s, o, "asserted") for s in states for o in ("Organization of American States", "Andean Community")}, got


# -- a list straight after a member noun names its members ----------------------------------------------
@pytest.mark.parametrize("body, states", [
    (("The talks were attended by Egypt and Iran as full members of the Andean Community alongside the bloc's "
     "original members: Chile, Peru and Ecuador."), {"Egypt", "Iran", "Chile", "Peru", "Ecuador"}),
    ("Envoys of the Andean Community's founding members - Chile, Peru and Ecuador - met in Lima on Monday.",
     {"Chile", "Peru", "Ecuador"}),
    ("Ministers from the Andean Community's member states: Chile, Peru and Ecuador, will meet in Lima.",
     {"Chile", "Peru", "Ecuador"}),
])
def test_states_listed_after_a_member_noun_are_members(extractor, body, states):
    got = {s for s, o, mod in members(run(extractor, body)) if o == "Andean Community" and mod == "asserted"}
    assert got >= states, got


# -- names right after a plural member noun are its members ---------------------------------------------
@pytest.mark.parametrize("body", [
    "EU member states France and Spain objected to the plan.",
    "Diplomats said the EU countries France and Spain objected to the plan.",
    "The envoy met the foreign ministers of European Union member nations France and Spain on Monday.",
    "On Monday, EU members France and Spain objected to the plan.",
])
def test_states_named_right_after_a_member_noun_are_members(extractor, body):
    got = members(run(extractor, body))
    assert got >= {("France", "European Union", "asserted"), ("Spain", "European Union", "asserted")}, got


def test_a_member_noun_followed_by_no_name_names_no_member(extractor):
    got = members(run(extractor, "Talks between EU member states and Turkey stalled on Monday."))
    assert not {s for s, _, _ in got} & {"Turkey"}, got


# -- an organisation made up of states ------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Mercosur, which is made up of Paraguay and Uruguay among others, met in Asuncion.",
    "Mercosur, composed of Paraguay and Uruguay among others, met in Asuncion.",
    "Officials said Mercosur is comprised of Paraguay, Uruguay and two larger neighbours.",
])
def test_an_organisation_made_up_of_states(extractor, body):
    got = members(run(extractor, body))
    assert got >= {("Paraguay", "Mercosur", "asserted"), ("Uruguay", "Mercosur", "asserted")}, got


# -- the state chairing an organisation is in it --------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Indonesia, which holds the ASEAN chair this year, hosted the talks.",
    "Indonesia, this year's ASEAN chair, hosted the talks in Jakarta.",
    "As ASEAN chair, Indonesia hosted the talks in Jakarta.",
    "ASEAN ministers met in Jakarta. Indonesia, the bloc's current chair, hosted them.",
    "Indonesia took over the rotating chairmanship of ASEAN in January.",
])
def test_the_state_chairing_an_organisation_is_a_member(extractor, body):
    got = members(run(extractor, body))
    assert ("Indonesia", "Association of Southeast Asian Nations", "asserted") in got, got


def test_a_person_chairing_an_organisation_names_no_member(extractor):
    got = members(run(extractor, "The ASEAN chair, Ana Reyes, spoke to reporters in Jakarta."))
    assert not got, got


# -- states an organisation counts as its members -------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Mercosur, which also counts Paraguay and Uruguay as members, met in Asuncion.",
    "The bloc lists Paraguay and Uruguay as full members. Mercosur was set up in 1991.",
    "Mercosur regards Paraguay and Uruguay as founding members, its charter says.",
])
def test_states_an_organisation_counts_as_members(extractor, body):
    got = members(run(extractor, body))
    assert got >= {("Paraguay", "Mercosur", "asserted"), ("Uruguay", "Mercosur", "asserted")}, got


# -- "A and fellow ASEAN member B": both are members ------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Laos and fellow ASEAN member Cambodia abstained in the vote.",
    "Laos, like fellow ASEAN member Cambodia, abstained in the vote.",
    "Laos sided with fellow ASEAN member Cambodia on Monday.",
    "The motion by Laos was backed by fellow ASEAN member Cambodia.",
])
def test_a_fellow_member_and_the_state_it_is_fellow_to(extractor, body):
    got = members(run(extractor, body))
    asean = "Association of Southeast Asian Nations"
    assert got >= {("Laos", asean, "asserted"), ("Cambodia", asean, "asserted")}, got


# -- those who found an organisation together with others -------------------------------------------------
@pytest.mark.parametrize("body, states", [
    ("Kenya founded the East African Community in 2000 together with Uganda.", {"Kenya", "Uganda"}),
    ("In 2000 Kenya, with Uganda, founded the East African Community.", {"Kenya", "Uganda"}),
    ("Kenya created the East African Community in 2000 alongside Uganda and Tanzania.", {"Kenya", "Uganda", "Tanzania"}),
])
def test_cofounders_are_members(extractor, body, states):
    got = {s for s, o, mod in members(run(extractor, body)) if o == "East African Community" and mod == "asserted"}
    assert got >= states, got


def test_founding_a_body_with_a_state_is_no_membership(extractor):
    got = members(run(extractor, "Kenya founded a joint border commission with Uganda in 2000."))
    assert not got, got


# -- organisations coordinated before a member noun; "non-" denies ----------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Poland is an EU and NATO member.", {("European Union", "asserted"), ("NATO", "asserted")}),
    ("Poland, a European Union and NATO member state, objected.", {("European Union", "asserted"), ("NATO", "asserted")}),
    ("Ukraine is not an EU or NATO member.", {("European Union", "negated"), ("NATO", "negated")}),
    ("Norway, a non-EU NATO member, objected.", {("European Union", "negated"), ("NATO", "asserted")}),
    ("Ukraine, a non-NATO member, objected.", {("NATO", "negated")}),
    ("Non-member Ukraine objected to the NATO plan.", {("NATO", "negated")}),
])
def test_organisations_before_a_member_noun(extractor, body, expected):
    doc = run(extractor, body)
    nato = {"North Atlantic Treaty Organisation", "North Atlantic Treaty Organization"}
    got = {("NATO" if o in nato else o, mod) for _, o, mod in members(doc)}
    assert got == expected, got


# -- a seat on a body of states --------------------------------------------------------------------------
@pytest.mark.parametrize("body, modality", [
    ("Japan holds a seat on the UN Security Council.", "asserted"),
    ("Japan, which won a non-permanent seat on the UN Security Council last year, objected.", "asserted"),
    ("Japan will take up its seat on the UN Security Council in January.", "planned"),
])
def test_a_seat_on_a_body_is_a_membership(extractor, body, modality):
    got = members(run(extractor, body))
    assert ("Japan", "United Nations Security Council", modality) in got, got


# -- a preposition left at the end of a relative clause ---------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    (("Kenya and Tanzania signed a trade deal on Monday. A protocol on lake fishing, which both states are also "
     "party to, will be reviewed later this year."),
     {("protocol on lake fishing", "Kenya", "asserted"), ("protocol on lake fishing", "Tanzania", "asserted")}),
    (("Kenya and Tanzania signed a trade deal on Monday. A protocol on the sharing of water from the lake, which "
     "both countries are party to, expires in May."),
     {("protocol on the sharing of water from the lake", "Kenya", "asserted"),
      ("protocol on the sharing of water from the lake", "Tanzania", "asserted")}),
    ("The Treaty of Tumbes is a pact which Chile and Peru are both parties to.",
     {("Treaty of Tumbes", "Chile", "asserted"), ("Treaty of Tumbes", "Peru", "asserted")}),
    ("The fisheries protocol, which Chile has never been a party to, expires in May.",
     {("fisheries protocol", "Chile", "negated")}),
])
def test_a_stranded_preposition_has_the_noun_its_clause_describes(extractor, body, expected):
    got = parties(run(extractor, body))
    assert got >= expected, got


# -- "the bloc" is the organisation the passage is about ----------------------------------------------------
@pytest.mark.parametrize("body, member, org", [
    (("Paraguay will host the presidents of Mercosur next week, a meeting dominated by the stalled talks with the "
     "European Union. Bolivia, which joined the bloc as a full member last year, will attend."), "Bolivia", "Mercosur"),
    (("Leaders of the African Union gathered in Addis Ababa, where the agenda was dominated by relations with the "
     "European Union. Morocco, which rejoined the bloc in 2017, sent its prime minister."), "Morocco", "African Union"),
    (("Mercosur leaders met on Monday. Separately, the European Union said Croatia, which joined the bloc in 2013, "
     "would host talks."), "Croatia", "European Union"),
])
def test_a_description_means_the_organisation_the_passage_is_about(extractor, body, member, org):
    got = {(s, o) for s, o, _ in members(run(extractor, body)) if s == member}
    assert got == {(member, org)}, got


# -- the provisions, principles or purposes of an agreement stand for it --------------------------------------
@pytest.mark.parametrize("body, states", [
    ("Chile and Peru reaffirmed their adherence to the purposes and principles of the Treaty of Tumbes.",
     {"Chile", "Peru"}),
    ("Peru acceded to the provisions of the Treaty of Tumbes in 2019.", {"Peru"}),
    ("Peru is bound by the provisions of the Treaty of Tumbes.", {"Peru"}),
])
def test_an_agreements_provisions_stand_for_it(extractor, body, states):
    got = {p for a, p, mod in parties(run(extractor, body)) if a == "Treaty of Tumbes" and mod == "asserted"}
    assert got >= states, got


# -- a fronted "as a member" phrase: a standing held now, of the states after its comma -----------------------
@pytest.mark.parametrize("body, states", [
    ("As fellow members of the Commonwealth, Kenya and Tanzania agreed to share patrol data.", {"Kenya", "Tanzania"}),
    ("Kenya hosted Tanzania on Monday. As members of the Commonwealth, the two countries agreed to act.",
     {"Kenya", "Tanzania"}),
    ("As a member of the Commonwealth, Kenya will host the talks in Nairobi.", {"Kenya"}),
])
def test_a_fronted_as_member_phrase(extractor, body, states):
    got = members(run(extractor, body))
    assert got >= {(s, "Commonwealth", "asserted") for s in states}, got


def test_joining_as_a_member_ahead_stays_ahead(extractor):
    got = members(run(extractor, "Kenya will join the Commonwealth as a full member next year."))
    assert ("Kenya", "Commonwealth", "planned") in got, got
