"""Who signs (round 33), read on sentences written for the test: an organisation signs as a person or a
state does (a bank, a company, a ministry), and is a party itself unless it is a state's organ, whose
state signs with it and is the party; a second signer the parser hung inside the first one's "on behalf
of" phrase signs too."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def signatories(doc) -> set[str]:
    return {f.get("signatory") for f in facts(doc, "signing")} - {None}


def parties(doc) -> set[str]:
    return {f["party"] for f in facts(doc, "parties")}


# -- an organisation signs, and what it binds is a party ----------------------------------------------
@pytest.mark.parametrize("body, signer, party", [
    # active, two bodies joined
    ("The Bank of Chile and the Peruvian Ministry of Finance signed a credit agreement on Monday.",
     "Bank of Chile", "Bank of Chile"),
    # passive: a bank itself, and a state's ministry, whose state signs and is the party
    ("A loan agreement was signed by the Export-Import Bank of Korea and the Ghanaian finance ministry in Accra.",
     "Ghanaian finance ministry", "Ghana"),
    # a relative clause on the agreement
    ("The water accord, which the Santiago Port Company signed with Bolivia in March, expires next year.",
     "Santiago Port Company", "Santiago Port Company"),
    # a person signing "on behalf of" a ministry: the ministry signs too
    (("Bolivia and Paraguay signed a memorandum on river transport this week. The memorandum was signed by "
      "Admiral Luis Vega on behalf of Bolivia's defence ministry and Ana Diaz, a deputy secretary in "
      "Paraguay's transport ministry."), "Bolivia's defence ministry", "Bolivia"),
])
def test_an_organisation_signs(extractor, body, signer, party):
    doc = run(extractor, body)
    assert signer in signatories(doc), facts(doc, "signing")
    assert party in parties(doc), facts(doc, "parties")


def test_a_ministry_is_no_party_itself(extractor):
    doc = run(extractor, "A loan agreement was signed by the Export-Import Bank of Korea and the Ghanaian "
                         "finance ministry in Accra.")
    assert "Ghana" in signatories(doc) and "Ghanaian finance ministry" not in parties(doc), facts(doc, "parties")


# -- a second signer hung inside the first one's "on behalf of" phrase ----------------------------------
@pytest.mark.parametrize("body, second", [
    (("Chile and Peru signed a fisheries accord on Monday. The accord was signed by Maria Lopez on behalf of "
      "the Chilean government and by Juan Perez for Peru."), "Juan Perez"),
    (("Bolivia and Paraguay signed a memorandum on river transport this week. The memorandum was signed by "
      "Admiral Luis Vega on behalf of Bolivia's defence ministry and Ana Diaz, a deputy secretary in "
      "Paraguay's transport ministry."), "Ana Diaz"),
])
def test_a_second_signer_after_on_behalf_of(extractor, body, second):
    doc = run(extractor, body)
    assert second in signatories(doc), facts(doc, "signing")


# -- guards: no signer where the organisation does not sign ---------------------------------------------
@pytest.mark.parametrize("body, body_name", [
    ("Chile signed a memorandum for the Pacific Fisheries Programme on Monday.", "Pacific Fisheries Programme"),
    (("Chile and Peru signed twelve agreements on Monday. In Lima, officials of the Joint Council of both "
      "states signed the last six memorandums."), "Joint Council"),
    ("Xinhua said Chile and Peru signed a fisheries accord on Monday.", "Xinhua"),
])
def test_no_organisation_signs_where_it_does_not(extractor, body, body_name):
    doc = run(extractor, body)
    assert body_name not in signatories(doc) | parties(doc), facts(doc, "signing")


def test_an_organ_of_a_state_not_named_is_no_party(extractor):
    doc = run(extractor, "The Ministry of Defence of Chile signed a memorandum on training with Peru on Friday.")
    assert "Ministry of Defence of Chile" not in parties(doc), facts(doc, "parties")
