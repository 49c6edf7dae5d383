"""Whose office a bare title is when the sentence names another state: a state the holder's own
verb acts on, directly or a few links below it, is another's (round 24, invented sentences)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple[str, str, str | None]]:
    return {(f["person"], f["office"], f.get("of")) for f in facts(doc, "office")}


@pytest.mark.parametrize("body, person, office, state, other", [
    # the direct object of the holder's verb
    ("Norway's parliament voted on Monday. Defence Minister Ola Lie thanked Germany for its help.",
     "Ola Lie", "Defence Minister", "Norway", "Germany"),
    ("Ghana's parliament met. Foreign Minister Kofi Owusu accused Togo of hiding rebels.",
     "Kofi Owusu", "Foreign Minister", "Ghana", "Togo"),
    # the object of an infinitive the verb governs ("urged Peru to reopen")
    ("Chile's senate met on Monday. President Rosa Diaz urged Peru to reopen the border.",
     "Rosa Diaz", "President", "Chile", "Peru"),
    # a capital standing for its state
    (("QUITO - Ecuador has recalled its envoy from Mexico, the foreign ministry said on Monday, after President "
      "Luis Vera accused Mexico City of meddling in the country's affairs."),
     "Luis Vera", "President", "Ecuador", "Mexico"),
    # a participle below the holder's verb
    (("Finland's parliament approved the accord with Canada on Tuesday. Prime Minister Aino Virtanen issued a "
      "statement after the vote describing Canada as a close partner."),
     "Aino Virtanen", "Prime Minister", "Finland", "Canada"),
])
def test_a_state_the_holders_verb_acts_on_is_another(extractor, body, person, office, state, other):
    got = offices(run(extractor, body))
    assert (person, office, state) in got
    assert (person, office, other) not in got


@pytest.mark.parametrize("body, person, office, state", [
    # one leads, represents or takes one's own state somewhere
    ("Sweden joined the alliance in March. Prime Minister Ulf Berg led Sweden into the alliance.",
     "Ulf Berg", "Prime Minister", "Sweden"),
    ("Estonia signed the charter. Foreign Minister Kaja Tamm represents Estonia at the talks in Vienna.",
     "Kaja Tamm", "Foreign Minister", "Estonia"),
    # the state is the object of another's verb, not the holder's
    ("Kenya's assembly voted. President Amos Kibet said the deal would help Kenya.",
     "Amos Kibet", "President", "Kenya"),
])
def test_a_state_the_holder_acts_for_stays_theirs(extractor, body, person, office, state):
    assert (person, office, state) in offices(run(extractor, body))
