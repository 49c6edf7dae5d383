"""Ratification, round 26: a possessive "its" on a ratification noun whose clause's subject is an
agreement is that agreement ("the accord comes into force upon its ratification by X"), not
a state or navy the passage named before (kg.extract.reference_pronouns._bound_to_agreement, from
r23-ratify-tried 69cccd1). On passages written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _ratified(doc) -> set[tuple]:
    return {(f["state"], f["modality"]) for f in facts(doc, "ratification")}


@pytest.mark.parametrize("headline, body, state", [
    ("Zambia and Malawi sign ports agreement",
     ("Zambia and Malawi signed the Luangwa Ports Agreement in Lusaka on Monday.\n\nThe agreement lets ships of the "
     "Zambian Navy use the port of Mpulungu, and ships of the Malawian Navy use the port of Nkhata Bay. It also "
     "allows the two navies to drill together on Lake Malawi.\n\nThe agreement will only enter into force upon its "
     "ratification by Zambia's National Assembly and the Malawian Parliament."), "Zambia"),
    ("Chile and Peru sign fisheries protocol",
     ("Chile and Peru signed a fisheries protocol in Arica on Tuesday.\n\nThe protocol lets Chilean trawlers fish in "
     "Peruvian waters off Tacna and gives the Peruvian Navy the use of the port of Arica. It also opens the port to "
     "Peruvian coast guard cutters.\n\nThe protocol will only take effect after its approval by Chile's "
     "National Congress."), "Chile"),
    ("Oman and Greece sign defence memorandum",
     ("Oman and Greece signed a memorandum on defence cooperation in Athens on Monday.\n\nThe memorandum lets "
     "the two navies train together in the Aegean and lets the Royal Navy of Oman use Souda Bay. It also covers "
     "training.\n\n\"It is a milestone,\" the minister said.\n\nThe memorandum will only enter into force upon "
     "its ratification by the Hellenic Parliament."), "Greece"),
])
def test_its_ratification_is_the_subject_agreements(extractor, headline, body, state):
    # (each fails on f87509c: "its" read as another entity left the ratification noun no agreement)
    doc = run(extractor, body, headline=headline, published="2025-03-14")
    assert (state, "planned") in _ratified(doc), _ratified(doc)


@pytest.mark.parametrize("body, state", [
    ("Estonia's parliament will vote on the Narva Bridge Treaty next week.", "Estonia"),
    (("Kenya and Tanzania signed the Lake Victoria Ferry Accord in Mombasa on Monday. Kenya said its parliament "
     "would ratify the accord within a month."), "Kenya"),
])
def test_its_of_a_state_keeps_its_owner(extractor, body, state):
    # guard: "its parliament" whose clause's subject is a state is that state's
    doc = run(extractor, body, published="2025-03-14")
    assert (state, "planned") in _ratified(doc), _ratified(doc)
