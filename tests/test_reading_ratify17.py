"""Ratification read on sentences written for the test (round 17): a state's refusal to ratify is
its ratification negated, as a body's is and as "declined to ratify" is."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_SIGNED = "Peru and Ecuador signed the Galapagos Fishing Treaty in 2019. "


def _got(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}


# -- "refused to ratify": the refusal phrase's own verb is the ratifying, negated ---------------------
@pytest.mark.parametrize("body, state", [
    ("Ecuador has refused to ratify the Galapagos Fishing Treaty.", "Ecuador"),
    (_SIGNED + "Quito has refused to ratify it ever since.", "Ecuador"),
    (_SIGNED + "Ecuador refused to approve the treaty, officials in Lima said.", "Ecuador"),
    (_SIGNED + "Ecuador, which refused to ratify the treaty in 2020, sent an observer.", "Ecuador"),
])
def test_a_state_refusing_to_ratify(extractor, body, state):
    doc = run(extractor, body, published="2024-06-10")
    assert ("Galapagos Fishing Treaty", state, None, "negated") in _got(doc), _got(doc)


def test_a_bill_rejected_is_still_the_body_refusing(extractor):
    doc = run(extractor, _SIGNED + "The Ecuadorian Senate rejected a bill ratifying the treaty.", published="2024-06-10")
    assert ("Galapagos Fishing Treaty", "Ecuador", "Ecuadorian Senate", "negated") in _got(doc), _got(doc)
