"""The lead's round 21: names news uses for two states ("Congo", "Congolese") read as the one the
article tells (kg.extract.gazetteer_index.read_shared_names). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import run

pytestmark = pytest.mark.model

DRC, ROC = "Q974", "Q971"


def state_qids(doc) -> set[str]:
    return {e.qid for e in doc.entities.values() if e.type == "State" and e.qid}


@pytest.mark.parametrize("body, meant, other", [
    # one of its people named
    ("Félix Tshisekedi, the Congolese president, flew to Addis Ababa for the talks.", DRC, ROC),
    # its capital named, the demonym after it
    ("Rebels advanced on Goma as officials in Kinshasa said Congolese troops would hold the town.", DRC, ROC),
    # the other's capital and leader named
    ("Denis Sassou-Nguesso received the envoy in Brazzaville, where Congolese ministers signed the memorandum.", ROC, DRC),
    # the state named in full first, then by its short name
    ("Angola signed a border pact with the Democratic Republic of the Congo. Congo will open two crossings.", DRC, ROC),
    ("The Republic of the Congo and Gabon signed a fisheries pact. Congo will patrol the shared waters.", ROC, DRC),
    # nothing else named: the state news means most often
    ("Congolese and Rwandan negotiators met again on Monday.", DRC, ROC),
])
def test_a_shared_state_name_is_the_state_the_article_tells(extractor, body, meant, other):
    found = state_qids(run(extractor, body, published="2025-02-11"))
    assert meant in found and other not in found, found


@pytest.mark.parametrize("body, qid", [
    # names of one state only are not touched
    ("Kenya and Uganda signed a rail agreement in Nairobi.", "Q114"),
    ("The Republic of the Congo joined the talks in Luanda.", ROC),
])
def test_unshared_names_keep_their_state(extractor, body, qid):
    assert qid in state_qids(run(extractor, body, published="2025-02-11"))

