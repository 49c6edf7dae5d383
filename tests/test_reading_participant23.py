"""Summit participants, round 23: a bare "here" on a clause ("X is here too") puts the person it tells
of where the report is filed from, as arriving does, so that one told so in a report from a summit
takes part in the summit in view (kg.extract.facts.report_scene.told_here, read by
kg.extract.facts.travel). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

LIVE = "LIVE: Andean leaders meet in Quito"


def taking_part(doc) -> set[str]:
    return {p for f in facts(doc, "summit") if f["modality"] != "negated" for p in f.get("participants", ())}


@pytest.mark.parametrize("headline, body, state", [
    (LIVE, "The Andean Council summit opened on Monday. Chilean President Ana Ruiz is here too.", "Chile"),
    (LIVE, "The Andean Council summit opened on Monday. Chilean President Ana Ruiz is also here and looks relaxed.",
     "Chile"),
    ("Andean leaders meet", ("QUITO, March 11 - The Andean Council summit opened on Monday. Bolivian President Carlos "
     "Mamani is here as well."), "Bolivia"),
    (LIVE, ("The Andean Council summit opened on Monday. Peruvian President Jorge Vega, who is here with his foreign "
     "minister, spoke first."), "Peru"),
])
def test_one_told_here_in_a_report_from_a_summit_takes_part(extractor, headline, body, state):
    doc = run(extractor, body, published="2025-03-11", headline=headline)
    assert state in taking_part(doc), taking_part(doc)


@pytest.mark.parametrize("body, state", [
    ("The Andean Council summit opened on Monday. Chilean President Ana Ruiz is not here.", "Chile"),
    ("The Andean Council summit opened on Monday. Chilean President Ana Ruiz will not be here.", "Chile"),
    # "here" said of a thing, not of a person: no one comes
    ("The Andean Council summit opened on Monday. A Chilean trade deal is here to stay, Bolivia's envoy wrote.", "Chile"),
])
def test_no_one_is_there_by_a_denied_here_or_a_thing_here(extractor, body, state):
    doc = run(extractor, body, published="2025-03-11", headline=LIVE)
    assert state not in taking_part(doc), taking_part(doc)
