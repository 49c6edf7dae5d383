"""Summits read on sentences written for the test (round 32): a summit's days counted from one of
them ("the second day of the summit", "its final day"), told on a day or, in a present clause
with no day, on the day of writing."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _days(doc, name: str) -> tuple:
    f = next(f for f in facts(doc, "summit") if f["summit"].casefold() == name)
    return f.get("start"), f.get("end")


# -- a day counted in the summit tells its first (and, when the last, its last) day ------------
@pytest.mark.parametrize("body, name, start, end", [
    # active, a present clause in a live report: the day of writing (Sunday, 10 March 2024)
    ("Leaders from the region are meeting in Lima for the second day of the Andean Summit.",
     "andean summit", "2024-03-09", None),
    # a day told on the clause, the day both counted and the last
    ("Ministers gathered in Oslo on Friday for the third and final day of the Nordic Council summit.",
     "nordic council summit", "2024-03-06", "2024-03-08"),
    # a relative clause, the counted day set beside its date (whatever the parse hung it on)
    ("Bolivia's president, who spoke on Wednesday, the third day of the Andean summit in Quito, left early.",
     "andean summit", "2024-03-04", None),
    # a passive, the rank in figures
    ("The tariff accord was initialled in Lima on Saturday, the 2nd day of the Andean summit.",
     "andean summit", "2024-03-08", None),
])
def test_a_counted_day_tells_the_summits_days(extractor, body, name, start, end):
    doc = run(extractor, body)
    want = (dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None)
    assert _days(doc, name) == want, facts(doc, "summit")


# -- guards: a day to come or gone by with no day told is no day of writing ---------------------
@pytest.mark.parametrize("body, name", [
    ("Chile's president will speak on the final day of the Andean summit in Lima.", "andean summit"),
    ("Delegates were still arguing on the second day of the Andean summit in Lima.", "andean summit"),
    ("Three days of talks at the Andean summit in Lima produced no accord.", "andean summit"),
])
def test_no_day_of_writing_for_a_day_not_told(extractor, body, name):
    doc = run(extractor, body)
    assert _days(doc, name) == (None, None), facts(doc, "summit")
