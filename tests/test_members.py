"""Memberships from the frames join, admit, member, grouping, partner, found, comprise and leave
(data/frames.yaml), on sentences written for these tests (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.extract.frames import load_frames
from kg.extract.pipeline import Extractor
from kg.link.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(gazetteer=load_gazetteer())


def members(doc, modality: str = "asserted") -> set[tuple[str, str]]:
    return {(r["member"], r["organization"]) for r in facts(doc, "member") if r["modality"] == modality}


def stated(doc) -> set[tuple[str, str]]:
    """Memberships stated as holding or ahead (what a negated fact must not be)."""
    return {(r["member"], r["organization"]) for r in facts(doc, "member") if r["modality"] != "negated"}


def test_membership_frames_are_data():
    names = {f.name for f in load_frames().frames if f.fact == "member"}
    assert {"join", "admit", "member", "leave"} <= names


NATO, ASEAN, AU, EU = "North Atlantic Treaty Organisation", "Association of Southeast Asian Nations", "African Union", "European Union"


# -- "X is a member of Y", in every construction ---------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Norway is a member of NATO.", {("Norway", NATO)}),
    ("Estonia became a member of the European Union in 2004.", {("Estonia", EU)}),
    ("Norway, a member of NATO, hosted the drills.", {("Norway", NATO)}),
    ("NATO members Norway and Denmark signed the letter.", {("Norway", NATO), ("Denmark", NATO)}),
    ("ASEAN met in Jakarta. Its members include Vietnam, Laos and Cambodia.",
     {("Vietnam", ASEAN), ("Laos", ASEAN), ("Cambodia", ASEAN)}),
    ("Ghana and Togo are Benin's partners in the African Union.",
     {("Ghana", AU), ("Togo", AU), ("Benin", AU)}),
    ("Denmark was the last of NATO's members to approve the plan.", {("Denmark", NATO)}),
])
def test_a_member_in_any_construction(extractor, body, expected):
    assert expected <= members(run(extractor, body))


def test_joining_states_already_members(extractor):
    doc = run(extractor, "ASEAN grew again. Timor-Leste joins Vietnam, Laos and Cambodia, the bloc's founding "
                         "members, as well as Myanmar, which joined in 1997, and Brunei, which was admitted in 1984.")
    got = members(doc)
    assert {("Vietnam", ASEAN), ("Laos", ASEAN), ("Cambodia", ASEAN), ("Myanmar", ASEAN), ("Brunei", ASEAN)} <= got


@pytest.mark.parametrize("body, expected", [
    ("The African Union met in Addis Ababa. Morocco rejoined in 2017.", {("Morocco", AU)}),
    ("ASEAN met in Hanoi. Vietnam joined in 1995, Laos in 1997 and Cambodia two years later.",
     {("Vietnam", ASEAN), ("Laos", ASEAN), ("Cambodia", ASEAN)}),
    ("Brunei was admitted to ASEAN in 1984.", {("Brunei", ASEAN)}),
    ("The African Union was founded by Ghana, Kenya and Senegal among others.",
     {("Ghana", AU), ("Kenya", AU), ("Senegal", AU)}),
    ("ASEAN held talks. The accession made Brunei the sixth member of ASEAN.", {("Brunei", ASEAN)}),
])
def test_joining_admission_and_founding(extractor, body, expected):
    assert expected <= members(run(extractor, body))


def test_the_two_allies_are_the_pair_the_text_speaks_of(extractor):
    doc = run(extractor, "Norway and Denmark signed a border pact. The two NATO allies will patrol together.")
    assert {("Norway", NATO), ("Denmark", NATO)} <= members(doc)


# -- planned: an accession under way, a candidacy, a promise ----------------------------------------
@pytest.mark.parametrize("body, state, org", [
    ("Albania's accession to the European Union is under way.", "Albania", EU),
    ("Hungary's parliament ratified Sweden's accession to NATO on Monday.", "Sweden", NATO),
    ("Georgia applied to join NATO in 2008.", "Georgia", NATO),
    ("Leaders invited Bosnia to become a member of the European Union.", "Bosnia and Herzegovina", EU),
    ("Moldova is expected to join the European Union within a decade.", "Moldova", EU),
])
def test_an_accession_under_way_is_planned(extractor, body, state, org):
    rows = facts(run(extractor, body), "member")
    assert {"member": state, "organization": org, "modality": "planned"} in rows
    assert (state, org) not in members(run(extractor, body))


# -- negated: not a member, left, suspended --------------------------------------------------------
@pytest.mark.parametrize("body, state, org", [
    ("Switzerland is not a member of the European Union.", "Switzerland", EU),
    ("The United Kingdom left the European Union in 2020.", "United Kingdom", EU),
    ("Mali was suspended from the African Union after the coup.", "Mali", AU),
    ("Thailand, a dialogue partner rather than a member of NATO, sent observers.", "Thailand", NATO),
    ("Guinea has never joined the African Union's standby force, and Chad has quit the African Union.",
     "Chad", AU),
])
def test_not_a_member_left_or_suspended_is_negated(extractor, body, state, org):
    rows = facts(run(extractor, body), "member")
    assert {"member": state, "organization": org, "modality": "negated"} in rows
    assert (state, org) not in stated(run(extractor, body))


# -- what is no membership ---------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "The president met the leaders of France, Germany and the European Union in Brussels.",
    "Chile joined Peru in calling on the European Union to lift the tariffs.",
    "Japanese troops will join the annual exercises, NATO said.",
    "Switzerland, one of Europe's richest countries, is a partner of the European Union.",
])
def test_no_membership_is_read_where_none_is_said(extractor, body):
    """Issue 10: "met the leaders of A, B and the EU" made A and B members of the EU."""
    assert not stated(run(extractor, body))


def test_a_member_of_an_organisation_said_but_not_named(extractor):
    doc = run(extractor, "Chile is not a member of any military alliance, but it joined the Pacific Alliance in 2011.")
    assert ("Chile", "Pacific Alliance") in members(doc)
    assert not any(r["organization"] != "Pacific Alliance" for r in facts(doc, "member"))


@pytest.mark.parametrize("body", [
    "Leaders agreed to invite Argentina and Egypt to become full members of BRICS.",
    "Argentina and Egypt were invited to join BRICS.",
    "BRICS will admit Argentina and Egypt as members in January.",
])
def test_a_grouping_the_gazetteer_does_not_know_can_take_members(extractor, body):
    # BRICS is no gazetteer item here: typed a plain organisation, it still takes its new members
    found = {(f["member"], f["organization"], f["modality"]) for f in facts(run(extractor, body), "member")}
    assert found == {("Argentina", "BRICS", "planned"), ("Egypt", "BRICS", "planned")}, found


def test_the_catalogue_query_returns_members_and_accessions_under_way_not_refusals():
    from pathlib import Path

    from kg.api import build_text

    ds = build_text("NATO grows\nFinland joined NATO in 2023. Sweden is set to join NATO next year. "
                    "Austria is not a member of NATO.", published="2023-06-01")
    ds.default_union = True
    query = (Path(__file__).resolve().parents[1] / "queries" / "members.rq").read_text(encoding="utf-8")
    rows = {(str(r.memberLabel), str(r.modality)) for r in ds.query(query)}
    assert ("Finland", "asserted") in rows and ("Sweden", "planned") in rows, rows
    assert not any(label == "Austria" for label, _ in rows), rows
