"""Signings and parties, round 28, on sentences written for the test: a signer "as a witness" (an
observer, a guarantor) signs for no state, so the state he serves is neither signatory nor party;
a document "dated" a day was signed that day, when the sentence telling its signing gives none."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _signers(doc, agreement: str) -> set[str]:
    return {f["signatory"] for f in facts(doc, "signing")
            if f["agreement"] == agreement and f["modality"] == "asserted" and f.get("signatory")}


def _parties(doc, agreement: str) -> set[str]:
    return {f["party"] for f in facts(doc, "parties") if f["agreement"] == agreement and f["modality"] == "asserted"}


def _dates(doc, agreement: str) -> set:
    return {f.get("date") for f in facts(doc, "signing") if f["agreement"] == agreement and f["modality"] == "asserted"}


# -- a witness signs for no state ------------------------------------------------------------

@pytest.mark.parametrize("body, agreement", [
    (("Chile's President Ana Rojas and Peru's President Luis Vega signed a joint declaration in Lima on Monday, and "
     "Brazil's President Paulo Mendes added his signature as a witness."), "joint declaration"),
    (("The Lauca Accord between Chile and Peru was signed on Monday. Paulo Mendes, Brazil's president, signed it as a "
     "witness."), "Lauca Accord"),
    (("The Lauca Accord, which Brazil's President Paulo Mendes signed as an observer, was signed by Chile and Peru on "
     "Monday."), "Lauca Accord"),
    (("The Lauca Accord was signed in Lima on Monday by Chile's President Ana Rojas and Peru's President Luis Vega, "
     "with Brazil's President Paulo Mendes signing as guarantor."), "Lauca Accord"),
])
def test_a_witness_signing_makes_his_state_no_signatory_nor_party(extractor, body, agreement):
    doc = run(extractor, body)
    assert "Paulo Mendes" in _signers(doc, agreement)
    assert "Brazil" not in _signers(doc, agreement) | _parties(doc, agreement)
    assert {"Chile", "Peru"} <= _parties(doc, agreement)


@pytest.mark.parametrize("body, agreement", [
    # guards: a state named near the agreement that is not its party
    ("Chile and Peru signed the Lauca Accord on Monday. Norway, which mediated the talks, welcomed the deal.",
     "Lauca Accord"),
    ("Chile and Peru signed the Lauca Accord on Monday. Bolivia criticised the accord, saying it ignored its claims.",
     "Lauca Accord"),
    ("Chile and Peru signed the Lauca Accord on Monday in the presence of Brazil's President Paulo Mendes.",
     "Lauca Accord"),
    ("Chile and Peru signed the Lauca Accord on Monday. Brazil signed a similar accord with Peru in 2019.",
     "Lauca Accord"),
])
def test_a_state_named_beside_the_signing_is_no_party(extractor, body, agreement):
    doc = run(extractor, body)
    assert {"Chile", "Peru"} <= _parties(doc, agreement)
    assert not ({"Norway", "Bolivia", "Brazil"} & _parties(doc, agreement))


# -- a document's own date ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Any dispute will be settled under the Lauca Accord dated 4 May 1990. That accord was signed in Arica by Chile and Peru.",
    "Chile and Peru signed the Lauca Accord in Arica. The accord, dated May 4, 1990, shares the river between them.",
    "A copy of the Lauca Accord, dated 4 May 1990, hangs in the museum. Chile and Peru signed it in Arica after long talks.",
])
def test_a_document_dated_a_day_was_signed_that_day(extractor, body):
    assert _dates(run(extractor, body), "Lauca Accord") == {dt.date(1990, 5, 4)}


@pytest.mark.parametrize("body", [
    # guards: a signing its own sentence dates otherwise, or a day of another event
    "Under the Lauca Accord dated 4 May 1990, Chile and Peru share the river. Bolivia signed the accord in 2001.",
    "Chile and Peru signed the Lauca Accord in Arica. A letter dated May 4, 1990 had proposed the talks.",
    "The Lauca Accord was signed in Arica by Chile and Peru. Talks on it began on May 4, 1990.",
])
def test_a_day_of_another_text_or_event_dates_no_signing(extractor, body):
    assert dt.date(1990, 5, 4) not in _dates(run(extractor, body), "Lauca Accord")
