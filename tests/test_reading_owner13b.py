"""Offices, round 13b: the state of a holder the title does not name — never a state the holder
travels to ("is set to visit A", "will on Friday travel to A"), the state a demonym gives the noun
the name stands beside ("his Sudanese host, President X"), the place where the holder hosts
(kg.extract.facts.implied_owners); on sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def owners(doc, person: str) -> set[tuple[str, str]]:
    return {(f["office"], f["of"]) for f in facts(doc, "office") if f["person"] == person}


@pytest.mark.parametrize("body, person, host", [
    ("President Peter Wambua will on Friday travel to Accra, Ghana, for a regional summit. Kenya sent a team ahead.",
     "Peter Wambua", "Ghana"),
    ("President Ivan Petrov is set to visit Hanoi, Vietnam, later this month, his office said. Vietnam has prepared a welcome.",
     "Ivan Petrov", "Vietnam"),
    ("President Nuno Reis plans to fly to Luanda, Angola, next week. Angola said it would host him.", "Nuno Reis", "Angola"),
])
def test_a_holder_is_never_of_the_state_they_travel_to(extractor, body, person, host):
    got = owners(run(extractor, body, published="2024-03-14"), person)
    assert ("President", host) not in got, got


@pytest.mark.parametrize("body, person, office, state", [
    (("When President Erdem Kaya of Turkey toured the old port on Monday, with his Sudanese host, President Omar Dabo, "
      "at his side, Egypt was watching."), "Omar Dabo", "President", "Sudan"),
    ("President Ana Rojas, the Chilean visitor, and President Luis Soto of Peru met Bolivian and Brazilian envoys in La Paz.",
     "Ana Rojas", "President", "Chile"),
    ("The Gabonese guest, Prime Minister Paul Nze, toured the port with President Ade Bello of Nigeria and Ghana's envoy.",
     "Paul Nze", "Prime Minister", "Gabon"),
])
def test_a_demonym_on_the_noun_beside_the_name_gives_the_state(extractor, body, person, office, state):
    got = owners(run(extractor, body, published="2024-03-14"), person)
    assert (office, state) in got, got


@pytest.mark.parametrize("body", [
    ("President Kemal Oraz is to host the Chinese leader in Ashgabat next week. China is the main buyer and China's "
     "firms build the pipeline. Turkmenistan holds large reserves."),
    ("President Kemal Oraz hosted the Chinese leader in Ashgabat on Monday. China praised the talks and China's firms "
     "signed deals. Turkmenistan sells most of its gas east."),
    ("President Kemal Oraz welcomed his Chinese guest in Ashgabat. China and China's banks will fund the pipeline. "
     "Turkmenistan needs buyers."),
])
def test_one_who_hosts_at_a_place_is_at_home_there(extractor, body):
    got = owners(run(extractor, body, published="2024-03-14"), "Kemal Oraz")
    assert ("President", "Turkmenistan") in got, got
