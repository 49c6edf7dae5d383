"""Visit days, round 12b, on sentences written for the test: a trip told as done with no day of its
own takes the day its story is at (kg.extract.news_days.trips_on_scene_day); coming back from an
N-day visit ends it, an "until" day ends a stay, a verb of ending after a clause that began the trip
gives its last day (kg.extract.facts.trip_dates)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

def _iso(day) -> str | None:
    return None if day is None else day.isoformat()


FRIDAY = "2024-03-08"  # Mon 03-04, Tue 03-05, Wed 03-06, Thu 03-07
TUESDAY = "2024-03-05"


def days(doc, visitor: str, place: str) -> set[tuple]:
    return {(_iso(f.get("start")), _iso(f.get("end"))) for f in facts(doc, "visit")
            if f["visitor"] == visitor and f["destination"] == place and f["modality"] == "asserted"}


@pytest.mark.parametrize("body, visitor, place, start", [
    (("The talks opened in Warsaw on Wednesday. Czech Prime Minister Jan Dvorak visited Warsaw and met his Polish "
     "counterpart."), "Jan Dvorak", "Warsaw", "2024-03-06"),
    ("Talks opened on Tuesday. Dutch Trade Minister Anke Visser travelled to Dakar and toured the port.",
     "Anke Visser", "Dakar", "2024-03-05"),
    (("Baltic foreign ministers gathered in Riga on Wednesday. Finnish Foreign Minister Leena Koski travelled to "
     "Riga for the talks."), "Leena Koski", "Riga", "2024-03-06"),
])
def test_a_trip_told_as_done_without_a_day_is_on_the_storys_day(extractor, body, visitor, place, start):
    got = days(run(extractor, body, published=FRIDAY), visitor, place)
    assert (start, None) in got, got


@pytest.mark.parametrize("body, visitor, place, start, end", [
    ("Peruvian President Luis Condori returned home on Thursday from a three-day visit to Brazil.",
     "Luis Condori", "Brazil", "2024-03-05", "2024-03-07"),
    ("Mongolian President Bat Ganbold came back on Wednesday from a four-day trip to Seoul.",
     "Bat Ganbold", "Seoul", "2024-03-03", "2024-03-06"),
    ("Estonian Prime Minister Kaja Kask flew home on Thursday from a two-day visit to Oslo.",
     "Kaja Kask", "Oslo", "2024-03-06", "2024-03-07"),
])
def test_coming_back_from_a_trip_is_its_last_day(extractor, body, visitor, place, start, end):
    got = days(run(extractor, body, published=FRIDAY), visitor, place)
    assert (start, end) in got, got


@pytest.mark.parametrize("body, visitor, place, start, end, published", [
    ("Angolan Foreign Minister Teresa Kiala arrived in Lisbon on Monday and will stay until Wednesday.",
     "Teresa Kiala", "Lisbon", "2024-03-04", "2024-03-06", TUESDAY),
    ("Irish Prime Minister Sean Boyle arrived in Berlin on Monday and stayed until Wednesday.",
     "Sean Boyle", "Berlin", "2024-03-04", "2024-03-06", FRIDAY),
    ("Nepali Foreign Minister Sita Rana landed in Tokyo on Monday and remained until Thursday.",
     "Sita Rana", "Tokyo", "2024-03-04", "2024-03-07", FRIDAY),
])
def test_a_stay_until_a_day_ends_then(extractor, body, visitor, place, start, end, published):
    got = days(run(extractor, body, published=published), visitor, place)
    assert (start, end) in got, got


@pytest.mark.parametrize("body, visitor, place, start, end, published", [
    ("Ghanaian President Kofi Asante is in Nairobi. The visit, which began on Monday, ends on Wednesday.",
     "Kofi Asante", "Nairobi", "2024-03-04", "2024-03-06", TUESDAY),
    ("Kenyan President David Kiprop is on a visit to Japan that started on Monday and ends on Friday.",
     "David Kiprop", "Japan", "2024-03-04", "2024-03-08", TUESDAY),
    ("Philippine President Maria Reyes wrapped up on Thursday a visit to Vietnam that began on Tuesday.",
     "Maria Reyes", "Vietnam", "2024-03-05", "2024-03-07", FRIDAY),
])
def test_a_trip_begun_in_a_clause_ends_on_the_day_of_its_ending_verb(extractor, body, visitor, place, start, end,
                                                                      published):
    got = days(run(extractor, body, published=published), visitor, place)
    assert (start, end) in got, got
