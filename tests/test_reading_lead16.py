"""What the lead saw on real pages in round 16, on sentences written for the test: a person named
again with courtesy words before the surname ("Ayatollah X", "Sheikh X", "Hojatoleslam X") is the
person named in full before, and keeps the full name as the label; "stopped the talks in X" is no
stop in X (a phrasal verb takes an object between itself and its preposition only where it hands
the object on: "submit X to", "lay X before")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body", [
    "President Omar Haddou of Chad met the Emir of Qatar in Doha on Monday. Ayatollah Haddou praised the talks.",
    "Omar Haddou, the president of Chad, met the emir in Doha, where Ayatollah Haddou later spoke to reporters.",
    ("Chad's president, Omar Haddou, arrived in Doha on Monday, and on Tuesday Sheikh Haddou and the emir signed "
     "a trade pact."),
    "Omar Haddou, Chad's president, flew to Doha. Officials said Hojatoleslam Haddou would stay two days.",
])
def test_courtesy_words_before_a_surname_name_the_person_told_before(extractor, body):
    doc = run(extractor, body, published="2024-03-04")
    people = [e for e in doc.entities.values() if e.type == "Person" and "Haddou" in e.label]
    assert [e.label for e in people] == ["Omar Haddou"], [e.label for e in people]


def test_courtesy_words_before_an_unknown_surname_stay_a_person_of_their_own(extractor):  # a guard
    doc = run(extractor, "President Omar Haddou of Chad met Ayatollah Rahimi in Doha on Monday.", published="2024-03-04")
    labels = {e.label for e in doc.entities.values() if e.type == "Person"}
    assert "Omar Haddou" in labels and any("Rahimi" in label for label in labels), labels


@pytest.mark.parametrize("body", [
    "Prime Minister Tomas Ruiz stopped the talks in Madrid.",
    "Prime Minister Tomas Ruiz on Monday stopped the strike talks in Toledo.",
    "The talks in Madrid were stopped by Prime Minister Tomas Ruiz, who stopped the strike in Toledo too.",
])
def test_an_object_between_verb_and_place_is_no_trip(extractor, body):
    assert not facts(run(extractor, body, published="2024-03-04"), "visit")
