"""A place a summit speaks about is not where it is held (round 14b): a place inside a phrase on a
noun of topic ("overshadowed by the war in X", "to discuss the situation in Y", "charged with war
crimes in Z"), the object of a verb of discussing, or "on the agenda" never becomes its location —
nor, through it, the place its guests travel to."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def locations(doc) -> set[str]:
    return {f.get("location") or "" for f in facts(doc, "summit")}


@pytest.mark.parametrize("body, topic", [
    ("The OSCE summit, overshadowed by the war in Chechnya, opened on Thursday.", "Chechnya"),
    ("Leaders met on Monday for an Arab League summit to discuss the situation in Gaza.", "Gaza"),
    ("The Gulf summit on Saturday took up tensions in Yemen and the violence in Aden.", "Aden"),
    ("The NATO summit on Wednesday debated the situation in Crimea.", "Crimea"),
    ("The crisis in Gaza loomed over the Arab League summit, which opened on Friday.", "Gaza"),
    ("The AU summit opens on Monday with a leader wanted for war crimes in Kordofan among the guests.", "Kordofan"),
    ("Rights groups urged the Commonwealth summit, which opens on Friday, to condemn abuses in Mindanao.", "Mindanao"),
    ("Atrocities in Ituri will be raised at the regional summit on Tuesday.", "Ituri"),
])
def test_a_place_talked_about_is_not_where_the_summit_is(extractor, body, topic):
    got = locations(run(extractor, body))
    assert not any(topic in g for g in got), got


@pytest.mark.parametrize("body, place", [
    ("The G7 summit in Hiroshima on Friday discussed the war in Ukraine.", "Hiroshima"),
    ("Leaders gathered on Friday for a summit in Nairobi to discuss the war in Somalia.", "Nairobi"),
    ("The Arab League summit in Jeddah on Friday discussed the war in Sudan.", "Jeddah"),
    ("Leaders met in Vienna on Tuesday for an OSCE summit on the crisis in Belarus.", "Vienna"),
])
def test_the_place_it_is_held_in_stays(extractor, body, place):  # (guards)
    assert place in locations(run(extractor, body))


def test_a_guest_does_not_travel_to_the_place_talked_about(extractor):
    doc = run(extractor, "President Tom Arlen of Georgia travelled on Thursday to the OSCE summit, which was "
                         "overshadowed by the war in Chechnya.")
    assert not [f for f in facts(doc, "visit") if "Chechnya" in (f.get("destination") or "")], facts(doc, "visit")
