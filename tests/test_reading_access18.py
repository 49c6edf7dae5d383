"""Access read in the eighteenth round: a facility placed on a state's land ("on the territory of
X", "on Xn soil", "on X's territory") is in X; a foreign base an agreement's own description names
("an agreement on a Y military base in X", "a protocol extending the lease of Y's naval base in
X") is what that agreement provides for, so planned until the article says the agreement is in
force (FORMAT.md). Sentences written for these tests (none from the corpus; real states)."""
from __future__ import annotations

import pytest
from extraction_helpers import access, run

pytestmark = pytest.mark.model


# -- "on the territory of X", "on Xn soil": the land is the host's -----------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Spain keeps two naval bases on Moroccan soil, a ministry spokeswoman, Irene Valcoz, said on Monday.",
     ("Spain", "Morocco", "naval base", "asserted")),
    ("Lisbon says Portugal will keep an air base on the territory of Brazil until 2030.",
     ("Portugal", "Brazil", "air base", "planned")),
])
def test_a_facility_on_a_states_land_is_that_states(extractor, body, expected):
    assert expected in access(run(extractor, body))


# -- a foreign base the agreement's description names: what the agreement provides for ------------
@pytest.mark.parametrize("body, expected", [
    ("Russia and Armenia signed an agreement on a Russian military base located on the territory of Armenia.",
     ("Russia", "Armenia", "military base", "planned")),
    ("Turkey and Qatar signed a new accord on the deployment of Turkish forces at a military base in Qatar.",
     ("Turkey", "Qatar", "military base", "planned")),
    ("Ministers from Syria and Russia will sign a protocol extending the lease of Russia's naval base in Syria.",
     ("Russia", "Syria", "naval base", "planned")),
    # the phrase names no host: the agreement's other side is
    ("Peru and Chile signed an agreement on the future of a joint Chilean naval base on Monday.",
     ("Chile", "Peru", "naval base", "planned")),
    ("The presidents of Ghana and France signed an accord on a permanent French air base, officials said.",
     ("France", "Ghana", "air base", "planned")),
])
def test_a_base_an_agreement_is_on_is_ahead_until_in_force(extractor, body, expected):
    assert access(run(extractor, body)) == {expected}


# -- guards (held before this round): the article says the agreement is in force, the base is there now
@pytest.mark.parametrize("body, expected", [
    (("Russia and Armenia signed an agreement on a Russian military base in Armenia. It was ratified by both "
     "parliaments in May."), ("Russia", "Armenia", "military base", "asserted")),
    ("Moscow and Damascus signed a deal on a Russian naval base in Syria in 2017, and the deal took effect in 2018.",
     ("Russia", "Syria", "naval base", "asserted")),
])
def test_a_base_of_an_agreement_in_force_is_there_now(extractor, body, expected):
    assert access(run(extractor, body)) == {expected}


# -- an agreement described by the access it gives is no base "on" which it is: the owner stays the host
@pytest.mark.parametrize("body", [
    "Peru and Chile signed a defence pact giving Chilean troops and ships access to four Peruvian naval bases.",
])
def test_an_agreement_giving_access_keeps_its_host(extractor, body):
    assert ("Peru", "Chile", "naval base") not in {fact[:3] for fact in access(run(extractor, body))}
