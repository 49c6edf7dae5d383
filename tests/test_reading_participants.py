"""Who takes part in the summit in view, told in a sentence after the one naming it: monarchs who
stand for their states, and those who join the host or the other leaders there."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

OPENING = "A summit of Gulf leaders opened in Doha on Tuesday. "
HOSTED = "Chinese President Li Wen hosted a summit in Xian on Monday. "


def participants(doc) -> set[str]:
    found = facts(doc, "summit")
    assert len(found) == 1, found
    return set(found[0].get("participants", ()))


@pytest.mark.parametrize("body, state", [
    (OPENING + "The emir of Kuwait attended.", "Kuwait"),
    (OPENING + "Bahrain's king arrived on Monday evening.", "Bahrain"),
    (OPENING + "Also attending was the sultan of Oman, who flew in from Muscat.", "Oman"),
])
def test_a_monarch_at_the_summit_brings_his_state(extractor, body, state):
    assert state in participants(run(extractor, body, published="2024-05-08"))


@pytest.mark.parametrize("body, states", [
    (HOSTED + "The presidents of Kazakhstan and Uzbekistan joined him.", {"Kazakhstan", "Uzbekistan"}),
    (HOSTED + "Kyrgyzstan's president joined the host on Tuesday.", {"Kyrgyzstan"}),
    (HOSTED + "He was joined by Turkmenistan's president and the prime minister of Tajikistan.",
     {"Turkmenistan", "Tajikistan"}),
])
def test_joining_the_host_or_the_leaders_is_taking_part_in_the_summit(extractor, body, states):
    assert states <= participants(run(extractor, body, published="2024-05-08"))


def test_joining_an_organisation_is_no_participation(extractor):
    doc = run(extractor, HOSTED + "Kyrgyzstan joined the Shanghai Cooperation Organisation in 2001.", published="2024-05-08")
    assert "Kyrgyzstan" not in participants(doc)


@pytest.mark.parametrize("body, away, there", [
    (("The summit in Abuja was marred by the absence of Mali's leader, while the presidents of Ghana and Senegal "
     "attended."), "Mali", {"Ghana", "Senegal"}),
    ("Niger's boycott of the summit in Abuja overshadowed the talks, which Ghana and Senegal attended.",
     "Niger", {"Ghana", "Senegal"}),
    (("The summit in Abuja opened on Monday with Ghana and Senegal present. The absence of Chad was noted "
     "by several delegates."), "Chad", {"Ghana", "Senegal"}),
])
def test_a_state_named_by_its_absence_does_not_take_part(extractor, body, away, there):
    found = participants(run(extractor, body, published="2024-05-08"))
    assert away not in found and there <= found, found


@pytest.mark.parametrize("body", [
    "The summit in Abuja opened on Monday with the participation of Ghana and Senegal.",
    "Ghana's participation in the summit in Abuja was confirmed, as was the attendance of Senegal.",
    "The summit in Abuja opened on Monday. The presence of Ghana and Senegal was welcomed by the host.",
])
def test_participation_of_a_state_is_taking_part(extractor, body):
    assert {"Ghana", "Senegal"} <= participants(run(extractor, body, published="2024-05-08"))


# -- "A was among the Xs who did it": the subject of the copula is one who did it --------------------
@pytest.mark.parametrize("body, signatory", [
    ("Kenya was among the states that signed the Nairobi Fisheries Accord on Monday.", "Kenya"),
    ("Uganda and Rwanda were among a dozen countries which signed the Nairobi Fisheries Accord in March.", "Rwanda"),
    ("Among those who signed the Nairobi Fisheries Accord on Monday was Tanzania.", "Tanzania"),
])
def test_one_among_those_who_signed_is_a_signatory(extractor, body, signatory):
    found = {f.get("signatory") for f in facts(run(extractor, body, published="2024-05-08"), "signing")}
    assert signatory in found, found


@pytest.mark.parametrize("body, visitor", [
    ("Foreign Minister Ana Lopez was among the officials who travelled to Nairobi on Monday.", "Ana Lopez"),
    ("Among the ministers who flew to Nairobi on Monday was Defence Minister Paulo Reis.", "Paulo Reis"),
    ("Defence Minister Paulo Reis and Foreign Minister Ana Lopez were among the guests who visited Nairobi on Monday.",
     "Paulo Reis"),
])
def test_one_among_those_who_travelled_is_a_visitor(extractor, body, visitor):
    found = {f.get("visitor") for f in facts(run(extractor, body, published="2024-05-08"), "visit")}
    assert visitor in found, found


# -- "among the arrivals were X": those who arrive, at the summit in view ----------------------------
@pytest.mark.parametrize("body, states", [
    (("Leaders arrived in Baghdad on Saturday for the Arab League summit. Among the arrivals were Qatari Emir "
     "Hamad Al Sabah and Egyptian President Karim Adel."), {"Qatar", "Egypt"}),
    ("The Arab League summit opens in Baghdad on Sunday. Among the first arrivals on Saturday was Kuwait's emir.",
     {"Kuwait"}),
    (("Delegations reached Baghdad for the Arab League summit on Saturday. Jordan's king and Oman's sultan were among "
     "the early arrivals."), {"Jordan", "Oman"}),
])
def test_those_among_the_arrivals_take_part(extractor, body, states):
    assert states <= participants(run(extractor, body, published="2024-05-08"))


@pytest.mark.parametrize("body", [
    "Leaders arrived in Baghdad on Saturday for the Arab League summit.",
    "Ministers gathered in Lima on Tuesday for the Andean Community meeting.",
    "The delegation landed in Nairobi on Friday for the East African Community talks.",
])
def test_a_weekday_does_not_open_an_organisation_s_name(extractor, body):
    labels = {e.label for e in run(extractor, body, published="2024-05-08").entities.values()}
    assert not any(label.split()[0] in {"Saturday", "Tuesday", "Friday"} for label in labels), labels


@pytest.mark.parametrize("body, person, state", [
    ("Kuwait's FM Ali Nasser landed in Baghdad on Saturday.", "Ali Nasser", "Kuwait"),
    ("Algerian FM Karim Hadj met his hosts in Rabat.", "Karim Hadj", "Algeria"),
    ("The talks were led by Morocco's Deputy FM Samir Idrissi.", "Samir Idrissi", "Morocco"),
])
def test_fm_is_a_foreign_minister(extractor, body, person, state):
    found = facts(run(extractor, body, published="2024-05-08"), "office")
    assert any(f["person"] == person and "Foreign Minister" in f["office"] and f["of"] == state for f in found), found


@pytest.mark.parametrize("body, first, second", [
    ("The US Department of Defense and Niger's Ministry of National Defence issued a joint statement.",
     "US Department of Defense", "Ministry of National Defence"),
    ("The Kenyan Ministry of Foreign Affairs and Uganda's Ministry of Defence signed the memorandum.",
     "Kenyan Ministry of Foreign Affairs", "Ministry of Defence"),
    ("Officials from the Ministry of Trade and Ghana's Ports Authority met in Accra.",
     "Ministry of Trade", "Ports Authority"),
])
def test_a_possessive_after_and_opens_a_second_name(extractor, body, first, second):
    labels = {e.label for e in run(extractor, body, published="2024-05-08").entities.values()}
    assert first in labels and any(second in label for label in labels - {first}), labels


# -- "X welcomed Y as he arrived": the one who arrives is the guest -----------------------------------
@pytest.mark.parametrize("body, visitor, start", [
    (("Kenyan President Daniel Moraa welcomed Ugandan President Peter Okello at Nairobi airport as he arrived on a "
     "two-day state visit to Kenya on Sunday."), "Peter Okello", "2024-05-05"),
    (("Prime Minister Rui Costa of Portugal greeted Angolan President Mario Neto in Lisbon on Friday shortly after he "
     "landed at the city's airport."), "Mario Neto", "2024-05-03"),
    (("Chilean President Ana Ruiz received Peruvian President Luis Soto in Santiago when he arrived there on Monday "
     "for a three-day visit to Chile."), "Luis Soto", "2024-05-06"),
])
def test_he_who_arrives_is_the_guest_the_host_receives(extractor, body, visitor, start):
    found = facts(run(extractor, body, published="2024-05-08"), "visit")
    assert any(f["visitor"] == visitor and str(f.get("start")) == start for f in found), found
    assert all(f["visitor"] == visitor for f in found), found


@pytest.mark.parametrize("body, person", [
    ("The ministers will join US President John Smith at a White House event on Monday.", "John Smith"),
    ("Leaders will join French President Paul Mercier in Paris for talks.", "Paul Mercier"),
    ("Delegates joined Kenyan Foreign Minister Ruth Wanjiru in Nairobi on Friday.", "Ruth Wanjiru"),
])
def test_a_titled_person_one_joins_is_no_organisation(extractor, body, person):
    doc = run(extractor, body, published="2024-05-08")
    types = {e.label: e.type for e in doc.entities.values()}
    assert types.get(person) == "Person" and "InternationalOrganization" not in types.values(), types
    assert not facts(doc, "member"), facts(doc, "member")


# -- a thing named only to deny it ---------------------------------------------------------------------
@pytest.mark.parametrize("body, denied_word", [
    (("Norway and Iceland signed a defence agreement in Oslo on Monday. The agreement stops short of a mutual "
     "defence pact, officials said."), "mutual"),
    ("Chile and Peru signed a fisheries agreement rather than a binding treaty in Lima on Monday.", "binding"),
    ("Ghana and Togo signed a border accord instead of a formal treaty on Friday.", "formal"),
])
def test_an_agreement_named_only_as_what_falls_short_is_none(extractor, body, denied_word):
    doc = run(extractor, body, published="2024-05-08")
    labels = [e.label for e in doc.entities.values() if e.type == "Agreement"]
    assert labels and not any(denied_word in label for label in labels), labels


# -- a meeting another gathering's sentence places is not at the summit in view ------------------------
@pytest.mark.parametrize("body, outsider", [
    (("Leaders gathered in Lima on Monday for the Andean summit. Earlier, Peru's president met with Colombian "
     "President Ivan Duarte on the sidelines of the UN General Assembly in September."), "Colombia"),
    (("The Andean summit opened in Lima on Monday. Bolivia's president last met with Brazilian President Ana Lima "
     "at the World Bank in April."), "Brazil"),
    (("The Andean summit opened in Lima on Monday. Chile's president held talks with Argentine President Tomas Reyes "
     "on the margins of the European Parliament session in May."), "Argentina"),
])
def test_a_meeting_at_another_gathering_is_not_at_the_summit(extractor, body, outsider):
    assert outsider not in participants(run(extractor, body, published="2024-05-08"))


# -- "the first to sign were A and B": those told by their rank among the doers -----------------------
@pytest.mark.parametrize("body, kind, role, doers", [
    ("Leaders signed the Lake Tana Water Convention on Monday. The first to sign were Ethiopia and Sudan.",
     "signing", "signatory", {"Ethiopia", "Sudan"}),
    ("Among the first to sign the Lake Tana Water Convention on Monday were Kenya and Uganda.",
     "signing", "signatory", {"Kenya", "Uganda"}),
    ("The first to ratify the Lake Tana Water Convention was Egypt, in March.", "ratification", "state", {"Egypt"}),
])
def test_the_first_to_do_it_are_doers(extractor, body, kind, role, doers):
    found = {f.get(role) for f in facts(run(extractor, body, published="2024-05-08"), kind)}
    assert doers <= found, found


@pytest.mark.parametrize("body, person", [
    ("French Prime Minister Dominique Roux met Italian leaders in Rome on Monday.", "Dominique Roux"),
    ("Defence Minister Georgia Mills of Australia visited Jakarta on Tuesday.", "Georgia Mills"),
    ("Foreign Minister Jordan Pike of Canada arrived in Lima on Friday.", "Jordan Pike"),
])
def test_a_state_s_name_inside_a_titled_person_s_name_is_the_person_s(extractor, body, person):
    doc = run(extractor, body, published="2024-05-08")
    types = {e.label: e.type for e in doc.entities.values()}
    assert types.get(person) == "Person", types


# -- ministers' meetings and a named body's meeting are summits ---------------------------------------
@pytest.mark.parametrize("body, place", [
    ("Kenya's foreign minister arrived in Arusha on Thursday to attend the SADC Foreign Ministers' meeting.",
     "Arusha"),
    ("Defence ministers will gather in Oslo next week for a meeting of NATO defence ministers.", "Oslo"),
    ("The ASEAN foreign ministers' meeting opened in Vientiane on Monday with calls for calm at sea.", "Vientiane"),
])
def test_a_ministers_meeting_is_a_summit(extractor, body, place):
    found = facts(run(extractor, body, published="2024-05-08"), "summit")
    assert [f.get("location") for f in found] == [place], found


@pytest.mark.parametrize("body", [
    "The minister held a meeting with farmers in Nakuru on Monday.",
    "Monday's talks in Delhi were the sixth meeting between the two defence ministers.",
    "Officials said a meeting of defence ministers would follow the summit.",
])
def test_a_meeting_of_ministers_with_no_named_body_is_no_summit(extractor, body):
    found = facts(run(extractor, body, published="2024-05-08"), "summit")
    assert not any("meeting" in f["summit"] for f in found), found


@pytest.mark.parametrize("headline, body", [
    ("China signs Pacific deal", "Beijing announced a new bilateral security pact with Tonga on Friday."),
    ("Sahel pact signed", "Mali and Niger signed a security pact in Niamey on Friday."),
    ("Gulf accord reached", "Oman and Qatar signed a maritime accord in Doha on Monday."),
])
def test_a_region_before_deal_describes_no_agreement_of_its_name(extractor, headline, body):
    doc = run(extractor, body, headline=headline, published="2024-05-08")
    labels = [e.label for e in doc.entities.values() if e.type == "Agreement"]
    assert labels and not any(label in {"Pacific", "Sahel", "Gulf"} for label in labels), labels


@pytest.mark.parametrize("body, state", [
    (("The East African Community summit opened in Arusha on Monday. Speaking at the summit, Rwanda's president "
     "called for unity."), "Rwanda"),
    (("The East African Community summit opened in Arusha on Monday. Uganda's president addressed the summit on "
     "Tuesday."), "Uganda"),
    (("The East African Community summit opened in Arusha on Monday. Kenya's president gave a speech at the summit "
     "on trade."), "Kenya"),
])
def test_a_speaker_at_the_summit_takes_part(extractor, body, state):
    assert state in participants(run(extractor, body, published="2024-05-08"))


def test_speaking_elsewhere_is_no_participation(extractor):
    body = ("The East African Community summit opened in Arusha on Monday. Tanzania's president spoke to reporters "
            "in Dodoma.")
    assert "Tanzania" not in participants(run(extractor, body, published="2024-05-08"))
