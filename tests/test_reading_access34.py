"""Access and permits, round 34: an activity word in an agreement's description says what it covers
("a refuelling pact"); supplies or fuel provided are a resupply, a refuelling ("the reciprocal
provision of supplies", "provide fuel to the other's ships"); a leaving denied keeps the use ("will
not close its base"); general facilities placed at a port or a base are of that kind ("the
facilities at the port of X"); military camps are bases. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import access, activities, facts, run

pytestmark = pytest.mark.model

_PAIR = "Fiji and Tonga are close partners. "


def _permits(doc) -> set[tuple[str, str]]:
    return {(r["agreement"], r["activity"]) for r in facts(doc, "permits")}



@pytest.mark.parametrize("body, activity", [
    # a modifier of the agreement noun (object), coordinated modifiers (passive subject), a "part of" phrase
    ("Fiji and Tonga signed a refuelling agreement in Suva.", "refuelling"),
    ("The maritime security and training pact between Fiji and Tonga was signed in Suva.", "training"),
    ("Tongan soldiers reached Suva as part of a disaster relief and cooperation deal.", "disaster relief"),
])
def test_an_activity_in_an_agreements_description_is_covered(extractor, body, activity):
    got = activities(run(extractor, body))
    assert activity in got, got


@pytest.mark.parametrize("body", [
    # an activity word in a name that is no agreement's; in a facility's description with no agreement in view
    "The Joint Exercise Command of Fiji met Tongan officers in Suva.",
    "Fiji opened a new training base near Suva.",
])
def test_no_agreement_description_covers_nothing(extractor, body):
    got = activities(run(extractor, body))
    assert "joint exercise" not in got and "training" not in got, got


@pytest.mark.parametrize("body, activity", [
    # the "provision of" supplies (an agreement's "on" phrase), "provide" fuel (a clause the pact lets),
    # in a relative clause on the agreement
    ("Fiji and Tonga signed an agreement on the reciprocal provision of supplies to their navies.", "resupply"),
    ("Fiji and Tonga signed the Suva Accord on Monday. The accord lets each navy provide fuel to the other's ships.",
     "refuelling"),
    ("The Suva Accord, which covers the provision of supplies and fuel, was signed in May.", "resupply"),
])
def test_supplies_or_fuel_provided_are_resupply_or_refuelling(extractor, body, activity):
    got = activities(run(extractor, body))
    assert activity in got, got


@pytest.mark.parametrize("body", [
    # an agreement's provisions are no supplies (its owner, its "of" phrase); funds provided are no fuel
    "Fiji and Tonga signed the Suva Accord. The accord's provisions took effect in May.",
    "Fiji and Tonga signed the Suva Accord. The provisions of the accord take effect in May.",
    "Fiji and Tonga signed the Suva Accord. The accord will provide funds for schools in Tonga.",
])
def test_provisions_and_funds_are_no_supplies(extractor, body):
    got = activities(run(extractor, body))
    assert not got & {"resupply", "refuelling"}, got


@pytest.mark.parametrize("body, fact", [
    # a closing denied (future), a vacating refused, a withdrawal that did not happen
    ("Fiji says it will not close its naval base in Tonga.", ("Fiji", "Tonga", "naval base", "asserted")),
    ("Fiji refused to vacate the air base in Tonga despite the demands.", ("Fiji", "Tonga", "air base", "asserted")),
    ("Fiji did not withdraw from its military base in Tonga.", ("Fiji", "Tonga", "military base", "asserted")),
])
def test_a_leaving_denied_keeps_the_use(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got and (*fact[:3], "negated") not in got, got


def test_a_closing_done_still_denies_the_use(extractor):
    got = access(run(extractor, "Fiji closed its naval base in Tonga last year."))
    assert ("Fiji", "Tonga", "naval base", "negated") in got, got


@pytest.mark.parametrize("body, kind", [
    # "at" hung on the verb, "at" on the noun, "of" a named air base; military camps
    (_PAIR + "Fijian warships will use the facilities at the Tongan port of Neiafu.", "port"),
    (_PAIR + "Under the pact, Fijian ships may use the installations at Neiafu port in Tonga.", "port"),
    (_PAIR + "The pact opens three military camps in Tonga to Fijian forces.", "military base"),
])
def test_general_facilities_at_a_port_are_a_port(extractor, body, kind):
    got = {row[2] for row in access(run(extractor, body)) if row[:2] == ("Fiji", "Tonga")}
    assert kind in got and (kind == "military base" or "military base" not in got), got


def test_facilities_in_a_port_city_stay_bases(extractor):
    got = {row[2] for row in access(run(extractor, _PAIR + "Fijian troops may use military facilities in the Tongan port city of Neiafu."))}
    assert got == {"military base"}, got


_ACCORD = "Fiji and Tonga signed the Suva Accord in May. "


@pytest.mark.parametrize("body, kind", [
    # "part of" a named base (a given access), "a portion of" a base (active use), "part of" as a passive subject
    (_ACCORD + "The accord gives Fiji sole use of part of Tonga's Neiafu naval base.", "naval base"),
    (_ACCORD + "Fijian troops will use a portion of the Tongan air base at Lupepau'u.", "air base"),
    (_ACCORD + "Part of the Tongan naval base will be leased to Fiji.", "naval base"),
])
def test_a_part_of_a_facility_is_that_facility(extractor, body, kind):
    got = {row[2] for row in access(run(extractor, body)) if row[:2] == ("Fiji", "Tonga")}
    assert kind in got, got


def test_a_part_of_talks_is_no_facility(extractor):
    got = access(run(extractor, _ACCORD + "Fijian ships used part of the talks to discuss fishing."))
    assert not got, got


@pytest.mark.parametrize("body, modality", [
    # a placing noun's "of" forces hosted (infinitive, relative clause); forces hosted in a state (passive)
    (_ACCORD + "Tonga agreed to host a rotational presence of Fijian marines.", "planned"),
    (_ACCORD + "Tonga, which hosts the rotation of Fijian troops, welcomed the accord.", "asserted"),
    (_ACCORD + "About 2,000 Fijian marines are hosted in Tonga each year.", "asserted"),
])
def test_forces_hosted_use_the_hosts_bases(extractor, body, modality):
    got = access(run(extractor, body))
    assert ("Fiji", "Tonga", "military base", modality) in got, got


@pytest.mark.parametrize("body", [
    # a delegation hosted (passive), journalists deployed: no forces
    _ACCORD + "The Fijian delegation was hosted in Nuku'alofa by the king.",
    _ACCORD + "Tonga hosted a deployment of Fijian journalists.",
])
def test_no_forces_hosted_no_access(extractor, body):
    got = access(run(extractor, body))
    assert not got, got


@pytest.mark.parametrize("body, activity", [
    # American "fueling": a purpose phrase of a use the accord allows, a list the accord covers, a gerund subject
    (_ACCORD + "The accord lets Fijian crews use Tongan bases for fueling.", "refuelling"),
    (_ACCORD + "The accord covers fueling, repairs and port calls.", "refuelling"),
    (_ACCORD + "Under the accord, fueling of Fijian ships in Tongan ports will be free.", "refuelling"),
])
def test_fueling_is_refuelling(extractor, body, activity):
    got = activities(run(extractor, body))
    assert activity in got, got


@pytest.mark.parametrize("body, kind", [
    # a dockyard given (dative), a dry dock used (object), a fuelling station set up under the accord
    (_ACCORD + "Tonga gave the Fijian Navy access to its dockyard at Neiafu.", "port"),
    (_ACCORD + "Fijian warships will use the Tongan dry dock for repairs.", "port"),
    (_ACCORD + "Under the accord, Fiji will set up a naval fuelling station on the Tongan coast.", "logistics facility"),
])
def test_dockyards_and_fuelling_stations(extractor, body, kind):
    got = {row[2] for row in access(run(extractor, body)) if row[:2] == ("Fiji", "Tonga")}
    assert kind in got, got
