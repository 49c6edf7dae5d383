"""Who signed, when a plural stands for people told before: "they" after a clause that brought two people
together, "the two prime ministers" where no pair of states is told beside them, a capitalised
"the two Ministers", people brought together by a passive's "by"; and where: the city the
people met in the sentence before, and the city a signing told twice names, not its state."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def signed(doc) -> set[tuple]:
    return {(f["agreement"], f.get("signatory"), f.get("place")) for f in facts(doc, "signing")}


def signers(doc, agreement: str) -> set[str]:
    return {f.get("signatory") for f in facts(doc, "signing") if f["agreement"] == agreement}


# -- "they" after a clause that brought two people together --------------------------------------------
@pytest.mark.parametrize("body", [
    ("Estonian Prime Minister Kadri Lepp met Latvian Prime Minister Andris Ozols in Riga on Monday. They signed "
     "the Baltic Grid Declaration."),
    ("Estonian Prime Minister Kadri Lepp received Latvian Prime Minister Andris Ozols in Riga on Monday. Later "
     "they put their names to the Baltic Grid Declaration."),
    ("Estonian Prime Minister Kadri Lepp held talks with Latvian Prime Minister Andris Ozols in Riga on Monday. "
     "The Baltic Grid Declaration, which they signed after the talks, sets a common power market."),
])
def test_they_after_a_meeting_are_the_people_who_met(extractor, body):
    got = signers(run(extractor, body), "Baltic Grid Declaration")
    assert {"Kadri Lepp", "Andris Ozols", "Estonia", "Latvia"} <= got, got


def test_they_sign_in_the_city_they_met_in(extractor):
    doc = run(extractor, "Estonian Prime Minister Kadri Lepp met Latvian Prime Minister Andris Ozols in Riga on "
                         "Monday. They signed the Baltic Grid Declaration.")
    assert ("Baltic Grid Declaration", "Kadri Lepp", "Riga") in signed(doc), signed(doc)


# -- "the two prime ministers", "the two Ministers" ----------------------------------------
@pytest.mark.parametrize("body, agreement, people, states", [
    (("Chilean President Ana Ruiz and Peruvian President Luis Soto signed a treaty in Lima on Friday that "
      "commits the old rivals to cut their border garrisons by half, a pact both leaders praised. Under the Andes "
      "Treaty, each side must withdraw its troops by 2030. The ceremony, in the main hall of the presidential "
      "palace, came on day two of Ruiz's first trip to Peru since taking office, a tour that then takes "
      "her to Cusco, Soto's home town, and on to France and Italy. Ruiz said at a joint press conference that "
      "the two leaders had closed a long dispute, while Soto said the pact showed new trust. The two presidents "
      "also put their names to the Andes Energy Declaration."),
     "Andes Energy Declaration", {"Ana Ruiz", "Luis Soto"}, {"Chile", "Peru"}),
    (("The dialogue was chaired by the Defence Minister of Chile, Ana Ruiz, and the Minister for Defence of "
      "Peru, Dr Luis Soto, who is in Chile on an official visit. The Andes Navy Agreement was signed for both "
      "Governments by the two Ministers, with senior officials present."),
     "Andes Navy Agreement", {"Ana Ruiz", "Luis Soto"}, {"Chile", "Peru"}),
])
def test_a_counted_plural_of_people_signs_as_those_people(extractor, body, agreement, people, states):
    got = signers(run(extractor, body), agreement)
    assert people | states <= got, got
    assert not got - people - states - {None}, got  # (no state only named nearby: "France and Italy")


# -- one signing told in a city and in the state it lies in ------------------------------------------------
@pytest.mark.parametrize("body", [
    ("The Andes Water Accord was signed in Lima on 3 March 2024. Chilean President Ana Ruiz signed it during her "
    "state visit to Peru."),
    ("Chilean President Ana Ruiz signed the Andes Water Accord on 3 March 2024 during a visit to Peru. The accord "
    "was signed in Lima."),
])
def test_a_signing_told_in_a_city_and_its_state_is_in_the_city(extractor, body):
    got = signed(run(extractor, body))
    assert ("Andes Water Accord", "Ana Ruiz", "Lima") in got, got
    assert not any(place == "Peru" for _, _, place in got), got
