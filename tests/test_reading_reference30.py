"""Reference, round 30: which agreement a description means. A definite description told as made in an
earlier year the story has not given, by a year in front of its own words or by a clause of making after
them ("the fisheries accord that A concluded with B in 2004"), is that older agreement, not the one named
before it (kg.extract.complements.made_before); a counted set told one by one in its own sentence ("two
accords: one on X, the other on Y") is as many agreements, each with what the clause says of the set
(kg.extract.ranked_members.told_one_by_one). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def parties(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


def signers(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["signatory"]) for f in facts(doc, "signing") if "signatory" in f}


# -- a definite description told as made in an earlier year is an older agreement ---------------------------
@pytest.mark.parametrize("body, named, party", [
    # a bare relative clause of making after its own words, as the subject
    (("Peru belongs to the Andean Pact. The defence agreement Lima signed with Brazil in 2011 would have given "
     "Brazilian forces access to two Peruvian air bases."), "Andean Pact", "Brazil"),
    # a "which" clause, the description an object
    (("Uruguay joined the Mercosur Charter in 1991. Critics have attacked the energy treaty which Montevideo "
     "signed with Paraguay in 2009."), "Mercosur Charter", "Paraguay"),
    # a "that" clause with another verb of making
    (("Chile is a member of the Rio Treaty. It also keeps the fisheries accord that Santiago concluded with "
     "Argentina in 2004."), "Rio Treaty", "Argentina"),
])
def test_a_definite_description_made_earlier_is_another_agreement(extractor, body, named, party):
    doc = run(extractor, body)
    got = parties(doc)
    assert (named, party) not in got, got
    assert any(a != named and p == party for a, p in got), got


def test_a_year_in_front_of_its_own_words_tells_an_older_agreement(extractor):
    # nominal: the year modifies the description
    doc = run(extractor, "Peru and Brazil signed the Acre Accord on Monday. The 2011 defence agreement between "
                         "them lapsed last year.")
    assert "defence agreement" in labels(doc, "Agreement"), labels(doc, "Agreement")


@pytest.mark.parametrize("body, named", [
    # no year, no clause: the named treaty
    ("Chile and Argentina signed the Maipu Treaty on Monday. The defence treaty was welcomed in Lima.", "Maipu Treaty"),
    # the year is the named treaty's own
    (("Bolivia and Chile signed the Arica Treaty in 2011. The defence agreement Bolivia signed with Chile in 2011 "
     "is a landmark."), "Arica Treaty"),
    # a clause set off by commas only adds to the treaty in view
    (("Bolivia and Chile signed the Arica Treaty on Friday. The treaty, which Bolivia first drafted with Chile in "
     "2011, is a landmark."), "Arica Treaty"),
    # a bare year and head: may be the named one's year
    ("Ecuador and Peru signed the Zarumilla Treaty on Friday. The 2011 treaty was welcomed in Lima.", "Zarumilla Treaty"),
])
def test_guards_a_description_in_view_stays_the_named_one(extractor, body, named):
    doc = run(extractor, body)
    assert labels(doc, "Agreement") == {named}, labels(doc, "Agreement")


# -- a counted set told one by one ---------------------------------------------------------------------------
@pytest.mark.parametrize("body, first, second, side", [
    # active, a colon, "one ..., the other ..."
    (("On May 3 in Lima, the presidents of Peru and Chile signed two accords: one on fishing rights in the "
     "Pacific, the other on border policing."), "accord on fishing rights in the Pacific", "accord on border policing",
     "Chile"),
    # passive, "one ... and the other ..."
    (("Two memoranda of understanding were signed in Quito by Ecuador and Colombia: one on energy trade and the "
     "other on vaccine research."), "memorandum of understanding on energy trade",
     "memorandum of understanding on vaccine research", "Colombia"),
    # a participle opening the first item, "another" the second
    (("Ecuador and Bolivia signed two agreements on Monday, one covering river transport and another on customs "
     "procedures."), "agreement covering river transport", "agreement on customs procedures", "Bolivia"),
    # between dashes
    (("Argentina and Uruguay signed two treaties in Montevideo on Friday — one setting their river border, the "
     "other on joint patrols — and praised both."), "treaty setting their river border", "treaty on joint patrols",
     "Uruguay"),
])
def test_a_set_told_one_by_one_is_each_agreement(extractor, body, first, second, side):
    doc = run(extractor, body)
    assert {first, second} <= labels(doc, "Agreement"), labels(doc, "Agreement")
    assert {(first, side), (second, side)} <= signers(doc), signers(doc)


@pytest.mark.parametrize("body", [
    # partners, not topics
    "Argentina and Uruguay signed two treaties in Montevideo on Friday, one with each neighbour.",
    # one of them told, not each
    "Chile has signed two trade deals since May, one of which was never published.",
])
def test_guards_no_set_told_one_by_one(extractor, body):
    doc = run(extractor, body)
    assert not any(label.startswith(("treaty with", "deal of", "trade deal of")) for label in labels(doc, "Agreement")), \
        labels(doc, "Agreement")

