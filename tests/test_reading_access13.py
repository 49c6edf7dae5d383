"""Access read in the thirteenth round: forces sent away from a state, and an access its host
ends, are a denied access — sentences written for these tests in several constructions (none
from the corpus; invented places and people, real states)."""
from __future__ import annotations

import pytest
from extraction_helpers import access, run

pytestmark = pytest.mark.model


# -- forces expelled no longer use the bases of the state they leave ---------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Ghana expelled Chilean troops last year.", {("Chile", "Ghana", "military base", "negated")}),
    ("Ghana and Togo had already pushed Chilean forces out.",
     {("Chile", "Ghana", "military base", "negated"), ("Chile", "Togo", "military base", "negated")}),
    ("Ghana ordered Chilean forces out of an air base near the coast in 2015.",
     {("Chile", "Ghana", "air base", "negated")}),
    ("The government of Ghana evicted Chilean soldiers from the Ofori naval base.",
     {("Chile", "Ghana", "naval base", "negated")}),
    ("The expulsions of Chilean forces from Ghana and Togo were a blow to Santiago.",
     {("Chile", "Ghana", "military base", "negated"), ("Chile", "Togo", "military base", "negated")}),
])
def test_forces_expelled_from_a_state_no_longer_use_its_bases(extractor, body, expected):
    assert access(run(extractor, body)) == expected


@pytest.mark.parametrize("body", [
    "Ghana expelled two Chilean diplomats on Monday.",  # no forces
    "Ghana will expel Chilean troops next year.",  # ahead: the access still holds
    "Ghanaian deputies voted to evict Chilean forces from the Ofori naval base.",
    "Ghana did not expel Chilean troops.",
])
def test_no_denied_access_where_no_forces_were_sent_away(extractor, body):
    assert not {a for a in access(run(extractor, body)) if a[3] == "negated"}


# -- an access its host ends ----------------------------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Ghana ended Chilean access to its military bases in January.", {("Chile", "Ghana", "military base", "negated")}),
    ("Ghana revoked Chilean access to its air bases after the coup.", {("Chile", "Ghana", "air base", "negated")}),
    ("Ghana terminated the use of its ports by Chilean warships.", {("Chile", "Ghana", "port", "negated")}),
])
def test_an_access_the_host_ended_is_denied(extractor, body, expected):
    assert access(run(extractor, body)) == expected


def test_an_ending_ahead_states_no_denied_access(extractor):
    assert not access(run(extractor, "Ghana will end Chilean access to its air bases next year."))
