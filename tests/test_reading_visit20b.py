"""Visits, round 20b: one represented at a summit by another ("X will be represented by her foreign
minister, Y", "Y represented X") makes no trip there; the one who represents does
(kg.extract.facts.attendance). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_AHEAD = "Leaders of the Andean Community meet in Lima on Monday for their annual summit. "
_PAST = "Leaders of the Andean Community met in Lima on Monday for their annual summit. "


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, published, goes, stays", [
    (_AHEAD + "Chilean President Marta Rojas will be represented by her foreign minister, Luis Campos.", "2025-03-14",
     ("Luis Campos", "Lima", "planned"), "Marta Rojas"),
    (_AHEAD + "Chilean President Marta Rojas will stay home and be represented by Foreign Minister Luis Campos.",
     "2025-03-14", ("Luis Campos", "Lima", "planned"), "Marta Rojas"),
    (_PAST + "Marta Rojas, Chile's president, was represented by Vice President Pedro Soto.", "2025-03-19",
     ("Pedro Soto", "Lima", "asserted"), "Marta Rojas"),
    (_PAST + "Vice President Pedro Soto represented President Marta Rojas, who stayed in Santiago.", "2025-03-19",
     ("Pedro Soto", "Lima", "asserted"), "Marta Rojas"),
    (_AHEAD + "Ecuador's Jorge Vera is to be represented by his deputy, Pedro Soto, officials said.", "2025-03-14",
     ("Pedro Soto", "Lima", "planned"), "Jorge Vera"),
    (_AHEAD + "Jorge Vera will attend, while Marta Rojas will be represented by Luis Campos.", "2025-03-14",
     ("Luis Campos", "Lima", "planned"), "Marta Rojas"),
])
def test_one_represented_by_another_stays_away(extractor, body, published, goes, stays):
    got = trips(run(extractor, body, published=published))
    assert goes in got, got
    assert not any(v == stays and d == "Lima" for v, d, _ in got), got


@pytest.mark.parametrize("body, published, want", [
    (_AHEAD + "Chile will be represented by its foreign minister, Luis Campos.", "2025-03-14",
     ("Luis Campos", "Lima", "planned")),
    (_PAST + "Foreign Minister Luis Campos represented Chile at the summit.", "2025-03-19",
     ("Luis Campos", "Lima", "asserted")),
    (_AHEAD + "Jorge Vera will attend, while Marta Rojas will be represented by Luis Campos.", "2025-03-14",
     ("Jorge Vera", "Lima", "planned")),
])
def test_the_one_who_represents_a_state_still_goes(extractor, body, published, want):
    got = trips(run(extractor, body, published=published))
    assert want in got, got


@pytest.mark.parametrize("body", [
    "Chile was represented by Foreign Minister Luis Campos in the talks on fishing rights.",
    "The union is represented by lawyer Luis Campos in the case.",
])
def test_representing_with_no_summit_is_no_trip(extractor, body):
    assert not trips(run(extractor, body, published="2025-03-14"))
