"""A plural title of office and the people it lists, each with the state the list gives them
(round 24, invented sentences): a list set off by a dash or colon, a name's own "for STATE", the
states counted and not named ("the foreign ministers of the two countries, X of A and Y of B")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple[str, str, str | None]]:
    return {(f["person"], f["office"], f.get("of")) for f in facts(doc, "office")}


@pytest.mark.parametrize("body, expected", [
    # a list set off by a dash, each name with its own state after it
    ("The foreign ministers - Lena Varga of Hungary and Jan Dvorak of Czechia - met in Prague on Monday.",
     {("Lena Varga", "Foreign Minister", "Hungary"), ("Jan Dvorak", "Foreign Minister", "Czechia")}),
    # the states named with the title, the people after a dash, in the same order
    (("On Friday the defence ministers of Finland, Estonia and Latvia - Mikko Laine, Kaja Tamm and Ivars "
      "Ozols - opened the range."),
     {("Mikko Laine", "Defence Minister", "Finland"), ("Kaja Tamm", "Defence Minister", "Estonia"),
      ("Ivars Ozols", "Defence Minister", "Latvia")}),
    # a colon opens the list
    ("The trade ministers: Ana Lopes of Portugal and Marta Gil of Spain signed the protocol.",
     {("Ana Lopes", "Trade Minister", "Portugal"), ("Marta Gil", "Trade Minister", "Spain")}),
    # who signed for which state
    ("The deal was signed by the two defence ministers, Karl Berg for Norway and Ulla Lind for Sweden.",
     {("Karl Berg", "Defence Minister", "Norway"), ("Ulla Lind", "Defence Minister", "Sweden")}),
    (("The accord was signed by the three interior ministers, Hugo Salas for Peru, Rosa Diaz for Chile and "
      "Pablo Ruiz for Argentina."),
     {("Hugo Salas", "Interior Minister", "Peru"), ("Rosa Diaz", "Interior Minister", "Chile"),
      ("Pablo Ruiz", "Interior Minister", "Argentina")}),
    # the states counted, not named, before the list
    ("The pact was prepared by the foreign ministers of the two countries, Amadou Sy of Senegal and Oumar Kane of Mali.",
     {("Amadou Sy", "Foreign Minister", "Senegal"), ("Oumar Kane", "Foreign Minister", "Mali")}),
    (("The energy ministers of the three nations - Tariq Aziz of Jordan, Nikos Pappas of Greece and Eleni "
      "Georgiou of Cyprus - drafted the plan."),
     {("Tariq Aziz", "Energy Minister", "Jordan"), ("Nikos Pappas", "Energy Minister", "Greece"),
      ("Eleni Georgiou", "Energy Minister", "Cyprus")}),
    # a capitalised plural title
    ("The Foreign Ministers - Lena Varga of Hungary and Jan Dvorak of Czechia - met.",
     {("Lena Varga", "Foreign Minister", "Hungary"), ("Jan Dvorak", "Foreign Minister", "Czechia")}),
])
def test_a_plural_title_gives_each_listed_name_its_office(extractor, body, expected):
    assert expected <= offices(run(extractor, body))


@pytest.mark.parametrize("body, person", [
    # a singular title ending in a plural word lists portfolios, not people
    (("The memorandum was signed by the Minister of Foreign Affairs, Regional Integration and External Trade "
      "of Mauritius, Mr Vikram Doorgah."), "Regional Integration"),
    (("The Minister of Foreign Affairs, Tourism and Culture, Rosa Pinto, opened the fair in Lima."),
     "Tourism and Culture"),
])
def test_a_singular_title_lists_no_people(extractor, body, person):
    doc = run(extractor, body)
    assert not any(p == person for p, _, _ in offices(doc))
    assert not any(e.label == person and e.type == "Person" for e in doc.entities.values())


def test_the_list_gives_no_state_it_does_not_name(extractor):
    # plain names after the title: each person's office, but no state is guessed across the list
    got = offices(run(extractor, "The foreign ministers - Lena Varga and Jan Dvorak - met in Vienna on Monday."))
    assert not any(of == "Austria" for _, _, of in got)
