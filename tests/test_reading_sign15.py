"""Signings read on sentences written for the test (round 15): a possessive pronoun on the signing
noun is bound by its verb's subject, so "A and B put their signatures to it" is signed by those the
subject names, however the parser scattered the names; and a guest received in a city the sentence
before told ("A hosted B in Dublin on Monday. The two leaders signed ...") signs there."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def signed(doc) -> set[tuple[str, str | None]]:
    return {(f["agreement"], f.get("signatory")) for f in facts(doc, "signing") if f["modality"] == "asserted"}


def places(doc) -> set[tuple[str, str | None, str | None]]:
    return {(f["agreement"], f.get("signatory"), f.get("place")) for f in facts(doc, "signing")}


# -- "their signatures": the clause's subject --------------------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    (("Defence ministers Arnaud Lefeuvre of France and Tomasz Wilk of Poland put their signatures to a "
     "military cooperation treaty in Warsaw on Friday."),
     {("military cooperation treaty", "Arnaud Lefeuvre"), ("military cooperation treaty", "Tomasz Wilk"),
      ("military cooperation treaty", "France"), ("military cooperation treaty", "Poland")}),
    (("Chilean Foreign Minister Ana Ruiz and Peruvian Defence Minister Luis Soto put their signatures to the "
     "Andes Accord in Lima."),
     {("Andes Accord", "Ana Ruiz"), ("Andes Accord", "Luis Soto"), ("Andes Accord", "Chile"), ("Andes Accord", "Peru")}),
])
def test_their_signatures_are_the_subjects(extractor, body, expected):
    got = signed(run(extractor, body))
    assert expected <= got, got


@pytest.mark.parametrize("body, unexpected", [
    # "their" on a noun that is no signing noun's possessor binds nothing here
    ("Officials from Bolivia said the Andes Accord, which Peru and Chile signed, bears their signatures.",
     ("Andes Accord", "Bolivia")),
])
def test_their_binds_only_a_subject_that_names_signers(extractor, body, unexpected):
    got = signed(run(extractor, body))
    assert unexpected not in got, got


# -- a guest received in a city the sentence before told ----------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    (("Irish Prime Minister Ciaran Walsh hosted Icelandic Prime Minister Sigrun Jonsdottir in Dublin on Monday. "
     "The two leaders signed a memorandum on geothermal research."),
     {("memorandum on geothermal research", "Ciaran Walsh", "Dublin"),
      ("memorandum on geothermal research", "Sigrun Jonsdottir", "Dublin")}),
    (("Chilean President Ana Ruiz welcomed Luis Soto, the Peruvian president, to Santiago on Tuesday. "
     "Later that day Soto signed a trade pact with her."),
     {("trade pact", "Luis Soto", "Santiago")}),
])
def test_guest_received_signs_where_received(extractor, body, expected):
    got = places(run(extractor, body))
    assert expected <= got, got


@pytest.mark.parametrize("body, unexpected", [
    # the host alone, signing with someone else, is not placed by the guest's trip
    (("Chilean President Ana Ruiz hosted Peru's Luis Soto in Santiago in January. On Tuesday Ruiz signed the "
     "Andes Accord with Bolivia's Marcelo Quispe."), ("Andes Accord", "Ana Ruiz", "Santiago")),
])
def test_host_alone_is_not_placed_by_the_guest(extractor, body, unexpected):
    got = places(run(extractor, body))
    assert unexpected not in got, got

