"""Signings, round 20: where a signing is that its own sentence does not place. "The city where X was
signed" is no region or sea named before (kg.extract.reference); states the sentence before brought
together, or whose people it took to the other's city, sign there ("The two leaders signed ...");
"there" is where a trip of the sentences before went; a signing noun whose clause names an event
told before ("the visit's high point was the signing of X") is at that event; a site gives way to
its sentence's city (kg.extract.facts.signing_scenes). A signing so placed tells no trip of its own
(kg.extract.facts.presence). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def places(doc) -> set:
    return {f.get("place") for f in facts(doc, "signing")}


# -- "the city where": a city, never a region or a sea ---------------------------------------------------
@pytest.mark.parametrize("body, city", [
    (("Chilean and Peruvian leaders met in Arica on Monday to talk about trade in the Pacific. The talks brought them "
     "back to the city where the Andes Water Treaty was signed in 1929."), "Arica"),
    (("Kenya hosted the summit in Mombasa on Monday, with guests from the Horn of Africa. Delegates returned to the city "
     "where the Lake Victoria Accord was signed in 2001."), "Mombasa"),
    (("Ecuadorian leaders met in Guayaquil on Monday, by the Pacific Ocean. The meeting brought them back to the city "
     "where the Amazon Pact was signed in 1978."), "Guayaquil"),
])
def test_the_city_where_it_was_signed_is_a_city(extractor, body, city):
    assert places(run(extractor, body)) == {city}, places(run(extractor, body))


# -- states named by no person sign where the sentence before set them -----------------------------------
@pytest.mark.parametrize("body, place", [
    (("Kenyan President Amos Otieno arrived in Kampala on Wednesday for talks with his Ugandan counterpart. The two "
     "leaders signed the Lake Victoria Accord."), "Kampala"),
    (("Ugandan President Ruth Nabirye paid a state visit to Kenya on Wednesday. During the visit, the two countries "
     "signed the Lake Victoria Accord."), "Kenya"),
    (("The foreign ministers of Ghana and Togo met in Accra on Monday. The two ministers put their signatures to the "
     "Volta Fisheries Pact."), "Accra"),
])
def test_states_sign_where_the_sentence_before_brought_them(extractor, body, place):
    got = places(run(extractor, body, published="2025-03-14"))
    assert got == {place}, got


@pytest.mark.parametrize("body", [
    # (another pair of states than the trip's)
    ("Ghana's president, Kwame Mensah, travelled to Lome, the capital of Togo, on Monday. Chile and Peru signed a "
    "power deal on Tuesday."),
    # (a signing of another year)
    ("The foreign ministers of Ghana and Togo met in Accra on Monday. The two countries signed the Volta Fisheries "
    "Pact in 2019."),
])
def test_no_scene_for_other_signers_or_years(extractor, body):
    got = places(run(extractor, body, published="2025-03-14"))
    assert got == {None}, got


# -- "there": where the trip went ---------------------------------------------------------------------------
@pytest.mark.parametrize("body, city", [
    (("When Ghana's defence minister, Kofi Boateng, flew to Lome last week, few in Accra noticed. They should have. The "
     "power deal that he signed there on Monday with Togo is modest."), "Lomé"),
    (("Peru's foreign minister, Ana Ruiz, travelled to Quito on Monday, far from the crisis in Lima. There she signed a "
     "border accord with Ecuador."), "Quito"),
    (("Ghana's president, Kwame Mensah, flew to Lome on Monday, after a week of talks in Accra. He signed a power deal "
     "there with Togo."), "Lomé"),
])
def test_there_is_where_the_trip_went(extractor, body, city):
    got = places(run(extractor, body, published="2025-03-14"))
    assert got == {city}, got


# -- a signing noun whose clause names the event told before ---------------------------------------------------
@pytest.mark.parametrize("body, city", [
    (("Senegalese President Ousmane Diallo arrived in Banjul on Monday. The visit's high point was the signing of the "
     "Gambia River Pact by the President and his Gambian counterpart, Lamin Ceesay."), "Banjul"),
    (("Chile's foreign minister, Ana Ruiz, held talks with her Peruvian counterpart in Lima on Monday. The talks ended "
     "with the signing of a fisheries memorandum."), "Lima"),
    ("Kenya's president, Amos Otieno, visited Kampala on Monday. The visit saw the signing of a rail deal with Uganda.",
     "Kampala"),
])
def test_a_signing_noun_is_at_the_event_its_clause_names(extractor, body, city):
    doc = run(extractor, body, published="2025-03-14")
    got = {(f.get("place"), str(f.get("date"))) for f in facts(doc, "signing")}
    assert got == {(city, "2025-03-10")}, got


def test_a_signing_noun_of_another_year_has_no_scene(extractor):
    doc = run(extractor, "Kenya's president, Amos Otieno, visited Kampala on Monday. The signing of a rail deal with "
                         "Uganda in 2019 was praised.", published="2025-03-14")
    assert places(doc) == {None}, places(doc)


# -- a site before gives way to its sentence's city; the signing so placed is no trip -------------------------------
def test_a_site_before_gives_way_to_the_city_and_tells_no_trip(extractor):
    doc = run(extractor, "On Monday, at the Government Palace, Prime Minister Ana Ruiz held talks with Peruvian Prime "
                         "Minister Luis Soto, who is in Santiago for a state visit. After the talks, the two prime "
                         "ministers witnessed the signing of a water memorandum, signed by Chilean Foreign Minister "
                         "Marta Vial and Peruvian Foreign Minister Jorge Salas.", published="2025-03-14")
    assert places(doc) == {"Santiago"}, places(doc)
    visitors = {f["visitor"] for f in facts(doc, "visit")}
    assert "Jorge Salas" not in visitors, visitors
