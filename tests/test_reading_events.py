"""Events read the way a general reader reads them, on sentences written for the test: who takes
part in a summit (and who does not), which summit a description means, where and when it is,
and visits told in every construction (kg.extract.facts.events, travel, participants)."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor():
    from kg.pipeline import default_pipeline

    return default_pipeline().extractor


def participants(doc, summit: str | None = None) -> set[str]:
    rows = [f for f in facts(doc, "summit") if summit is None or f["summit"] == summit]
    return {p for f in rows for p in f["participants"]}


def visits(doc) -> set[tuple]:
    return {(f["visitor"], f["destination"], f["modality"]) for f in facts(doc, "visit")}


# -- participants: an organisation's members take part only where the article says so ------------
LISTED = "ASEAN comprises Brunei, Cambodia, Indonesia and Laos."


@pytest.mark.parametrize("body", [
    "ASEAN leaders held a summit in Vientiane on Tuesday. " + LISTED,
    "The ASEAN summit opened in Vientiane on Tuesday. " + LISTED,
])
def test_listed_members_are_not_participants(extractor, body):
    doc = run(extractor, body)
    got = participants(doc)
    assert "Association of Southeast Asian Nations" in got
    assert not got & {"Brunei", "Cambodia", "Indonesia", "Laos"}


@pytest.mark.parametrize("body", [
    "The ASEAN summit opened in Vientiane on Tuesday, with the leaders of all the bloc's member states in "
    "attendance. " + LISTED,
    "The leaders of the member states of ASEAN met at the summit in Vientiane on Tuesday. " + LISTED,
])
def test_members_said_to_attend_as_a_whole(extractor, body):
    doc = run(extractor, body)
    assert participants(doc) >= {"Brunei", "Cambodia", "Indonesia", "Laos"}


@pytest.mark.parametrize("body", [
    "Chilean President Gabriel Boric will not attend the APEC summit in Lima on Friday.",
    "Chilean President Gabriel Boric did not attend the APEC summit in Lima.",
])
def test_a_leader_who_does_not_attend_brings_no_state(extractor, body):
    doc = run(extractor, body)
    assert "Chile" not in participants(doc)
    assert ("Gabriel Boric", "Lima", "negated") in visits(doc)


def test_those_met_at_a_summit_take_part_but_are_not_said_to_travel(extractor):
    doc = run(extractor, "Prime Minister Ana Ruiz of Spain will sit down with Chancellor Olaf Scholz of Germany "
                         "at the G20 summit in Rio de Janeiro.")
    assert participants(doc) >= {"Spain", "Germany"}
    travellers = {v for v, _, _ in visits(doc)}
    assert "Ana Ruiz" in travellers and "Olaf Scholz" not in travellers
