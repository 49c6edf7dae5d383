"""Signings read on sentences written for the test (round 13): a participle the parser hung on the
last noun of an agreement's complement, or on the noun a relative clause ends with, describes the
agreement ("an agreement on the river boundary signed in Madrid by X", "the ceasefire agreement that
ended the fighting, signed by X"), as does one on a noun set after "be" ("That promise was the Coral
Declaration, signed by X")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def signings(doc) -> set[tuple[str, str | None, str]]:
    return {(f["agreement"], f.get("signatory"), f["modality"]) for f in facts(doc, "signing")}


# -- a participle hung below the agreement describes the agreement --------------------------------------------
@pytest.mark.parametrize("body, expected", [
    (("The border dispute was settled in 2004 through a supplementary agreement on the river boundary signed in Madrid "
     "by the two countries' foreign ministers, Ana Ruiz and Pedro Lopes."),
     {("supplementary agreement on the river boundary", "Ana Ruiz", "asserted"),
      ("supplementary agreement on the river boundary", "Pedro Lopes", "asserted")}),
    ("Kenya relies on the ceasefire agreement that ended the fighting, signed by Mwangi Kamau and Joseph Okello.",
     {("ceasefire agreement", "Mwangi Kamau", "asserted"), ("ceasefire agreement", "Joseph Okello", "asserted")}),
    ("That promise was the Coral Declaration, signed by Tomas Verhoeven and Lena Marsh on July 25.",
     {("Coral Declaration", "Tomas Verhoeven", "asserted"), ("Coral Declaration", "Lena Marsh", "asserted")}),
    ("Fishing is governed by a protocol on the use of the lagoon signed by Ghana and Togo in 2011.",
     {("protocol on the use of the lagoon", "Ghana", "asserted"), ("protocol on the use of the lagoon", "Togo", "asserted")}),
])
def test_a_participle_hung_below_describes_the_agreement(extractor, body, expected):
    got = signings(run(extractor, body))
    assert expected <= got, got


