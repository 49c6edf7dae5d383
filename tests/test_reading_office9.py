"""Offices, permits and access read the way a general reader would (round 9), in sentences written
for these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


# -- a cabinet's portfolios are title words, however rare ------------------------------------------
@pytest.mark.parametrize("body, expected", [
    (("Greek Energy Minister Nikos Andreou said the cable would help, while his Egyptian counterpart, Electricity "
      "Minister Samir Fathy, called it historic."),
     {("Nikos Andreou", "Energy Minister", "Greece"), ("Samir Fathy", "Electricity Minister", "Egypt")}),
    (("Chile's energy minister, Ana Soto, spoke first, while her Peruvian counterpart, Petroleum Minister Carla Ruiz, "
      "spoke later."), {("Carla Ruiz", "Petroleum Minister", "Peru")}),
    ("The delegation included Kenya's minister of youth and sports, Peter Otieno.",
     {("Peter Otieno", "Minister of Youth and Sports", "Kenya")}),
    ("Peru's Minister of Mines and Petroleum, Luis Rojas, signed the contract in Lima.",
     {("Luis Rojas", "Minister of Mines and Petroleum", "Peru")}),
])
def test_a_rare_portfolio_is_part_of_the_title(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


# -- whoever meets, receives or holds talks with someone of a known state is of the other one -------
@pytest.mark.parametrize("body, expected, wrong", [
    (("Kenyan President Daniel Mwangi arrived in Tokyo on Tuesday for a state visit to Japan. Mwangi, who was met "
      "at the airport by Foreign Minister Hiroshi Tanaka, will be received by the emperor before holding talks with "
      "Prime Minister Kenta Ono on Thursday. Kenya hopes to sign trade deals."),
     {("Hiroshi Tanaka", "Foreign Minister", "Japan"), ("Kenta Ono", "Prime Minister", "Japan")},
     {("Hiroshi Tanaka", "Foreign Minister", "Kenya"), ("Kenta Ono", "Prime Minister", "Kenya")}),
    (("Chile's foreign minister, Rosa Vidal, arrived in Lima on Monday, where President Jorge Salas received Vidal "
      "at the palace. Peru and Chile later signed a fisheries pact."),
     {("Jorge Salas", "President", "Peru")}, {("Jorge Salas", "President", "Chile")}),
    (("Canada and Poland signed an energy pact. The Canadian trade minister, Paul Girard, visited Poland this "
      "week. In Warsaw the minister held further talks with Prime Minister Jan Kowal about the war in neighbouring Ukraine."),
     {("Jan Kowal", "Prime Minister", "Poland")},
     {("Jan Kowal", "Prime Minister", "Ukraine"), ("Jan Kowal", "Prime Minister", "Canada")}),
    (("Ghana's president, Kwame Asante, flew to Lome for talks on the border. He was welcomed at the airport by "
      "Prime Minister Yao Agbeko. Ghana wants the crossing reopened, and Togo agreed."),
     {("Yao Agbeko", "Prime Minister", "Togo")}, {("Yao Agbeko", "Prime Minister", "Ghana")}),
])
def test_an_official_who_meets_a_visitor_is_of_the_other_state(extractor, body, expected, wrong):
    got = offices(run(extractor, body))
    assert got >= expected
    assert not got & wrong


def test_an_official_met_by_a_visitor_with_no_other_state_is_not_the_visitors(extractor):
    doc = run(extractor, "Kenya's President Daniel Mwangi flew to Tokyo on Monday. Prime Minister Kenta Ono held talks "
                         "with Mwangi on Tuesday.")
    assert not {o for o in offices(doc) if o[0] == "Kenta Ono" and o[2] == "Kenya"}


def test_a_leaders_own_minister_beside_them_keeps_their_state(extractor):
    doc = run(extractor, "Chilean President Elena Soto, accompanied by Foreign Minister Rosa Diaz, met Peru's "
                         "president, Luis Paredes, in Lima.")
    got = offices(doc)
    assert ("Rosa Diaz", "Foreign Minister", "Chile") in got
    assert ("Luis Paredes", "President", "Peru") in got


# -- whoever heads a ministry holds its minister's office -------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Talks were led by Rhea Lindqvist, who heads Sweden's foreign ministry.",
     {("Rhea Lindqvist", "Foreign Minister", "Sweden")}),
    ("Kenya's defence ministry is led by Jane Wanjiku, a former general.",
     {("Jane Wanjiku", "Defence Minister", "Kenya")}),
    ("Tomas Varga now heads Hungary's Ministry of Foreign Affairs and Trade.",
     {("Tomas Varga", "Minister of Foreign Affairs and Trade", "Hungary")}),
])
def test_whoever_heads_a_ministry_is_its_minister(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


@pytest.mark.parametrize("body", [
    "Lars Berg, who headed the Swedish foreign ministry until 2019, criticised the deal.",
    "Kenya's defence ministry was led by Jane Wanjiku until March.",
    "Rhea Lindqvist does not head Sweden's foreign ministry, officials said.",
])
def test_a_ministry_headed_once_or_not_at_all_gives_no_office(extractor, body):
    assert not {o for o in offices(run(extractor, body)) if o[1].endswith("Minister")}


# -- taking up an office: "took office as", "took over as", "assumed office as" ---------------------
@pytest.mark.parametrize("body, expected", [
    ("Oskar Lind took office as Austria's chancellor in March.", {("Oskar Lind", "Chancellor", "Austria")}),
    ("Last year Maria Santos took over as Chile's foreign minister.", {("Maria Santos", "Foreign Minister", "Chile")}),
    ("Since Petra Holm assumed office as Finland's prime minister, ties have improved.",
     {("Petra Holm", "Prime Minister", "Finland")}),
])
def test_taking_up_an_office_holds_it(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


def test_taking_a_trip_as_an_official_is_no_office_taken(extractor):
    doc = run(extractor, "Oskar Lind took a trip as a private citizen to Austria, where his father had been chancellor.")
    assert not {o for o in offices(doc) if o[0] == "Oskar Lind"}


# -- a plural title before its names, each name with its own state ---------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Prime Ministers Anders Holm of Denmark and Sanna Koivu of Finland issued a joint statement.",
     {("Anders Holm", "Prime Minister", "Denmark"), ("Sanna Koivu", "Prime Minister", "Finland")}),
    ("The talks were opened by Defence Ministers Karl Moen of Norway and Ulla Berg of Sweden.",
     {("Karl Moen", "Defence Minister", "Norway"), ("Ulla Berg", "Defence Minister", "Sweden")}),
    ("Presidents Daniel Mwangi of Kenya and Joseph Okello of Uganda opened the bridge on Friday.",
     {("Daniel Mwangi", "President", "Kenya"), ("Joseph Okello", "President", "Uganda")}),
])
def test_a_plural_title_before_names_gives_each_its_state(extractor, body, expected):
    assert offices(run(extractor, body)) >= expected


def test_a_plural_title_before_names_with_no_states_guesses_none(extractor):
    doc = run(extractor, "Presidents Daniel Mwangi and Joseph Okello opened the bridge between Kenya and Uganda.")
    got = offices(doc)
    assert not {o for o in got if o[0] == "Daniel Mwangi" and o[2] == "Uganda"}
    assert not {o for o in got if o[0] == "Joseph Okello" and o[2] == "Kenya"}


def access(doc) -> set[tuple]:
    return {(r["user"], r["host"], r["facility"]) for r in facts(doc, "access")}


# -- "the right to use its airfields": whoever grants the right hosts, whoever gets it uses ----------
@pytest.mark.parametrize("body, expected", [
    ("Kenya granted Britain the right to use its airfields.", {("United Kingdom", "Kenya", "airfield")}),
    ("Under the accord Chile gives Peruvian warships permission to dock at its ports.", {("Peru", "Chile", "port")}),
    ("Last year Greece offered France the right to operate from its naval bases.", {("France", "Greece", "naval base")}),
])
def test_the_right_to_use_a_facility_is_the_grantees_use_of_the_grantors(extractor, body, expected):
    got = access(run(extractor, body))
    assert got >= expected
    assert not {(u, h, f) for u, h, f in got if u == h}


# -- the state a holder deals "with" is the other side, never the holder's -------------------------
@pytest.mark.parametrize("body, person, state", [
    ("Foreign Minister Ana Lind signed the deal with Chile on Monday.", "Ana Lind", "Chile"),
    ("Defence Minister Karl Moen held talks with Peru on Monday.", "Karl Moen", "Peru"),
    ("Trade Minister Ana Lind reached a deal with Japan after long talks.", "Ana Lind", "Japan"),
])
def test_the_state_dealt_with_does_not_own_the_office(extractor, body, person, state):
    assert not {o for o in offices(run(extractor, body)) if o[0] == person and o[2] == state}


def test_the_state_dealt_with_leaves_the_holders_own(extractor):
    doc = run(extractor, "Sweden and Chile are close partners. Foreign Minister Ana Lind signed the deal with Chile "
                         "on Monday in Stockholm.")
    assert ("Ana Lind", "Foreign Minister", "Sweden") in offices(doc)


def permitted(doc) -> set[tuple]:
    return {(r["agreement"], r["activity"]) for r in facts(doc, "permits")}


# -- activities in the words another writer would use ---------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Under the Tasman Pact, Australian aircraft may overfly New Zealand and conduct combined exercises.",
     {("Tasman Pact", "airspace use"), ("Tasman Pact", "joint exercise")}),
    ("The Nile Accord provides for emergency relief and ports of call for Egyptian ships in Sudan.",
     {("Nile Accord", "disaster relief"), ("Nile Accord", "port call")}),
])
def test_activities_in_other_words(extractor, body, expected):
    assert permitted(run(extractor, body)) >= expected


def test_an_activity_no_agreement_governs_is_not_permitted(extractor):
    doc = run(extractor, "Chile and Peru signed the Andes Accord on trade. Separately, Chilean jets will overfly the "
                         "capital in a parade next week.")
    assert not {p for p in permitted(doc) if p[1] == "airspace use"}
