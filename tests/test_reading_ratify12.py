"""Ratification read on sentences written for the test (round 12): a chamber no name or link gives a
state, that the text calls the upper or lower house beside its name, is of the state whose other chamber
ratifies the same agreement, or of the city the house is said to sit in."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("body, agreement, state, chamber, modality", [
    # the house set after its name, the agreement's other state named in the next sentence
    (("Russia and Iran signed the Caspian Grain Treaty in January. The Russian State Duma ratified it on Tuesday. "
      "It still needs the approval of the Federation Council, the upper chamber, before it can take effect. "
      "On the Iranian side, the Majlis has yet to schedule a debate."),
     "Caspian Grain Treaty", "Russia", "Federation Council", "planned"),
    # "the upper house of parliament": a chamber whose namesake is another country's
    (("India and Bhutan signed the Wangchu Power Pact in March. Bhutan's National Assembly ratified it on Monday. "
      "The pact must still be endorsed by the National Council, the upper house of parliament, before it takes "
      "effect. India's cabinet approved it last week."),
     "Wangchu Power Pact", "Bhutan", "National Council", "planned"),
    # a vote ahead, the house told after a semicolon
    (("Nepal and India signed the Kosi Barrage Treaty in March. The House of Representatives of Nepal approved it "
      "on Monday; the National Assembly, the upper house, is expected to vote on it next week."),
     "Kosi Barrage Treaty", "Nepal", "National Assembly", "planned"),
    # the house set before its name, with the city it sits in: two states' chambers voted already
    (("Ukraine's Rada and Russia's State Duma ratified the Azov Fleet Treaty on Tuesday. The treaty must still go "
      "to the upper house in Moscow, the Federation Council, which is expected to approve it soon."),
     "Azov Fleet Treaty", "Russia", "Federation Council", "planned"),
])
def test_a_chamber_called_the_other_house_is_of_the_state_of_its_sister(extractor, body, agreement, state, chamber,
                                                                         modality):
    got = ratified(run(extractor, body, published="2024-05-08"))
    assert (agreement, state, chamber, modality) in got, got
    assert not {r for r in got if r[2] == chamber and r[1] != state}, got


# -- a clause of time in the present perfect is as far ahead as the verb it hangs on ---------------------
@pytest.mark.parametrize("body, kind, who", [
    (("Latvia and Lithuania signed the Baltic Grid Treaty on Monday. It takes effect only once it has been "
     "ratified by both parliaments."), "ratification", {"Latvia", "Lithuania"}),
    (("Russia and the United States signed the Arctic Arms Treaty on Friday. It will take effect only after it has "
     "been ratified by the US Senate and by Russia's State Duma."), "ratification",
     {"United States", "Russia"}),
    (("Chile and Peru signed the Atacama Water Accord on Monday. Work on the canal will begin when it has been approved "
     "by Peru's Congress."), "ratification", {"Peru"}),
    ("Chilean troops will leave the border zone after the Atacama Water Accord has been signed by Chile and Peru.",
     "signing", {"Chile", "Peru"}),
])
def test_a_present_perfect_time_clause_of_a_future_verb_is_ahead(extractor, body, kind, who):
    got = facts(run(extractor, body, published="2024-05-08"), kind)
    key = "state" if kind == "ratification" else "signatory"
    assert {f[key] for f in got if f["modality"] == "planned"} >= who, got
    assert not [f for f in got if f[key] in who and f["modality"] == "asserted" and "2024" not in str(f.get("date"))], got


def test_a_past_perfect_time_clause_tells_what_was_done(extractor):
    body = ("Chile and Peru signed the Atacama Water Accord in 2020. Work on the canal began after it had been ratified "
            "by Peru's Congress.")
    got = ratified(run(extractor, body, published="2024-05-08"))
    assert ("Atacama Water Accord", "Peru", "Congress", "asserted") in got, got
