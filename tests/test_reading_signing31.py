"""Signings, round 31, on sentences written for the test: who signed, when, and whether it
happened — a signing told "without" ("left without signing it"), an agreement set against the
signed one with its own "not" ("signed X but not Y"), a signatory told by its noun ("X is a
signatory to Y"), a chronology entry's heading date, and "put pen to" an agreement."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _signings(doc, agreement: str) -> set[tuple]:
    return {(f.get("signatory"), f["modality"]) for f in facts(doc, "signing") if f["agreement"] == agreement}


# -- "without signing": no signing ---------------------------------------------------------------

@pytest.mark.parametrize("body, signer", [
    ("Peru's President Luis Vega left the summit on Friday without signing the Lauca Treaty.", "Luis Vega"),
    ("The talks in Arica ended without Chile and Peru signing the Lauca Treaty.", "Peru"),
    ("Without signing the Lauca Treaty, Peru's foreign minister Ines Soto flew back to Lima.", "Ines Soto"),
])
def test_a_signing_told_without_is_negated(extractor, body, signer):
    got = _signings(run(extractor, body), "Lauca Treaty")
    assert (signer, "negated") in got
    assert (signer, "asserted") not in got


@pytest.mark.parametrize("body, signer", [
    # guards: "without" on another word of the clause
    ("Peru's President Luis Vega signed the Lauca Treaty on Friday without waiting for Congress.", "Luis Vega"),
    ("Chile and Peru signed the Lauca Treaty without fanfare in Arica.", "Peru"),
    ("The Lauca Treaty was signed by Chile and Peru without any objection from Bolivia.", "Chile"),
])
def test_without_on_another_word_leaves_the_signing(extractor, body, signer):
    assert (signer, "asserted") in _signings(run(extractor, body), "Lauca Treaty")


# -- "signed X but not Y" --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Peru's President Luis Vega signed the Arica Declaration but not the Lauca Treaty.",
    "The Arica Declaration, but not the Lauca Treaty, was signed by Peru's President Luis Vega on Monday.",
    "In Lima, Peru's President Luis Vega signed the Arica Declaration on Monday but not the Lauca Treaty.",
])
def test_an_agreement_joined_with_not_was_not_signed(extractor, body):
    doc = run(extractor, body)
    assert ("Luis Vega", "asserted") in _signings(doc, "Arica Declaration")
    got = _signings(doc, "Lauca Treaty")
    assert ("Luis Vega", "negated") in got and ("Luis Vega", "asserted") not in got


@pytest.mark.parametrize("body", [
    # guards: both signed
    "Peru's President Luis Vega signed the Arica Declaration and the Lauca Treaty on Monday.",
    "Peru's President Luis Vega signed not only the Arica Declaration but also the Lauca Treaty.",
    "Peru's President Luis Vega signed the Arica Declaration and then, a day later, the Lauca Treaty.",
])
def test_agreements_signed_together_stay_signed(extractor, body):
    got = _signings(run(extractor, body), "Lauca Treaty")
    assert ("Luis Vega", "negated") not in got


# -- "X is a signatory": X signed ----------------------------------------------------------------

@pytest.mark.parametrize("body, signers", [
    ("Chile is a signatory to the Lauca Treaty, which shares the river's water.", {"Chile"}),
    ("The Lauca Treaty's signatories include Chile, Peru and Bolivia.", {"Chile", "Peru", "Bolivia"}),
    ("Chile and Bolivia are among the signatories of the Lauca Treaty.", {"Chile", "Bolivia"}),
    ("The Lauca Treaty was concluded in 2001. Its signatories were Chile, Peru and Bolivia.", {"Chile", "Peru", "Bolivia"}),
    ("Bolivia, a signatory of the Lauca Treaty, protested on Monday.", {"Bolivia"}),
])
def test_a_signatory_told_by_its_noun_signed(extractor, body, signers):
    got = _signings(run(extractor, body), "Lauca Treaty")
    assert {(s, "asserted") for s in signers} <= got


@pytest.mark.parametrize("body, signer, modality", [
    # guards: a noun that names no signer, or one denied
    ("The Lauca Treaty was signed in 2001. Since then the count of signatories has grown to 12.", None, "asserted"),
    ("The Lauca Treaty was signed in 2001. Its signatories pledge to share the river.", None, "asserted"),
    ("Peru is not a signatory to the Lauca Treaty.", "Peru", "negated"),
])
def test_a_signatory_noun_naming_none_adds_none(extractor, body, signer, modality):
    got = _signings(run(extractor, body), "Lauca Treaty")
    assert {s for s, _ in got} <= {None, signer}
    assert (signer, "asserted") not in got or modality == "asserted"


# -- a chronology entry's date --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Talks opened in Arica on 3 May 2014.\nSept 9, 2014 — In Arica, Chile's Ana Rojas and Peru's Luis Vega sign the Lauca Treaty.",
    "Talks opened in Arica on 3 May 2014.\nJuly 2-9, 2014 — Talks resume in Arica. On 9 September the foreign ministers, Chile's Ana Rojas and Peru's Luis Vega, sign the Lauca Treaty.",
    "Talks opened on 3 May 2014.\n9 Jul 2014 — The ministers meet in Arica. Chile's Ana Rojas and Peru's Luis Vega sign the Lauca Treaty there on Sept 9.",
])
def test_a_chronology_entry_dates_its_signing(extractor, body):
    doc = run(extractor, body, published="2024-03-10")
    dates = {f.get("date") for f in facts(doc, "signing") if f["agreement"] == "Lauca Treaty" and f.get("signatory") == "Ana Rojas"}
    assert dates == {dt.date(2014, 9, 9)}


@pytest.mark.parametrize("body", [
    # guards: a date that heads no entry, or an entry's later sentence
    "Talks opened in Arica on 3 May 2014.\nSept 9, 2014 — Talks stall. Chile's Ana Rojas and Peru's Luis Vega sign the Lauca Treaty a year later.",
    "Talks opened in Arica on 9 September 2014. Chile's Ana Rojas and Peru's Luis Vega signed the Lauca Treaty on 9 March.",
    "Sept 9, 2014. Chile's Ana Rojas and Peru's Luis Vega signed the Lauca Treaty in Arica.",
])
def test_a_date_heading_no_entry_dates_nothing_else(extractor, body):
    doc = run(extractor, body, published="2024-03-10")
    dates = {f.get("date") for f in facts(doc, "signing") if f["agreement"] == "Lauca Treaty" and f.get("signatory") == "Ana Rojas"}
    assert dt.date(2014, 9, 9) not in dates


@pytest.mark.parametrize("body", [
    # guards: a standing given up tells no signing
    "Since May, Peru has no longer been a signatory of the Lauca Treaty.",
    "Peru, a former signatory of the Lauca Treaty, left it in 2019.",
    "Peru is no longer a signatory to the Lauca Treaty.",
])
def test_a_signatory_no_longer_tells_no_signing(extractor, body):
    assert ("Peru", "asserted") not in _signings(run(extractor, body), "Lauca Treaty")


# -- "put pen to" an agreement ----------------------------------------------------------------------

@pytest.mark.parametrize("body, signer", [
    ("Chile's foreign minister Ana Rojas put pen to the Lauca Treaty in Arica.", "Ana Rojas"),
    ("After Chile and Peru put pen to the Lauca Treaty in Arica, the border reopened.", "Peru"),
    ("Peru's Luis Vega, who put pen to the Lauca Treaty in 2001, retired last year.", "Luis Vega"),
])
def test_putting_pen_to_an_agreement_signs_it(extractor, body, signer):
    assert (signer, "asserted") in _signings(run(extractor, body), "Lauca Treaty")


@pytest.mark.parametrize("body", [
    # guards: pen put to another text
    "Chile's Ana Rojas put pen to a letter criticising the Lauca Treaty.",
    "Chile's Ana Rojas put pen to an essay on the Lauca Treaty.",
    "Peru's Luis Vega put pen to paper on his memoirs, which praise the Lauca Treaty.",
])
def test_pen_put_to_another_text_signs_nothing(extractor, body):
    assert not {s for s, _ in _signings(run(extractor, body), "Lauca Treaty")} - {None}
