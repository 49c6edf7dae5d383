"""Signings read on sentences written for the test (round 15): a possessive pronoun on the signing
noun is bound by its verb's subject, so "A and B put their signatures to it" is signed by those the
subject names, however the parser scattered the names."""
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

