"""Summit identity, round 19c, on sentences written for the test: two tellings of a summit whose days
overlap are one gathering, the one told whole (a first and a last day) giving its days and tense
("a three-day summit from June 15 to 17" and "the 12th meeting will close on June 17"); a series'
bare name ("the Summit of the X") is the one edition told alike with a rank before that name
(kg.extract.facts.summit_identity)."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-06-11"  # a Wednesday
D = dt.date


def summits(extractor, body: str) -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED), "summit")


@pytest.mark.parametrize("body, rank, city, start, end", [
    (("Leaders of the Andean Forum will gather in Cusco from June 15 to 17 for a three-day summit. "
     "The forum's 12th meeting of heads of state will close on June 17 with a declaration on water."),
     12, "Cusco", D(2025, 6, 15), D(2025, 6, 17)),
    (("The Sahel Council will hold a two-day summit in Niamey on June 16 and 17. "
     "The council's 15th ordinary summit will open on June 17 with a minute's silence."),
     15, "Niamey", D(2025, 6, 16), D(2025, 6, 17)),
    (("The Coral Sea Community is holding a two-day summit in Honiara on June 23 and 24. "
     "The community's 20th summit begins on June 24, after talks between ministers."),
     20, "Honiara", D(2025, 6, 23), D(2025, 6, 24)),
])
def test_tellings_whose_days_overlap_are_one_summit(extractor, body, rank, city, start, end):
    rows = summits(extractor, body)
    assert len(rows) == 1, rows
    assert (rows[0].get("ordinal"), rows[0].get("location"), rows[0].get("start"), rows[0].get("end")) == (rank, city, start, end), rows


@pytest.mark.parametrize("body", [
    # the next edition, on days of its own that do not meet this one's
    ("The Sahel Council will hold a two-day summit in Niamey on June 16 and 17. "
     "The council's 16th ordinary summit will open on December 1."),
    # another body's summit in another city on one of the same days
    ("The Sahel Council will hold a two-day summit in Niamey on June 16 and 17. "
     "The Gulf Forum's 15th summit will open in Doha on June 17."),
    # two editions told with different ranks, whatever their days
    ("The Coral Sea Community's 20th summit opened in Honiara on June 9 and ends on June 11. "
     "The community's 19th summit opened on June 10, 2024."),
])
def test_days_that_do_not_meet_or_other_gatherings_stay_apart(extractor, body):  # (a guard)
    assert len(summits(extractor, body)) == 2, summits(extractor, body)
