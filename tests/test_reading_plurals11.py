"""Counted group references read on sentences written for the test (round 11): a group word counting
its members ("the pair", "the trio"), and "the two men", "both leaders" whose offices the article
does not give: the people a clause before brought together."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def signatories(doc) -> set[str]:
    return {f["signatory"] for f in facts(doc, "signing") if f.get("signatory")}


def visits(doc) -> set[tuple[str, str, str]]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


# -- "the pair", "the trio": a group word counting its members --------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Chile and Argentina ended a decade of talks on Monday. The pair signed the Andes Transit Treaty in Santiago.",
     {"Chile", "Argentina"}),
    ("Estonia, Latvia and Lithuania finished the talks in May. The trio signed the Amber Rail Treaty in Riga on Friday.",
     {"Estonia", "Latvia", "Lithuania"}),
])
def test_a_group_word_is_the_states_told(extractor, body, expected):
    doc = run(extractor, body)
    assert signatories(doc) == expected, signatories(doc)


def test_the_pair_travel_on(extractor):
    doc = run(extractor, "President Ana Ruiz of Chile and President Boris Lind of Peru will travel to Tokyo next week. "
                         "The pair will also stop in Seoul.")
    assert {("Ana Ruiz", "Seoul", "planned"), ("Boris Lind", "Seoul", "planned")} <= visits(doc), visits(doc)


def test_a_pair_of_documents_is_no_group_of_states(extractor):
    doc = run(extractor, "Chile and Argentina ended a decade of talks on Monday. Officials signed a pair of "
                         "protocols on Friday.")
    assert not signatories(doc) & {"Chile", "Argentina"}, signatories(doc)


# -- "the two men": the people a clause before brought together, offices or not ---------------------------
@pytest.mark.parametrize("body", [
    "Tomas Arkel hosted Elena Marsh in Santiago on Monday. The two men signed the Lauca Accord.",
    "Tomas Arkel held talks with Elena Marsh in Santiago on Monday, after which both men signed the Lauca Accord.",
])
def test_two_men_without_offices(extractor, body):
    doc = run(extractor, body)
    assert {"Tomas Arkel", "Elena Marsh"} <= signatories(doc), signatories(doc)
