"""Summit places read in the thirteenth round's second wave: a summit of the day's news that no
sentence places is held where the report is filed from (its dateline) — sentences written for
these tests in several constructions (none from the corpus; real states and towns)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.extract.pipeline import Extractor
from kg.link.gazetteer import load_gazetteer

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(gazetteer=load_gazetteer())


def places(doc) -> set[str | None]:
    return {r.get("location") for r in facts(doc, "summit")}


# -- a summit the dateline's lines tell, placed nowhere else, is held where the report is filed --------
@pytest.mark.parametrize("body, place", [
    ("RECIFE, Brazil - Leaders of Brazil, Argentina and Chile opened a regional summit on Thursday.", "Recife"),
    (("TAMALE, Ghana - A two-day summit of West African leaders closed on Saturday with Ghana and Togo "
     "agreeing to share border patrols."), "Tamale"),
    (("MOMBASA, Kenya - A summit of East African leaders ended on Friday, with Kenya and Rwanda promising "
     "to build a railway."), "Mombasa"),
    (("RECIFE, Brazil - Brazil and Chile pledged closer trade ties on Friday. The pledge came at a summit of "
     "South American leaders that was attended by Argentina."), "Recife"),
])
def test_a_summit_of_the_day_is_held_at_the_dateline(extractor, body, place):
    assert places(run(extractor, body)) == {place}


# -- not a summit another sentence places, one ahead, one long past: the day's summit alone -----------
@pytest.mark.parametrize("body, expected", [
    (("RECIFE, Brazil - A summit of South American leaders opened on Thursday with Brazil and Chile present. "
     "The leaders agreed to hold an energy summit next year."), {"Recife", None}),
    (("RECIFE, Brazil - Leaders of Brazil and Chile opened a regional summit on Thursday. Their last summit "
     "was held in Salvador."), {"Recife", "Salvador"}),
    (("RECIFE, Brazil - Leaders of Brazil and Chile opened a regional summit on Thursday, recalling the "
     "summit of 1990 at which Brazil settled its border with Paraguay."), {"Recife", None}),
    (("TAMALE, Ghana - Presidents of Ghana and Togo will attend a summit of West African leaders here on "
     "Tuesday."), {"Tamale"}),
])
def test_only_the_days_summit_is_held_at_the_dateline(extractor, body, expected):
    assert places(run(extractor, body)) == expected
