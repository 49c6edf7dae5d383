"""Names and offices read the way a general reader would (round 14), in sentences written for
these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


# -- a person named, then called by a state's office with no name ---------------------------------------
@pytest.mark.parametrize("body, expected", [
    # a subordinate clause names the person, the main clause describes them
    ("When Marta Oyelaran flew into Dakar last week, the Nigerian foreign minister praised the deal.",
     ("Marta Oyelaran", "Foreign Minister", "Nigeria")),
    # the next sentence, inside reported speech
    ("Sven Halvorsen stayed away from the talks. Officials said the Danish prime minister was unwell.",
     ("Sven Halvorsen", "Prime Minister", "Denmark")),
    # a copula names the person, the next sentence describes them
    ("The guest of honour was Rafael Quintana. The Chilean president arrived on Monday.",
     ("Rafael Quintana", "President", "Chile")),
    # a quote attributed to the description, after a relative clause on the name
    (("Tomas Lindqvist, who arrived from Oslo on Sunday, said little. \"We came to listen,\" the Swedish "
     "defence minister told reporters."),
     ("Tomas Lindqvist", "Defence Minister", "Sweden")),
    # coordinated subject
    ("Lena Vogel and her aides landed in Accra. The German chancellor is due to meet traders on Monday.",
     ("Lena Vogel", "Chancellor", "Germany")),
])
def test_a_named_person_then_described_by_office(extractor, body, expected):
    assert expected in offices(run(extractor, body))


@pytest.mark.parametrize("body, person", [
    # two people before the description: whose office it is is not told
    ("Ilse Brandt met Pedro Alves in Lisbon. The Portuguese president said the talks went well.", "Pedro Alves"),
    ("Pedro Alves met Karl Huber in Lisbon. The Portuguese president said the talks went well.", "Karl Huber"),
    # the person is the object, not what the clause is about
    ("Reporters questioned Karl Huber in Vienna. The Austrian chancellor refused to comment.", "Karl Huber"),
    # a former office describes no current holder
    ("Anna Kovacs spoke first. The former Hungarian president said the treaty was a mistake.", "Anna Kovacs"),
])
def test_no_office_where_the_description_is_not_theirs(extractor, body, person):
    assert not any(p == person for p, _, _ in offices(run(extractor, body)))


# -- officers of the United Nations are in the gazetteer (curated rows citing a public table) -------------
@pytest.mark.parametrize("body, person, qid", [
    ("Former UN chief Kofi Annan will mediate between the two sides, officials said.", "Kofi Annan", "Q1254"),
    ("Mogens Lykketoft, President of the General Assembly, opened the session in New York.",
     "Mogens Lykketoft", "Q1937560"),
    ("The report was presented by Jan Eliasson, who urged both states to return to talks.", "Jan Eliasson", "Q549955"),
])
def test_un_officers_are_linked(extractor, body, person, qid):
    doc = run(extractor, body)
    assert any(e.label == person and e.qid == qid for e in doc.entities.values())
