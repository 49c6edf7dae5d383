"""Lead, round 34: a bare "acquire" or "acquisition" says nothing of arms. What is acquired tells
the activity ("acquire twelve frigates": arms procurement, by ``activity_pairs``); an agreement
named for the acquisition of supplies and services ("an acquisition and cross-servicing pact") covers
no arms procurement; what a collective noun counts ("a fleet of frigates", lexicon `collective_nouns`) is what
is bought. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import activities, run

pytestmark = pytest.mark.model



@pytest.mark.parametrize("body", [
    # an agreement's description (object), the same as a passive's subject, goods acquired under it
    "Fiji and Tonga concluded an acquisition and cross-servicing pact in Suva.",
    "An acquisition and logistics support agreement was signed by Fiji and Tonga on Monday.",
    "Under the agreement signed by Fiji and Tonga, each navy may acquire fuel and spare parts from the other.",
])
def test_a_bare_acquisition_is_no_arms_procurement(extractor, body):
    assert "arms procurement" not in activities(run(extractor, body))


def test_arms_acquired_under_an_agreement_are_still_procured(extractor):
    body = "Fiji and Tonga signed a defence pact on Monday. Under the pact, Fiji will acquire twelve frigates from Tonga."
    assert "arms procurement" in activities(run(extractor, body))


@pytest.mark.parametrize("body", [
    # object of an active verb, subject of a passive, inside a nominal "purchase of"
    "Fiji and Tonga signed a defence pact on Monday. Under the pact, Fiji will acquire a fleet of patrol frigates.",
    "Fiji and Tonga signed a defence pact on Monday. Under the pact, a squadron of fighter jets will be bought by Fiji.",
    "Fiji and Tonga signed a defence pact on Monday. The pact provides for the purchase of a batch of attack drones.",
])
def test_things_bought_by_the_fleet_or_batch_are_procured(extractor, body):
    assert "arms procurement" in activities(run(extractor, body))


def test_a_fleet_of_no_weapons_is_no_procurement(extractor):
    body = "Fiji and Tonga signed a defence pact on Monday. Under the pact, Fiji will acquire a number of new offices."
    assert "arms procurement" not in activities(run(extractor, body))
