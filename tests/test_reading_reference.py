"""Reference resolution as a general reader does it on news it has never seen: a description
refers to an entity of a kind its noun may name ("the union" is no bank, "the pact" no charter),
and a pronoun agrees with the person it means ("her" is not the man the text called "he" or
"Mr X"). Every text is invented for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def members(doc) -> set[tuple[str, str, str]]:
    return {(f["member"], f["organization"], f["modality"]) for f in facts(doc, "member")}


# --- an organisation described by its kind ------------------------------------------------------

@pytest.mark.parametrize("body, fact", [
    # active, with a bank named between the name and the description
    (("Kenya and Uganda are members of the East African Community. Officials of the World Bank met the two "
     "foreign ministers in Nairobi on Monday. Uganda said it would ask the community to admit South Sudan."),
     ("South Sudan", "East African Community", "planned")),
    # passive
    (("Poland is a member of the European Union. The International Monetary Fund praised its economy on "
     "Monday. Moldova hopes to be admitted by the union next year."),
     ("Moldova", "European Union", "planned")),
    # an alliance, not the investment bank named after it
    (("Norway and Poland belong to the North Atlantic Treaty Organization. The European Investment Bank "
     "lent Poland money for new roads on Tuesday. Sweden has applied to join the alliance."),
     ("Sweden", "North Atlantic Treaty Organisation", "planned")),
    # a bank is a bank, the nearer community not (plain, then in a relative clause)
    (("Kenya joined the African Development Bank in 1964. It is also a member of the East African Community. "
      "On Monday the bank admitted Ireland as a member."), ("Ireland", "African Development Bank", "asserted")),
    (("Kenya joined the African Development Bank in 1964. It is also a member of the East African Community. "
      "Ireland, which the lender admitted on Monday, will pay in next year."),
     ("Ireland", "African Development Bank", "asserted")),
])
def test_an_organisation_described_by_its_kind(extractor, body, fact):
    doc = run(extractor, body)
    found = members(doc)
    assert fact in found
    assert not any(m == fact[0] and o != fact[1] for m, o, _ in found)


# --- an agreement described by its kind ---------------------------------------------------------

def agreements_of(doc, cq: str) -> set[str]:
    return {f["agreement"] for f in facts(doc, cq)}


@pytest.mark.parametrize("body, cq, agreement", [
    # an unnamed agreement is not the convention named after it in the same sentence
    (("Chile and Peru signed a fisheries agreement in Lima on Monday, decades after both joined the "
     "United Nations Convention on the Law of the Sea."), "signing", "fisheries agreement"),
    # passive, the convention named after it
    (("A trade deal was signed by Chile and Peru in Lima on Monday, both being parties to the Lima "
     "Convention on Fisheries."), "signing", "trade deal"),
    # a later "the pact" is the pact, not the declaration named in a clause beside it
    (("Ghana and Togo signed a border pact in Accra on Monday, a year after both joined the Abuja "
     "Declaration on Migration. Togo's parliament is expected to ratify the pact next month."),
     "ratification", "border pact"),
    # "the agreement" is not the protocol named between
    (("Ghana and Togo signed a border agreement in Accra on Monday. The Abuja Protocol on Free Movement "
     "was signed in 1979. The agreement must now be ratified by Togo's parliament."),
     "ratification", "border agreement"),
])
def test_an_agreement_described_by_its_kind(extractor, body, cq, agreement):
    doc = run(extractor, body)
    assert agreements_of(doc, cq) == {agreement}


# --- pronouns agree with the person they mean ---------------------------------------------------

def visits(doc) -> set[tuple[str, str]]:
    return {(f["visitor"], f["destination"]) for f in facts(doc, "visit")}


def test_a_pronoun_skips_the_man_the_text_called_he(extractor):
    doc = run(extractor, "Chile's foreign minister, Ana Ruiz, said on Monday that she would travel to Lima. "
                         "Bolivia's president, Luis Mamani, said he would receive her in La Paz on Wednesday, "
                         "while Ecuador's government said she would meet its president in Quito on Thursday.")
    found = visits(doc)
    assert ("Ana Ruiz", "Quito") in found
    assert ("Luis Mamani", "Quito") not in found


def test_a_title_tells_the_pronoun(extractor):
    doc = run(extractor, "Chile's foreign minister, Marta Ortega, held talks with Peru's foreign minister, "
                         "Javier Quispe, on Monday. Mr Quispe said a tour starting on Tuesday would take her "
                         "to Cusco and Arequipa.")
    found = visits(doc)
    assert ("Marta Ortega", "Cusco") in found
    assert not any(v == "Javier Quispe" for v, _ in found)


def test_a_possessive_agrees_with_its_person(extractor):
    doc = run(extractor, "Kenya's president, Grace Wanjiru, received Tanzania's president, Joseph Mrema, "
                         "in Nairobi on Monday. Ms Wanjiru said his visit to Mombasa would follow on Friday.")
    found = visits(doc)
    assert ("Joseph Mrema", "Mombasa") in found
    assert ("Grace Wanjiru", "Mombasa") not in found


# --- people and states named by their part in a visit -------------------------------------------

def signatories(doc) -> set[str]:
    return {f["signatory"] for f in facts(doc, "signing") if "signatory" in f}


_RECEIVED = "Peru's foreign minister, Javier Quispe, received Chile's foreign minister, Ana Ruiz, in Lima on Monday. "
_FLEW = "Chile's foreign minister, Ana Ruiz, flew to Lima on Monday to meet Peru's foreign minister, Javier Quispe. "


@pytest.mark.parametrize("body, signed", [
    # a counterpart holds the possessor's office for another state (coordinated, then alone)
    (_FLEW + "On Tuesday she and her counterpart signed a fisheries agreement.",
     {"Ana Ruiz", "Javier Quispe", "Chile", "Peru"}),
    (_FLEW + "On Tuesday her counterpart signed a fisheries agreement with Chile.", {"Javier Quispe", "Peru", "Chile"}),
    # a guest is of another state than the one the passage is set in, a host of that one
    (_RECEIVED + "His guest signed a fisheries agreement on Tuesday.", {"Ana Ruiz", "Chile"}),
    (_RECEIVED + "Ruiz thanked her host, who then signed a fisheries agreement.", {"Javier Quispe", "Peru"}),
    (_RECEIVED + "The visiting minister signed a fisheries agreement on Tuesday.", {"Ana Ruiz", "Chile"}),
    # states by their part: the host country, the visiting side
    (_RECEIVED + "The host country and Chile signed a fisheries agreement.", {"Peru", "Chile"}),
    (("Chile's president, Ana Ruiz, arrived in Lima on Monday for talks with Peru's president, Javier Quispe. "
     "A fisheries agreement was signed by the visiting side on Tuesday."), {"Chile"}),
])
def test_people_and_states_named_by_their_part_in_a_visit(extractor, body, signed):
    assert signatories(run(extractor, body)) == signed


def test_the_visiting_minister_is_the_one_the_story_follows(extractor):
    doc = run(extractor, "Chile's foreign minister, Ana Ruiz, began a tour on Monday that will take her to Lima "
                         "and La Paz. In Lima she will meet Peru's foreign minister, Javier Quispe, who invited her "
                         "last month. Bolivia's president, Luis Mamani, said he would receive the visiting minister "
                         "in La Paz on Wednesday.")
    trips = facts(doc, "visit")
    assert any(f["visitor"] == "Ana Ruiz" and f["destination"] == "La Paz" and f.get("start") for f in trips)
    assert not any(f["visitor"] == "Javier Quispe" for f in trips)


# --- plural references take the right set -------------------------------------------------------

_PRESIDENTS = "Chile's president, Ana Ruiz, and Peru's president, Javier Quispe, "
_MINISTERS = "Chile's foreign minister, Marta Soto, and Peru's foreign minister, Luis Paredes, "


@pytest.mark.parametrize("body, signed", [
    (_PRESIDENTS + "met in Lima on Monday. " + _MINISTERS + "joined them. "
     "The two ministers later signed a fisheries agreement.", {"Marta Soto", "Luis Paredes"}),
    (_MINISTERS + "met in Lima on Monday. " + _PRESIDENTS + "joined them. "
     "A fisheries agreement was signed by both ministers.", {"Marta Soto", "Luis Paredes"}),
    (_MINISTERS + "met in Lima on Monday. " + _PRESIDENTS + "joined them. "
     "The two leaders signed a fisheries agreement.", {"Ana Ruiz", "Javier Quispe"}),
    # "both ministers" are no presidents, where the article gives the ministers no office it can read
    (_PRESIDENTS + "met in Lima on Monday with their foreign ministers. "
     "Both ministers later signed a fisheries agreement.", set()),
])
def test_the_two_ministers_are_the_ministers(extractor, body, signed):
    people = {s for s in signatories(run(extractor, body)) if s not in {"Chile", "Peru"}}
    assert people == signed
