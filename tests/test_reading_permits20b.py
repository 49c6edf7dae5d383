"""Contracts, permits and ratification steps, round 20 (wave 2), on sentences written for the test: a
contract is an agreement when its phrase buys arms, "a contract for 24 jets", "under which X will buy
drones" (kg.extract.document_heads), and "the contract" points back only to such a one; an agreement
noun's "for" phrase naming arms, a clause after a colon that follows an agreement, and an infinitive
the parser hung on the verb right after the agreement tell what it permits (kg.extract.facts.permits);
an agreement to be tabled in or placed before a legislature awaits its vote, the legislature's state's
and not the handing government's (kg.extract.facts.ratification_steps; "table" = "shelve" gives none); a chamber's shorter name
opening the full name the article gives is that legislature (kg.extract.entities)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def _permits(doc) -> set[tuple]:
    return {(f["agreement"], f["activity"]) for f in facts(doc, "permits")}


def _ratified(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f["modality"]) for f in facts(doc, "ratification")}


# -- a contract that buys arms is an agreement, and permits arms procurement --------------------------------
@pytest.mark.parametrize("body", [
    "Chile signed a contract with Peru for 30 fighter jets in May.",
    ("When Peru's defence minister added her signature to a contract for 18 second-hand fighter jets in Quito last "
    "month, she was buying more than planes."),
    "Chile signed a contract under which it will buy combat drones from Peru.",
])
def test_a_contract_buying_arms_permits_arms_procurement(extractor, body):
    found = {a for a, act in _permits(run(extractor, body)) if act == "arms procurement"}
    assert any(a.startswith("contract") for a in found), found


def test_the_contract_points_back_to_the_one_buying_arms(extractor):
    doc = run(extractor, "Chile signed a contract under which it will buy combat drones from Peru. The contract was "
                         "signed by Chilean Defence Minister Ana Soto.")
    assert any(f["signatory"] == "Ana Soto" for f in facts(doc, "signing")), facts(doc, "signing")


@pytest.mark.parametrize("body", [
    ("Chile signed a contract with a Peruvian firm to build a railway. The contract was signed by Chilean Transport "
    "Minister Ana Soto."),
    "Chile and Peru signed the Andes Accord in May. The contract was signed by Chilean Transport Minister Ana Soto.",
])
def test_a_contract_buying_no_arms_is_no_agreement(extractor, body):
    doc = run(extractor, body)
    assert not any(a.startswith("contract") for a in labels(doc, "Agreement")), labels(doc, "Agreement")
    assert not any(f["signatory"] == "Ana Soto" for f in facts(doc, "signing")), facts(doc, "signing")


# -- what the agreement buys, told after a colon or by an infinitive hung on the verb ------------------------
@pytest.mark.parametrize("body, agreement", [
    ("The two presidents announced a fighter purchase agreement: Chile will buy eight jets from Peru.",
     "fighter purchase agreement"),
    ("Chile and Peru announced a frigate purchase agreement: Chile will buy six frigates from Peru.",
     "frigate purchase agreement"),
    ("Chile's defence minister signed a deal to buy 12 frigates from Peru.", "deal to buy 12 frigates from Peru"),
])
def test_a_colon_clause_or_an_infinitive_tells_the_purchase(extractor, body, agreement):
    found = _permits(run(extractor, body))
    assert (agreement, "arms procurement") in found, found


def test_a_colon_after_no_agreement_tells_nothing(extractor):
    doc = run(extractor, "Chile and Peru signed the Andes Accord. Critics said: Chile will buy six frigates anyway.")
    assert not _permits(doc), _permits(doc)


# -- to be tabled in or placed before a legislature: its ratification is ahead -------------------------------
@pytest.mark.parametrize("body, state", [
    ("Chile and Peru signed the Andes Accord in May. The accord will be tabled in the Chilean parliament next week.",
     "Chile"),
    (("Chile and Peru signed the Andes Accord in May. The Peruvian government will place the accord before the "
     "Peruvian Congress in June."), "Peru"),
])
def test_an_agreement_handed_to_a_legislature_awaits_ratification(extractor, body, state):
    found = _ratified(run(extractor, body))
    assert ("Andes Accord", state, "planned") in found, found


def test_the_handing_governments_state_is_not_the_ratifier(extractor):
    doc = run(extractor, "Sweden signed the Andes Accord with Canada on Monday. The government will submit "
                         "it to the Riksdag in the spring.")
    assert _ratified(doc) == {("Andes Accord", "Sweden", "planned")}, _ratified(doc)


@pytest.mark.parametrize("body", [
    "The United States and Canada signed the Lakes Accord in May. The Senate tabled the accord.",
    "The United States and Canada signed the Lakes Accord in May. The Senate voted to table the accord indefinitely.",
])
def test_table_as_shelve_is_no_ratification(extractor, body):
    found = _ratified(run(extractor, body))
    assert not found, found


# -- "the Chamber of Deputies of the Republic of X ... the Chamber": one legislature -------------------------
def test_a_chambers_short_name_is_its_full_name(extractor):
    doc = run(extractor, "The Chamber of Deputies of the Republic of Ecuador passed the Galapagos Accord on Friday. "
                         "The Chamber of Deputies had voted down a first draft of the accord.")
    assert labels(doc, "Legislature") == {"Chamber of Deputies of the Republic of Ecuador"}, labels(doc, "Legislature")


def test_a_legislature_of_a_state_keeps_that_name(extractor):
    doc = run(extractor, "Chile and Peru signed the Andes Accord in 2019. The State Duma approved it in 2020, as did the "
                         "Mejlis of Turkmenistan.")
    names = {n for e in doc.entities.values() if e.type == "Legislature" for n in (e.label, *e.aliases)}
    assert "Mejlis of Turkmenistan" in names, names
