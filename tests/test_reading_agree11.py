"""Agreements and access read on sentences written for the test (round 11): a description's list
keeps its commas, an unnamed agreement's fullest descriptions (with its restrictive complements
and clauses) name it too, and the phrase naming the facilities is never also their user."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def agreement_names(doc) -> set[str]:
    return {n.lower() for e in doc.entities.values() if e.type == "Agreement" for n in [e.label, *e.aliases]}


def access(doc) -> set[tuple[str, str, str]]:
    return {(f["user"], f["host"], f["facility"]) for f in facts(doc, "access")}


# -- a list inside a description keeps its commas ("on friendship, cooperation and ...") ------------------
@pytest.mark.parametrize("body, name", [
    ("Chile signed a treaty on friendship, trade and mutual aid with Peru in 2001.",
     "treaty on friendship, trade and mutual aid"),
    ("Ghana and Togo signed a convention on fisheries, shipping and customs in Accra on Monday.",
     "convention on fisheries, shipping and customs"),
    ("A memorandum on energy, water and transport was signed by Kenya and Uganda on Monday.",
     "memorandum on energy, water and transport"),
])
def test_a_list_in_a_description_keeps_its_commas(extractor, body, name):
    doc = run(extractor, body)
    assert name in agreement_names(doc), agreement_names(doc)


# -- the fullest description, restrictive clause and all, names the agreement too --------------------------
@pytest.mark.parametrize("body, name", [
    ("Bolivia's Congress approved a similar accord that La Paz signed with Asuncion in June.",
     "similar accord that la paz signed with asuncion"),
    ("Chile's Senate approved a similar agreement that Santiago signed with Lima in March.",
     "similar agreement that santiago signed with lima"),
    # (and without what hangs on the objects inside it: "[at Ilo]")
    ("Peru signed a protocol extending the lease of the naval base at Ilo to Chile in 2015.",
     "protocol extending the lease to chile"),
])
def test_the_fullest_description_names_it(extractor, body, name):
    doc = run(extractor, body)
    assert name in agreement_names(doc), agreement_names(doc)


def test_a_comma_ends_the_fullest_description(extractor):  # (a guard)
    doc = run(extractor, "Chile and Peru signed a water agreement, which lets Peruvian farmers draw on the Lauca river.")
    assert not any("lets" in n for n in agreement_names(doc)), agreement_names(doc)


# -- "the use of X's ports by Y's forces": X hosts, Y uses --------------------------------------------------
_SIGNED = "Chile and Peru signed the Lauca Accord in 2019. "


@pytest.mark.parametrize("body, expected", [
    (_SIGNED + "The use of Peruvian ports and airfields by Chilean forces has been governed since then by the accord.",
     {("Chile", "Peru", "port"), ("Chile", "Peru", "airfield")}),
    (_SIGNED + "The accord governs the use of Peruvian ports by Chilean warships.",
     {("Chile", "Peru", "port")}),
    # (a guard, read before as now)
    ("Under the Lauca Accord, the use of Peruvian air bases by Chilean aircraft is allowed.",
     {("Chile", "Peru", "air base")}),
])
def test_the_facilities_phrase_is_not_their_user(extractor, body, expected):
    doc = run(extractor, body)
    assert access(doc) == expected, access(doc)


# -- a signing before two leaders binds their states --------------------------------------------------------
_TALKS = "Chilean President Carlos Vela held talks with Peruvian President Ana Ruiz in Lima on Monday. "


def parties(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


@pytest.mark.parametrize("body, expected", [
    (_TALKS + "Three documents were signed in the presence of both leaders: an agreement on fisheries, a "
     "memorandum on tourism and a treaty on water sharing.",
     {(a, p) for a in ("agreement on fisheries", "memorandum on tourism", "treaty on water sharing")
      for p in ("Chile", "Peru")}),
    (_TALKS + "The two leaders then oversaw the signing of an agreement on fisheries.",
     {("agreement on fisheries", "Chile"), ("agreement on fisheries", "Peru")}),
    (_TALKS + "A memorandum on tourism was signed at the palace in the presence of both presidents.",
     {("memorandum on tourism", "Chile"), ("memorandum on tourism", "Peru")}),
])
def test_a_signing_before_two_leaders_binds_their_states(extractor, body, expected):
    doc = run(extractor, body)
    assert parties(doc) == expected, parties(doc)


def test_one_witness_tells_no_parties(extractor):  # (a guard)
    doc = run(extractor, "A memorandum on tourism was signed in Lima in the presence of Peruvian President Ana Ruiz.")
    assert not parties(doc), parties(doc)
