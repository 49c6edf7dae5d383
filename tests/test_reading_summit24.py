"""Summit editions as English tells them, read on sentences written for the test (round twenty-four):
a ranked summit told beside the one in view by another rank ("their 45th summit ... the 46th summit")
is another edition, a summit of its own, even where the one in view is named ("the 12th Gulf summit")
or told only by its rank (kg.extract.descriptions, summit_editions.another_rank); such an edition, or a
"next" one, is never the summit the article is about (facts.attendance.main_summit); and a summit that
is the subject of "is due to", "is expected to", "is set to" is held where the verb it hands on to says
(facts.summit_places.raised_verbs)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday


def summits(extractor, body: str) -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED), "summit")


def by_label(rows: list[dict]) -> dict[str, dict]:
    return {r["summit"]: r for r in rows}


@pytest.mark.parametrize("body, first, later, place, rank", [
    ("Gulf leaders met in Muscat on Monday for the 12th Gulf summit. The 13th summit will be held in Bahrain in December.",
     "12th Gulf summit", "13th summit", "Bahrain", 13),
    ("West African leaders opened the 66th ECOWAS summit in Accra on Saturday. The 67th summit will take place in Togo.",
     "66th ECOWAS summit", "67th summit", "Togo", 67),
    (("QUITO - Andean leaders met in the Ecuadorian capital on Friday for their 30th ordinary summit. Peru's President "
     "Ruiz was named chair, so the 31st summit will be held in Peru next year. President Diaz of Chile attended the "
     "Andean summit."), "Andean summit", "31st summit", "Peru", 31),
])
def test_a_later_rank_is_another_edition(extractor, body, first, later, place, rank):
    rows = by_label(summits(extractor, body))
    assert later in rows, rows
    assert rows[later]["location"] == place and rows[later]["ordinal"] == rank, rows[later]
    assert rows[later]["modality"] == "planned", rows[later]
    assert first in rows and rows[first]["location"] != place, rows


@pytest.mark.parametrize("body, label, place", [
    ("Leaders of the bloc met in Accra on Monday for their 30th summit. The 31st summit is due to be held in Togo next year.",
     "31st summit", "Togo"),
    ("The Nordic summit closed in Bergen on Friday. The next summit is set to be held in Finland in 2026.",
     "next summit", "Finland"),
    ("The Danube Commission summit is expected to take place in Austria in October.",
     "Danube Commission summit", "Austria"),
])
def test_a_summit_handed_on_to_a_verb_of_holding_is_held_there(extractor, body, label, place):
    rows = by_label(summits(extractor, body))
    assert rows.get(label, {}).get("location") == place, rows


# guards: the trips of the reported summit stay with it, not with the next edition named first
def test_a_later_edition_is_not_the_summit_in_view(extractor):
    doc = run(extractor, "The next summit will be held in Lima in 2026, leaders agreed on Friday. "
                         "The Andean summit closed in Quito on Friday. President Ruiz flew to Quito on Thursday for the summit.",
              published=PUBLISHED)
    visits = facts(doc, "visit")
    assert [(v["destination"], v.get("purpose")) for v in visits] == [("Quito", "Andean summit")], visits


# guards: one edition told twice by its rank, a rank counting a person's summits, a first of a kind
@pytest.mark.parametrize("body, n", [
    ("Gulf leaders met in Muscat on Monday for the 12th Gulf summit. The 12th summit ended with a joint statement.", 1),
    ("Gulf leaders met in Muscat on Monday for the 12th Gulf summit. It was her third summit as prime minister.", 1),
    ("Leaders met in Seoul on Tuesday for the 12th Korea-Pacific summit, the first summit since 2019 held in Asia.", 1),
])
def test_one_edition_stays_one(extractor, body, n):
    assert len(summits(extractor, body)) == n, summits(extractor, body)


@pytest.mark.parametrize("body, label", [
    # a place said of the speaker or of something else than where the summit is held
    ("The 13th summit is due to open next month, officials in Paris said.", "13th summit"),
    ("The Baltic summit is expected to discuss the war in Ukraine.", "Baltic summit"),
])
def test_a_raised_verb_gives_no_place_it_does_not_hold(extractor, body, label):
    rows = by_label(summits(extractor, body))
    assert rows.get(label, {}).get("location") is None, rows
