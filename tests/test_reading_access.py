"""Access to facilities, what agreements permit and memberships, read the way a general reader
would: sentences written for these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.extract.pipeline import Extractor
from kg.link.gazetteer import load_gazetteer

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(gazetteer=load_gazetteer())


def access(doc) -> set[tuple]:
    return {(r["user"], r["host"], r["facility"], r["modality"]) for r in facts(doc, "access")}


# -- what an agreement allows is planned until the article says it is in force -----------------------
@pytest.mark.parametrize("body", [
    "Chile and Peru signed a defence pact on Monday that gives Chilean warships access to Peruvian ports. "
    "The pact still has to be ratified by Peru's Congress.",
    "Under the Andes Harbour Pact, which Chile and Peru signed on Monday, Chilean warships may use ports in Peru. "
    "Peru's Congress is expected to ratify it next month.",
    "Chile and Peru signed a harbour pact that lets Chilean warships dock at Peruvian ports. "
    "Peru's Congress has refused to ratify the pact.",
])
def test_access_under_an_agreement_awaiting_ratification_is_planned(extractor, body):
    assert access(run(extractor, body)) == {("Chile", "Peru", "port", "planned")}


@pytest.mark.parametrize("body, modality", [
    ("Chile and Peru signed a harbour pact that would allow Chilean warships to use Peruvian ports.", "planned"),
    ("Peru's Congress ratified the Andes Harbour Pact on Monday. The pact will allow Chilean warships "
     "to use Peruvian ports.", "asserted"),
    ("The Andes Harbour Pact, which Peru ratified last year, will let Chilean warships use ports in Peru.",
     "asserted"),
])
def test_what_an_agreement_will_allow_is_ahead_unless_it_was_ratified(extractor, body, modality):
    assert access(run(extractor, body)) == {("Chile", "Peru", "port", modality)}


# -- an agreement in view is the access's only when its parties fit -----------------------------------
@pytest.mark.parametrize("body", [
    "Chad ended its defence accord with France last year. Djibouti still hosts American and Japanese bases.",
    "Peru signed a trade pact with Bolivia on Monday. Separately, Chilean warships use ports in Ecuador.",
    "Bolivia and Peru signed the Andes Water Accord. In the same week, Ecuador let Chilean aircraft use its airfields.",
])
def test_an_agreement_of_other_states_is_not_the_one_an_access_is_under(extractor, body):
    doc = run(extractor, body)
    rows = facts(doc, "access")
    assert rows and all("agreement" not in r or r["agreement"] is None for r in rows), rows


# -- who allows the use hosts it ------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Ecuador will allow Chilean aircraft to use its airfields.",
    "Ecuador has agreed to let Chilean aircraft use its airfields.",
    "Ecuador permits Chilean aircraft to use airfields on its coast.",
])
def test_the_state_allowing_the_use_is_the_host(extractor, body):
    assert {(u, h) for u, h, _, _ in access(run(extractor, body))} == {("Chile", "Ecuador")}
