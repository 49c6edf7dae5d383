"""Parties told where the parse or a name hid them, round 24, on sentences written for the test: a
relative clause the parser hung on its own subject ("the pact, which the two states signed");
an office held then, set off after a signer's name ("by A, then B's foreign minister, and C"); a
law ratifying an agreement that opens its title ("the Law on Ratification of the X Agreement")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _parties(doc, agreement: str) -> set[str]:
    return {f["party"] for f in facts(doc, "parties") if f["agreement"] == agreement and f["modality"] == "asserted"}


@pytest.mark.parametrize("body, agreement", [
    ("Chile and Peru held talks in Lima. The Andes Pact, which the two countries signed in 2010, expires next year.",
     "Andes Pact"),
    ("Chile and Peru held talks in Lima. The Andes Pact that their defence ministers signed in 2010 expires next year.",
     "Andes Pact"),
    (("Chile and Peru held talks in Lima. The new accord replaces a narrower memorandum on river patrols that the two "
     "countries signed in 2003."), "narrower memorandum on river patrols"),
])
def test_a_relative_clause_hung_on_its_subject_names_the_signers(extractor, body, agreement):
    assert {"Chile", "Peru"} <= _parties(run(extractor, body), agreement)


@pytest.mark.parametrize("body", [
    "The Andes Pact was signed in 2004 by Ana Rojas, then Chile's foreign minister, and Luis Vega, then Peru's foreign minister.",
    ("The thaw was sealed in the Andes Pact, signed in Lima in 2004 by Ana Rojas, then Chile's prime minister, and by Luis "
     "Vega, Peru's security adviser."),
])
def test_an_office_held_then_gives_the_signers_state(extractor, body):
    assert {"Chile", "Peru"} <= _parties(run(extractor, body), "Andes Pact")


@pytest.mark.parametrize("body, agreement", [
    (("The Senate of Chile on Monday adopted the Law on Ratification of the Agreement on Border Patrols between the "
      "Government of the Republic of Chile and the Government of the Republic of Peru."),
     "Agreement on Border Patrols between the Government of the Republic of Chile and the Government of the Republic of Peru"),
    (("Peru's Congress approved the Law on the Ratification of the Convention on River Navigation between the Republic "
      "of Peru and the Republic of Chile on Tuesday."),
     "Convention on River Navigation between the Republic of Peru and the Republic of Chile"),
])
def test_a_law_ratifying_an_agreement_is_no_name_of_it(extractor, body, agreement):
    assert {"Chile", "Peru"} <= _parties(run(extractor, body), agreement)


@pytest.mark.parametrize("body, agreement, absent", [
    # a participle on a plural noun is no relative clause: nobody signs the countries
    ("The Andes Pact lists the countries signed up to its rules, Chile among them.", "Andes Pact", {"Peru"}),
    # "then" after a name and a verb: a later step, no office
    ("Chile signed the Andes Pact with Peru, then Bolivia joined talks on a fishing accord.", "Andes Pact", {"Bolivia"}),
    # an accession protocol keeps its own title
    ("The Protocol on the Accession of Bolivia to the Andes Pact was signed by Chile and Peru in May.",
     "Andes Pact", {"Chile", "Peru"}),
])
def test_guards(extractor, body, agreement, absent):
    assert not absent & _parties(run(extractor, body), agreement)
