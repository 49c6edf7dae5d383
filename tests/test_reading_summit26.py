"""Summit modality as English tells it, read on sentences written for the test (round twenty-six):
a summit that hangs, through a preposition or as subject, on a verb told in the past ("sent
ministers to the meeting in X", "at the summit, leaders chose ...") is told as held; a later day the
sentence names for something else ("to lead the bloc from this September") does not make it planned
(kg.extract.facts.summit_status.told_as_past, read in kg.extract.facts.events.summits)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday


def summit_modality(extractor, body: str, word: str) -> str:
    doc = run(extractor, body, published=PUBLISHED)
    rows = [f for f in facts(doc, "summit") if word in f["summit"]]
    assert rows, facts(doc, "summit")
    return rows[0]["modality"]


@pytest.mark.parametrize("body, word", [
    (("Chile's government sent ministers to the Pacific Alliance meeting in Lima, where leaders asked Ecuador to draft a "
     "customs code by this August."), "Pacific Alliance"),
    ("At the ECOWAS summit in Abuja, leaders chose Ghana to lead the bloc from this September.", "ECOWAS"),
    (("Jamaica's prime minister went to the CARICOM summit in Bridgetown, where leaders asked Barbados to lead talks on "
     "a common market this October."), "CARICOM"),
])
def test_a_summit_told_in_the_past_is_held_whatever_later_day_its_sentence_names(extractor, body, word):
    assert summit_modality(extractor, body, word) == "asserted"


# guards: a summit a verb puts ahead, or one announced for a later day, stays planned
@pytest.mark.parametrize("body, word", [
    ("Kenya will host a summit of the East African Community in Nairobi this September.", "East African"),
    ("The Andean Community said on Tuesday that its summit would open in Lima this June.", "summit"),
    ("Peru is to send ministers to the Pacific Alliance meeting in Lima this August.", "Pacific Alliance"),
])
def test_a_summit_still_ahead_stays_planned(extractor, body, word):
    assert summit_modality(extractor, body, word) == "planned"
