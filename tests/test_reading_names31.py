"""Names, round 31: more names for an unnamed agreement once facts are read
(kg.extract.agreement_aliases): its description without the rank opening it ("their first accord on
X" is the "accord on X"), and "the Tarsk accords" for the one agreement told as signed in Tarsk.
On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import run

pytestmark = pytest.mark.model


def _names(doc, etype: str = "Agreement") -> list[set[str]]:
    return [{e.label, *e.aliases} for e in doc.entities.values() if e.type == etype]


@pytest.mark.parametrize("body, name", [
    # active, passive, nominal with an owner, relative clause, coordinated clauses
    ("Chile and Peru signed their first agreement on fisheries management on Monday.",
     "agreement on fisheries management"),
    ("A first memorandum on water sharing was signed by Ghana and Togo on Friday.", "memorandum on water sharing"),
    ("The signing of Bolivia's first protocol on border patrols with Paraguay took place in Asuncion.",
     "protocol on border patrols with Paraguay"),
    ("Mongolia, which signed its second accord on mining investment with Japan last year, will host the talks.",
     "accord on mining investment with Japan"),
    ("Kenya and Uganda signed a third treaty on railway construction, and Tanzania joined it.",
     "treaty on railway construction"),
])
def test_a_ranked_description_is_named_without_its_rank(extractor, body, name):
    names = _names(run(extractor, body))
    assert any(name in n for n in names), names


@pytest.mark.parametrize("body, ranked", [
    # the ranked name stays a name; a rank on a bare noun leaves no name without it
    ("Chile and Peru signed their first agreement on fisheries management on Monday.",
     "first agreement on fisheries management"),
])
def test_the_ranked_name_stays(extractor, body, ranked):
    names = _names(run(extractor, body))
    assert any(ranked in n for n in names), names


def test_a_rank_on_a_bare_noun_gives_no_bare_name(extractor):
    names = _names(run(extractor, "Ghana and Togo signed their first accord on Friday."))
    assert not any("accord" in n for n in names), names


@pytest.mark.parametrize("body, place_name", [
    # a contact clause, a "that" clause, a participle; plural and singular nouns after the place
    (("On Monday the Senate voted to scrap the accords Chile and Peru signed in Arica on 3 May 2009. "
     "Critics said the Arica accords gave Lima too much."), "Arica accords"),
    (("The agreement that Chad and Niger signed in Rustavi on 4 June 2012 lets Chad use the airfield. "
     "Analysts called the Rustavi agreement a turning point."), "Rustavi agreement"),
    ("Chad ratified the protocol signed in Gao by Chad and Sudan in 2009. Sudan has yet to ratify the Gao protocol.",
     "Gao protocol"),
])
def test_an_agreement_is_named_by_its_signing_place(extractor, body, place_name):
    doc = run(extractor, body)
    told = [n for n in _names(doc) if any(" in " in x for x in n)]
    assert told and place_name in told[0], _names(doc)


@pytest.mark.parametrize("body, place_name", [
    # signed elsewhere: the place's accord is another one
    (("Mali signed an accord on grain exports with Niger in Bamako. Officials praised the Gao accord, "
     "a pact between Chad and Sudan."), "Gao accord"),
    # two agreements signed in one place: which one the place's name means is not told
    (("Chad signed a treaty on fisheries in Gao in 2009. Two years later Sudan signed a protocol on roads "
     "with Niger in Gao. Critics said the Gao pact gave Sudan too much."), "Gao pact"),
])
def test_a_place_name_names_no_agreement_signed_elsewhere(extractor, body, place_name):
    doc = run(extractor, body)
    assert not any(place_name in n for n in _names(doc) if any(" in " in x for x in n)), _names(doc)


@pytest.mark.parametrize("body", [
    # a definite description a fact's reader resolved: subject, object, under, relative clause, passive in a coordination
    "Chile and Peru signed the Arica Fisheries Agreement in May. The ten-year accord lets Peruvian boats refuel in Arica.",
    "Peru signed the Arica Fisheries Agreement with Chile in May. Under the ten-year accord, Peruvian boats may refuel in Arica.",
    ("Chile and Peru signed the Arica Fisheries Agreement in May. Peru's Congress ratified the ten-year accord, "
     "which lets Peruvian boats refuel in Arica, on Friday."),
    ("The Arica Fisheries Agreement, signed by Chile and Peru in May, took effect on Friday. "
     "Bolivia is not a party to the ten-year accord."),
    "Chile and Peru signed the Arica Fisheries Agreement in May, and the ten-year accord was ratified by Peru's Congress in June.",
])
def test_a_resolved_description_names_its_agreement(extractor, body):
    names = _names(run(extractor, body))
    assert any({"Arica Fisheries Agreement", "ten-year accord"} <= n for n in names), names


def test_an_acronym_a_reader_resolved_names_its_agreement(extractor):
    names = _names(run(extractor, "Ghana and Togo signed a memorandum of understanding on water sharing on Monday. "
                                  "The MoU was ratified by Togo's parliament on Friday."))
    assert any("MoU" in n for n in names), names


@pytest.mark.parametrize("body, word", [
    # words that only point or praise, or set it against another, are no name
    (("Chile and Peru signed the Arica Fisheries Agreement in May, and Peru's Congress ratified the landmark pact "
     "a week later."), "pact"),
    ("Chile and Peru signed the Arica Fisheries Agreement in May. Peru's Congress ratified the new accord on Friday.",
     "accord"),
])
def test_a_pointing_description_names_nothing(extractor, body, word):
    names = _names(run(extractor, body))
    assert not any(word in a for n in names for a in n), names


@pytest.mark.parametrize("body, name", [
    # the complement the parser hung on the verb after the object: a relative clause, a planned signing, a main clause
    ("Indonesia, which signed a contract with France for 42 fighter jets in 2022, will buy more.",
     "contract for 42 fighter jets"),
    ("Indonesia will sign a contract with a French company for 42 fighter jets next year.", "contract for 42 fighter jets"),
    ("Chile signed a contract with France for 12 transport helicopters.", "contract for 12 transport helicopters"),
])
def test_a_complement_hung_on_the_verb_names_the_agreement(extractor, body, name):
    names = _names(run(extractor, body))
    assert any(name in n for n in names), names


@pytest.mark.parametrize("body", [
    # when, on whose behalf, in which setting, how often: no name of it
    "Peru signed an agreement with Chile on Monday.",
    "The minister signed an accord with Chile on behalf of Peru.",
    "Peru signed a pact with Chile for the first time.",
    "Peru signed an accord with Chile on the sidelines of the summit.",
])
def test_a_complement_of_time_or_setting_names_nothing(extractor, body):
    names = _names(run(extractor, body))
    assert not any(" on " in a or " for " in a for n in names for a in n), names
