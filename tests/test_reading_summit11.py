"""Summits as English tells them, read on sentences written for the test (round eleven): what is
said of a state whose name has several words ("Saudi Arabia", "Burkina Faso") is read at the word
the name hangs on, so one bidden to do something else, kept away, or the place a summit is held
in is read as it is for a one-word name."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model


def participants(doc: Document) -> set[str]:
    return {p for f in facts(doc, "summit") for p in f.get("participants", ())}


# -- a name of several words is read at its head word ------------------------------------------------
@pytest.mark.parametrize("body, state", [
    (("At the BRICS summit in Kazan on Tuesday, the leaders agreed to invite Egypt, Saudi Arabia and the "
     "United Arab Emirates to join the group as members."), "Saudi Arabia"),
    (("At the BRICS summit in Kazan on Tuesday, the leaders agreed to invite Egypt, Saudi Arabia and the "
     "United Arab Emirates to join the group as members."), "United Arab Emirates"),
    ("The G20 summit in Rome on Sunday urged South Korea to cut its tariffs.", "South Korea"),
    ("Leaders at the ECOWAS summit in Abuja on Sunday invited Burkina Faso and Sierra Leone to rejoin the bloc.",
     "Burkina Faso"),
    ("Leaders at the ECOWAS summit in Abuja on Sunday invited Burkina Faso and Sierra Leone to rejoin the bloc.",
     "Sierra Leone"),
])
def test_a_state_of_several_words_bidden_or_kept_away_takes_no_part(extractor, body, state):
    doc = run(extractor, body, published="2024-06-01")
    assert facts(doc, "summit"), doc.facts
    assert state not in participants(doc), participants(doc)


@pytest.mark.parametrize("body, state", [
    ("At the BRICS summit in Kazan on Tuesday, the leaders agreed to invite Egypt to become a full member.", "Egypt"),
    ("Boycotting the ASEAN summit in Jakarta on Tuesday, Malaysia sent no one.", "Malaysia"),
    ("Boycotting the ASEAN summit in Jakarta on Tuesday, New Zealand sent no one.", "New Zealand"),
])
def test_a_one_word_state_bidden_or_kept_away_takes_no_part_guard(extractor, body, state):
    doc = run(extractor, body, published="2024-06-01")
    assert state not in participants(doc), participants(doc)


def located(doc: Document) -> dict[str, str | None]:
    return {f["summit"].casefold(): f.get("location") for f in facts(doc, "summit")}


# -- two summits told by the same words in other places are two summits ------------------------------
@pytest.mark.parametrize("body, places", [
    ("Leaders gathered for a summit in Almaty in 1997 and for a summit in Bishkek in 1999.", {"Almaty", "Bishkek"}),
    ("The ministers gathered at a summit in Accra in March. In May they met at a summit in Lome.", {"Accra", "Lomé"}),
    ("Kenya hosted a summit in Nairobi in 2019. A summit in Kampala followed in 2021.", {"Nairobi", "Kampala"}),
])
def test_a_summit_in_one_city_is_not_a_summit_in_another(extractor, body, places):
    doc = run(extractor, body, published="2024-07-08")
    assert places <= set(located(doc).values()), located(doc)


# -- a city a summit's own name carries is where it is held --------------------------------------------
@pytest.mark.parametrize("body, name, place", [
    ("The Bamako summit was held the day before an ECOWAS summit in Accra, where Ghana's president spoke.",
     "bamako summit", "Bamako"),
    (("The group gathered for a summit in Almaty in 1997 and for the Dushanbe summit of 2000, to which Uzbekistan's "
     "president came as a guest."), "dushanbe summit", "Dushanbe"),
    ("The Bamako Summit opened on Sunday, a day before an ECOWAS summit in Accra.", "bamako summit", "Bamako"),
])
def test_a_city_a_summit_name_carries_is_its_place(extractor, body, name, place):
    doc = run(extractor, body, published="2024-07-08")
    assert located(doc).get(name) == place, located(doc)


@pytest.mark.parametrize("body, name, place", [
    ("India skipped the Summit of the Shanghai Cooperation Organisation in Astana on Thursday.",
     "summit of the shanghai cooperation organisation", "Astana"),
    ("Egypt and Israel met at the Camp David Summit in September 1978.", "camp david summit", None),
    ("Fiji's prime minister will miss the Coral Sea summit in Cairns on Thursday.", "coral sea summit", "Cairns"),
])
def test_a_city_inside_a_longer_name_is_no_place_guard(extractor, body, name, place):
    doc = run(extractor, body, published="2024-07-08")
    assert located(doc).get(name) == place, located(doc)


@pytest.mark.parametrize("body, place", [
    ("After a stop in Oslo on Monday, the president will fly on to Tallinn for the Baltic summit on Wednesday.",
     "Tallinn"),
    ("Fighting near Kharkiv went on as leaders met in Riga on Thursday for a Baltic summit.", "Riga"),
    ("The Baltic summit, which follows talks in Vilnius last week, will be held in Tallinn on Friday.", "Tallinn"),
])
def test_a_place_the_parse_ties_to_a_summit_is_its_place(extractor, body, place):
    doc = run(extractor, body, published="2024-07-08")
    got = {f.get("location") for f in facts(doc, "summit")}
    assert got == {place}, got
