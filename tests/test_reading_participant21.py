"""Summit participants, round 21: a person the article names with a state's possessive on the
bare name and no office ("Chile's Ana Ruiz") stands for that state at a summit they attend, travel
to or speak at (kg.extract.facts.participants.owning_state). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def taking_part(doc) -> set[str]:
    return {p for f in facts(doc, "summit") if f["modality"] != "negated" for p in f.get("participants", ())}


@pytest.mark.parametrize("body, states", [
    (("The summit of the Andean Community is due in Lima in June. Bolivia's Carlos Mamani, Ecuador's "
      "Pablo Herrera and Colombia's Jorge Ruiz will attend."), {"Bolivia", "Ecuador", "Colombia"}),
    (("The Amazon summit will open in Manaus next week. Ecuador's Pablo Herrera, Peru's Lucia Flores and "
      "Colombia's Jorge Ruiz have confirmed that they will attend."), {"Ecuador", "Peru", "Colombia"}),
    ("The summit of the Andean Community opened in Lima on Monday. Bolivia's Carlos Mamani took part.",
     {"Bolivia"}),
])
def test_a_state_owning_a_bare_name_takes_part_through_that_person(extractor, body, states):
    doc = run(extractor, body, published="2025-03-14")
    assert states <= taking_part(doc), taking_part(doc)


@pytest.mark.parametrize("body, absent", [
    # an office names the person's state: the possessive is on the title, not a second state
    (("The summit opened in Lima on Monday. Peruvian President Jorge Ruiz attended, as did Bolivian Foreign "
     "Minister Carlos Mamani."), "Chile"),
    # a possessive on a noun beside the name owns the noun, not the person
    ("The summit opened in Lima on Monday. Chile's critic, Jorge Ruiz of Peru, attended.", "Chile"),
    # a name with no possessive gives no state
    ("The summit opened in Lima on Monday. Jorge Ruiz, a lawyer from Santiago, attended.", "Chile"),
])
def test_no_state_without_a_possessive_on_the_name(extractor, body, absent):
    doc = run(extractor, body, published="2025-03-14")
    assert absent not in taking_part(doc), taking_part(doc)


@pytest.mark.parametrize("body, absent", [
    # a trip to the summit told as negated (kg.extract.facts.events): its traveller's state is not there
    ("The summit opens in Malabo on Friday. Gabonese President Ali Bongo will not make the trip to Malabo for the summit.",
     "Gabon"),
    # sending ministers to gatherings as a bare plural is a habit, not this summit (participants._in_general)
    (("The summit opens in Malabo on Friday. Chadian President Idriss Deby, who tends to send deputies to "
      "such forums, will stay home."), "Chad"),
    (("The summit opens in Luanda on Friday. Cameroon's Paul Biya will skip it, as he usually sends envoys "
      "to bloc gatherings."), "Cameroon"),
])
def test_no_state_by_a_trip_not_made_or_a_habit(extractor, body, absent):
    doc = run(extractor, body, published="2025-03-14")
    assert absent not in taking_part(doc), taking_part(doc)


@pytest.mark.parametrize("body, state", [
    # a definite or owned gathering is one summit: the guard leaves it alone
    ("The summit opens in Malabo on Friday. Chadian President Idriss Deby will send his ministers to the meeting.",
     "Chad"),
    ("The summit opens in Malabo on Friday. Gabonese President Ali Bongo will make the trip to Malabo for the summit.",
     "Gabon"),
])
def test_a_trip_or_a_sending_to_this_summit_still_counts(extractor, body, state):
    doc = run(extractor, body, published="2025-03-14")
    assert state in taking_part(doc), taking_part(doc)
