"""Who takes part in a summit, read on sentences written for the test (round 31): in a live report
from a summit under way, a time the summit is counted from is no time of its own, an officer of an
international body who speaks there takes part for the body; an institution of an organisation that
takes part is no participant beside it."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

_HEAD = "LIVE: Leaders gather in Bergen for a climate summit"


def participants(doc: Document) -> set[str]:
    return {p for f in facts(doc, "summit") for p in f.get("participants", ())}


def visitors(doc: Document) -> set[str]:
    return {f["visitor"] for f in facts(doc, "visit") if f["modality"] == "asserted"}


def live(*entries: str) -> str:
    return "\n".join(["09:05 Heads of government are arriving in Bergen for a two-day climate summit.", *entries])


# -- a time the summit is counted from is none of its own --------------------------------------------
@pytest.mark.parametrize("opening", [
    ("09:05 Hello from the conference hall in Bergen, where heads of government are gathering for a two-day "
     "summit, the first since Lisbon in 2015."),
    "09:05 Good morning from Bergen, where delegations are arriving for the summit, the first such meeting since 2016.",
    "09:05 Good morning from Bergen, where leaders gather for their first summit since the crisis of 2019.",
])
def test_a_time_counted_from_does_not_put_the_report_elsewhere(extractor, opening):
    body = opening + "\n10:15 Danish Prime Minister Mette Frederiksen says the bloc must act faster."
    doc = run(extractor, body, published="2024-05-16", headline="LIVE: Leaders gather in Bergen for summit")
    assert "Denmark" in participants(doc), facts(doc, "summit")
    assert "Mette Frederiksen" in visitors(doc), facts(doc, "visit")


# -- an officer of an international body who speaks there takes part for it ---------------------------
@pytest.mark.parametrize("entry, body", [
    ("10:15 UN Secretary-General Antonio Guterres tells the hall that the oceans are warming.", "United Nations"),
    (("10:15 Tedros Adhanom Ghebreyesus, the Director-General of the World Health Organization, warns delegates "
      "about heat."), "World Health Organization"),
    ("10:15 NATO Secretary General Mark Rutte says the alliance will cut its emissions.",
     "North Atlantic Treaty Organization"),
])
def test_an_officer_of_a_body_speaking_at_the_summit(extractor, entry, body):
    doc = run(extractor, live(entry), published="2024-05-16", headline=_HEAD)
    assert body in {p.replace("Organisation", "Organization") for p in participants(doc)}, facts(doc, "summit")


# -- guards: words from home, a speaker elsewhere, an officer at home ----------------------------------
@pytest.mark.parametrize("entry, state", [
    ("11:20 Reaction from Reykjavik: Icelandic Prime Minister Kristrun Frostadottir says the deal is poor.", "Iceland"),
    ("11:20 In a statement, UN Secretary-General Antonio Guterres said the deal was too timid.", "United Nations"),
    ("11:20 Danish Prime Minister Mette Frederiksen, who stayed in Copenhagen, said the deal was poor.", "Denmark"),
])
def test_words_from_afar_are_no_taking_part(extractor, entry, state):
    doc = run(extractor, live(entry), published="2024-05-16", headline=_HEAD)
    assert state not in participants(doc), facts(doc, "summit")


# -- an institution of an organisation that takes part is no participant beside it -------------------
@pytest.mark.parametrize("body, organ, union", [
    ("The European Commission and the European Union took part in the Andean summit in Lima on Monday.",
     "European Commission", "European Union"),
    (("Leaders of the European Union met their Andean counterparts in Lima on Monday for a summit. The President of "
      "the European Council, Antonio Costa, chaired it."), "European Council", "European Union"),
    (("The summit in Accra, which the ECOWAS Parliament and the Economic Community of West African States both "
      "attended, ended on Friday."), "ECOWAS Parliament", "Economic Community of West African States"),
    ("The African Union and the African Development Bank were represented at the Nairobi summit on Monday.",
     "African Development Bank", "African Union"),
    (("The European Union and the Andean states will meet in Quito on Friday for their first summit. European "
      "Commission President Ursula von der Leyen will fly in on Thursday."), "European Commission", "European Union"),
])
def test_an_institution_beside_its_organisation(extractor, body, organ, union):
    doc = run(extractor, body)
    assert union in participants(doc), facts(doc, "summit")
    assert organ not in participants(doc), facts(doc, "summit")


@pytest.mark.parametrize("body, organ", [
    ("The European Commission sent a delegation to the Andean summit in Lima on Monday.", "European Commission"),
    (("The European Council sent its president to the Lima summit, where the Organization of American States was "
      "also present."), "European Council"),
])
def test_an_institution_alone_takes_part(extractor, body, organ):
    doc = run(extractor, body)
    assert organ in participants(doc), facts(doc, "summit")
