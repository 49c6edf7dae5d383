"""What the lead saw on real pages in round 11, on sentences written for the test: "the Government
of X" acting for its state, and a signing's date the parser hung inside the agreement's
description."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body", [
    "The Government of Kenya and the Government of Ghana signed a trade accord in Accra.",
    "A memorandum on fisheries was signed by the Government of the Republic of Ghana and Kenya on Monday.",
    "Officials said the Government of Ghana, which hosted the talks, signed a port deal with Kenya.",
])
def test_the_government_of_a_state_is_the_state(extractor, body):
    doc = run(extractor, body, published="2024-05-10")
    assert not any(label.startswith("Government") for label in labels(doc, "Organization")), labels(doc, "Organization")
    assert {f["signatory"] for f in facts(doc, "signing")} >= {"Ghana"}, facts(doc, "signing")


@pytest.mark.parametrize("body, label", [
    ("Chile and Peru have signed an Agreement concerning cooperation in the field of fisheries on Oct 13, 2003.",
     "Agreement concerning cooperation in the field of fisheries"),
    ("An accord regarding the exchange of officers in the field of training was signed by Chile and Peru on Oct 13, 2003.",
     "accord regarding the exchange of officers in the field of training"),
    ("Chile and Peru signed a memorandum concerning training of naval cadets at sea on Oct 13, 2003.",
     "memorandum concerning training of naval cadets at sea"),
])
def test_a_date_hung_inside_an_agreements_description_dates_the_signing(extractor, body, label):
    doc = run(extractor, body, published="2004-01-10")
    got = {(f["agreement"], str(f.get("date"))) for f in facts(doc, "signing")}
    assert (label, "2003-10-13") in got, got
