"""Agreements, round 20: which mentions are one agreement, told by its partners. A description told
with other partners than an agreement the article names or describes ("a coastal defence agreement
with Britain" beside "the Coastal Defence Agreement" signed with France; "a pact between A and B"
beside "an agreement between A and C"; "an older deal A had signed with C") is another agreement
(kg.extract.description_identity.named_partners, clause_partners, other_partners). A holding,
joining or leaving clause gives its party to every agreement its phrase coordinates
(kg.extract.facts.treaties), and a noun phrase the parser hung on the verb as its conjunct is the
verb's object too ("has similar pacts with A, and a Y Accord with B": kg.extract.hung_clauses).
On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def parties(doc) -> set[tuple[str, str, str]]:
    return {(f["agreement"], f["party"], f["modality"]) for f in facts(doc, "parties")}


@pytest.mark.parametrize("body, named, other, partner", [
    (("Kenya signed the Coastal Defence Agreement with France in 2010. Last year Kenya signed a coastal defence "
     "agreement with Britain."), "Coastal Defence Agreement", "coastal defence agreement with Britain", "United Kingdom"),
    ("Chile has a Fisheries Agreement with Peru. It also has a fisheries agreement with Ecuador.",
     "Fisheries Agreement", "fisheries agreement with Ecuador", "Ecuador"),
])
def test_a_description_with_other_partners_is_not_the_named_agreement(extractor, body, named, other, partner):
    got = parties(run(extractor, body, published="2025-03-14"))
    assert (other, partner, "asserted") in got, got
    assert (named, partner, "asserted") not in got, got


def test_the_holder_is_a_party_of_each_agreement_it_holds_under(extractor):
    body = ("Kenya, for its part, hosts foreign troops under a 1998 Defence Pact with Britain and a 2012 status of "
            "forces agreement with France.")
    got = parties(run(extractor, body, published="2025-03-14"))
    assert ("status of forces agreement with France", "Kenya", "asserted") in got, got


@pytest.mark.parametrize("body, first, second, partner, wrong", [
    ("The new pact between Chile and Peru replaces a 1998 agreement between Chile and Bolivia.",
     "pact between Chile and Peru", "agreement between Chile and Bolivia", "Bolivia", "Peru"),
    (("Fiji signed a policing agreement with Australia on Monday. The agreement replaces an older deal Fiji had "
     "signed with New Zealand in 2011."), "policing agreement with Australia", "older deal", "New Zealand", "New Zealand"),
])
def test_two_descriptions_with_other_partners_are_two_agreements(extractor, body, first, second, partner, wrong):
    doc = run(extractor, body, published="2025-03-14")
    assert {first, second} <= labels(doc, "Agreement"), labels(doc, "Agreement")
    got = parties(doc)
    assert (second, partner, "asserted") in got, got
    assert (first, wrong, "asserted") not in got or (second, wrong, "asserted") not in got, got


@pytest.mark.parametrize("body, second, partner", [
    (("The defence agreement that Chile signed with Peru in 2010 expires next year. The defence agreement that Chile "
      "signed with Bolivia in 2015 does not."), "defence agreement that Chile signed with Bolivia in 2015", "Bolivia"),
    (("The fisheries accord Norway concluded with Iceland lapsed in 2019. The fisheries accord Norway concluded with "
      "Russia still holds."), "fisheries accord Norway concluded with Russia", "Russia"),
])
def test_a_relative_clause_with_other_partners_tells_another_agreement(extractor, body, second, partner):
    doc = run(extractor, body, published="2025-03-14")
    assert len(labels(doc, "Agreement")) == 2, labels(doc, "Agreement")
    assert (second, partner, "asserted") in parties(doc), parties(doc)


@pytest.mark.parametrize("body, agreement, party, modality", [
    ("Norway is bound by the Fisheries Convention and the Whaling Protocol.", "Whaling Protocol", "Norway", "asserted"),
    ("Chile joined the Andes Water Treaty and the Border Protocol in 2019.", "Border Protocol", "Chile", "asserted"),
    ("Peru is a party to the Lima Convention and the Quito Protocol.", "Quito Protocol", "Peru", "asserted"),
    ("Ghana withdrew from the Cocoa Pact and the Gold Accord in 2019.", "Gold Accord", "Ghana", "negated"),
])
def test_a_holding_clause_binds_each_coordinated_agreement(extractor, body, agreement, party, modality):
    got = parties(run(extractor, body, published="2025-03-14"))
    assert (agreement, party, modality) in got, got


@pytest.mark.parametrize("body, agreement, party", [
    ("Bolivia has similar agreements in force with Chile and Peru, and a Reciprocal Fisheries Agreement with Ecuador.",
     "Reciprocal Fisheries Agreement", "Bolivia"),
    ("Ghana has several accords in place with Togo, and the Volta Basin Treaty with Burkina Faso.",
     "Volta Basin Treaty", "Ghana"),
    ("Uruguay has a navy of its own, and a Defence Cooperation Pact with Argentina.", "Defence Cooperation Pact",
     "Uruguay"),
])
def test_a_second_object_hung_on_the_verb_is_its_object(extractor, body, agreement, party):
    got = parties(run(extractor, body, published="2025-03-14"))
    assert (agreement, party, "asserted") in got, got


@pytest.mark.parametrize("body, label", [
    # the same partners: one agreement told twice
    ("Chile signed the Fisheries Agreement with Peru in 2010. The fisheries agreement with Peru was renewed last year.",
     "Fisheries Agreement"),
    (("Fiji signed a policing agreement with Australia on Monday. The deal that Fiji signed with Australia took years "
     "to negotiate."), "policing agreement with Australia"),
    ("Chile signed the Andes Water Treaty with Bolivia in 1998. Bolivia's pact with Chile covers water.",
     "Andes Water Treaty"),
    ("Kenya signed a trade agreement with Uganda on Monday. The agreement with Uganda cuts tariffs.",
     "trade agreement with Uganda"),
    # a later signer of the same treaty: its clause says who signed, not which treaty
    ("Chile and Peru signed a defence treaty in 2010. Bolivia signed the defence treaty in 2012.", "defence treaty"),
])
def test_the_same_partners_leave_one_agreement(extractor, body, label):
    assert labels(run(extractor, body, published="2025-03-14"), "Agreement") == {label}


def test_a_gapped_subject_is_no_object(extractor):
    got = {(f["agreement"], f.get("signatory")) for f in facts(run(extractor, "Chile signed the Andes Water Treaty in May, "
                                                                            "and Peru in June.", published="2025-03-14"),
                                                                "signing")}
    assert ("Andes Water Treaty", "Peru") in got, got
