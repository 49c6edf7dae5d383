"""Agreement identity and parties, read on sentences written for the test (round 15)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def parties(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


# -- an indefinite after a name whose nouns say more than the name is another agreement ------------
@pytest.mark.parametrize("body, other, maker", [
    (("Portugal and the United States signed an Agreement on Defence Cooperation (ADC) in 1979. Bulgaria signed a "
     "missile defence accord with Washington on 4 March."), "missile defence accord", "Bulgaria"),
    (("Hungary and Sweden signed the Defence Materiel Agreement in Budapest on Monday. Austria is negotiating a "
     "defence training agreement with Sweden, officials said."), "defence training agreement", "Austria"),
    (("Chile and Peru signed the Pacific Fisheries Accord in Lima. Last year Ecuador and Colombia reached a "
     "fisheries patrol accord of their own."), "fisheries patrol accord", "Ecuador"),
])
def test_a_new_indefinite_description_is_another_agreement(extractor, body, other, maker):
    doc = run(extractor, body)
    got = parties(doc)
    assert any(a.startswith(other) and p == maker for a, p in got), got
    assert not any(p == maker and not a.startswith(other) for a, p in got), got


@pytest.mark.parametrize("body", [
    ("Hungary and Sweden signed the Defence Materiel Agreement in Budapest. Officials called it a defence agreement "
    "for a new era."),
    ("Chile and Peru signed the Joint Protection of Classified Information Agreement on Wednesday. Critics said "
    "Santiago had rushed a sensitive information pact with Peru."),
])
def test_an_indefinite_that_says_no_more_than_the_name_is_that_agreement(extractor, body):
    assert len(labels(run(extractor, body), "Agreement")) == 1


def test_an_indefinite_with_a_complement_of_its_own_is_another_agreement(extractor):
    doc = run(extractor, "Chile and Peru signed the Agreement on Trust-Building in the Frontier Zone in Lima. A year "
                         "later Chile and Peru signed an agreement on troop cuts in the frontier zone.")
    assert len(labels(doc, "Agreement")) == 2, labels(doc, "Agreement")
