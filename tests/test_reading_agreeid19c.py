"""Round 19c, agreement names: a long formal title is one name, not cut short where it goes on
through "of a" and two capitalised words (kg.extract.name_chunks._an_indefinite_title_part), "in
the 21st Century" (_an_ordinal_name), or past a listed run of its words ("Treaty on A, B and C
for the X", kg.extract.mentions._listed_title_runs_on). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, title", [
    (("The Agreement for the Establishment of a Joint Framework for Cooperation in Fisheries and Shipping, signed in "
     "Lisbon on May 2, 2021, bound Zenda and Ruritania to help each other."),
     "Agreement for the Establishment of a Joint Framework for Cooperation in Fisheries and Shipping"),
    ("Zenda and Ruritania on Monday signed the Convention on the Creation of an International Fisheries Board.",
     "Convention on the Creation of an International Fisheries Board"),
    (("The Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of the Northern Coast was "
     "signed by Zenda and Ruritania in July 2022."),
     "Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of the Northern Coast"),
    ("Zenda and Ruritania signed the Treaty of Peace, Friendship and Navigation for the Western Islands on Monday.",
     "Treaty of Peace, Friendship and Navigation for the Western Islands"),
    ("Zenda and Ruritania signed the Protocol on Fisheries in the 21st Century on Monday.",
     "Protocol on Fisheries in the 21st Century"),
])
def test_a_long_title_is_signed_whole(extractor, body, title):
    got = {f["agreement"] for f in facts(run(extractor, body, published="2025-03-14"), "signing")}
    assert title in got, got


@pytest.mark.parametrize("body, title", [
    # one capitalised word after "a" is what the treaty is for, no more of its name
    ("Zenda signed the Treaty of Strelsau for a Ruritanian port on Monday.", "Treaty of Strelsau"),
    # a listed title that stops where its list does
    ("Ruritania ratified the Treaty of Friendship, Trade and Cooperation with Zenda on Monday.",
     "Treaty of Friendship, Trade and Cooperation"),
])
def test_a_title_stops_where_its_name_does(extractor, body, title):
    assert title in labels(run(extractor, body, published="2025-03-14"), "Agreement")
