"""Which day a told date is, round 16, on sentences written for the test: a time still ahead named
between the story's day and an undated event ("must cut them by 2026") is the story looking
forward, not moving back, so the event keeps the story's day (kg.extract.news_days.scene_day)."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

THU = dt.date(2024, 3, 14)  # a Thursday: Monday is March 11, Tuesday March 12


@pytest.mark.model
@pytest.mark.parametrize("body, agreement, expected", [
    (("Chile and Peru signed a fisheries treaty in Lima on Tuesday. Each side must cut its catch by a third by "
     "the end of 2026. The two ministers also signed a joint declaration on ocean research."),
     "joint declaration on ocean research", "2024-03-12"),
    (("Kenya and Tanzania signed a border treaty on Monday. Both armies must leave the border strip by July 1. "
     "A separate protocol on fisheries was also signed by the two ministers."), "protocol on fisheries", "2024-03-11"),
    (("Laos and Cambodia signed a power trade agreement on Wednesday. The line is to be finished in 2027. "
     "The two energy ministers also signed a memorandum on dam safety."), "memorandum on dam safety", "2024-03-13"),
])
def test_a_time_ahead_does_not_move_the_storys_day(extractor, body, agreement, expected):
    got = {_iso(f.get("date")) for f in facts(run(extractor, body, published=THU.isoformat()), "signing")
           if f["agreement"] == agreement}
    assert expected in got, got


def _iso(day) -> str | None:
    return None if day is None else day.isoformat()
