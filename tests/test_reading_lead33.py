"""A summit whose name carries a continent is not held in the continent (kg.extract.facts.events):
a region says whose leaders meet, not where; the continents are linked since the thirty-third round."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body", [
    "Ministers came on Friday to a meeting between the leaders of Africa's largest economies, the first since 2019.",
    "A summit of Asia's biggest economies opened on Tuesday, the first since 2019.",
    "A meeting between the presidents of South America's two biggest states took place on Friday.",
])
def test_a_continent_in_a_summits_name_is_not_its_place(extractor, body):
    rows = facts(run(extractor, body), "summit")
    assert rows and not any(r.get("location") in {"Asia", "Africa", "South America"} for r in rows), rows


def test_a_city_in_a_summits_name_is_still_its_place(extractor):
    # (guard)
    rows = facts(run(extractor, "The Nairobi Summit opened on 4 June with eleven heads of government."), "summit")
    assert any(r.get("location") == "Nairobi" for r in rows), rows
