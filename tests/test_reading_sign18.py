"""A text issued together, told with "the" on first mention ("the joint communique", "the trilateral
statement"), is a document when signed or issued: a kind of text, as "the defence pact" is a kind of
pact; and a joint text is one when a participle or relative clause on it signs it ("the statement
..., signed by X") or a signing noun over it ("the signing of the joint communique"); a participle set off
after a relative clause signs the noun the clause is on, however low the parser hung it ("the accord that
ended the war on May 4, signed by X")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def signed(doc) -> set[tuple]:
    return {(f["agreement"], f.get("signatory"), f["modality"]) for f in facts(doc, "signing")}


@pytest.mark.parametrize("body, expected", [
    ("Chile was one of the states that refused to sign the joint communique when the summit closed.",
     {("joint communique", "Chile", "negated")}),
    ("The two presidents, Ana Ruiz of Chile and Marta Quispe of Peru, signed the joint statement after the talks.",
     {("joint statement", "Ana Ruiz", "asserted"), ("joint statement", "Peru", "asserted")}),
    (("Peru pulled its troops back under the trilateral statement that stopped the fighting in May, signed by Bolivian "
     "President Ana Ruiz and Peruvian President Marta Quispe."),
     {("trilateral statement", "Ana Ruiz", "asserted"), ("trilateral statement", "Marta Quispe", "asserted")}),
    (("Monitors went to the border under the trilateral statement that halted the fighting on May 4, signed by "
     "Bolivian President Ana Ruiz, the Chilean foreign minister, Luis Soto, and Peruvian President Marta Quispe."),
     {("trilateral statement", "Ana Ruiz", "asserted"), ("trilateral statement", "Marta Quispe", "asserted")}),
    (("Brazilian President Joao Ferraz looked on at the signing of the joint communique by Chilean President Ana "
     "Ruiz and Peruvian President Marta Quispe."),
     {("joint communique", "Ana Ruiz", "asserted"), ("joint communique", "Marta Quispe", "asserted")}),
    ("Bolivia did not sign the trilateral communique, officials in La Paz said on Friday.",
     {("trilateral communique", "Bolivia", "negated")}),
])
def test_a_joint_text_told_with_the_is_a_document_when_signed(extractor, body, expected):
    got = signed(run(extractor, body))
    assert expected <= got, got


@pytest.mark.parametrize("body", [
    "In a joint statement, the two governments said the talks had been useful.",
    "Officials from Chile and Peru were still drafting the joint statement late on Friday.",
    "Chilean President Ana Ruiz read out the joint statement to reporters.",
    "A joint statement released after the ceremony said the port would open to both navies.",
])
def test_a_joint_text_neither_signed_nor_issued_is_no_agreement(extractor, body):
    assert not labels(run(extractor, body), "Agreement")


@pytest.mark.parametrize("body", [
    ("Trade rose under the Andes Accord that ended the border war on May 4, signed by Chilean President Ana Ruiz "
     "and Peruvian President Marta Quispe."),
    ("Trade rose under the Andes Accord, which ended the border war on May 4, 1998, signed by Chilean President "
     "Ana Ruiz and Peruvian President Marta Quispe."),
])
def test_a_participle_after_a_relative_clause_signs_the_noun_the_clause_is_on(extractor, body):
    got = {f.get("signatory") for f in facts(run(extractor, body), "signing") if f["agreement"] == "Andes Accord"}
    assert {"Ana Ruiz", "Marta Quispe"} <= got, got


def test_a_joint_text_is_not_the_declaration_named_before_it(extractor):
    doc = run(extractor, "Chile and Peru signed the Lima Declaration on Monday. Bolivia still follows the trilateral "
                         "statement that ended the border war on May 4, signed by Bolivian President Ana Ruiz, "
                         "Chilean President Luis Soto and Peruvian President Marta Quispe.")
    got = signed(doc)
    assert ("trilateral statement", "Ana Ruiz", "asserted") in got, got
    assert ("Lima Declaration", "Ana Ruiz", "asserted") not in got, got


def test_a_participle_after_a_relative_clause_is_of_that_clause_s_day(extractor):
    doc = run(extractor, "Peacekeepers patrol the line under the trilateral statement that halted the fighting on "
                         "November 10, signed by Bolivian President Ana Ruiz and Peruvian President Marta Quispe.",
              published="2021-06-20")
    got = {(f.get("signatory"), str(f.get("date"))) for f in facts(doc, "signing")}
    assert ("Ana Ruiz", "2020-11-10") in got, got
