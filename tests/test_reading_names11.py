"""Names and offices read the way a general reader would (round 11), in sentences written for
these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


def types_of(doc, label: str) -> set[str]:
    return {e.type for e in doc.entities.values() if e.label == label}


# -- a building that speaks is the body seated in it; one the text places things at stays a building --
@pytest.mark.parametrize("body, label", [
    ("The Kremlin said on Friday that the grain talks with Turkey would resume in June.", "Kremlin"),
    ("A senior White House official said the treaty with Canada would go to the Senate soon.", "White House"),
    ("According to the Pentagon, two destroyers will visit the port of Split in April.", "Pentagon"),
    ("The claim was dismissed by the Kremlin as a provocation by Lithuania.", "Kremlin"),
    ("Kremlin aide Pavel Orlov told reporters that Moscow wanted a deal with Baku.", "Kremlin"),
])
def test_a_site_that_only_speaks_is_an_organization(extractor, body, label):
    assert types_of(run(extractor, body), label) == {"Organization"}


@pytest.mark.parametrize("body, label", [
    ("The two leaders held talks at the Kremlin on Monday and signed a gas deal.", "Kremlin"),
    ("The Kremlin said that the pact would be signed in the Kremlin on Thursday.", "Kremlin"),
    ("The Chilean president flew to Washington and was received at the White House on Friday.", "White House"),
])
def test_a_site_the_text_places_something_at_stays_a_facility(extractor, body, label):
    assert types_of(run(extractor, body), label) == {"Facility"}


# -- a state whose holder of the same office the article names is no guess for another person -------
@pytest.mark.parametrize("body, wrong", [
    (("Brazil's foreign minister, Ana Costa, ended the quarrel with Uruguay on Monday. Brazil had long wanted a "
      "new bridge, and Brazil will now pay for it. Foreign Minister Jorge Medina called the deal fair."),
     ("Jorge Medina", "Foreign Minister", "Brazil")),
    (("Ghana's president, Kofi Boateng, opened the talks in Accra. Ghana and Ghana's partners want calm on the "
      "border. Later, President Amadou Keita said his government would sign the accord."),
     ("Amadou Keita", "President", "Ghana")),
    (("Hungary's defence minister, Tamas Kiss, chaired the meeting on Hungary's army. Hungary wants more troops, "
      "and Hungary will pay. Defence Minister Marek Lis, who attended as a guest, called the plan sound."),
     ("Marek Lis", "Defence Minister", "Hungary")),
])
def test_a_state_with_its_own_holder_is_no_guess_for_another(extractor, body, wrong):
    got = offices(run(extractor, body))
    assert wrong not in got
    assert any(p != wrong[0] and o == wrong[1] and s == wrong[2] for p, o, s in got)  # the named holder stays


@pytest.mark.parametrize("body, expected", [
    # many hold the office at once: another holder says nothing against the guess
    (("Peru's deputy foreign minister, Ana Rojas, met officials in Lima. Peru wants a deal, and Peru will sign "
      "it. Deputy Foreign Minister Carlos Soto said the text was ready."),
     ("Carlos Soto", "Deputy Foreign Minister", "Peru")),
])
def test_an_office_many_hold_keeps_the_guess(extractor, body, expected):
    assert expected in offices(run(extractor, body))


# -- whoever chairs a body now holds its chair ---------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Lena Holm, the Liberal who chairs the Defence Committee, said the bill would pass.",
     ("Lena Holm", "Chair", "Defence Committee")),
    ("Prime Minister Arif Rahman of Bangladesh, who chairs the Nordic Council this year, opened the talks.",
     ("Arif Rahman", "Chair", "Nordic Council")),
    ("This year the Economic Community of West African States is chaired by Ghanaian President Kojo Mensah.",
     ("Kojo Mensah", "Chair", "Economic Community of West African States")),
    ("Senegal's president, Abdou Ndiaye, chairs the African Union, and he will host the talks.",
     ("Abdou Ndiaye", "Chair", "African Union")),
])
def test_whoever_chairs_a_body_holds_its_chair(extractor, body, expected):
    assert expected in offices(run(extractor, body))


@pytest.mark.parametrize("body, person", [
    ("Lena Holm, who chaired the Defence Committee until 2019, said the bill would pass.", "Lena Holm"),
    ("Arif Rahman does not chair the Arab League, officials said.", "Arif Rahman"),
])
def test_a_past_or_denied_chair_is_no_office(extractor, body, person):
    assert not any(p == person and o == "Chair" for p, o, _ in offices(run(extractor, body)))


# -- a title set before a titled name is that name's too ------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Envoys noted that the current chairman of the African Union, President Kofi Adu of Ghana, had left.",
     {("Kofi Adu", "Chairman", "African Union"), ("Kofi Adu", "President", "Ghana")}),
    ("The chair of the Nordic Council, Prime Minister Lars Dahl of Norway, arrived in Riga on Monday.",
     {("Lars Dahl", "Chair", "Nordic Council"), ("Lars Dahl", "Prime Minister", "Norway")}),
    # "the Union" after "the African Union" is that body
    (("The African Union will meet in Accra. Officials said the chairman of the Union, President Kofi Adu of Ghana, "
      "would open it."), {("Kofi Adu", "Chairman", "African Union")}),
])
def test_a_title_before_a_titled_name_is_the_names(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected



# -- a byline's desk or staff title names no one ---------------------------------------------------------
@pytest.mark.parametrize("body, label", [
    ("By Our Diplomatic Correspondent\nChile and Peru signed a border pact in Lima on Monday.", "Our Diplomatic Correspondent"),
    ("By Andes Desk | Valley Post | 3 March 2024\nChile and Peru signed a border pact in Lima.", "Andes Desk"),  # a guard
    ("By Ana Ruiz, Lima Bureau | Valley Post | 3 March 2024\nChile and Peru signed a border pact.", "Lima Bureau"),
])
def test_a_bylines_desk_names_no_one(extractor, body, label):
    assert label not in {e.label for e in run(extractor, body).entities.values()}


# -- a machine's name is no entity: a model named by its kind, a craft people are aboard ------------------
@pytest.mark.parametrize("body, label", [
    ("Peru will buy twelve Condor fighters from Brazil under the pact signed in Lima.", "Condor"),
    ("The port is ringed by Sentinel air-defence batteries, officials in Riga said.", "Sentinel"),
    ("The Chilean president flew to Lima aboard Condor Uno on Monday for the signing.", "Condor Uno"),
    ("He went aboard the Almirante Vega, a frigate of the Chilean navy, at Valparaiso.", "Almirante Vega"),
])
def test_a_machines_name_is_no_entity(extractor, body, label):
    assert label not in {e.label for e in run(extractor, body).entities.values()}


@pytest.mark.parametrize("body, label, etype", [
    ("Chinese destroyers docked in Karachi on Monday.", "China", "State"),
    ("Indian warships arrived in Colombo on Monday for the exercise.", "India", "State"),
])
def test_a_makers_or_states_name_stays(extractor, body, label, etype):
    assert etype in {e.type for e in run(extractor, body).entities.values() if e.label == label}
