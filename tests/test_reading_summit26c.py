"""Editions of a summit series as English tells them, read on sentences written for the test (round
twenty-six): an edition told beside the summit in view ("the 53rd summit", "the next summit", "the
previous summit") that names no organisation taking part is its series' summit too: the summit in
view's one organisation takes part, or, where no organisation holds it, the states its name names
(kg.extract.facts.summit_series.owners_of_editions)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday


def participants_of(extractor, body: str, word: str) -> set[str]:
    doc = run(extractor, body, published=PUBLISHED)
    rows = [f for f in facts(doc, "summit") if f["summit"].lower().startswith(word)]
    assert rows, facts(doc, "summit")
    return set(rows[0].get("participants", ()))


@pytest.mark.parametrize("body, word, who", [
    (("Gulf rulers met in Muscat on Tuesday for the 52nd summit of the Gulf Cooperation Council. The 53rd summit will "
      "be held in Kuwait next year."), "53rd", {"Cooperation Council for the Arab States of the Gulf"}),
    (("The presidents of Chile, Peru and Bolivia met in Arica on Monday for the Chile-Peru-Bolivia summit. The next "
      "summit will be held in La Paz in March."), "next", {"Chile", "Peru", "Bolivia"}),
    (("Leaders of Greece, Cyprus and Egypt met in Nicosia on Monday for the Greece-Cyprus-Egypt summit. The previous "
      "summit was held in Athens."), "previous", {"Greece", "Cyprus", "Egypt"}),
])
def test_an_edition_of_the_series_in_view_is_held_by_its_owner(extractor, body, word, who):
    assert who <= participants_of(extractor, body, word)


# guards: an edition of another series keeps its own owner
@pytest.mark.parametrize("body, word, not_there", [
    ("The BRICS summit opened in Kazan on Tuesday. The next G20 summit will be held in Johannesburg.", "g20", "BRICS"),
    (("The presidents of Chile, Peru and Bolivia met in Arica on Monday for the Chile-Peru-Bolivia summit. The next "
      "Mercosur summit will be held in Asuncion."), "mercosur", "Bolivia"),
])
def test_an_edition_of_another_series_is_not_the_one_in_view(extractor, body, word, not_there):
    assert not_there not in participants_of(extractor, body, word)
