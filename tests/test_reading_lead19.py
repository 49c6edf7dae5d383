"""The lead's round 19: a plural agreement noun with several partners ("India has logistics pacts
with the US, France and Japan") tells of one agreement with each partner, binding that partner
and whoever the clause says made or holds them (kg.extract.agreement_sets,
kg.extract.facts.partner_agreements). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def parties(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


@pytest.mark.parametrize("body, holder, noun, partners", [
    ("Kenya has signed defence cooperation agreements with Britain, Turkey and France since 2015.",
     "Kenya", "defence cooperation agreement", ["Britain", "Turkey", "France"]),
    ("Chile, which already has free trade pacts with Peru and Mexico, is negotiating a third.",
     "Chile", "free trade pact", ["Peru", "Mexico"]),
    ("Tokyo concluded reciprocal access agreements with Australia and the Philippines last year.",
     "Japan", "reciprocal access agreement", ["Australia", "the Philippines"]),
])
def test_a_plural_with_partners_is_one_agreement_each(extractor, body, holder, noun, partners):
    doc = run(extractor, body, published="2025-03-14")
    found = parties(doc)
    for partner in partners:
        label = f"{noun} with {partner}"
        assert label in labels(doc, "Agreement"), labels(doc, "Agreement")
        party = {e.label for e in doc.entities.values() if partner.removeprefix("the ") in e.label
                 or partner in e.aliases}
        assert any((label, p) in found for p in party), found
        assert (label, holder) in found, found
    # no partner binds another partner's agreement
    others = {(f"{noun} with {a}", b) for a in partners for b in partners if a != b}
    assert not {(a, p) for a, p in found if any(a == o[0] and o[1].removeprefix("the ") in p for o in others)}


def test_signed_plural_gives_each_signatory_its_own(extractor):
    doc = run(extractor, "India has signed logistics agreements with France and Japan.", published="2025-03-14")
    signed = {(f["agreement"], f.get("signatory")) for f in facts(doc, "signing")}
    assert ("logistics agreement with France", "India") in signed
    assert ("logistics agreement with Japan", "India") in signed
    assert ("logistics agreement with France", "Japan") not in signed


def test_a_plural_of_no_particular_partners_is_no_agreement(extractor):
    doc = run(extractor, "Kenya wants agreements with many countries in the region.", published="2025-03-14")
    assert not labels(doc, "Agreement")


def test_one_agreement_with_two_partners_stays_one(extractor):
    doc = run(extractor, "Kenya signed a security agreement with Britain and Turkey on Monday.", published="2025-03-14")
    found = parties(doc)
    assert len({a for a, _ in found}) == 1, found
    assert {p for _, p in found} == {"Kenya", "United Kingdom", "Turkey"}, found


def test_a_pronoun_holder_of_a_plural_with_partners(extractor):
    # (was read as none in particular; the real-dev keys record each such agreement with its parties)
    body = "The European Union signed a trade deal with Vietnam in 2019. It has struck trade agreements with Japan, Chile and Peru."
    found = parties(run(extractor, body, published="2025-03-14"))
    for partner in ("Japan", "Chile", "Peru"):
        assert (f"trade agreement with {partner}", partner) in found, found
        assert (f"trade agreement with {partner}", "European Union") in found, found


def offices(doc) -> set[tuple[str, str, str]]:
    return {(f["person"], f["office"], f["of"]) for f in facts(doc, "office")}


@pytest.mark.parametrize("body, expected", [
    ("The accord was signed by Defence Minister Kofi Asante and the US Ambassador to Ghana, Robert Hale.",
     ("Kofi Asante", "Defence Minister", "Ghana")),
    ("Foreign Minister Ana Ruiz and the Chinese ambassador to Peru, Li Wei, signed the memorandum in Lima.",
     ("Ana Ruiz", "Foreign Minister", "Peru")),
    ("The pact was signed by the Indian High Commissioner to Kenya, Arjun Mehta, and Defence Minister Aden Wario.",
     ("Aden Wario", "Defence Minister", "Kenya")),
    ("The memorandum was signed by the British envoy to Oman, Jane Marriott, and Defence Secretary Salim Harthi.",
     ("Salim Harthi", "Defence Secretary", "Oman")),
    pytest.param("The memorandum was initialled by the Indian envoy to Oman, Arjun Mehta, and Defence Minister Salim Al-Harthi.",
                 ("Salim Al-Harthi", "Defence Minister", "Oman"),
                 marks=pytest.mark.xfail(reason="written before the fix; no owner is found, cause not traced", strict=True)),
])
def test_an_official_listed_with_an_envoy_to_a_state_may_be_that_states(extractor, body, expected):
    # (the two sides of a signing: where the envoy is sent is the other's state, not ruled out)
    assert expected in offices(run(extractor, body, published="2025-03-14"))


@pytest.mark.parametrize("body, person", [
    ("Ghana's parliament met on Friday. The Speaker, Professor Kwame Boateng, put the question after 4pm.", "Kwame Boateng"),
    ("Prof. Amara Diallo, Senegal's foreign minister, arrived in Dakar on Monday.", "Amara Diallo"),
])
def test_an_academic_title_is_no_part_of_the_name(extractor, body, person):
    doc = run(extractor, body, published="2025-03-14")
    assert person in labels(doc, "Person"), labels(doc, "Person")


@pytest.mark.parametrize("body, person, office, state", [
    (("Pakistani Defence Minister Khawaja Tariq Asif met reporters. Prime Minister Tariq Shehbaz Rana then paid a "
      "state visit to Riyadh."), "Tariq Shehbaz Rana", "Prime Minister", "Pakistan"),
    (("Mali's Foreign Minister Abdoulaye Moussa Traore spoke first. President Moussa Keita Diarra signed the "
      "pact in Bamako."), "Moussa Keita Diarra", "President", "Mali"),
])
def test_a_word_of_another_persons_name_beside_a_name_is_part_of_it(extractor, body, person, office, state):
    # (a middle word of one person's long name, "Tariq", is no reference to them before another's name)
    doc = run(extractor, body, published="2025-03-14")
    assert any(person.endswith(p) or p.endswith(person.split(maxsplit=1)[1]) for p in labels(doc, "Person")), labels(doc, "Person")
    got = {(o, s) for p, o, s in offices(doc) if p.split()[-1] == person.split()[-1]}
    assert (office, state) in got, offices(doc)


def test_a_patronymic_run_is_one_name(extractor):
    body = ("Saudi Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud received the delegation. King Salman bin "
            "Abdulaziz Al Saud sent his greetings.")
    doc = run(extractor, body, published="2025-03-14")
    crown = {o for p, o, _ in offices(doc) if p.startswith("Mohammed bin Salman")}
    assert "Crown Prince" in crown, offices(doc)
    assert not any(o == "Crown Prince" and p.startswith("Salman") for p, o, _ in offices(doc)), offices(doc)


@pytest.mark.parametrize("body, person", [
    ("Kenyan President Grace Wanjiru arrived in Lima with Foreign Minister Paul Otieno.", "Paul Otieno"),
    ("Kenyan President Grace Wanjiru flew to Lima on Monday with Foreign Minister Paul Otieno and Defence Minister Ann Kirui.",
     "Ann Kirui"),
    ("Kenyan President Grace Wanjiru travelled to Lima with Foreign Minister Paul Otieno, where she met President Luis Campos.",
     "Paul Otieno"),
])
def test_an_official_travelling_with_a_leader_serves_the_leaders_state(extractor, body, person):
    got = {s for p, _, s in offices(run(extractor, body, published="2025-03-14")) if p == person}
    assert got == {"Kenya"}, got


def test_an_official_one_signs_with_is_not_a_companion(extractor):
    body = "Kenyan President Grace Wanjiru signed the pact with Foreign Minister Paul Otieno of Peru in Lima."
    got = {s for p, _, s in offices(run(extractor, body, published="2025-03-14")) if p == "Paul Otieno"}
    assert "Kenya" not in got, got


@pytest.mark.parametrize("body, person, state", [
    ("President Duma Kgosi of Botswana welcomed the delegation.", "Duma Kgosi", "Botswana"),
    ("His Excellency Duma Kgosi, President of the Republic of Botswana, welcomed the delegation.", "Duma Kgosi", "Botswana"),
    ("Speaker Majlis Rahimov opened the session of Azerbaijan's parliament on Monday.", "Majlis Rahimov", None),
])
def test_a_given_name_that_also_names_a_body_opens_a_persons_name(extractor, body, person, state):
    doc = run(extractor, body, published="2025-03-14")
    assert person in labels(doc, "Person"), labels(doc, "Person")
    if state:
        assert ("President" in {o for p, o, s in offices(doc) if p == person and s == state}), offices(doc)


def test_a_bodys_one_word_name_alone_is_still_the_body(extractor):
    doc = run(extractor, "The Duma approved the treaty on Tuesday, Speaker Vyacheslav Volodin said.", published="2025-03-14")
    assert "State Duma" in labels(doc, "Legislature"), labels(doc, "Legislature")


@pytest.mark.parametrize("body, summit, place", [
    (("Leaders arrived in Cusco on Sunday for the 31st Regular Meeting of the Council of Heads of Government "
      "of the Andean Community."), "31st Regular Meeting of the Council of Heads of Government of the Andean Community",
     "Cusco"),
    ("Almaty hosted the fourth Consultative Meeting of the Heads of State of the Turkic Council on Saturday.",
     "fourth Consultative Meeting of the Heads of State of the Turkic Council", "Almaty"),
    ("The Third Meeting of Heads of State and Government of the Andean Forum opened in Quito on Monday.",
     "Third Meeting of Heads of State and Government of the Andean Forum", "Quito"),
])
def test_a_named_meeting_of_heads_of_state_is_a_summit(extractor, body, summit, place):
    doc = run(extractor, body, published="2025-03-14")
    found = {(e.label, *sorted(e.aliases)) for e in doc.entities.values() if e.type == "Summit"}
    assert any(summit in names for names in found), found
    assert any(f.get("location") == place for f in facts(doc, "summit")), facts(doc, "summit")


def test_a_meeting_of_ministers_is_no_summit(extractor):
    doc = run(extractor, "The Meeting of Foreign Ministers of the Andean Forum opened in Quito on Monday.", published="2025-03-14")
    assert not labels(doc, "Summit"), labels(doc, "Summit")
