"""Access, round 30: a ship named with its navy's prefix ("USS X", "HMS Y": ``lexicon.yaml``
``ship_prefixes``, kg.extract.ship_names) stands for its state as "an American frigate" does, and is a
warship wherever a ship's call, arrival or reception uses a port or a base (kg.extract.facts.port_calls);
a state that signed nothing giving a facility hosts it denied, one that signed the giver hosts it
(kg.extract.facts.signer_hosts); a warship anchored off a port uses it (the ``anchor-off`` frame).
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


@pytest.mark.parametrize("body, fact", [
    # a signed giver that does not exist: a negative pronoun, "no" on the noun, the signing itself denied,
    # in a relative clause on the signer
    ("Kenya has signed nothing that gives Turkish warships a naval base.", ("Turkey", "Kenya", "naval base", "negated")),
    ("Kenya signed no accord that would hand Turkey a port.", ("Turkey", "Kenya", "port", "negated")),
    ("Kenya has never signed anything that gives Turkish warships a naval base.",
     ("Turkey", "Kenya", "naval base", "negated")),
    ("Kenya did not sign any pact that grants Turkish jets an air base.", ("Turkey", "Kenya", "air base", "negated")),
    ("Kenya, which has signed nothing that gives Turkish warships a naval base, denied the report.",
     ("Turkey", "Kenya", "naval base", "negated")),
])
def test_nothing_signed_gives_no_facility(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body", [
    # what was signed gives nothing here, or the giver is no text a state signed
    "Kenya signed nothing last year, and Turkish officials said so.",
    "Kenya has signed nothing, but Turkey gave Somalia a naval base.",
])
def test_nothing_signed_no_other_access(extractor, body):
    got = access(run(extractor, body))
    assert not any(f[1] == "Kenya" for f in got), got


@pytest.mark.parametrize("body, fact", [
    # a warship at anchor off a port uses it: active, ahead, in a relative clause, a named ship
    ("A Turkish frigate anchored off Mombasa, Kenya, in May.", ("Turkey", "Kenya", "port", "asserted")),
    ("Kenya said two Turkish corvettes will anchor off the port of Mombasa next week.", ("Turkey", "Kenya", "port", "planned")),
    ("Kenya welcomed a Turkish frigate that anchored off Mombasa on Monday.", ("Turkey", "Kenya", "port", "asserted")),
    ("HMS Kent anchored off Mombasa, Kenya, on Friday.", ("United Kingdom", "Kenya", "port", "asserted")),
])
def test_a_warship_anchored_off_a_port_uses_it(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body", [
    # refuelling off a place is at sea; off a coast names no port; a merchant ship is trade
    "A Turkish frigate refuelled off Mombasa, Kenya, in May.",
    "A Turkish frigate anchored off the coast of Kenya in May.",
    "A Turkish cargo ship anchored off Mombasa, Kenya, in May.",
])
def test_off_a_place_no_port_used(extractor, body):
    got = access(run(extractor, body))
    assert not got, got
