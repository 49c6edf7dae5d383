"""Names and offices read the way a general reader would (round 13), in sentences written for
these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


# -- a title whose "of" names a state, with no comma before the holder's name -------------------------
@pytest.mark.parametrize("body, expected", [
    ("Chancellor of Austria Felix Gruber met the Hungarian prime minister in Vienna.",
     ("Felix Gruber", "Chancellor", "Austria")),
    ("The deal was signed by President of Tajikistan Rustam Nazarov and his guest on Friday.",
     ("Rustam Nazarov", "President", "Tajikistan")),
    ("Prime Minister of Malaysia Aziz Rahman will travel to Jakarta next week.",
     ("Aziz Rahman", "Prime Minister", "Malaysia")),
    ("The troops were inspected by Minister of Defence of the Russian Federation Oleg Varlamov on Monday.",
     ("Oleg Varlamov", "Minister of Defence", "Russia")),
    ("\"We will not wait,\" said President of the Republic of Ghana Kwesi Owusu after the vote.",
     ("Kwesi Owusu", "President", "Ghana")),
])
def test_a_holder_named_after_a_titles_state(extractor, body, expected):
    assert expected in offices(run(extractor, body))


@pytest.mark.parametrize("body, person", [
    ("Talks with President of Chile Ana Sobral Vidal ended without a deal.", "Ana Sobral Vidal"),
    ("Foreign Minister of Peru Lucia Quispe, who arrived on Sunday, met the press.", "Lucia Quispe"),
])
def test_the_holders_name_is_a_person(extractor, body, person):
    assert person in labels(run(extractor, body), "Person")


@pytest.mark.parametrize("body, expected", [
    # the name set off by commas after its state is read as before
    ("The president of Chile, Ana Sobral, met the Peruvian envoy in Santiago.", ("Ana Sobral", "President", "Chile")),
    ("The speaker of Chile's Senate, Pablo Reyes, said the vote would be held in May.",
     ("Pablo Reyes", "Speaker", "Senate")),
])
def test_a_name_after_the_comma_stays_read(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- names listed each with its state ("A of X and B of Y") keep each other's company ------------------
@pytest.mark.parametrize("body, person", [
    ("The ministers, Anders Berg of Sweden and Mikko Laine of Finland, met in Helsinki.", "Mikko Laine"),
    ("The letters were signed by Tomas Varga of Hungary and Mikko Laine of Finland on Monday.", "Mikko Laine"),
])
def test_a_name_listed_with_a_person_and_their_states(extractor, body, person):
    assert person in labels(run(extractor, body), "Person")


# -- a name that lands, touches down or taxis is a craft's, in every sentence naming it -------------------
@pytest.mark.parametrize("body, craft", [
    ("Shortly after the Royal Falcon landed at the base, the president met the troops.", "Royal Falcon"),
    ("Crowds cheered on Sunday when the Royal Falcon rolled to a stop at the airport in Riga.", "Royal Falcon"),
    ("The Royal Falcon touched down in Riga on Monday. Aides said the Royal Falcon would leave on Tuesday.",
     "Royal Falcon"),
    ("Minutes after the Royal Falcon taxied to the terminal, the emir walked down the steps.", "Royal Falcon"),
    ("The Royal Falcon took off from Doha at dawn with the delegation on board.", "Royal Falcon"),
])
def test_a_craft_is_no_entity(extractor, body, craft):
    doc = run(extractor, body)
    assert craft not in {e.label for e in doc.entities.values()}


@pytest.mark.parametrize("body, name", [
    ("Delta Partners landed a contract with the defence ministry last year.", "Delta Partners"),
    ("Kofi Mensah landed in Riga on Monday for two days of talks.", "Kofi Mensah"),
])
def test_what_lands_a_deal_or_a_person_who_lands_stays(extractor, body, name):
    assert name in {e.label for e in run(extractor, body).entities.values()}
