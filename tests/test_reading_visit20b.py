"""Visits, round 20b: one represented at a summit by another ("X will be represented by her foreign
minister, Y", "Y represented X") makes no trip there; the one who represents does
(kg.extract.facts.attendance). One at a traveller's side ("X, flanked by Y", "Y sat alongside her")
makes the traveller's trip (the accompany frame, kg.extract.facts.trip_companions). On sentences
written for the test."""
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


_TRIP = "Chilean President Marta Rojas arrived in Quito on Tuesday for talks with her Ecuadorian counterpart. "


@pytest.mark.parametrize("body, people", [
    ("She spoke to reporters after the talks, flanked by her foreign minister, Luis Campos.", ["Luis Campos"]),
    ("Flanked by Foreign Minister Luis Campos and Trade Minister Ana Soto, Rojas laid a wreath.",
     ["Luis Campos", "Ana Soto"]),
    ("Rojas, flanked by Foreign Minister Luis Campos, signed the visitors' book.", ["Luis Campos"]),
    ("Foreign Minister Luis Campos sat alongside her at the talks.", ["Luis Campos"]),
    ("Foreign Minister Luis Campos stood beside her as she laid a wreath.", ["Luis Campos"]),
    ("Foreign Minister Luis Campos and Trade Minister Ana Soto sat next to her at the dinner.",
     ["Luis Campos", "Ana Soto"]),
    ("Foreign Minister Luis Campos and Trade Minister Ana Soto are seated on either side of her at the morning session.",
     ["Luis Campos", "Ana Soto"]),
    ("Foreign Minister Luis Campos was seated next to her at the dinner.", ["Luis Campos"]),
])
def test_one_at_a_travellers_side_makes_the_trip(extractor, body, people):
    got = {(v, d) for v, d, _ in trips(run(extractor, _TRIP + body, published="2025-03-14"))}
    for person in people:
        assert (person, "Quito") in got, got


@pytest.mark.parametrize("body", [
    "Chilean President Marta Rojas, flanked by Foreign Minister Luis Campos, spoke in Santiago on Tuesday.",
    "Foreign Minister Luis Campos sat beside the president at a dinner in Santiago.",
    "Foreign Minister Luis Campos was seated next to President Marta Rojas at a dinner in Santiago.",
    _TRIP + "Foreign Minister Luis Campos sat on the committee that drafted the plan in 2019.",
])
def test_a_side_with_no_trip_is_none(extractor, body):
    assert not any(v == "Luis Campos" for v, _, _ in trips(run(extractor, body, published="2025-03-14")))
