"""Modality, round 19b: a passive infinitive on a noun tells what is ahead ("the accord, to be
signed on Friday", "a summit to be attended by ten leaders"), and so does "be to" in the present
("the next summit is to be hosted by X"); not after a ranking word ("the first treaty to be
ratified") (kg.extract.clause_modality._prospective). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, cq, key, value", [
    ("The Pacific Fisheries Accord, to be signed by Chile and Peru on Friday, sets quotas.", "signing", "signatory", "Chile"),
    ("The next summit is to be hosted by Bolivia in Sucre in 2027.", "summit", "location", "Sucre"),
])
def test_an_infinitive_told_ahead_is_planned(extractor, body, cq, key, value):
    rows = [r for r in facts(run(extractor, body, published="2025-03-12"), cq) if r.get(key) == value]
    assert rows and all(r["modality"] == "planned" for r in rows), rows


@pytest.mark.parametrize("body, cq, key, value", [
    ("Peru's Congress ratified the Andes Water Treaty on Monday, the first treaty to be ratified by the new legislature.",
     "ratification", "state", "Peru"),
    ("Chile and Peru signed the Andes Water Treaty in Lima on Monday, the last pact to be signed before the election.",
     "signing", "signatory", "Chile"),
    ("The summit opened in Sucre on Monday, the first to be hosted by Bolivia.", "summit", "location", "Sucre"),
])
def test_a_ranked_infinitive_tells_what_was_done(extractor, body, cq, key, value):
    rows = [r for r in facts(run(extractor, body, published="2025-03-12"), cq) if r.get(key) == value]
    assert rows and all(r["modality"] == "asserted" for r in rows), rows
