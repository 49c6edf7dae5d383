"""Offices, round 21: a person named only by a state's possessive, "A's X", among officials the
passage titles holds the office given to their peers: a plural title in the sentence or the one
before, else the one office the titled people there hold of other states; the gazetteer's office of
that state at the article's date stands alone and corrects a leading office the peers give
(kg.extract.facts.state_named_holders). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple[str, str, str]]:
    return {(f["person"], f["office"].casefold(), f["of"]) for f in facts(doc, "office")}


@pytest.mark.parametrize("body, expected", [
    (("Polish President Jan Kowal and Romanian President Ion Popa were confirmed, as are Lithuania's Rasa Varna "
     "and Estonia's Kalle Tamm."), {("Rasa Varna", "president", "Lithuania"), ("Kalle Tamm", "president", "Estonia")}),
    ("Kenyan President Amara Odhiambo hosted the meeting, which Tanzania's Neema Mushi also attended.",
     {("Neema Mushi", "president", "Tanzania")}),
    (("The defence ministers met in Oslo on Monday. Norway's Eirik Dahl chaired the session, and Sweden's Lena Holm "
     "spoke first."), {("Eirik Dahl", "defence minister", "Norway"), ("Lena Holm", "defence minister", "Sweden")}),
])
def test_a_state_named_person_holds_the_office_the_passage_gives_its_peers(extractor, body, expected):
    doc = run(extractor, body, published="2025-03-10")
    assert expected <= offices(doc), offices(doc)


@pytest.mark.parametrize("body, expected", [
    ("Barbados's Mia Mottley arrived in the capital on Sunday.", ("Mia Mottley", "prime minister", "Barbados")),
    ("Argentina's Javier Milei skipped the gathering.", ("Javier Milei", "president", "Argentina")),
    # the peers are prime ministers, the gazetteer has this one president
    ("Australian Prime Minister Anna Reid said she would come, and so did Indonesia's Prabowo Subianto.",
     ("Prabowo Subianto", "president", "Indonesia")),
])
def test_a_state_named_leader_holds_the_office_the_gazetteer_lists_then(extractor, body, expected):
    doc = run(extractor, body, published="2025-03-10")
    assert expected in offices(doc), offices(doc)


@pytest.mark.parametrize("body, person", [
    ("Chile's Tomas Vera scored twice in the final, and Peru's Ana Rojas won the marathon.", "Tomas Vera"),
    ("Finnish Prime Minister Aino Virta said Sweden's Lars Berg, an economist, had advised her.", "Lars Berg"),
    ("Gabon's Ali Nze Obame is not expected to come, sending ministers instead, as he often does.", "Ali Nze Obame"),
    # an office the gazetteer says ended years before the article
    ("Ukraine's Petro Poroshenko spoke at the forum on Monday.", "Petro Poroshenko"),
])
def test_a_state_named_person_with_no_office_told_holds_none(extractor, body, person):
    doc = run(extractor, body, published="2025-03-10")
    assert not any(p == person for p, _, _ in offices(doc)), offices(doc)
