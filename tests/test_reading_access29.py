"""Access, round 29: holding a facility is its use, and holding it no longer denies it ("X still holds an
air base in Y", "X no longer retains a base there": the `acquire-facility` frame, its object only); a
warship or unit arriving at a facility, or a ship at a place, uses it (its port), never a guest nor a
merchant (the `arrive-at` frame, kg.extract.facts.port_calls); warplanes, drones and missiles stand for
their state as jets do ("opened its airspace to Y drones"); "allows X access to Y", which the parser may
read as a clause whose subject is X, gives X the access (kg.extract.frame_arguments.add_recipient, the
verb's subject hosting: kg.extract.facts.access_giving). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import access, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, fact", [
    # holding: active, passive, in a relative clause; "no longer" denies it
    ("Belgian troops still hold a naval base in Mali.", ("Belgium", "Mali", "naval base", "asserted")),
    ("An air base in Mali is still held by Belgian forces.", ("Belgium", "Mali", "air base", "asserted")),
    ("Mali, where Belgium retains an air base, voted on Monday.", ("Belgium", "Mali", "air base", "asserted")),
    ("Belgium no longer holds a permanent base in Mali.", ("Belgium", "Mali", "military base", "negated")),
])
def test_a_facility_held_is_used(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body, fact", [
    # a warship or unit arriving: at a facility, into a port, at a city of a state (its port); ahead
    ("Kenya said two Turkish frigates had sailed into the port of Mombasa.", ("Turkey", "Kenya", "port", "asserted")),
    ("A Spanish submarine arrived in Valparaiso, Chile, on Friday.", ("Spain", "Chile", "port", "asserted")),
    ("Chile said a Peruvian corvette will arrive at the naval base in Talcahuano, Chile, next week.",
     ("Peru", "Chile", "naval base", "planned")),
])
def test_forces_arriving_use_the_facility(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body, fact", [
    # weapons and warplanes stand for their state: active, passive
    ("Mali opened its airspace to Algerian drones.", ("Algeria", "Mali", "airspace", "asserted")),
    ("Iran opened its airspace to Russian cruise missiles.", ("Russia", "Iran", "airspace", "asserted")),
    ("Tunisia's airspace was opened to Italian warplanes in May.", ("Italy", "Tunisia", "airspace", "asserted")),
])
def test_airspace_opened_to_weapons(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body, fact", [
    # "allow/permit/deny X access to Y": an agreement or a state the subject
    ("The pact allows Chilean forces access to Peru's naval bases.", ("Chile", "Peru", "naval base", "asserted")),
    ("Under the deal, Peru allowed Chilean warships access to its ports.", ("Chile", "Peru", "port", "asserted")),
    ("Bolivia's new agreement allows Paraguayan troops access to two Bolivian air bases.",
     ("Paraguay", "Bolivia", "air base", "asserted")),
    ("The accord, which allows Chilean forces access to Peru's naval bases, was signed in Lima.",
     ("Chile", "Peru", "naval base", "asserted")),
])
def test_allowed_access_goes_to_the_one_allowed(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body", [
    # (guards) a guest arriving, a merchant ship arriving, talks held at a base
    "The Turkish foreign minister arrived at Mombasa port in Kenya.",
    "Two Turkish cargo ships arrived in the port of Mombasa in Kenya.",
    "Kenyan officials held talks with Turkey at the air base in Kenya.",
    "Spain retains two air bases.",
    "Chile held a parade on Monday to open a new naval base, a logistics hub in Punta Arenas, Chile.",
    "The rules allow Chilean citizens access to Peruvian universities.",
])
def test_no_access_from_guests_trade_or_talks(extractor, body):
    got = access(run(extractor, body))
    assert not got, got


def test_a_base_handed_over_is_given_up_not_given(extractor):  # (a guard: read as on main)
    got = access(run(extractor, "Britain will hand the base over to Oman next year."))
    assert ("United Kingdom", "Oman", "military base", "negated") in got and not any(u == "Oman" for u, *_ in got), got
