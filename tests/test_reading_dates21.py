"""Dates, round 21: a trip for a summit held on one day, told with no day of its own, is on the
summit's day; a summit over several days gives no one's arrival, and a trip the article also tells
with a day keeps that day (kg.extract.facts.summit_trips.trips_on_the_summits_day). On sentences
written for the test."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def starts(doc, visitor: str) -> set:
    return {f.get("start") for f in facts(doc, "visit") if f["visitor"] == visitor and f.get("modality") != "negated"}


@pytest.mark.parametrize("body, visitor, start", [
    ("Ecuadorian President Tomas Vela travelled to Lima for the Andean summit, which was held on Tuesday.",
     "Tomas Vela", "2025-03-11"),
    ("Finnish President Eero Laine arrived in Riga for the Baltic summit. The summit was held on Monday.",
     "Eero Laine", "2025-03-10"),
    ("The Gulf summit convened in Doha on March 4. Kuwait's emir, Salem Al-Fahad, flew to Doha for the gathering.",
     "Salem Al-Fahad", "2025-03-04"),
    (("The Baltic summit will be held in Riga on March 20. Estonian President Kaja Tamm is expected to travel to "
     "Riga for the summit."), "Kaja Tamm", "2025-03-20"),
    ("Estonian President Kaja Tamm will fly to Riga for the Baltic summit. The summit is scheduled for March 20.",
     "Kaja Tamm", "2025-03-20"),
])
def test_a_trip_for_a_one_day_summit_is_on_its_day(extractor, body, visitor, start):
    doc = run(extractor, body, published="2025-03-14")
    assert starts(doc, visitor) == {dt.date.fromisoformat(start)}, facts(doc, "visit")


@pytest.mark.parametrize("body, visitor, start", [
    (("The Andean summit was held in Lima from March 10 to March 12. Ecuadorian President Tomas Vela travelled to "
     "Lima for the summit."), "Tomas Vela", None),
    (("The three-day Gulf summit opened in Doha on March 3. Kuwaiti Emir Salem Al-Fahad travelled to Doha for the "
     "summit."), "Salem Al-Fahad", None),
    (("The Gulf summit was held in Doha on March 4. Kuwaiti Emir Salem Al-Fahad arrived in Doha on March 3 to "
     "attend the summit."), "Salem Al-Fahad", "2025-03-03"),
    (("The Andean summit was held in Lima on Tuesday. Ecuadorian President Tomas Vela, who flew to Lima on Monday "
     "for the summit, returned home on Wednesday."), "Tomas Vela", "2025-03-10"),
])
def test_a_longer_summit_or_a_trip_with_its_own_day_gives_no_summit_day(extractor, body, visitor, start):
    doc = run(extractor, body, published="2025-03-14")
    assert starts(doc, visitor) == {dt.date.fromisoformat(start) if start else None}, facts(doc, "visit")
