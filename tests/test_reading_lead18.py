"""What the lead saw on real pages in round 18, on sentences written for the test: a name after a
noun of kin or household ("his daughter X", "the First Lady, X") is a person's, whatever type
the tagger guessed for an unknown name."""
from __future__ import annotations

import pytest
from extraction_helpers import run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("body", "name"), [
    ("The president toured the fort with the First Lady, Orlenka, and his daughter Varvanka.", "Varvanka"),
    ("The president toured the fort with the First Lady, Orlenka, and his daughter Varvanka.", "Orlenka"),
    ("The envoy reached Lima on Monday, accompanied by her husband, Tavro Quendal.", "Tavro Quendal"),
    ("Also on the plane were his son-in-law Kestrin and two aides.", "Kestrin"),
    ("A wreath was laid by the minister and his wife Zamira at the memorial in Hanoi.", "Zamira"),
])
def test_a_name_after_a_noun_of_kin_is_a_person(extractor, body, name):
    doc = run(extractor, body, published="2024-03-04")
    types = {e.label: e.type for e in doc.entities.values()}
    assert types.get(name) == "Person", types


@pytest.mark.parametrize(("body", "name", "etype"), [
    ("The prime minister flew to Hanoi with his wife and then to Vientiane.", "Vientiane", "Place"),
    ("Her son studied in Paris before joining the ministry.", "Paris", "Place"),
])
def test_a_place_after_a_noun_of_kin_in_another_role_stays(extractor, body, name, etype):
    doc = run(extractor, body, published="2024-03-04")
    types = {e.label: e.type for e in doc.entities.values()}
    assert types.get(name) == etype, types
