"""Access, round 30: a ship named with its navy's prefix ("USS X", "HMS Y": ``lexicon.yaml``
``ship_prefixes``, kg.extract.ship_names) stands for its state as "an American frigate" does, and is a
warship wherever a ship's call, arrival or reception uses a port or a base (kg.extract.facts.port_calls).
On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import access, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, fact", [
    # a named ship: docking, calling (ahead), sailing into a port, arriving, received (passive), in a relative clause
    ("The USS Wasp docked in Mombasa, Kenya, on Tuesday.", ("United States", "Kenya", "port", "asserted")),
    ("Kenya said HMS Kent will call at Mombasa next week.", ("United Kingdom", "Kenya", "port", "planned")),
    ("Two days later USS Freedom sailed into the port of Mombasa, Kenya.", ("United States", "Kenya", "port", "asserted")),
    ("Chile said HMNZS Aotearoa arrived in Valparaiso, Chile, on Friday.", ("New Zealand", "Chile", "port", "asserted")),
    ("HMAS Perth was received at the naval base in Mombasa, Kenya.", ("Australia", "Kenya", "naval base", "asserted")),
    ("Kenya welcomed the submarine HMS Astute at the port of Mombasa.", ("United Kingdom", "Kenya", "port", "asserted")),
    ("The port of Mombasa, where JS Izumo docked last year, is Kenya's largest.", ("Japan", "Kenya", "port", "asserted")),
])
def test_a_named_ship_stands_for_its_state(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body", [
    # a ship toured or its crew met: no use of a port; a ship's name is no city's use ("HMAS Perth")
    "Kenya's president toured USS Wasp on Tuesday.",
    "Officers of HMS Kent met Kenyan students in Nairobi.",
    "HMAS Perth left Sydney for a patrol of the Tasman Sea.",
])
def test_a_named_ship_not_calling_uses_nothing(extractor, body):
    got = access(run(extractor, body))
    assert not got, got


def test_a_named_ships_words_name_no_place(extractor):
    doc = run(extractor, "Kenya said HMAS Perth will call at Mombasa next week.")
    assert "Perth" not in {e.label for e in doc.entities.values()}
