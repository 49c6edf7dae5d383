"""Offices, round 34: a title in the possessive names another person, whose officer the named one
is ("X, the Moldovan president's chief of staff": X is chief of staff, never president); a
legislator keeps the chamber another sentence names for them, whatever other chamber the article
speaks of; an officer named as a titled person's ("President X's chief of staff") serves X's state.
On sentences written for these tests (none from the corpus or from any page)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


# -- "X, the president's chief of staff": the office after the possessive is X's ----------------------
@pytest.mark.parametrize("body, expected", [
    # appositive after the subject, after a passive's agent, with the owner only in an earlier sentence
    ("Elena Rusu, the Moldovan president's chief of staff, said the talks had ended.",
     ("Elena Rusu", "Chief of Staff", "Moldova")),
    ("The deal was praised by Marta Diaz, the Peruvian prime minister's chief of staff, in Lima.",
     ("Marta Diaz", "Chief of Staff", "Peru")),
])
def test_the_office_after_a_possessive_title_is_the_named_persons(extractor, body, expected):
    assert expected in offices(run(extractor, body))


@pytest.mark.parametrize("body, person", [
    # the possessive title is never the appositive's office: after a reporting verb, with a
    # generic office after it, with the state only in the sentence before
    ("Talks resumed on Monday, said Ion Popa, the Chilean foreign minister's spokesman.", "Ion Popa"),
    ("Marta Diaz, the Peruvian prime minister's chief adviser, met reporters in Lima.", "Marta Diaz"),
    ("Kenya's president met investors in Nairobi. Grace Wanjiru, the president's chief of staff, said the talks had ended.",
     "Grace Wanjiru"),
])
def test_a_possessive_title_is_not_the_named_persons_office(extractor, body, person):
    got = offices(run(extractor, body))
    assert not any(p == person and o in {"President", "Prime Minister", "Foreign Minister"} for p, o, _ in got), got


def test_a_title_before_a_name_still_names_it(extractor):
    got = offices(run(extractor, "The Moldovan president's chief of staff, Elena Rusu, said the talks had ended."))
    assert ("Elena Rusu", "Chief of Staff", "Moldova") in got, got


# -- a legislator's chamber: the one named for them before -----------------------------------------------
@pytest.mark.parametrize("body", [
    # an appositive description later, a nominal ("the visit by X, a ... speaker") later
    ("National Assembly Speaker Sita Thapa arrived in Delhi for a conference hosted by the Lok Sabha. "
     "Thapa, the first woman speaker in her region, will address the Lok Sabha on Friday."),
    ("Speaker of the National Assembly Sita Thapa visited the Lok Sabha on Monday. "
     "The visit by Thapa, a woman speaker, was praised in the Lok Sabha."),
])
def test_a_speaker_keeps_the_chamber_named_for_them(extractor, body):
    got = offices(run(extractor, body))
    assert not any(p == "Sita Thapa" and of == "Lok Sabha" for p, _, of in got), got
    assert any(p == "Sita Thapa" and of == "National Assembly" for p, _, of in got), got


def test_another_speaker_keeps_their_own_chamber(extractor):
    got = offices(run(extractor, "Speaker of the National Assembly Sita Thapa visited the Lok Sabha. Lok Sabha Speaker "
                                 "Om Prakash hosted her, and Thapa, a speaker since 2019, thanked the Lok Sabha."))
    assert ("Om Prakash", "Speaker", "Lok Sabha") in got, got
    assert ("Sita Thapa", "Speaker", "National Assembly") in got, got


# -- "President X's chief of staff": an officer of the state whose officer X is --------------------------
@pytest.mark.parametrize("body, expected", [
    # the possessor titled in the phrase, named with a state earlier in the sentence, and told with one
    # a sentence before
    ("Ghanaian President Kofi Asante's chief of staff, Ama Owusu, met reporters in Accra.",
     ("Ama Owusu", "Chief of Staff", "Ghana")),
    ("President Kofi Asante of Ghana arrived in Lome, where Asante's spokeswoman Ama Owusu met reporters.",
     ("Ama Owusu", "Spokeswoman", "Ghana")),
    ("Ghana's president Kofi Asante met Togo's president. Asante's chief adviser, Ama Owusu, said the talks had gone well.",
     ("Ama Owusu", "Chief Adviser", "Ghana")),
])
def test_an_officer_of_a_named_person_serves_that_persons_state(extractor, body, expected):
    got = offices(run(extractor, body))
    assert expected in got, got
    assert ("Kofi Asante", "President", "Ghana") in got, got


@pytest.mark.parametrize("body, expected", [
    # in apposition after the officer's name: the possessor with a title, and bare
    (("Ghana's president Kofi Asante met Togo's president. Ama Owusu, President Asante's chief of staff, said the "
      "talks had gone well."), ("Ama Owusu", "Chief of Staff", "Ghana")),
    ("Ghana's president Kofi Asante met Togo's president. Ama Owusu, Asante's spokeswoman, said the talks had gone well.",
     ("Ama Owusu", "Spokeswoman", "Ghana")),
])
def test_an_officer_in_apposition_serves_the_possessors_state(extractor, body, expected):
    assert expected in offices(run(extractor, body))


def test_an_officer_of_a_person_with_no_state_has_no_owner(extractor):
    got = offices(run(extractor, "Kofi Asante's chief of staff, Ama Owusu, met reporters in Accra."))
    assert not any(p == "Ama Owusu" for p, _, _ in got), got
