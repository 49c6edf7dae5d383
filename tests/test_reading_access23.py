"""Access, round 23: a reciprocal use whose users the clause does not name ("warships of each navy",
"the forces of either party", "aircraft of each country") is between the agreement's two parties, and
where its parties are not read as two (one signatory told, or a third read by mistake) between the two
states the story is about, when they fit the parties read (kg.extract.facts.access with
pair_parties.story_pair); never a pair the parties read do not fit, nor a story of three states with
no pair. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import access, run

pytestmark = pytest.mark.model

#: one state told signing, the other named as the story's other state
_ONE_SIGNER = ("Bolivia signed a naval protocol on Monday. Peru's minister was in La Paz for the ceremony, and Peru "
               "praised Bolivia. Bolivia and Peru are partners. ")


@pytest.mark.parametrize("body, kind, modality", [
    (_ONE_SIGNER + "The protocol allows warships of each navy to put in at ports of the other.", "port", "asserted"),
    (_ONE_SIGNER + "Under the protocol, the forces of either party may use the air bases of the other.",
     "air base", "planned"),
    (_ONE_SIGNER + "Under the protocol, each country's aircraft will be able to land at the other's airfields.",
     "airfield", "planned"),
    (("Peru's defence minister flew to La Paz on Monday, and Bolivia's defence minister signed a naval protocol "
      "with her there. Peru and Bolivia fought a war long ago; Peru and Bolivia are now partners. The protocol "
      "allows warships of each navy to put in at ports of the other."), "port", "asserted"),
])
def test_a_reciprocal_use_with_no_users_named_is_the_storys_two_states(extractor, body, kind, modality):
    got = access(run(extractor, body))
    assert ("Peru", "Bolivia", kind, modality) in got, got
    assert ("Bolivia", "Peru", kind, modality) in got, got


def test_the_storys_pair_must_fit_the_parties_read(extractor):
    body = ("Bolivia signed a naval protocol with Chile on Monday. Peru's minister was in La Paz, and Peru praised "
            "Bolivia. Bolivia and Peru are partners, as Peru says. The protocol lets warships of each navy call at "
            "the other's ports.")
    got = access(run(extractor, body))
    assert not any("Peru" in (user, host) for user, host, _, _ in got), got
    assert ("Chile", "Bolivia", "port", "asserted") in got, got


def test_a_story_of_three_states_has_no_pair(extractor):
    body = ("Kenya signed a security pact on Friday. Kenya, Ethiopia and Somalia share borders, and Somalia, Kenya "
            "and Ethiopia have talked for years about Somalia and Ethiopia. The pact lets the forces of each state "
            "train at the other's bases.")
    assert not access(run(extractor, body))
