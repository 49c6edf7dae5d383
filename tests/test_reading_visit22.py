"""Visits, round 22: a passive signing abroad ("the pact was signed in X on D by A and B") tells
where the document was signed, not a journey of its signers, unless its sentence tells the
occasion or a trip (kg.extract.facts.presence._bare_signing). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, person, place", [
    (("Chile's Senate approved the trade pact with Peru on Tuesday. The pact was signed in Lima on 5 May by "
     "Chile's Foreign Minister Marta Rojas and Peru's Foreign Minister Ana Ruiz."), "Marta Rojas", "Lima"),
    (("Kenya's assembly approved the defence accord on Monday. The accord was signed in Nairobi last year by "
     "Ugandan Defence Minister Joseph Okello and his Kenyan counterpart."), "Joseph Okello", "Nairobi"),
    (("Norway's parliament backed the treaty in June. The treaty was signed in Ottawa on 2 March 2023 by "
     "Norway's Defence Minister Erik Dahl and Canada's Defence Minister Paul Roy."), "Erik Dahl", "Ottawa"),
])
def test_a_passive_signing_abroad_is_no_trip(extractor, body, person, place):
    doc = run(extractor, body, published="2024-07-02")
    assert not any(v == person and d == place for v, d, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body", [
    # a trip told beside the signing
    ("Chile's Senate approved the trade pact with Peru on Tuesday. The pact was signed in Lima on 5 May by "
    "Chile's Foreign Minister Marta Rojas and Peru's Foreign Minister Ana Ruiz during a two-day visit by Rojas."),
    # the gathering it was signed at
    ("Chile's Senate approved the trade pact with Peru on Tuesday. The pact was signed in Lima on 5 May by "
    "Chile's Foreign Minister Marta Rojas and Peru's Foreign Minister Ana Ruiz at the close of a session of the "
    "joint commission."),
    # told actively, the signers the sentence's subject
    ("Chile's Senate approved the trade pact with Peru on Tuesday. Chile's Foreign Minister Marta Rojas and "
    "Peru's Foreign Minister Ana Ruiz signed the pact in Lima on 5 May."),
])
def test_a_signing_with_its_trip_or_occasion_is_a_trip(extractor, body):
    doc = run(extractor, body, published="2024-07-02")
    assert ("Marta Rojas", "Lima", "asserted") in trips(doc), trips(doc)
