"""Summits as English tells them, read on sentences written for the test (round twelve): an edition
of a session of the body where an organisation's leaders sit is a summit of that organisation; a
summit named by its lower-case noun and a body, or described again beside its name, is told by
those whole phrases too; a summit put on hold, or whose plans were shelved, is called off."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model


def summit_rows(doc: Document) -> list[dict]:
    return facts(doc, "summit")


def names(doc: Document) -> set[str]:
    return {n.casefold() for e in doc.entities.values() if e.type == "Summit" for n in [e.label, *e.aliases]}


# -- a numbered or ordinary session of the body where leaders sit is a summit --------------------------
@pytest.mark.parametrize("body, ordinal, place, organisation", [
    ("The 30th session of the Supreme Council of the Gulf Cooperation Council opened in Manama on Tuesday.",
     30, "Manama", "Cooperation Council for the Arab States of the Gulf"),
    ("Presidents flew to Lusaka for the 12th ordinary session of the Assembly of the African Union.",
     12, "Lusaka", "African Union"),
    ("Oman will host the 47th session of the Supreme Council of the Gulf Cooperation Council in Muscat in December.",
     47, "Muscat", "Cooperation Council for the Arab States of the Gulf"),
])
def test_a_numbered_session_of_the_leaders_body_is_its_organisations_summit(extractor, body, ordinal, place, organisation):
    doc = run(extractor, body, published="2024-05-02")
    rows = summit_rows(doc)
    assert [r.get("ordinal") for r in rows] == [ordinal], rows
    assert rows[0].get("location") == place, rows
    assert organisation in rows[0]["participants"], rows
    assert not any(p.startswith(("Supreme Council", "Assembly of")) for p in rows[0]["participants"]), rows


def test_an_extraordinary_session_passive_is_a_summit(extractor):
    doc = run(extractor, "An extraordinary session of the Assembly of the African Union was held in Kigali on Friday.",
              published="2024-05-02")
    rows = summit_rows(doc)
    assert len(rows) == 1 and rows[0].get("location") == "Kigali", rows
    assert rows[0]["participants"] == ("African Union",), rows


@pytest.mark.parametrize("body", [
    "The Kenyan president will address a session of the UN General Assembly on Friday.",
    "Lawmakers opened the spring session of parliament on Monday.",
    "The Chilean envoy spoke at a session of the Human Rights Council in Geneva.",
])
def test_a_session_of_another_body_is_no_summit_guard(extractor, body):
    doc = run(extractor, body, published="2024-05-02")
    assert not summit_rows(doc), summit_rows(doc)


# -- a summit's whole phrase names it ----------------------------------------------------------------
@pytest.mark.parametrize("body, name", [
    ("The ordinary summit of SADC held in the Namibian town of Swakopmund on Friday admitted no new member.",
     "ordinary summit of sadc held in the namibian town of swakopmund"),
    ("Leaders attended the emergency summit of ECOWAS convened in the Ghanaian capital last week.",
     "emergency summit of ecowas convened in the ghanaian capital"),
])
def test_a_summit_of_a_body_is_named_by_its_whole_phrase(extractor, body, name):
    doc = run(extractor, body, published="2024-05-02")
    assert name in names(doc), names(doc)


def test_a_description_of_the_named_summit_names_it_too(extractor):
    body = ("Leaders met for the Lusaka summit on Monday. The extraordinary summit of southern African leaders in "
            "Lusaka closed on Tuesday.")
    doc = run(extractor, body, published="2024-05-02")
    assert len({r["summit"] for r in summit_rows(doc)}) == 1, summit_rows(doc)
    assert "extraordinary summit of southern african leaders in lusaka" in names(doc), names(doc)


# -- put on hold, plans shelved: called off ------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Plans for a Nordic-Baltic summit in Riga this autumn were shelved after Latvia's government collapsed.",
    "A trilateral summit between Japan, China and South Korea has been put on hold indefinitely, diplomats said.",
    "The two presidents put their planned summit in Geneva on ice after the talks collapsed.",
    "The idea of a summit in Vienna was dropped.",
])
def test_a_summit_put_on_hold_or_whose_plans_were_shelved_is_negated(extractor, body):
    doc = run(extractor, body, published="2024-08-01")
    assert [r["modality"] for r in summit_rows(doc)] == ["negated"], summit_rows(doc)


@pytest.mark.parametrize("body, modality", [
    ("Plans for a summit in Oslo were announced on Monday.", "planned"),
    ("The summit in Lima was held on Monday, after plans for a boycott were dropped.", "asserted"),
])
def test_plans_announced_or_another_plan_dropped_leave_the_summit_guard(extractor, body, modality):
    doc = run(extractor, body, published="2024-08-01")
    assert [r["modality"] for r in summit_rows(doc)] == [modality], summit_rows(doc)
