"""Counted and 'similar' plurals read in the thirteenth round's second wave: a count or a
likeness is no description, so "signed seven documents" or "similar deals with X" makes no
agreement (FORMAT.md labels an unnamed agreement by what the text says it is), while a set whose
topics are told ("two agreements on X and Y") still gives its agreements. Sentences written for
these tests (none from the corpus; invented people, real states)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

from kg.extract.pipeline import Extractor
from kg.link.gazetteer import load_gazetteer

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(gazetteer=load_gazetteer())


@pytest.mark.parametrize("body", [
    "Chile and Peru signed seven documents in Lima on Tuesday.",
    "Ghana and Togo signed six agreements on Monday, officials said.",
    "Two agreements were signed by the ministers of Chile and Peru in Lima.",
    "Chile and Peru signed more than 20 documents on Friday.",
    "Officials said Ghana had reached similar arrangements with Benin and Niger.",
    "Ghana has signed comparable deals with Benin and Niger in recent years.",
])
def test_a_count_or_a_likeness_is_no_agreement(extractor, body):
    doc = run(extractor, body)
    assert not labels(doc, "Agreement"), labels(doc, "Agreement")
    assert not facts(doc, "signing") and not facts(doc, "parties")


@pytest.mark.parametrize("body, expected", [
    ("Chile and Peru signed two agreements on power trade and rail links.",
     {"agreement on power trade", "agreement on rail links"}),
    ("Ghana and Togo signed three memoranda of understanding on health, tourism and fisheries.",
     {"memorandum of understanding on health", "memorandum of understanding on tourism",
      "memorandum of understanding on fisheries"}),
])
def test_a_set_whose_topics_are_told_keeps_its_agreements(extractor, body, expected):
    assert labels(run(extractor, body), "Agreement") == expected
