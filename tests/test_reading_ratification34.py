"""Ratification, round 34: a ratification "not yet" done is awaited, planned (one "still not" done
stays withheld); those ranked ahead of a ratifier ("the third state, after A and B, to ratify it")
ratified too (``lexicon.yaml`` ``ranked_after``, kg.extract.facts.ratifying_companions); a bare
count of agreements ("two new protocols") is still no agreement. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model

_PACT = "Lisbon Fisheries Accord"


def _rows(extractor, body: str) -> set[tuple]:
    return {(r["agreement"], r["state"], r.get("body"), r["modality"]) for r in facts(run(extractor, body), "ratification")}


@pytest.mark.parametrize("body, fact", [
    # active perfect, passive with the chamber as agent, a relative clause on a predicate noun
    (f"Hungary has not yet ratified the {_PACT}.", (_PACT, "Hungary", None, "planned")),
    ("The fisheries agreement with Peru has not yet been approved by the Senate of Chile.",
     ("fisheries agreement with Peru", "Chile", "Senate of Chile", "planned")),
    (f"Chile is the only signatory that has not yet ratified the {_PACT}.", (_PACT, "Chile", None, "planned")),
])
def test_a_ratification_not_yet_done_is_awaited(extractor, body, fact):
    got = _rows(extractor, body)
    assert fact in got, got


@pytest.mark.parametrize("body, fact", [
    # a refusal; "still not" done, withheld
    (f"Hungary refused to ratify the {_PACT}.", (_PACT, "Hungary", None, "negated")),
    (f"Chile has still not ratified the {_PACT}.", (_PACT, "Chile", None, "negated")),
])
def test_a_refused_or_withheld_ratification_stays_negated(extractor, body, fact):
    got = _rows(extractor, body)
    assert fact in got, got


@pytest.mark.parametrize("body, ahead", [
    # "after" on the ranked noun, set off by commas with two states, hung after the object, a
    # predicate of "makes"
    (f"Kenya became the second state after Uganda to ratify the {_PACT}.", ["Uganda"]),
    (f"Ghana is the third nation, after Peru and Chile, to approve the {_PACT}.", ["Peru", "Chile"]),
    (f"Chile was the first country to ratify the {_PACT} after Peru.", ["Peru"]),
    (f"The vote makes Kenya the fourth country following Uganda to ratify the {_PACT}.", ["Uganda"]),
])
def test_states_ranked_ahead_of_a_ratifier_ratified(extractor, body, ahead):
    got = _rows(extractor, body)
    for state in ahead:
        assert (_PACT, state, None, "asserted") in got, got


@pytest.mark.parametrize("body, other", [
    # a time, not a rank; no rank at all
    (f"Chile was the first country to ratify the {_PACT} after talks with Peru.", "Peru"),
    (f"Chile ratified the {_PACT} after Peru's election.", "Peru"),
])
def test_an_after_phrase_of_time_adds_no_ratifier(extractor, body, other):
    got = _rows(extractor, body)
    assert not any(r[1] == other for r in got), got


def test_a_count_of_bare_protocols_is_no_agreement(extractor):
    doc = run(extractor, "The ministers signed two new protocols in Lima.")
    assert not labels(doc, "Agreement"), labels(doc, "Agreement")
