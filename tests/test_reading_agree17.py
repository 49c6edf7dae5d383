"""Agreement parties, read on stories written for the test (round 17): an agreement signed with no
signatory named, in a story plainly about two states that names others in passing, is the pair's;
and access told in a relative clause is under the agreement the clause describes."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def parties(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


# -- the pair a story is about: each named often, any third named about half as often -------------
@pytest.mark.parametrize("body, agreement, pair", [
    # agentless passive, the third and fourth states named twice against five
    (("Ghana and Togo held defence talks in Accra on Monday, the latest step in ties that Ghana says are its "
      "closest in the region. Togo sent its defence minister, Ama Sefa, and Ghana fielded its army chief. Benin "
      "and Nigeria watched the talks closely. The Coastal Logistics Pact was signed in 2016. Officials from Ghana "
      "and Togo said a second pact could follow; Benin said it might seek a similar deal. Togo hopes Nigeria will "
      "join later."), "Coastal Logistics Pact", ("Ghana", "Togo")),
    # a background sentence of several agreements, each signed with no signatory
    (("Chile's navy chief flew to Lima on Tuesday for talks with Peru's defence minister, Ines Varo. Chile and "
      "Peru share a long sea border, and Peru and Chile have fished the same waters for a century. Bolivia has "
      "long sought a way to the sea through Chile, and Ecuador has watched the talks. The Pacific Patrol "
      "Memorandum was signed in 2011, and the Fisheries Data Accord was signed in 2019. Officials in Peru said "
      "a third text was close; Bolivia and Ecuador were not consulted."),
     "Fisheries Data Accord", ("Chile", "Peru")),
    # a planned follow-up told after the signed one
    (("Vietnam and the Philippines held coast guard talks in Hanoi on Friday. The Philippines sent its coast "
      "guard commandant, and Vietnam said the talks were its most useful with any neighbour. Vietnam and the "
      "Philippines both claim reefs in the sea. China and Malaysia "
      "watched closely. The Joint Patrol Arrangement was signed last year and has been used twice. Officials "
      "from Vietnam and the Philippines said more drills would follow; China protested, and Malaysia asked "
      "for a briefing."), "Joint Patrol Arrangement", ("Vietnam", "Philippines")),
])
def test_an_unsigned_agreement_in_a_story_about_two_states_is_theirs(extractor, body, agreement, pair):
    got = parties(run(extractor, body))
    assert {(agreement, pair[0]), (agreement, pair[1])} <= got, got


def test_a_third_state_named_as_often_as_one_of_the_pair_still_blocks_the_pair(extractor):
    doc = run(extractor, "Ghana and Togo met in Accra. Benin joined them. Ghana, Togo and Benin issued a statement. "
                         "The Coastal Logistics Pact was signed in 2016. Benin, Ghana and Togo will meet again.")
    assert not any(f["agreement"] == "Coastal Logistics Pact" for f in facts(doc, "parties"))


# -- access told in a relative clause: under the agreement the clause describes -----------------------
@pytest.mark.parametrize("body, agreement", [
    (("India and Japan signed the Data Security Accord in 2002 and signed the Logistics Exchange Pact in 2016. "
      "The Data Security Accord covers secrets, while the Logistics Exchange Pact, which lets each side's forces "
      "use the other's ports for refuelling, covers fuel."), "Logistics Exchange Pact"),
    (("Greece and Cyprus signed the Aegean Training Memorandum in 2010. They signed the Harbour Access Treaty in "
      "2019. Unlike the Aegean Training Memorandum, the Harbour Access Treaty, which allows each state's navy to "
      "use the other's ports, has been debated in parliament."), "Harbour Access Treaty"),
])
def test_access_in_a_relative_clause_is_under_the_agreement_it_describes(extractor, body, agreement):
    doc = run(extractor, body)
    assert {f.get("agreement") for f in facts(doc, "access")} == {agreement}
    assert {f.get("agreement") for f in facts(doc, "permits")} <= {agreement}
