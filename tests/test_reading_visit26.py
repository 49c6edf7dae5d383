"""Visits, round 26: who is at a summit a report is filed from while it is on, by whatever they are
told doing there (kg.extract.facts.summit_speakers); the people of a delegation hung on the trip's
verb by phrases alone (kg.extract.facts.trip_arguments.companions); a passive verb's subject put
after its auxiliary (kg.extract.syntax.surface_subject). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_OPENING = "QUITO, March 14 - Leaders of the Andean Forum opened their ninth summit in Quito on Friday. "


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, people", [
    ("10:15 - Peru's President Jorge Salas is also in town.", ["Jorge Salas"]),
    ("Chile's President Tomas Vidal and Colombia's President Lucia Rengifo sit side by side at the head table.",
     ["Tomas Vidal", "Lucia Rengifo"]),
    ("11:05 - Peru's President Jorge Salas, speaking from the podium, calls for a common currency.", ["Jorge Salas"]),
])
def test_one_told_doing_anything_in_a_report_from_the_summit_is_at_it(extractor, body, people):
    doc = run(extractor, _OPENING + body, published="2025-03-14", headline="Andean leaders meet in Quito")
    for person in people:
        assert (person, "Quito", "asserted") in trips(doc), trips(doc)


@pytest.mark.parametrize("body, person", [
    ("In Santiago, Chile's President Tomas Vidal criticised the meeting's agenda.", "Tomas Vidal"),
    ("Peru's President Jorge Salas had pressed for such a meeting for years.", "Jorge Salas"),
    ("U.S. Ambassador Mary Dunn watched the opening from the gallery.", "Mary Dunn"),
    ("Chile's President Tomas Vidal sent his foreign minister.", "Tomas Vidal"),
])
def test_one_told_elsewhere_earlier_or_posted_there_is_not_at_it(extractor, body, person):
    doc = run(extractor, _OPENING + body, published="2025-03-14", headline="Andean leaders meet in Quito")
    assert not any(v == person and d == "Quito" and m == "asserted" for v, d, m in trips(doc)), trips(doc)


def test_a_readout_of_talks_elsewhere_before_a_summit_tells_no_one_at_it(extractor):
    body = ("Peruvian President Jorge Salas met Chilean President Tomas Vidal in Arica on Monday. Vidal thanked Salas "
            "for his support. Both leaders will travel to Quito for the ninth Andean Forum summit, which opens there "
            "on Wednesday.")
    doc = run(extractor, body, published="2025-03-10", headline="Salas meets Vidal in Arica")
    assert not any(d == "Quito" and m == "asserted" for _, d, m in trips(doc)), trips(doc)


@pytest.mark.parametrize("body, modality", [
    (("Peruvian Foreign Minister Rosa Ayala arrived in Quito on Wednesday evening at the head of a delegation which included "
     "Defence Minister Carlos Mena."), "asserted"),
    (("Peruvian Foreign Minister Rosa Ayala will travel to Quito next week as head of a delegation including Defence "
     "Minister Carlos Mena."), "planned"),
])
def test_a_delegation_hung_on_the_trips_verb_goes_along(extractor, body, modality):
    doc = run(extractor, body, published="2025-03-14")
    assert ("Carlos Mena", "Quito", modality) in trips(doc), trips(doc)


def test_a_delegation_in_a_clause_of_its_own_does_not_go_along(extractor):
    body = ("Peruvian Foreign Minister Rosa Ayala arrived in Quito on Wednesday, where she met a delegation that "
            "included Ecuadorian Defence Minister Carlos Mena.")
    doc = run(extractor, body, published="2025-03-14")
    assert ("Rosa Ayala", "Quito", "asserted") in trips(doc), trips(doc)
    assert not any(v == "Carlos Mena" for v, _, _ in trips(doc)), trips(doc)


def test_a_passive_subject_after_its_auxiliary_is_what_the_verb_is_said_of(extractor):
    body = ("Leaders of the Coral Bloc will meet in Doha on March 20 for their twelfth summit. Also expected in the "
            "Qatari capital are Oman's Sultan Faris Qaboosi and Bahrain's King Idris Salmani.")
    doc = run(extractor, body, published="2025-03-14", headline="Leaders head to Doha")
    assert {("Faris Qaboosi", "Doha", "planned"), ("Idris Salmani", "Doha", "planned")} <= trips(doc), trips(doc)
