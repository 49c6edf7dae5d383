"""Summits as English tells them, read on sentences written for the test (round twenty-eight).

A state a summit's sentence names is no participant when the sentence names it only as an onlooker
(kg.extract.facts.summit_onlookers): one that judges the summit from outside, one the sentence
speaks for ("For X, ..."), one heard from another place, one in a part a semicolon sets apart, or
one in a clause of its own time ("a week after X and Y signed a deal",
kg.extract.facts.participants._said_apart)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday
MET = "The leaders of Laos and Cambodia met in Vientiane on Monday for a summit"


def participants(extractor, body: str) -> set[str]:
    doc = run(extractor, body, published=PUBLISHED)
    return {p for f in facts(doc, "summit") for p in f.get("participants", ())}


@pytest.mark.parametrize("body", [
    MET + ". Thailand condemned the summit as a sideshow.",                    # active
    MET + ". The summit was denounced by Thailand.",                           # passive
    MET + ". A spokeswoman for Thailand dismissed the summit as theatre.",     # a person speaking for it
    MET + ". Thailand and Myanmar criticised the summit.",                     # coordinated
])
def test_one_who_judges_the_summit_from_outside_takes_no_part(extractor, body):
    got = participants(extractor, body)
    assert {"Laos", "Cambodia"} <= got and "Thailand" not in got, got


@pytest.mark.parametrize("body, state", [
    (MET + ". For Thailand, the summit offers an opening to mend ties.", "Thailand"),
    (MET + "; Thailand has long pressed both for a deal on the river.", "Thailand"),
    (MET + ". In Bangkok, Thailand's prime minister said he hoped the summit would bring calm.", "Thailand"),
    ("The summit of Laos and Cambodia opened in Vientiane on Monday, a day after Vietnam and China agreed a border deal.",
     "Vietnam"),
])
def test_a_state_spoken_for_heard_from_afar_or_set_apart_takes_no_part(extractor, body, state):
    got = participants(extractor, body)
    assert {"Laos", "Cambodia"} <= got and state not in got, got


# guards: onlookers main already leaves out, and participants that stay
@pytest.mark.parametrize("body", [
    MET + ". Speaking in Hanoi, Thailand's foreign minister said the summit had been useful.",
    MET + ". Thailand, which has criticised the summit, sent no one.",
    MET + ". The seat reserved for Thailand stayed empty.",
])
def test_onlookers_main_already_leaves_out(extractor, body):
    assert "Thailand" not in participants(extractor, body)


@pytest.mark.parametrize("body", [
    MET + "; Thailand also attended.",
    MET + ". Thailand's prime minister, speaking at the summit, said she hoped the talks could ease tempers.",
    MET + ". In Vientiane, Thailand's prime minister said he hoped the summit would bring calm.",
    MET + ". For the first time, Thailand joined the summit.",
    "Delegations from Laos, Cambodia and Thailand met in Vientiane on Monday for a summit.",
])
def test_participants_stay(extractor, body):
    assert "Thailand" in participants(extractor, body)


# Where the article names no summit, its bare "a summit" is the one in view even beside another edition
# it describes ("the previous summit", "last year's summit"): two summits, not one
# (kg.extract.summit_in_view.summit_in_view).
@pytest.mark.parametrize("body, other", [
    (("The leaders of Japan and South Korea held a summit in Tokyo on Sunday. The previous summit, in Seoul, was "
     "attended by the United States."), "Seoul"),
    (("The leaders of Japan and South Korea held a summit in Tokyo on Sunday. At the last summit, in Seoul, the two "
     "sides signed a fisheries pact."), "Seoul"),
    (("The leaders of Japan and South Korea held a summit in Tokyo on Sunday. Last year's summit in Seoul ended "
     "without a statement."), "Seoul"),
    (("The leaders of Japan and South Korea held a summit in Tokyo on Sunday. The next summit will take place in "
     "Busan next spring."), "Busan"),
])
def test_another_edition_leaves_the_summit_in_view_its_own(extractor, body, other):
    rows = facts(run(extractor, body, published=PUBLISHED), "summit")
    here = [r for r in rows if r.get("location") == "Tokyo"]
    assert here and {"Japan", "South Korea"} <= set(here[0].get("participants", ())), rows
    assert here[0].get("start") is not None and str(here[0]["start"]) == "2025-05-04", rows
    assert any(r.get("location") == other for r in rows), rows


# guard: with no other edition told, the bare summit stays one summit
def test_one_bare_summit_told_twice_is_one(extractor):
    body = ("The leaders of Japan and South Korea held a summit in Tokyo on Sunday. The summit ended with a "
            "statement on fisheries.")
    rows = facts(run(extractor, body, published=PUBLISHED), "summit")
    assert len(rows) == 1 and rows[0].get("location") == "Tokyo", rows


# One said to join, take part or attend in a month or year of its own, none of the summit's days in it, is not
# at the summit by that (kg.extract.facts.gathering_scope.dated_apart); one set beside the one told, "following X",
# is no participant by that mention (kg.extract.facts.summit_onlookers._spoken_for).
@pytest.mark.parametrize("body, gone, there", [
    (("The Nordic summit in Oslo on May 5-6 marked the debut of Iceland as a member of the council, following "
     "Norway, which joined in March 2021."), "Norway", "Iceland"),
    (("Leaders of Sweden and Finland met in Oslo on May 5 for the Nordic summit. The council now has six members: "
     "Estonia joined in March 2019."), "Estonia", "Sweden"),
])
def test_one_told_in_a_time_of_its_own_or_set_beside_takes_no_part(extractor, body, gone, there):
    got = participants(extractor, body)
    assert there in got and gone not in got, got


@pytest.mark.parametrize("body, state", [
    ("Leaders met in Oslo on May 5 for the Nordic summit. Latvia, which joined in 2018, sent its prime minister.",
     "Latvia"),
    ("The Nordic summit in Oslo on May 5-6 was a first for Iceland, which sent its prime minister.", "Iceland"),
    ("Leaders met in Oslo on May 5 for the Nordic summit. Unlike Denmark, Sweden sent only a minister.", "Sweden"),
])
def test_one_who_comes_stays(extractor, body, state):
    assert state in participants(extractor, body)


# One something passes "from" (a verb's "from" phrase, no verb of coming) is no participant by it
# (kg.extract.facts.summit_onlookers._spoken_for); "leaders from X" still are.
ANDEAN = "Leaders of Chile and Peru will meet in Lima on Friday for the Andean summit. "


@pytest.mark.parametrize("body", [
    ANDEAN + "Peru takes over the chairmanship from Ecuador and will host the bloc's next summit.",
])
def test_one_a_chair_passes_from_takes_no_part(extractor, body):
    assert "Ecuador" not in participants(extractor, body)


@pytest.mark.parametrize("body", [
    ANDEAN + "The chair passes from Ecuador to Peru, which will host the bloc's next summit.",
    ANDEAN + "Peru inherits the rotating chair from Ecuador and will host the bloc's next summit.",
    ANDEAN + "Peru, which took the chair from Ecuador in March, will host the bloc's next summit.",
])
def test_a_chair_passing_guard(extractor, body):
    assert "Ecuador" not in participants(extractor, body)


def test_leaders_from_a_state_take_part(extractor):
    assert {"Chile", "Peru"} <= participants(extractor, "Leaders from Chile and Peru will meet in Lima on Friday for the Andean summit.")
