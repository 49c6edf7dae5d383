"""Summits as English tells them, read on sentences written for the test (round ten): a titled
"Summit on X" is a name, a state such a name gives as its topic takes no part, a further edition
told by rank is another summit, the full name of the body a summit is "of", a meeting told far
in time from the summit in view is not at it, and the days leaders are told to meet are the
summit's days."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

from kg.model import Document

pytestmark = pytest.mark.model


def summits(doc: Document) -> dict[str, dict]:
    return {f["summit"].casefold(): f for f in facts(doc, "summit")}


def participants(doc: Document) -> set[tuple[str, str]]:
    return {(f["summit"].casefold(), p) for f in facts(doc, "summit") for p in f.get("participants", ())}


# -- a capitalised "Summit" a titled phrase follows is a name ---------------------------------------
@pytest.mark.parametrize("body, name, place", [
    ("Chile attended the Summit on Ocean Health, hosted by Portugal in Lisbon on June 15-16.",
     "summit on ocean health", "Lisbon"),
    ("Peru sent its foreign minister to the Summit for Coastal Cities in Lima on May 3.",
     "summit for coastal cities", "Lima"),
    ("The Summit for Clean Rivers will be held in New York in September, officials said.",
     "summit for clean rivers", "New York City"),
    ("Ghana hosted the Summit on Peace in Sudan in Accra on Monday.", "summit on peace in sudan", "Accra"),
])
def test_a_titled_summit_is_a_name(extractor, body, name, place):
    doc = run(extractor, body)
    assert name in {x.casefold() for x in labels(doc, "Summit")}, labels(doc, "Summit")
    assert summits(doc)[name].get("location") == place, summits(doc)


@pytest.mark.parametrize("body, name, state", [
    ("Ghana hosted the Summit on Peace in Sudan in Accra on Monday.", "summit on peace in sudan", "Sudan"),
    ("Leaders met in Rome for the Summit on Recovery in Ukraine on Friday.", "summit on recovery in ukraine", "Ukraine"),
    ("Kenya will host the Summit for Reconstruction in Somalia in Nairobi next month.",
     "summit for reconstruction in somalia", "Somalia"),
])
def test_a_state_a_summit_name_gives_as_its_topic_takes_no_part(extractor, body, name, state):
    doc = run(extractor, body)
    assert name in summits(doc), summits(doc)
    assert (name, state) not in participants(doc), participants(doc)


# -- a further edition told by rank is another summit -----------------------------------------------
@pytest.mark.parametrize("body, first, second", [
    (("Chile sent a delegation to the first ocean summit, held in Portugal in June. Peru said it would "
     "welcome a second ocean summit in Lima next year."), "first ocean summit", "second ocean summit"),
    (("Ghana took part in the Summit on Ocean Health in Lisbon in June. Its president called for a second "
     "ocean summit in Africa."), "summit on ocean health", "second ocean summit"),
    ("Kenya hosted the first water summit in Nairobi last year; a third water summit is planned for 2026.",
     "first water summit", "third water summit"),
])
def test_a_further_edition_told_by_rank_is_another_summit(extractor, body, first, second):
    doc = run(extractor, body)
    told = set(summits(doc))  # (a label may go on with the place: "second ocean summit in Lima")
    assert all(any(x.startswith(want) for x in told) for want in (first, second)), told


# -- a summit "of" a body takes the body's whole name -----------------------------------------------
@pytest.mark.parametrize("body, name, body_name", [
    (("Colombia boycotted the extraordinary summit of the Union of South American Nations in Bariloche on "
     "August 28."), "extraordinary summit of the union of south american nations", "Union of South American Nations"),
    ("The summit of the Group of Seven at Camp David was called off.", "summit of the group of seven",
     "Group of Seven"),
    ("Nigeria will host the ordinary summit of ECOWAS heads of state and government in Abuja on July 7.",
     "ordinary summit of ecowas heads of state and government", "Economic Community of West African States"),
])
def test_a_summit_of_a_body_takes_its_whole_name(extractor, body, name, body_name):
    doc = run(extractor, body)
    assert name in summits(doc), summits(doc)
    assert (name, body_name) in participants(doc), participants(doc)


# -- a meeting told far in time from the summit in view is not at it --------------------------------
@pytest.mark.parametrize("body, summit, state", [
    (("President Lara Ostrova of Chile held talks with Peruvian President Tomas Vidal in Lima on Tuesday. "
     "Last year Ostrova stayed away from the APEC summit in San Francisco."), "apec summit", "Chile"),
    (("Prime Minister Ana Duarte of Portugal sat down for talks with President Ivo Kral of Czechia in Lisbon on "
     "Monday. In 2019 Kral attended the EU summit in Sibiu."), "eu summit", "Portugal"),
    (("The foreign ministers of Ghana and Togo met in Accra on Friday for talks on fishing. The ECOWAS summit "
     "in Abuja in December 2022 had left the dispute open."), "ecowas summit", "Ghana"),
])
def test_a_meeting_far_in_time_from_the_summit_is_not_at_it(extractor, body, summit, state):
    doc = run(extractor, body)
    assert summit in summits(doc), summits(doc)
    assert (summit, state) not in participants(doc), participants(doc)


# -- the days leaders are told to meet are the summit's days ----------------------------------------
@pytest.mark.parametrize("body, published, summit, start, end", [
    (("Follow our coverage from Vilnius, where leaders of the alliance are meeting on July 11-12. "
     "Tomorrow the NATO summit turns to Ukraine."), "2023-07-11", "nato summit", "2023-07-11", "2023-07-12"),
    (("The presidents of Colombia and Ecuador met in Quito on Friday. The meeting of the two leaders was "
     "the first since the border dispute."), "2024-03-10", "meeting of the two leaders", "2024-03-08", None),
    (("The European Union's leaders met in Brussels on Thursday. At the bloc's summit, Hungary blocked the "
     "aid package."), "2024-03-10", "bloc's summit", "2024-03-07", None),
])
def test_the_days_leaders_meet_are_the_summits(extractor, body, published, summit, start, end):
    doc = run(extractor, body, published=published)
    got = summits(doc).get(summit)
    assert got is not None, summits(doc)
    assert (str(got.get("start")), str(got.get("end")) if got.get("end") else None) == (start, end), got


# -- a summit "with" leaders or states is one of its own ---------------------------------------------
@pytest.mark.parametrize("body, name, place", [
    ("After the meeting, the US president will fly to Helsinki for a summit with Nordic leaders on Thursday.",
     "summit with nordic leaders", "Helsinki"),
    ("Japan hosted a summit with the leaders of five Central Asian states in Tokyo on Monday.",
     "summit with the leaders of five central asian states", "Tokyo"),
    ("Australia will hold a summit with Pacific island states in Cairns next year.",
     "summit with pacific island states", "Cairns"),
])
def test_a_summit_with_leaders_or_states_is_one_of_its_own(extractor, body, name, place):
    doc = run(extractor, body)
    told = {k: f for k, f in summits(doc).items() if k.startswith(name)}
    assert told, summits(doc)
    assert any(f.get("location") == place for f in told.values()), told


def test_a_summit_cohosted_with_a_person_is_the_one_in_view(extractor):
    doc = run(extractor, "The NATO summit opened in Vilnius on Tuesday. Lithuania's president, who is co-hosting "
                         "the summit with Secretary General Anna Berg, greeted the guests.")
    assert not any("with" in x.casefold() for x in labels(doc, "Summit")), labels(doc, "Summit")


# -- the body a summit is of takes part; a state inside the body's name does not ----------------------
@pytest.mark.parametrize("body, name, body_name, not_state", [
    ("Colombia attended the extraordinary summit of the Union of South American Nations in Quito on Monday.",
     "extraordinary summit of the union of south american nations", "Union of South American Nations",
     "United States"),
    ("Kenya attended the ninth summit of the Organisation of African, Caribbean and Pacific States in Nairobi.",
     "ninth summit of the organisation of african, caribbean and pacific states",
     "Organisation of African, Caribbean and Pacific States", None),
    ("Canada joined the summit of the Group of Seven in Rome on Monday.", "summit of the group of seven",
     "Group of Seven", None),
])
def test_the_body_a_summit_is_of_takes_part(extractor, body, name, body_name, not_state):
    doc = run(extractor, body)
    told = {k for k in summits(doc) if name in k}
    assert told, summits(doc)
    assert any((k, body_name) in participants(doc) for k in told), participants(doc)
    assert not any((k, not_state) in participants(doc) for k in told), participants(doc)


# -- "their summit" placed by its verb; those who call off their own summit are its (negated) parties --
@pytest.mark.parametrize("body, place, modality, states", [
    ("The leaders of Chile and Argentina held their summit in Mendoza on Monday.", "Mendoza", "asserted",
     {"Chile", "Argentina"}),
    ("The leaders of Chile and Argentina have postponed their summit in Mendoza, which had been due on April 2.",
     "Mendoza", "negated", {"Chile", "Argentina"}),
    ("Ghana and Togo called off their summit in Lome after the floods.", "Lomé", "negated", {"Ghana", "Togo"}),
])
def test_their_summit_placed_by_its_verb(extractor, body, place, modality, states):
    doc = run(extractor, body)
    told = [f for f in facts(doc, "summit") if f.get("location") == place]
    assert told and told[0]["modality"] == modality, facts(doc, "summit")
    assert states <= set(told[0].get("participants", ())), told


# -- the place a summit is planned for is where it is held --------------------------------------------
@pytest.mark.parametrize("body, place, modality", [
    ("The Nordic-Baltic summit planned for Riga in May has been called off, Latvia's government said.",
     "Riga", "negated"),
    ("The ECOWAS summit, scheduled for Accra next month, will discuss the crisis.", "Accra", "planned"),
    ("Officials said the Andean summit was set for Cusco in June.", "Cusco", None),
])
def test_the_place_a_summit_is_planned_for(extractor, body, place, modality):
    doc = run(extractor, body)
    told = facts(doc, "summit")
    assert any(f.get("location") == place and (modality is None or f["modality"] == modality) for f in told), told


# -- a month or year the summit's own words give: a summit held, its day within it ------------------------
@pytest.mark.parametrize("body, published, summit, month", [
    ("Finland joined on April 4, a year after it and Sweden were invited to join at the Madrid summit of June 2022.",
     "2023-07-07", "madrid summit", (2022, 6)),
    ("Chile was to sign the pact at the Lima summit of November 2023, officials recalled on Monday.",
     "2024-03-10", "lima summit", (2023, 11)),
    ("Ghana was invited to take part in the Accra summit of March 2023, which ended in a deadlock.",
     "2024-03-10", "accra summit", (2023, 3)),
])
def test_a_summit_told_by_a_past_month_was_held(extractor, body, published, summit, month):
    doc = run(extractor, body, published=published)
    told = summits(doc).get(summit)
    assert told is not None and told["modality"] == "asserted", summits(doc)
    assert told.get("start") is None or (told["start"].year, told["start"].month) == month, told


# -- "summit talks" are a summit; other talks are not --------------------------------------------------
@pytest.mark.parametrize("body, place, states", [
    ("Japanese Prime Minister Aki Mori and South Korean President Han Jisu held summit talks in Seoul on Sunday.",
     "Seoul", {"Japan", "South Korea"}),
    ("Summit talks between Kenya and Tanzania in Arusha ended without a deal.", "Arusha", {"Kenya", "Tanzania"}),
    ("The leaders of Chile and Peru will hold summit talks in Lima next week.", "Lima", {"Chile", "Peru"}),
])
def test_summit_talks_are_a_summit(extractor, body, place, states):
    doc = run(extractor, body)
    told = [f for f in facts(doc, "summit") if f.get("location") == place]
    assert told, facts(doc, "summit")
    assert states <= set(told[0].get("participants", ())), told


def test_trade_talks_are_no_summit(extractor):
    doc = run(extractor, "Negotiators of Chile and Peru held trade talks in Lima on Monday.")
    assert not facts(doc, "summit"), facts(doc, "summit")
