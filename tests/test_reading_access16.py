"""Access read in the sixteenth round — sentences written for these tests in several constructions
(none from the corpus; invented people, real states): forces rotated "through" a state's
facilities (the passive whose subject is the forces), a place no state places by a clause
that only follows it after "and" (the state of that clause is no host), and "sites" or
"installations" forces use (general bases, FORMAT.md)."""
from __future__ import annotations

import pytest
from extraction_helpers import access, run

pytestmark = pytest.mark.model


# -- "jets will be rotated through Bulgarian air bases": the forces' state uses them ----------------
@pytest.mark.parametrize("body, expected", [
    ("Bulgaria signed a deal with the Netherlands. Dutch fighter jets will be rotated through Bulgarian air bases from May.",
     {("Netherlands", "Bulgaria", "air base")}),
    ("American troops are being rotated through Polish bases, officials said.",
     {("United States", "Poland", "military base")}),
    ("Spanish frigates will be deployed through Greek ports this summer.",
     {("Spain", "Greece", "port")}),
])
def test_forces_rotated_through_facilities_use_them(extractor, body, expected):
    assert {fact[:3] for fact in access(run(extractor, body))} == expected


# -- "... the German air base in Africa, and will fly on to Togo": Togo hosts nothing ----------------
@pytest.mark.parametrize("body", [
    ("Ghana and Togo are partners. General Mara Holt left Niger, home to the largest German air base in Africa, "
    "and will fly on to Togo on Friday."),
    "Ghana and Togo are partners. Admiral Piet Vos visited the Dutch naval base in the Caribbean, and then sailed on to Ghana.",
    "Spain and Morocco met. The minister praised the only American air base in Europe, and flew to Morocco on Monday.",
])
def test_a_state_in_a_following_clause_hosts_no_base(extractor, body):
    hosts = {fact[1] for fact in access(run(extractor, body))}
    assert not hosts & {"Togo", "Ghana", "Morocco"}


# -- "access to four new sites", "Australian training sites": sites forces use are military bases ------
@pytest.mark.parametrize("body, expected", [
    ("The Philippines and the United States are allies. Manila agreed to give American troops access to four new sites.",
     {("United States", "Philippines", "military base")}),
    ("Japan and Australia signed a pact. Japanese forces may use Australian training sites.",
     {("Japan", "Australia", "military base")}),
    ("Estonia signed a deal with Britain. British units will be stationed at two Estonian installations.",
     {("United Kingdom", "Estonia", "military base")}),
])
def test_sites_forces_use_are_bases(extractor, body, expected):
    assert {fact[:3] for fact in access(run(extractor, body))} == expected


@pytest.mark.parametrize("body", [
    "Iran and Russia met. Iran refused to give inspectors access to its nuclear sites.",
    "Ukraine said Russian drones hit two sites near Odesa.",
])
def test_sites_no_forces_use_are_no_access(extractor, body):
    assert not access(run(extractor, body))
