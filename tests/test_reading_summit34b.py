"""Summit participants read on sentences written for the test (round 34, second wave): a bare noun
after "in" ("A and B were in attendance") is a state of its holders, not the scene of another act
("signed in the presence of X"), so they are tied to the summit in view; and a gathering a city and
another time tell ("last year's gathering in X") stays another edition beside a summit in view that is
itself only described ("the annual gathering of Gulf leaders"), not merged into it; and leaders
"are gathering" for a summit (present progressive) tell it happening now, whatever a clause on it says
it will do; a rank before a body's name ("the 50th X Forum") tells an edition of its summit; and a
gathering another body's name modifies ("the X Cooperation conference") is that body's, not the summit
in view."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def seats(doc) -> dict[str, set[str]]:
    return {f["summit"]: set(f.get("participants", ())) for f in facts(doc, "summit")}


def seated(doc) -> set[str]:
    return {p for ps in seats(doc).values() for p in ps}


# -- "in attendance" as the holder's state (kg.extract.facts.gathering_scope.witnessing) -------------
@pytest.mark.parametrize("body, states", [
    # the copula's subject, coordinated
    ("The Andean summit opened in Quito on Monday. Chile and Peru were in attendance.", {"Chile", "Peru"}),
    # an adverb between, the summit only described
    (("Leaders of the Mercosur bloc met in Asuncion on Friday for their annual summit. Bolivia and Uruguay "
      "were also in attendance."), {"Bolivia", "Uruguay"}),
    # inverted after a fronted adverb
    ("The Nordic summit opened in Bergen on Monday. Also in attendance were Finland and Iceland.", {"Finland", "Iceland"}),
])
def test_those_in_attendance_are_at_the_summit_in_view(extractor, body, states):
    got = seated(run(extractor, body))
    assert states <= got, got


@pytest.mark.parametrize("body, state", [
    # a scene with its article: one present at another act
    ("The Nordic summit opened in Bergen on Monday. The treaty was signed in the presence of Finland.", "Finland"),
    # a missing one
    ("The Nordic summit opened in Bergen on Monday. A vote was held in absence of Iceland.", "Iceland"),
])
def test_a_scene_seats_no_one(extractor, body, state):  # (guards)
    assert state not in seated(run(extractor, body))


# -- another edition beside a described summit (kg.extract.summit_nouns.an_edition_in_a_city), in a city
# or a state --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, other, state", [
    # passive, "last year's"
    (("The annual gathering of Nordic leaders opens in Oslo on Friday. Last year's gathering in Reykjavik "
      "was attended by Estonia."), "Last year's gathering in Reykjavik", "Estonia"),
    # active, a person for the state
    (("The annual gathering of Gulf leaders opened in Doha on Tuesday. The emir of Kuwait attended last "
      "year's gathering in Muscat."), "last year's gathering in Muscat", "Kuwait"),
    # held in a state, not a city
    (("The annual gathering of Gulf leaders opened in Doha on Tuesday. The emir of Kuwait attended last "
      "year's gathering in Oman, while Bahrain sent a junior minister."), "last year's gathering in Oman", "Bahrain"),
    # "the previous meeting", an active verb on it
    (("A meeting of Andean heads of state begins in Lima on Friday. Bolivia attended the previous meeting "
      "in Quito."), "previous meeting in Quito", "Bolivia"),
])
def test_last_years_gathering_stays_apart(extractor, body, other, state):
    got = seats(run(extractor, body))
    assert other in got, got
    assert state in got[other] and len(got) == 2, got


def test_the_gathering_in_its_own_city_is_the_one_in_view(extractor):  # (guard)
    body = ("The annual gathering of Nordic leaders opens in Oslo on Friday. Denmark and Norway will attend "
            "the gathering in Oslo.")
    got = seats(run(extractor, body))
    assert len(got) == 1, got


# -- happening now (kg.extract.facts.summit_status.going_on) ------------------------------------------------
@pytest.mark.parametrize("body", [
    # "for", a relative clause in the future
    "Andean leaders are gathering in Lima for the annual Andean summit, which will focus on trade.",
    # "at", coordinated subjects
    ("The presidents of Peru and Chile are meeting in Lima at the Andean summit, which will end with a joint "
     "statement."),
    # "converging on" a city, the summit by "for"
    "Presidents from across the region are converging on Lima for the Andean summit, which will focus on trade.",
])
def test_a_summit_going_on_is_no_plan(extractor, body):
    got = [f["modality"] for f in facts(run(extractor, body), "summit")]
    assert got == ["asserted"], got


@pytest.mark.parametrize("body", [
    "Andean leaders will gather in Lima for the Andean summit, which will focus on trade.",
    "Andean leaders are preparing for the Andean summit, which will be held in Lima.",
    # a journey to it may come before it opens
    "Leaders of the Andean bloc are arriving in Lima for the Andean summit, which will run until Sunday.",
])
def test_a_summit_ahead_stays_planned(extractor, body):  # (guards)
    got = [f["modality"] for f in facts(run(extractor, body), "summit")]
    assert got == ["planned"], got


# -- a rank before a body's name (kg.extract.summit_mentions._ranked_bodies) ---------------------------
@pytest.mark.parametrize("body, summit, member", [
    # object of "chaired", a digit rank
    ("The prime minister of Samoa chaired the 50th Pacific Islands Forum in Apia. Fiji and Tonga attended.",
     "50th Pacific Islands Forum", "Tonga"),
    # inside "on the eve of", fronted
    ("On the eve of the 41st Gulf Cooperation Council, Saudi officials said Bahrain and Oman would attend.",
     "41st Gulf Cooperation Council", "Oman"),
    # a rank in words, a future host
    ("Kenya will host the Twenty-Third East African Community in Nairobi on May 3.",
     "Twenty-Third East African Community", "Kenya"),
])
def test_a_ranked_body_is_an_edition_of_its_summit(extractor, body, summit, member):
    got = seats(run(extractor, body))
    assert summit in got and member in got[summit], got


@pytest.mark.parametrize("body", [
    # a noun after the name is what is counted
    "Samoa marked the 50th Pacific Islands Forum anniversary in Apia. Fiji and Tonga attended.",
    "Croatia became the 28th European Union member in 2013.",
])
def test_a_counted_noun_after_the_body_is_no_summit(extractor, body):  # (guards)
    assert not seats(run(extractor, body))


# -- another body's gathering (kg.extract.facts.summit_sentences._another_bodys) -----------------------
@pytest.mark.parametrize("body, org", [
    # a hosted conference, its body's name spelt out
    (("The G20 summit opens in Brasilia on Saturday. The two presidents are expected to meet again when Peru "
      "plays host to the Asia-Pacific Economic Cooperation leaders' conference at Lima."), "Asia-Pacific Economic Cooperation"),
    # a meeting in a reported clause
    (("The G20 summit opens in Brasilia on Saturday. Argentina's president said she would raise the issue when "
      "Uruguay hosts the Mercosur meeting in July."), "Mercosur"),
    # an acronym, beside a summit that has opened
    (("The Nordic summit opened in Oslo on Monday. The prime ministers will discuss it again when Belgium hosts "
      "the NATO conference in Brussels."), "North Atlantic Treaty Organisation"),
])
def test_another_bodys_gathering_seats_it_nowhere(extractor, body, org):
    assert org not in seated(run(extractor, body))


def test_the_summits_own_body_names_its_meeting(extractor):  # (guard)
    got = seated(run(extractor, "The G20 summit opens in Brasilia on Saturday. India and Japan will attend the G20 meeting."))
    assert {"India", "Japan"} <= got, got
