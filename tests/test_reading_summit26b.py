"""Summit participants named in a list of people each after their state's possessive, read on
sentences written for the test (round twenty-six, second wave): every item of "A's X Y, B's Z W
and C's U V" is what its siblings are, a person, though the tagger took one for an unlinked place
or body, the items read in the order the text gives them and the last ending at its clause's verb
(kg.extract.people_by_shape.people_after_possessive_states)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday
OPENING = "Leaders of the Andean Community met in Lima on Tuesday for the bloc's annual summit. "


def participants(extractor, body: str) -> set[str]:
    doc = run(extractor, OPENING + body, published=PUBLISHED)
    return {p for f in facts(doc, "summit") for p in f["participants"]}


@pytest.mark.parametrize("body, state", [
    ("Bolivia's Marta Quiroga, Ecuador's Luis Andrade and Colombia's Pablo Serna attended.", "Colombia"),
    ("Bolivia's Marta Quiroga, Ecuador's Luis Andrade and Colombia's Pablo Serna attended.", "Bolivia"),
    ("Also present in Lima were Bolivia's Marta Quiroga, Ecuador's Luis Andrade and Colombia's Pablo Serna.", "Colombia"),
    ("Bolivia's Marta Quiroga, Ecuador's Luis Andrade and Colombia's Pablo Serna have confirmed that they will attend.",
     "Colombia"),
])
def test_each_item_of_a_possessive_list_of_people_is_a_person_at_the_summit(extractor, body, state):
    assert state in participants(extractor, body)


def test_a_listed_name_the_tagger_took_for_a_place_is_a_person(extractor):
    doc = run(extractor, OPENING + "Bolivia's Marta Quiroga, Ecuador's Luis Andrade and Colombia's Pablo Serna attended.",
              published=PUBLISHED)
    assert {"Marta Quiroga", "Pablo Serna"} <= labels(doc, "Person")


# guards: a body after a state's possessive stays a body; a list with no person in it names none
@pytest.mark.parametrize("body, name", [
    ("Peru's Central Bank and Chile's Luis Andrade welcomed the summit's outcome.", "Central Bank"),
    ("Kazakhstan's Parliament and Russia's State Duma approved the treaty last year.", "State Duma"),
    ("Bolivia's Marta Quiroga and Chile's Copper Commission sent observers.", "Copper Commission"),
])
def test_a_body_listed_beside_a_person_is_no_person(extractor, body, name):
    doc = run(extractor, OPENING + body, published=PUBLISHED)
    assert name not in labels(doc, "Person")



# a state whose person the sentence tells staying away takes no part, whatever the parse hangs it by
# (kg.extract.facts.participants.kept_away reads a verb with its particle: "stay away", "sit out")
@pytest.mark.parametrize("body, states", [
    ("Chile's Marta Quiroga and Argentina's Luis Andrade stayed away from the summit.", {"Chile", "Argentina"}),
    ("Chile's Marta Quiroga and Argentina's Luis Andrade sat out the summit.", {"Chile", "Argentina"}),
])
def test_people_listed_as_staying_away_take_no_part(extractor, body, states):
    assert not states & participants(extractor, body)


# guard: staying on is being there
def test_a_person_who_stays_on_for_the_summit_takes_part(extractor):
    assert "Chile" in participants(extractor, "Chile's president, Marta Quiroga, stayed on in Lima for the summit.")
