"""Visits, round 23: who runs a gathering is at it. "X chaired the summit", "the meeting was co-chaired
by X and Y", "X opened the summit", "X presided over the session": the attend frame's verbs of running
(data/frames.yaml) make one a participant of the summit reported, and so a traveller to where it is held
(kg.extract.facts.attendance); what is no gathering ("chairs the bloc", "opened the border") and the chair
of another, later summit ("will chair the next summit in Y") tell no trip. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

SCENE = "The summit of the Andean bloc opened in Quito on Monday. "


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, person", [
    (SCENE + "Bolivian President Luis Mora chaired the opening session.", "Luis Mora"),
    (SCENE + "Peruvian President Ana Ruiz opened the summit with a call for a common market.", "Ana Ruiz"),
    (SCENE + "The session was co-chaired by Colombian President Jorge Vega and the bloc's secretary-general.",
     "Jorge Vega"),
    (SCENE + "Chilean President Pablo Soto presided over the meeting.", "Pablo Soto"),
    (SCENE + "Peruvian President Ana Ruiz closed the summit on Tuesday with a statement on migration.", "Ana Ruiz"),
])
def test_one_who_runs_the_summit_is_at_it(extractor, body, person):
    doc = run(extractor, body, published="2024-05-14")
    assert (person, "Quito", "asserted") in trips(doc), trips(doc)


@pytest.mark.parametrize("body, person", [
    # an object that is no gathering: what one chairs or opens is not the summit
    (SCENE + "Bolivian President Luis Mora chairs the bloc this year.", "Luis Mora"),
    (SCENE + "Peruvian President Ana Ruiz opened the border with Bolivia last year.", "Ana Ruiz"),
    # the chair of another, later summit is its next host
    (SCENE + "Officials said Bolivian President Luis Mora will chair the next summit in La Paz in 2025.", "Luis Mora"),
    # the host at home chairs without travelling
    (SCENE + "Ecuadorian President Maria Torres chaired the opening session.", "Maria Torres"),
])
def test_running_something_else_is_no_trip(extractor, body, person):
    doc = run(extractor, body, published="2024-05-14")
    assert not any(v == person and d == "Quito" for v, d, _ in trips(doc)), trips(doc)
    assert not any(v == person and d == "La Paz" for v, d, _ in trips(doc)), trips(doc)
