"""Access, round 33: forces placed, kept or staying in a state use its bases (FORMAT.md: general
bases are "military base") where an "under"/"as part of" phrase puts the clause under an agreement
or a verb of leave governs it — sent or deployed to it, kept in it, remaining or staying in it,
visiting it (``lexicon.yaml`` ``forces_placed``, kg.extract.facts.forces_placed, the
``forces-stay`` frame); the rotation of forces to a state under an agreement, as their stationing
is. Never troops sent into a state with no agreement or leave governing the clause, nor a person's
stay, nor "the other's territory" (no facility named). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import access, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, fact", [
    # active placing under an agreement (ahead), a past sending, a keeping a pact lets, a stay a pact
    # allows (control), a modal stay under an opening phrase, a parliament's leave, a visit in a
    # relative clause, the rotation noun
    ("Under the security accord, Fiji will deploy 400 soldiers to Tonga.", ("Fiji", "Tonga", "military base", "planned")),
    ("Fiji sent 200 troops to Tonga under the 2019 defence pact.", ("Fiji", "Tonga", "military base", "asserted")),
    ("The security accord lets Fiji keep 1,500 troops in Tonga.", ("Fiji", "Tonga", "military base", "asserted")),
    ("The security accord allows Fijian troops to stay in Tonga beyond 2027.", ("Fiji", "Tonga", "military base", "asserted")),
    ("Under the security accord, Fijian marines may remain in Tonga until 2030.", ("Fiji", "Tonga", "military base", "planned")),
    ("The parliament of Tonga allowed 300 Fijian soldiers to remain in the country.", ("Fiji", "Tonga", "military base", "asserted")),
    ("Tonga signed a security accord with Fiji that will allow Fijian troops to visit Tonga for drills.",
     ("Fiji", "Tonga", "military base", "planned")),
    ("The eighth rotation of Fijian marines to Tonga under the security accord ended in May.",
     ("Fiji", "Tonga", "military base", "asserted")),
])
def test_forces_placed_in_a_state_under_an_agreement_use_its_bases(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body", [
    # no agreement nor leave in view (a war's troops); a person, not forces; forces sent to no state;
    # a promise kept, no forces
    "Fiji sent troops into Tonga after the coup.",
    "Fijian troops remain in Tonga after the invasion.",
    "The Fijian president visited Tonga under the security accord.",
    "The minister will remain in Nuku'alofa until Friday under the security accord.",
    "Fiji deployed 500 troops to its own border under the security accord.",
    "Fiji kept its promise in Tonga under the security accord.",
    # troops sent beside a treaty the sentence speaks of, not under it; a partner's land named without a facility names none
    "Tonga ratified the security accord a day after Fijian soldiers were sent to Tonga.",
    "The security accord will let each state send soldiers into the other's territory.",
])
def test_no_forces_or_no_leave_places_nothing(extractor, body):
    got = access(run(extractor, body))
    assert not got, got


@pytest.mark.parametrize("body, fact", [
    # a facility built or set up for another state's forces: active under a verb of intent, passive,
    # coordinated builders, "for the stationing of" a unit
    ("Samoa will build a new base for Fijian troops near Apia.", ("Fiji", "Samoa", "military base", "planned")),
    ("A new base for Fijian soldiers was built by Samoa last year.", ("Fiji", "Samoa", "military base", "asserted")),
    ("Samoa and Tonga will set up bases for Fijian troops.", ("Fiji", "Tonga", "military base", "planned")),
    ("Samoa plans to open an air base for the stationing of a Fijian squadron.", ("Fiji", "Samoa", "air base", "planned")),
])
def test_a_facility_built_for_another_states_forces_is_theirs_to_use(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body", [
    # for one's own forces; for no forces
    "Samoa will build a base for its own troops near Apia.",
    "Samoa will build a base for Samoan soldiers near the Fijian embassy.",
    "Samoa will open a training centre for Fijian students.",
])
def test_a_facility_for_no_other_states_forces_is_no_access(extractor, body):
    got = access(run(extractor, body))
    assert not got, got


@pytest.mark.parametrize("body, fact", [
    # an access a relative clause tells of an agreement a verb ended: restrictive, non-restrictive,
    # a nominal access under a passive ending, a party's withdrawal
    ("Norway cancelled the pact that let Danish warships use the port of Bergen.",
     ("Denmark", "Norway", "port", "negated")),
    ("Norway terminated the accord, which allowed Danish troops to use Norwegian bases.",
     ("Denmark", "Norway", "military base", "negated")),
    ("The deal that gave Denmark access to Norwegian naval bases was scrapped by Norway in May.",
     ("Denmark", "Norway", "naval base", "negated")),
    ("Norway withdrew from the agreement that let Danish jets refuel at Norwegian air bases.",
     ("Denmark", "Norway", "air base", "negated")),
])
def test_an_access_an_ended_agreement_gave_is_denied(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got


@pytest.mark.parametrize("body, fact", [
    # the ending ahead or denied, or no ending at all: the access as its clause tells it
    ("Norway will cancel the pact that lets Danish warships use the port of Bergen.",
     ("Denmark", "Norway", "port", "asserted")),
    ("Norway did not cancel the pact that lets Danish warships use the port of Bergen.",
     ("Denmark", "Norway", "port", "asserted")),
    ("Norway praised the pact that let Danish warships use the port of Bergen.",
     ("Denmark", "Norway", "port", "asserted")),
])
def test_an_agreement_not_ended_leaves_its_access(extractor, body, fact):
    got = access(run(extractor, body))
    assert fact in got, got
