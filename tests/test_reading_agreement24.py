"""Agreements, round 24: which agreement a fact is about, and the names a reader gives it. A clause
set off by a comma from a definite agreement noun ("the treaty, signed in 1998, ...") adds to the
agreement in view and never tells another one (kg.extract.complements.told_aside); an unnamed
agreement is also named without a place its description ends with or a comparative before its
head (kg.extract.description_names). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def names(doc) -> dict[str, set[str]]:
    """Each agreement's label, with all its names (label and aliases), lower case."""
    return {e.label: {e.label.lower(), *(a.lower() for a in e.aliases)}
            for e in doc.entities.values() if e.type == "Agreement"}


def permitted(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["activity"]) for f in facts(doc, "permits")}


@pytest.mark.parametrize("body, agreement, activity", [
    # a participle with a year
    (("Chile ended its security agreement with Peru on Friday. The agreement, revised in 2018, allowed "
      "Peruvian ships to make port calls in Valparaiso."), "security agreement with Peru", "port call"),
    # a relative clause with a year and a place
    (("Kenya and Tanzania have ratified a defence cooperation pact. The pact, which was signed in Arusha "
      "in 2021, provides for joint exercises."), "defence cooperation pact", "joint exercise"),
    # a participle telling neither a year nor a making
    (("Ghana's parliament approved the maritime security memorandum with Togo. The memorandum, named after "
      "a fishing village, covers intelligence sharing."), "maritime security memorandum with Togo", "intelligence sharing"),
    # two coordinated participles
    (("Mongolia terminated its air transit treaty with Kazakhstan. The treaty, concluded in Ulaanbaatar in "
      "2004 and amended in 2011, had allowed Kazakh aircraft to use Mongolian airspace."),
     "air transit treaty with Kazakhstan", "airspace use"),
])
def test_a_clause_between_commas_adds_to_the_agreement_in_view(extractor, body, agreement, activity):
    doc = run(extractor, body, published="2025-03-14")
    assert (agreement, activity) in permitted(doc), permitted(doc)
    assert len(names(doc)) == 1, names(doc)


@pytest.mark.parametrize("body", [
    # no comma: the clause tells which, an older accord
    "Peru and Chile signed a new trade accord on Monday. It replaces the accord signed in 1998.",
    # an indefinite noun set apart: another agreement
    "Ghana signed a defence agreement with Nigeria on Tuesday. A separate agreement, signed in 2015, covers fisheries.",
])
def test_a_clause_that_tells_which_or_an_agreement_set_apart_stays_another(extractor, body):
    assert len(names(run(extractor, body, published="2025-03-14"))) == 2


@pytest.mark.parametrize("body, label, also", [
    # a place the description ends with
    ("Zambia and Botswana signed a memorandum of understanding on border security in Gaborone on Tuesday.",
     "memorandum of understanding on border security in Gaborone", "memorandum of understanding on border security"),
    # a land noun with its owner
    ("Russia and Kyrgyzstan signed a protocol on the stay of Russian troops on Kyrgyz territory on Friday.",
     "protocol on the stay of Russian troops on Kyrgyz territory", "protocol on the stay of Russian troops"),
    # a comparative before the head
    ("Angola and Zambia also signed a narrower memorandum on river patrols on Monday.",
     "narrower memorandum on river patrols", "memorandum on river patrols"),
])
def test_an_unnamed_agreement_is_also_named_without_its_place_or_comparative(extractor, body, label, also):
    got = names(run(extractor, body, published="2025-03-14"))
    assert label in got, got  # the fullest description stays the label
    assert also.lower() in got[label], got
