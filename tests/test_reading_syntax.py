"""Long sentences read as a careful reader would, whatever the small parsing model makes of them:
asides between a subject and its verb, on sentences written for these tests (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.extract.asides import aside_spans
from kg.extract.nlp import sentence_bounds, tokens

pytestmark = pytest.mark.model


def signed(doc) -> set[tuple]:
    return {(f["agreement"], f.get("signatory"), f["modality"]) for f in facts(doc, "signing")}


# -- an aside between a subject and its verb is read apart from the clause it interrupts --------------
@pytest.mark.parametrize("body", [
    ("Peru and Chile, after years of talks in which Bolivia and Ecuador took part as observers, signed the "
     "Andean Water Accord in Lima on Tuesday."),
    ("Peru and Chile – after years of talks in which Bolivia and Ecuador took part as observers – signed the "
     "Andean Water Accord in Lima on Tuesday."),
    ("Peru and Chile (after years of talks in which Bolivia and Ecuador took part as observers) signed the "
     "Andean Water Accord in Lima on Tuesday."),
])
def test_an_aside_leaves_the_subject_with_its_verb(extractor, body):
    got = signed(run(extractor, body))
    assert {("Andean Water Accord", "Peru", "asserted"), ("Andean Water Accord", "Chile", "asserted")} <= got, got
    assert ("Andean Water Accord", "Bolivia", "asserted") not in got


def test_an_aside_keeps_its_own_modality(extractor):
    doc = run(extractor, ("Bolivia, despite warnings from Brazil that the move would isolate it within the bloc, "
                          "joined the Andean Bank on Monday."))
    assert ("Bolivia", "Andean Bank", "asserted") in {(f["member"], f["organization"], f["modality"])
                                                       for f in facts(doc, "member")}


def test_an_aside_describing_a_word_stays_on_it(extractor):
    """A relative clause cut out of the sentence still says who arrived where."""
    doc = run(extractor, ("Chilean President Marta Vidal – who arrived in Lima on Monday for talks on water – "
                          "signed the Andean Water Accord with Peru on Tuesday."))
    assert ("Marta Vidal", "Lima") in {(f["visitor"], f["destination"]) for f in facts(doc, "visit")}
    assert ("Andean Water Accord", "Marta Vidal", "asserted") in signed(doc)


def test_the_asides_a_sentence_holds(extractor):
    doc = run(extractor, ("Peru, which holds the presidency, signed the accord (a text of ten pages) with Chile "
                          "– its old rival – on Tuesday, officials said."))
    toks = tokens(doc)
    lo, hi = sentence_bounds(doc, 1)
    asides = [" ".join(t.text for t in toks[a:b]) for a, b in aside_spans(toks, lo, hi)]
    assert asides == [", which holds the presidency ,", "( a text of ten pages )", "– its old rival –"]
