"""States a summit speaks about are not its participants (round 14b): a state inside a phrase on a
noun of topic ("the crises in A, B and C", "the bids of D and E", "relations with F"), governed by
"related to" or "concerning", the object of a verb of discussing, or "on the agenda" — every
conjunct of a list there — unless another mention says it takes part."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def participants(doc) -> set[str]:
    return {p for f in facts(doc, "summit") for p in f.get("participants", ())}


@pytest.mark.parametrize("body, topics", [
    ("The NATO summit opened in Vilnius on Tuesday, with crises in Sudan, Yemen and Haiti at the top of the agenda.",
     {"Haiti"}),
    ("The ASEAN summit in Jakarta on Monday will tackle questions related to Myanmar and North Korea.",
     {"North Korea"}),
    ("The bids of Moldova and Georgia were discussed at the EU summit in Brussels on Thursday.",
     {"Moldova", "Georgia"}),
    (("At the G20 summit in Rome on Saturday, leaders debated the conflict in Ethiopia and the dispute between "
     "Serbia and Kosovo."), {"Serbia", "Kosovo"}),
    ("The Arab League summit in Algiers on Tuesday focused on issues concerning Lebanon and Syria.",
     {"Lebanon", "Syria"}),
    ("The summit of Brazil and Argentina in Brasilia on Monday addressed questions regarding Venezuela.",
     {"Venezuela"}),
    ("The SCO summit in Astana on July 4 will discuss relations with Afghanistan.", {"Afghanistan"}),
    ("The situation in Mali, Niger and Burkina Faso was on the agenda of the ECOWAS summit in Abuja on Sunday.",
     {"Burkina Faso"}),
    ("The Mercosur summit in Asuncion on Tuesday dealt with tensions with Bolivia and questions on Chile and Peru.",
     {"Bolivia", "Peru"}),
    ("NATO leaders ended a summit in Oslo on Friday with sharp criticism of Iran and new pledges to Ukraine.",
     {"Iran"}),
    ("The G7 summit in Bari on Saturday pledged support for Ukraine and Moldova.", {"Ukraine", "Moldova"}),
    ("Leaders will review sanctions on Iran and Syria at the G20 summit in Delhi on Sunday.", {"Syria"}),
])
def test_a_state_talked_about_is_no_participant(extractor, body, topics):
    got = participants(run(extractor, body))
    assert not topics & got, got


@pytest.mark.parametrize("body, taking_part", [
    (("Egypt, Jordan and Iraq held a leaders' summit in Cairo on Monday. The crisis in Iraq and the "
      "situation in Syria topped the agenda of the summit."), {"Egypt", "Jordan", "Iraq"}),
    (("Ukrainian President Ivan Koval attended the EU summit in Brussels on Thursday, where the war in Ukraine "
     "was discussed."), {"Ukraine"}),
    ("Kenya, Uganda and Tanzania held a summit in Arusha on Friday to discuss the conflict in Somalia.",
     {"Kenya", "Uganda", "Tanzania"}),
])
def test_one_taking_part_stays_when_its_crisis_is_discussed(extractor, body, taking_part):  # (guards)
    got = participants(run(extractor, body))
    assert taking_part <= got and "Syria" not in got and "Somalia" not in got, got
