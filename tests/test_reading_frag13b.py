"""Counted and "similar" plurals, and ranked papers, read in the thirteenth round's second wave:
a count or a likeness is no description, so "signed seven documents" or "similar deals with X"
makes no agreement (FORMAT.md labels an unnamed agreement by what the text says it is), and "a
second document, a joint declaration," is the joint declaration. A set whose topics are told ("two
agreements on X and Y") still gives its agreements (test_reading_agree9). Sentences written for
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
])
def test_a_count_or_a_likeness_is_no_agreement(extractor, body):
    doc = run(extractor, body)
    assert not labels(doc, "Agreement"), labels(doc, "Agreement")
    assert not facts(doc, "signing") and not facts(doc, "parties")


@pytest.mark.parametrize("body, expected", [
    ("The visa accord was among nine documents signed at the Ofori Palace on Monday.", {"visa accord"}),
    ("Ghana and Togo exchanged eleven documents drafted in Accra, officials said.", set()),
    ("Ghana and Togo signed several documents prepared in Accra.", set()),
])
def test_a_count_with_a_clause_of_where_is_no_agreement(extractor, body, expected):
    assert labels(run(extractor, body), "Agreement") == expected


@pytest.mark.parametrize("body, expected", [
    (("Chile and Peru signed a trade memorandum in Lima. A second document, a joint declaration that was also signed by "
     "the two ministers, commits the two governments to build a port."), "joint declaration"),
    (("Chile and Peru signed the Treaty of Lima in 1990 and the Andes Accord in 2001. A second document, a joint "
      "declaration also signed by the two ministers, commits the two governments to build a port."), "joint declaration"),
    (("Chile and Peru signed a trade memorandum in Lima. The second document, a visa accord signed by the "
     "ministers, takes effect in May."), "visa accord"),
    (("Chile and Peru signed a trade memorandum in Lima on Monday, and the third document, a fisheries protocol, "
     "was signed by their ministers."), "fisheries protocol"),
])
def test_a_ranked_paper_is_what_its_apposition_says(extractor, body, expected):
    found = labels(run(extractor, body), "Agreement")
    assert expected in found and not any("document" in a for a in found), found
