"""Names and offices read the way a general reader would (round 15), in sentences written for
these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


# -- courtesy words between a title and a listed person's name ----------------------------------------
@pytest.mark.parametrize("body, expected", [
    # a religious style before the name the gazetteer lists
    ("The decree was signed in Tehran by President Hojatoleslam Ahmad Vahidi on Sunday.",
     ("Ahmad Vahidi", "President", "Iran")),
    # two courtesy words, a quote
    ("\"We will not bargain,\" said Defence Minister Ayatollah Seyyed Ali Akbar Salehi of Iran.",
     ("Ali Akbar Salehi", "Defence Minister", "Iran")),
    # title before the name, set off by commas
    ("India's president, Smt Pratibha Patil, will travel to Hanoi next week.",
     ("Pratibha Patil", "President", "India")),
])
def test_courtesy_words_between_title_and_name(extractor, body, expected):
    # (a name no gazetteer lists may keep its courtesy word in its label: "Smt X" is still X)
    got = offices(run(extractor, body, published="2010-03-10"))  # (within the listed president's term)
    assert any(p.split()[-len(expected[0].split()):] == expected[0].split() and (o, of) == expected[1:]
               for p, o, of in got), got


# -- a state's office the named person acts on is another's -------------------------------------------
@pytest.mark.parametrize("body, person", [
    # the description is the object of the person's verb
    ("Karl Huber met the Austrian chancellor in Vienna on Monday.", "Karl Huber"),
    # the next sentence, surname alone, "then met"
    ("Marta Ferreyra arrived in Quito on Sunday. Ferreyra then met the Ecuadorian president.", "Marta Ferreyra"),
    # a passive's agent, the person a pronoun
    ("Tomas Rieger arrived in Lima. He was received by the Peruvian president at the palace.", "Tomas Rieger"),
    # a "with" phrase
    ("Ingrid Dahl spent an hour on the phone with the Finnish prime minister, aides said.", "Ingrid Dahl"),
])
def test_an_office_the_person_acts_on_is_not_theirs(extractor, body, person):
    assert not any(p == person for p, _, _ in offices(run(extractor, body)))


@pytest.mark.parametrize("body, expected", [
    # the description's possessive is what the clause is about
    ("Lena Vogel and her aides landed in Accra. The German chancellor's motorcade was delayed.",
     ("Lena Vogel", "Chancellor", "Germany")),
])
def test_a_description_the_clause_is_about_is_still_theirs(extractor, body, expected):
    assert expected in offices(run(extractor, body))
