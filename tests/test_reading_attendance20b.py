"""Attendance, round 20b: who is present at a summit abroad, told by presence rather than by a verb
of travel. A place adverb's own phrase is the clause's ("X, who is here in Lima", kg.extract.syntax);
one in the summit's hall or at its venue is at the summit in view ("was among the heads of state in
the hall", a verbless "In the hall: A, B and C", kg.extract.facts.attendance); a bare "pulled out"
or "dropped out" stays away from it, and its day is the withdrawal's, not the trip's
(kg.extract.facts.trip_dates). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_SUMMIT = "Leaders of the Andean Community meet in Lima on Monday for their annual summit. "


def trips(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


@pytest.mark.parametrize("body, people", [
    ("Ecuadorian President Jorge Vera, who is here in Lima, will chair the bloc's next summit.", ["Jorge Vera"]),
    ("Ecuadorian President Jorge Vera is here in Lima with his foreign minister.", ["Jorge Vera"]),
    ("Bolivian President Luis Mamani, who has been here in Lima since Saturday, spoke to reporters.", ["Luis Mamani"]),
])
def test_here_in_a_place_is_there(extractor, body, people):
    doc = run(extractor, _SUMMIT + body, published="2025-03-17")
    for person in people:
        assert (person, "Lima", "asserted") in trips(doc), trips(doc)


@pytest.mark.parametrize("body, people", [
    ("Paraguayan President Elena Duarte was among the heads of government in the hall.", ["Elena Duarte"]),
    ("In the hall: Chilean President Marta Rojas, Ecuadorian President Jorge Vera and Bolivian President Luis Mamani.",
     ["Marta Rojas", "Jorge Vera", "Luis Mamani"]),
    ("Chilean President Marta Rojas is in the hall but did not take the floor.", ["Marta Rojas"]),
    ("Ecuadorian President Jorge Vera was already at the venue when the session opened.", ["Jorge Vera"]),
    # (the room is the summit in view's, not another summit's the sentence names)
    ("Chilean President Marta Rojas is in the hall but, unlike at last year's summit in Quito, did not speak.",
     ["Marta Rojas"]),
])
def test_one_in_the_summits_hall_is_at_the_summit(extractor, body, people):
    doc = run(extractor, _SUMMIT + body, published="2025-03-17")
    for person in people:
        assert (person, "Lima", "asserted") in trips(doc), trips(doc)
    assert not any(d == "Quito" for _, d, _ in trips(doc)), trips(doc)


@pytest.mark.parametrize("body", [
    # (no summit in view: a hall is only a room)
    "Chilean President Marta Rojas was in the hall when the Senate voted on the budget.",
    # (a hall its own phrase places elsewhere)
    _SUMMIT + "Chilean President Marta Rojas was in the hall of the Congress in Quito last year.",
    _SUMMIT + "Chilean President Marta Rojas was not in the hall.",
])
def test_a_hall_of_no_summit_in_view_is_no_trip(extractor, body):
    doc = run(extractor, body, published="2025-03-17")
    assert not any(v == "Marta Rojas" and m == "asserted" and d == "Lima" for v, d, m in trips(doc)), trips(doc)


@pytest.mark.parametrize("body", [
    "Chilean President Marta Rojas pulled out on Sunday.",
    "Chilean President Marta Rojas dropped out at the last minute, citing the floods.",
    "Chilean President Marta Rojas bowed out on Friday.",
])
def test_a_bare_pulling_out_stays_away_from_the_summit(extractor, body):
    doc = run(extractor, _SUMMIT + body, published="2025-03-17")
    got = [f for f in facts(doc, "visit") if f["visitor"] == "Marta Rojas"]
    assert [(f["destination"], f["modality"], f.get("start")) for f in got] == [("Lima", "negated", None)], got


@pytest.mark.parametrize("body", [
    "Chilean President Marta Rojas pulled out of the treaty in 2019.",
    "Chilean President Marta Rojas pulled out of the race for the presidency.",
    "Chilean President Marta Rojas pulled Chile's troops out of Haiti.",
])
def test_pulling_out_of_something_else_is_no_trip(extractor, body):
    doc = run(extractor, _SUMMIT + body, published="2025-03-17")
    assert not any(v == "Marta Rojas" for v, _, _ in trips(doc)), trips(doc)


# -- an elided verb phrase after "as": "as has B", "as are B and C" (kg.extract.gapping) ------------------
@pytest.mark.parametrize("body, people", [
    ("Chilean President Marta Rojas has confirmed her attendance, as has Ecuadorian President Jorge Vera.",
     ["Marta Rojas", "Jorge Vera"]),
    (("Chilean President Marta Rojas will attend, as will Ecuadorian President Jorge Vera and Bolivian President "
     "Luis Mamani."), ["Marta Rojas", "Jorge Vera", "Luis Mamani"]),
    ("Chilean President Marta Rojas announced her trip to Lima, as did Ecuadorian President Jorge Vera.",
     ["Marta Rojas", "Jorge Vera"]),
    ("Chilean President Marta Rojas will attend, and so will Ecuadorian President Jorge Vera.",
     ["Marta Rojas", "Jorge Vera"]),
    ("Chilean President Marta Rojas will attend the summit, as will Jorge Vera.", ["Marta Rojas", "Jorge Vera"]),
    (("Chilean President Marta Rojas has confirmed her attendance, as has Ecuador's head of government, Jorge Vera, "
     "whose country hosted the last summit."), ["Marta Rojas", "Jorge Vera"]),
])
def test_as_has_b_does_it_again(extractor, body, people):
    doc = run(extractor, _SUMMIT + body, published="2025-03-17")
    assert {p for p, d, _ in trips(doc) if d == "Lima"} >= set(people), trips(doc)


# -- staying away from a place, being absent: negated, and nothing else ----------------------------------
@pytest.mark.parametrize("body, place", [
    ("Chilean President Marta Rojas stayed away from Lima.", "Lima"),
    ("Chilean President Marta Rojas said she would stay away from Lima in protest.", "Lima"),
    ("Chilean President Marta Rojas has kept away from Peru since the dispute over fishing rights.", "Peru"),
])
def test_staying_away_from_a_place_is_no_trip_there(extractor, body, place):
    doc = run(extractor, _SUMMIT + body, published="2025-03-17")
    got = {(d, m) for v, d, m in trips(doc) if v == "Marta Rojas"}
    assert got == {(place, "negated")}, trips(doc)


@pytest.mark.parametrize("body", [
    "Chilean President Marta Rojas was absent.",
    "Chile, whose president Marta Rojas was also absent, sent a junior minister.",
])
def test_one_absent_is_only_away(extractor, body):
    doc = run(extractor, _SUMMIT + body, published="2025-03-17")
    assert {m for v, _, m in trips(doc) if v == "Marta Rojas"} == {"negated"}, trips(doc)


@pytest.mark.parametrize("body", [
    "Chilean President Marta Rojas was absent from the vote in the Senate last year.",
    "Chilean President Marta Rojas stayed away from the vote.",
])
def test_away_from_something_else_is_no_trip(extractor, body):
    doc = run(extractor, _SUMMIT + body, published="2025-03-17")
    assert not any(v == "Marta Rojas" for v, _, _ in trips(doc)), trips(doc)


# -- a list of those expected or confirmed: coming, ahead (kg.extract.facts.attendance) -------------------
@pytest.mark.parametrize("body, people", [
    ("Among those confirmed are Chilean President Marta Rojas and Ecuadorian President Jorge Vera.",
     ["Marta Rojas", "Jorge Vera"]),
    ("Uruguayan President Tomas Ferro and Paraguayan President Elena Duarte are on the list of confirmed guests.",
     ["Tomas Ferro", "Elena Duarte"]),
    ("Chilean President Marta Rojas is among those expected.", ["Marta Rojas"]),
    ("Ecuadorian President Jorge Vera is among the leaders expected to attend.", ["Jorge Vera"]),
])
def test_one_listed_as_expected_is_coming(extractor, body, people):
    doc = run(extractor, _SUMMIT + body, published="2025-03-17")
    for person in people:
        assert (person, "Lima", "planned") in trips(doc), trips(doc)


@pytest.mark.parametrize("body", [
    "Chilean President Marta Rojas was among those expected to win the election.",
    "Chilean President Marta Rojas is not among those expected.",
    "Chilean President Marta Rojas was among those confirmed in office by the vote.",
])
def test_a_list_of_no_guests_is_no_trip(extractor, body):
    doc = run(extractor, _SUMMIT + body, published="2025-03-17")
    assert not any(v == "Marta Rojas" and m != "negated" for v, _, m in trips(doc)), trips(doc)
