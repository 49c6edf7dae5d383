"""Offices in lists of titled names and names after a rank written without its period, in sentences
written for these tests (none from the corpus or from any page)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


# -- "Minister for X Name, Title Name and ...": the portfolio ends before the name ---------------------
@pytest.mark.parametrize("body, expected", [
    (("The session in Lima was attended by Peru's Interior Minister Carlos Ruiz, Minister for Transport Ana Lopez "
      "and Health Minister Lucia Gomez."), ("Ana Lopez", "Minister for Transport", "Peru")),
    (("Peru's cabinet met on Monday in Lima, with Minister for Energy Jorge Paz, Finance Minister Rosa Mena and "
      "Minister of Trade Luis Vera present."), ("Jorge Paz", "Minister for Energy", "Peru")),
])
def test_a_portfolio_title_in_a_list_ends_before_its_name(extractor, body, expected):
    assert expected in offices(run(extractor, body))


def test_a_portfolio_title_in_a_list_names_no_one_else(extractor):
    doc = run(extractor, "Peru's cabinet met on Monday in Lima, with Minister for Energy Jorge Paz, Finance Minister "
                         "Rosa Mena and Minister of Trade Luis Vera present.")
    assert not any(person == "Rosa Mena" and "Energy" in office for person, office, _ in offices(doc))


def test_a_portfolio_title_before_a_coordinated_name_keeps_the_name(extractor):
    doc = run(extractor, "Minister for Fisheries Elena Castro and Defence Minister Raul Soto, who both serve in "
                         "Peru's government, spoke in Lima.")
    assert "Elena Castro" in labels(doc, "Person")


# guards: portfolios listed inside one title stay one title
@pytest.mark.parametrize("body, expected", [
    ("Peru's Minister for Foreign Affairs and Trade Elena Castro spoke in Lima.",
     ("Elena Castro", "Minister for Foreign Affairs and Trade", "Peru")),
    ("Peru's Minister of Immigration, Citizenship and Multicultural Affairs Elena Castro spoke in Lima.",
     ("Elena Castro", "Minister of Immigration, Citizenship and Multicultural Affairs", "Peru")),
    ("Minister of Culture Marta Rios and Foreign Minister Hugo Diaz of Peru opened the fair in Lima.",
     ("Marta Rios", "Minister of Culture", "Peru")),
    ("Peru was represented by Minister for Women Clara Nunez, Minister of Justice Pablo Ortiz and two deputies.",
     ("Pablo Ortiz", "Minister of Justice", "Peru")),
])
def test_listed_portfolios_stay_one_title(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- "Gen X", "Lt Gen Y", "Maj Gen Z": a rank without its period is no word of the name -----------------
@pytest.mark.parametrize("body, person", [
    ("Peru's army chief, Gen Mario Silva, said the drills would go ahead.", "Mario Silva"),
    ("Lt Gen Pedro Vidal, the commander of Peru's air force, visited Quito on Monday.", "Pedro Vidal"),
    ("The talks in Lima were attended by Peru's Defence Minister Raul Soto and Maj Gen Ana Torres.", "Ana Torres"),
])
def test_a_rank_without_its_period_is_no_word_of_the_name(extractor, body, person):
    people = labels(run(extractor, body), "Person")
    assert person in people
    assert not any(p.endswith(" " + person) for p in people)


def test_an_army_chief_titled_by_rank_holds_the_office(extractor):
    doc = run(extractor, "Peru's army chief, Gen Mario Silva, said the drills would go ahead.")
    assert ("Mario Silva", "Army Chief", "Peru") in offices(doc)


def test_a_generation_is_no_rank(extractor):
    doc = run(extractor, "Gen Z voters in Peru turned out in large numbers.")
    assert not labels(doc, "Person")


# -- "the bloc's leaders, Chilean President X and ...": the plural noun names the list, each its own title --
@pytest.mark.parametrize("body, person", [
    (("Two of the bloc's other leaders, Chilean President Ana Rojas and Peruvian Prime Minister Luis Paz, attended "
      "the summit in Lima."), "Ana Rojas"),
    (("Among those present in Lima were the region's leaders, Bolivian President Carla Mendoza and Chilean "
      "President Ana Rojas."), "Carla Mendoza"),
    (("The talks in Lima were opened by the host nations' leaders, Chilean President Ana Rojas and Peruvian "
      "President Luis Paz, who spoke first."), "Ana Rojas"),
])
def test_a_plural_noun_before_titled_names_gives_none_its_office(extractor, body, person):
    held = {office for p, office, _ in offices(run(extractor, body)) if p == person}
    assert "President" in held
    assert "Leader" not in held


# guards: a plural title over untitled names still gives each its office
@pytest.mark.parametrize("body, expected", [
    ("Both presidents, Chile's Ana Rojas and Peru's Luis Paz, met in Lima.", ("Luis Paz", "President", "Peru")),
    ("The chairman of the bloc, President Luis Paz of Peru, opened the talks in Lima.",
     ("Luis Paz", "President", "Peru")),
])
def test_a_plural_title_over_untitled_names_still_names_them(extractor, body, expected):
    assert expected in offices(run(extractor, body))


def test_plural_counterparts_before_titled_names_still_give_their_state(extractor):
    doc = run(extractor, "The talks brought Chile's Foreign Minister Ana Rojas and Defence Minister Raul Soto together "
                         "with their Peruvian counterparts, Foreign Minister Luis Paz and Defence Minister Carla Mendoza.")
    assert ("Carla Mendoza", "Defence Minister", "Peru") in offices(doc)
