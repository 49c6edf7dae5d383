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


@pytest.mark.parametrize("body, title", [
    (("Zenda and Ruritania signed the Agreement between the Government of Zenda and the Government of Ruritania "
     "Regarding the Status of Visiting Troops in Lisbon on Monday."),
     "Agreement between the Government of Zenda and the Government of Ruritania Regarding the Status of Visiting Troops"),
    (("The Agreement Concerning the Stationing of Forces of Zenda in the Territory of Ruritania was signed by Zenda and "
     "Ruritania on Monday."), "Agreement Concerning the Stationing of Forces of Zenda in the Territory of Ruritania"),
    ("The signing of the Treaty of Strelsau Regarding Fisheries by Zenda and Ruritania took place on Monday.",
     "Treaty of Strelsau Regarding Fisheries"),
])
def test_a_titles_capitalised_preposition_goes_on(extractor, body, title):
    got = {f["agreement"] for f in facts(run(extractor, body, published="2025-03-14"), "signing")}
    assert title in got, got


def _names(doc) -> list[set[str]]:
    return [{e.label, *e.aliases} for e in doc.entities.values() if e.type == "Agreement"]


@pytest.mark.parametrize("body, long, short", [
    (("Zenda and Ruritania on Monday signed the Agreement on Mutual Logistics Support, hereafter the Logistics "
     "Agreement (LA), in Lisbon."), "Agreement on Mutual Logistics Support", "Logistics Agreement"),
    (("The Convention on the Conservation of Migratory Fish in the Western Sea (hereinafter the Western Fish "
     "Convention) was signed by Zenda on Monday."),
     "Convention on the Conservation of Migratory Fish in the Western Sea", "Western Fish Convention"),
    (("Zenda signed the Agreement on Mutual Logistics Support, henceforth the Logistics Agreement, with Ruritania on "
     "Monday."), "Agreement on Mutual Logistics Support", "Logistics Agreement"),
])
def test_a_name_told_hereafter_is_the_same_agreement(extractor, body, long, short):
    names = _names(run(extractor, body, published="2025-03-14"))
    assert len(names) == 1 and {long, short} <= names[0], names


def test_a_second_name_without_hereafter_stays_two(extractor):
    body = ("Zenda signed the Agreement on Mutual Logistics Support, and later the Logistics Agreement with Ruritania, "
            "on Monday.")
    assert len(_names(run(extractor, body, published="2025-03-14"))) == 2
