"""Summits as English tells them, read on sentences written for the test (round twenty-seven).

A rank a place owns ("Asia's first G7 summit", "the region's second X summit") counts the summits
held there, no edition, but the words are the article's own name for the summit: a name of it
(kg.extract.summit_mentions._counted_by_a_place, kg.extract.description_phrases._describe_summit;
kept when two names of one summit merge, kg.extract.facts.summit_identity._absorb). A capitalised
word no name covers, "the Trident leaders' summit", tells which summit it is: no name of the one in
view (kg.extract.summit_nouns.a_name_of_its_own)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday


def names(extractor, body: str, headline: str = "A headline") -> list[set[str]]:
    doc = run(extractor, body, published=PUBLISHED, headline=headline)
    return [{e.label, *e.aliases} for e in doc.entities.values() if e.type == "Summit"]


@pytest.mark.parametrize("headline, body, name", [
    ("A boycott clouds Asia's first G7 summit",
     "Leaders meet in Manila on June 4-5 for the 51st gathering of G7 leaders, the first ever held in Asia.",
     "Asia's first G7 summit"),
    ("A headline",
     "Peru will host South America's first APEC summit in Lima this November, the 30th meeting of APEC leaders.",
     "South America's first APEC summit"),
    ("A headline",
     ("The leaders arrived in Nairobi for the region's second Commonwealth summit, the 28th such meeting of its heads "
      "of government."),
     "region's second Commonwealth summit"),
])
def test_a_rank_a_place_owns_is_a_name_of_the_summit(extractor, headline, body, name):
    assert any(name in n for n in names(extractor, body, headline))


# guard: a person's count is no name of the summit
def test_a_persons_count_is_no_name(extractor):
    assert not any("Biden's first Quad summit" in n for n in names(extractor, "Biden's first Quad summit was held in Washington in 2021."))


@pytest.mark.parametrize("body, word", [
    (("Leaders met at the G20 summit in Rome on Saturday. The Trident leaders' summit that Poland had planned to "
      "host in Krakow on Tuesday was called off."), "Trident"),
    (("Leaders met at the G20 summit in Rome on Saturday. The Trident leaders' summit, which was to be hosted by "
      "Poland in Krakow, has been called off."), "Trident"),
    ("Leaders met at the G20 summit in Rome on Saturday, and the Trident leaders' summit opens in Krakow on Tuesday.",
     "Trident"),
    ("Leaders met at the G20 summit in Rome on Saturday. Krakow, where the Trident leaders' summit opens on Tuesday, is ready.",
     "Trident"),
])
def test_an_unknown_capitalised_word_tells_another_summit(extractor, body, word):
    doc = run(extractor, body, published=PUBLISHED)
    rows = [f for f in facts(doc, "summit") if word in f["summit"]]
    assert rows, facts(doc, "summit")
    assert all("Rome" != r.get("location") for r in rows)


# guard: the summit in view, told by its rank only, stays the one named
def test_a_rank_alone_is_the_summit_in_view(extractor):
    doc = run(extractor, "Leaders met at the 19th G20 summit in Rome on Saturday. The 19th summit ended with a declaration.",
              published=PUBLISHED)
    assert len(facts(doc, "summit")) == 1


# On the edge of a gathering ("on the sidelines of X", "on the margins of X"): what a verb tells there
# happened on some day of X, not the day it opened (kg.extract.facts.summit_days); a summit held there
# is a gathering of its own (kg.extract.facts.summit_identity._on_the_sidelines), and the other
# gathering's organisation takes no part in it (kg.extract.facts.gathering_scope.on_another_edge,
# kg.extract.facts.participants.told_apart).
EDGE_PUBLISHED = "2025-06-20"  # a Friday


@pytest.mark.parametrize("body, word", [
    ("The Chilean president sat down with the Peruvian leader on the sidelines of the APEC leaders' meeting in Lima on Wednesday.",
     "APEC"),
    ("On Tuesday, on the margins of the G20 summit in Rio, Chile and Peru signed a fisheries pact.", "G20"),
    ("Chile's president met Peru's president on Thursday on the sidelines of the three-day NATO summit in Madrid.", "NATO"),
])
def test_a_day_told_on_the_sidelines_is_no_first_day(extractor, body, word):
    doc = run(extractor, body, published=EDGE_PUBLISHED)
    rows = [f for f in facts(doc, "summit") if word in f["summit"]]
    assert rows and all(r.get("start") is None for r in rows), facts(doc, "summit")


# guard: the summit's own day stays
def test_the_summits_own_day_stays(extractor):
    doc = run(extractor, "The APEC leaders' meeting in Lima opened on Wednesday, and Chile's president met Peru's president there.",
              published=EDGE_PUBLISHED)
    assert [str(f.get("start")) for f in facts(doc, "summit")] == ["2025-06-18"]


@pytest.mark.parametrize("body, own, other, org", [
    (("On June 17 the presidents of Chile and Peru had a first summit of their own, on the sidelines of the Group of Seven "
      "meeting in Evian, France."), "first summit", "Group of Seven meeting", "Group of Seven"),
    ("Chile's and Peru's leaders held a first summit on Friday on the margins of the APEC summit in Lima.",
     "first summit", "APEC summit", "Asia-Pacific Economic Cooperation"),
    ("The Chile-Peru summit, which took place on the sidelines of the G20 summit in Rio, ended without a statement.",
     "Chile-Peru summit", "G20 summit", "Group of Twenty"),
])
def test_a_summit_on_the_sidelines_of_another_is_its_own(extractor, body, own, other, org):
    rows = facts(run(extractor, body, published=EDGE_PUBLISHED), "summit")
    mine = [r for r in rows if own in r["summit"]]
    assert mine and any(other in r["summit"] for r in rows), rows
    assert all(org not in r["participants"] for r in mine)
    assert all({"Chile", "Peru"} <= set(r["participants"]) for r in mine)


# A meeting of a named organisation is a summit whatever its article ("attended a BRICS meeting in X"),
# and so is a ministers' meeting of the body a possessive points back to ("the group's foreign ministers'
# meeting") (kg.extract.summit_nouns.leaders_meet); such a gathering of ministers, or one a description
# places elsewhere, is no name of the named leaders' summit (summit_nouns.placed_apart) nor one event
# with it (kg.extract.facts.summit_identity._of_ministers).
@pytest.mark.parametrize("body, word, org", [
    ("Its trade minister went to a BRICS meeting in China in June.", "BRICS", "BRICS"),
    ("Kenya's foreign minister went to a SADC meeting in Maputo in March.", "SADC", "Southern African Development Community"),
    (("Brazil has the G20 chair this year. In May the Japanese foreign minister stayed away from this group's "
      "last foreign ministers' meeting in Brasilia."), "ministers", "Group of Twenty"),
])
def test_a_meeting_of_a_named_body_is_a_summit(extractor, body, word, org):
    rows = [f for f in facts(run(extractor, body, published=PUBLISHED), "summit") if word in f["summit"]]
    assert rows and org in rows[0]["participants"]


# guard: two people's meeting is no summit
def test_two_peoples_meeting_is_no_summit(extractor):
    assert not facts(run(extractor, "Chile's president held a meeting with Peru's president in Lima on Monday.",
                         published=PUBLISHED), "summit")


@pytest.mark.parametrize("body, leaders, ministers", [
    ("The G20 summit opens in Rome on Saturday. The group's trade ministers' meeting in Rome took place in March.",
     "G20 summit", "ministers"),
    (("NATO leaders meet at the NATO summit in Riga next week. The alliance's defence ministers' meeting in Riga was held "
      "in February."), "NATO summit", "ministers"),
    (("Malaysia is due at the BRICS summit in New Delhi this year. In 2024 its foreign minister went to a BRICS "
      "meeting in Kazan."), "BRICS summit", "Kazan"),
])
def test_a_ministers_meeting_or_one_placed_apart_is_another_gathering(extractor, body, leaders, ministers):
    rows = facts(run(extractor, body, published=PUBLISHED), "summit")
    assert any(leaders in r["summit"] for r in rows) and any(ministers in r["summit"] for r in rows)
    assert len(rows) == 2


# "The 13th ABC Foreign Ministers' Meeting": a body's acronym and who meets name an edition of its
# gatherings (kg.extract.summit_mentions._body_series); an acronym in a summit's name that nothing else
# names is the body whose summit it is (kg.extract.facts.summit_owners._acronym_body), of whose members
# the article says nothing (kg.extract.facts.summit_members).
@pytest.mark.parametrize("body, name, ordinal, body_name", [
    ("The minister led the delegation to the 13th ZEMA Foreign Ministers' Meeting, held in Lima on 20 and 21 November.",
     "13th ZEMA Foreign Ministers' Meeting", 13, "ZEMA"),
    ("The 5th TARA Defence Ministers' Meeting opens in Santiago on Friday.", "5th TARA Defence Ministers' Meeting", 5, "TARA"),
    ("Delegates gathered in Quito on Monday for the KORA Leaders' Summit.", "KORA Leaders' Summit", None, "KORA"),
])
def test_a_bodys_acronym_names_its_series(extractor, body, name, ordinal, body_name):
    rows = [f for f in facts(run(extractor, body, published=PUBLISHED), "summit") if f["summit"] == name]
    assert rows
    assert rows[0].get("ordinal") == ordinal and body_name in rows[0]["participants"]


# guard: taking part in such a body's summit tells no membership
def test_no_members_of_a_body_known_only_by_its_summit(extractor):
    doc = run(extractor, "The presidents of Chile and Peru attended the 13th ZEMA summit in Lima.", published=PUBLISHED)
    assert not [f for f in facts(doc, "member") if f["organization"] == "ZEMA"]


# A day right after a summit's name is its own, whatever verb of a journey the parse hung it on
# (kg.extract.facts.summit_days.attached_dates).
DAYS_PUBLISHED = "2025-10-26"  # a Sunday


@pytest.mark.parametrize("body, word, start", [
    (("The Colombian foreign minister arrives on Monday for the Andean Community Summit on Tuesday, when officials expect "
      "a trade protocol to be signed."), "Andean", "2025-10-28"),
    ("Kenya's president flies to Kampala on Friday ahead of the EAC summit on Sunday.", "EAC", "2025-10-26"),
    (("Estonia's premier arrives on Thursday for the Nordic-Baltic Summit on Friday, when leaders expect to adopt an energy "
      "plan."), "Nordic", "2025-10-31"),
    ("Peru's president arrives in Quito on Sunday for the Andean Summit on Monday and will stay until Tuesday.", "Andean",
     "2025-10-27"),
])
def test_a_day_right_after_the_name_is_the_summits(extractor, body, word, start):
    rows = [f for f in facts(run(extractor, body, published=DAYS_PUBLISHED), "summit") if word in f["summit"]]
    assert rows and str(rows[0].get("start")) == start and rows[0].get("end") is None, rows


# "The summit opens on Monday. Leaders meet there until Wednesday": the day they meet until is its last
# (kg.extract.facts.summit_days.gathered_days).
@pytest.mark.parametrize("body, end", [
    ("The Andean summit opened in Lima on Monday. The presidents of Peru and Chile meet there until Thursday.", "2025-05-08"),
    ("The Pacific Alliance summit opens in Lima on Monday. The leaders of Peru and Chile will be meeting there through Wednesday.",
     "2025-05-14"),
    ("The ECOWAS summit began in Abuja on Sunday, and the heads of state of Ghana and Togo gather there until Tuesday.",
     "2025-05-06"),
])
def test_leaders_meeting_until_a_day_give_the_last_day(extractor, body, end):
    rows = facts(run(extractor, body, published=PUBLISHED), "summit")
    assert rows and str(rows[0].get("end")) == end, rows


# "The summit in X, Y, which opens on Saturday": a gathering that opens or closes, told by no one who
# opens it, puts no one at it (kg.extract.facts.attendance.event_of), not the state the parser hung the
# clause on.
@pytest.mark.parametrize("body, state", [
    ("The Chilean president will attend the Pacific Alliance summit in Cusco, Peru, which opens on Saturday.", "Peru"),
    ("Ministers will attend the Andean Community summit in Cali, Colombia, which closes on Friday.", "Colombia"),
    ("The EAC summit in Arusha, Tanzania, which opens on Tuesday, will discuss trade.", "Tanzania"),
])
def test_a_summit_that_opens_puts_no_state_at_it(extractor, body, state):
    rows = facts(run(extractor, body, published=DAYS_PUBLISHED), "summit")
    assert rows and all(state not in r["participants"] for r in rows)


# guard: one who opens the summit is at it
def test_one_who_opens_the_summit_is_at_it(extractor):
    rows = facts(run(extractor, "The summit in Madrid was opened on Monday by the king of Spain.", published=PUBLISHED), "summit")
    assert rows and "Spain" in rows[0]["participants"]


# "the 38th Ordinary Session of the Assembly of X" is a summit: "the summit" of a story that also
# names an earlier summit of the body is that session (kg.extract.facts.attendance._kind).
@pytest.mark.parametrize("body, session, other, host", [
    (("President Ruto will leave Nairobi on Friday for Addis Ababa, where he will attend the 38th Ordinary Session of the "
      "Assembly of the African Union. He is to put his name to the charter there. The Kampala summit had 40 states "
      "sign the charter in 2024. The summit is hosted by the prime minister of Ethiopia."), "38th", "Kampala", "Ethiopia"),
    (("Leaders will gather in Malabo for the 18th Special Session of the Assembly of the African Union. Angola's "
      "president will address the summit. The Niamey summit in 2023 ended without a deal. The summit will be chaired by the "
      "president of Equatorial Guinea."), "18th", "Niamey", "Equatorial Guinea"),
    (("The 5th Special Session of the Assembly of the Andean Community opens in Lima on Monday. Chile will sign the pact "
      "at the summit. Its Quito summit failed in 2022. The summit will be hosted by the president of Peru."), "5th", "Quito", "Peru"),
])
def test_the_summit_of_the_story_is_the_session(extractor, body, session, other, host):
    rows = facts(run(extractor, body, published=DAYS_PUBLISHED), "summit")
    assert any(session in r["summit"] and host in r["participants"] for r in rows), rows
    assert all(host not in r["participants"] for r in rows if other in r["summit"])


# "A province for decades in Ankara's orbit": a place whose possessive opens a noun of sway says whose
# influence, not where (lexicon.yaml sway_nouns; kg.extract.facts.common.in_its_sway, read by
# common.located and summit_places.where_talk_is).
SWAY_PUBLISHED = "2025-04-02"  # a Wednesday


@pytest.mark.parametrize("headline, body, place, where", [
    ("Quito to host first Gulf-Andean summit as the bloc courts a region long in Beijing's orbit",
     "Officials travel to Ecuador this week for the first summit between the two groups.", "Beijing", "Quito"),
    ("A headline", ("The Andean summit opens on Monday, and leaders of a region long in Washington's shadow will meet in "
                    "Bogota."), "Washington", "Bogota"),
    ("A headline", "Leaders of states in Moscow's sphere of influence held a summit on Friday.", "Moscow", None),
])
def test_a_place_whose_sway_is_told_is_not_where(extractor, headline, body, place, where):
    rows = facts(run(extractor, body, published=SWAY_PUBLISHED, headline=headline), "summit")
    assert rows and all(place not in str(r.get("location")) for r in rows)
    assert rows[0].get("location") == where


# guard: a place's own building is in it
def test_a_venue_of_a_city_is_in_it(extractor):
    rows = facts(run(extractor, "The summit was held in Lima's convention centre on Friday.", published=SWAY_PUBLISHED), "summit")
    assert rows and rows[0].get("location") == "Lima"


# "Leaders stay through Friday, when the summit takes place": the day a relative clause telling the
# summit hangs on is its own, not a last day (kg.extract.facts.summit_days.when_days).
@pytest.mark.parametrize("body, start", [
    (("The Andean summit will be held in Lima. Leaders arrive there on Thursday and stay through Friday, when the summit "
      "itself takes place."), "2025-04-04"),
    ("The presidents land in Quito on Sunday and remain until Tuesday, when the Andean Community summit is held.", "2025-04-01"),
    ("Ministers stay in Lima until Thursday, when the Pacific Alliance summit opens.", "2025-04-03"),
])
def test_a_day_a_when_clause_tells_the_summit_on_is_its_own(extractor, body, start):
    rows = facts(run(extractor, body, published=SWAY_PUBLISHED), "summit")
    assert rows and str(rows[0].get("start")) == start, rows


# "A BRICS meeting in Russia" beside "the BRICS summit in New Delhi": a state its "in" phrase names places the
# described meeting apart (kg.extract.summit_nouns.placed_apart) and is where it is, not one taking part
# (kg.extract.facts.common.states_in_name).
@pytest.mark.parametrize("body, other, state", [
    (("Malaysia is due at the BRICS summit in New Delhi this year. In 2024 its foreign minister went to a BRICS "
      "meeting in Russia."), "BRICS meeting in Russia", "Russia"),
    ("Kenya will attend the SADC summit in Maputo in August. In May its foreign minister went to a SADC meeting in Angola.",
     "SADC meeting in Angola", "Angola"),
    ("Peru hosts the APEC summit in Lima this year. Its trade minister attended an APEC meeting in Chile in March.",
     "APEC meeting in Chile", "Chile"),
])
def test_a_meeting_placed_in_another_state_is_apart(extractor, body, other, state):
    rows = facts(run(extractor, body, published=PUBLISHED), "summit")
    mine = [r for r in rows if r["summit"] == other]
    assert len(rows) == 2 and mine and mine[0].get("location") == state and state not in mine[0]["participants"], rows


# "Goes to X first and then on to Y for the summit": of a journey's legs, the one told last before
# the summit is where it is (kg.extract.facts.summit_places.tied_place, last_leg).
@pytest.mark.parametrize("body, where", [
    ("The president heads to Lima first and then on to Cusco for the Andean summit.", "Cusco"),
    (("The premier travels to Madrid on Friday and then on to Seville in Spain for the EU summit, where he will meet the "
      "Chilean president."), "Seville"),
    ("The minister heads to Nairobi and then to Kigali for the AU summit.", "Kigali"),
])
def test_the_last_leg_before_the_summit_is_where(extractor, body, where):
    rows = facts(run(extractor, body, published=PUBLISHED), "summit")
    assert rows and rows[0].get("location") == where, rows


# guard: one journey, one place
def test_one_leg_is_where(extractor):
    rows = facts(run(extractor, "The president flies to Lima for the Andean summit.", published=PUBLISHED), "summit")
    assert rows and rows[0].get("location") == "Lima"
