"""Parties and signings, round 27, on sentences written for the test: which agreement a signing is
of (a sentence-opening adjective before a state's name names no agreement; a joint text beside a
treaty and a memorandum is one of its own; a signature added in the same sentence is of the text
just told; a one-word line heralds nothing; an agreement added "along with" is signed too), who
signs (a bare count, "the two", and "they" after it; the one it "fell to"), when (the day a main clause tells, not a later month in another clause; "the same day";
a year a "since" phrase starts), and that a plan overtaken ("had meant to sign") is no signing."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def _signers(doc, agreement: str, modality: str = "asserted") -> set[str]:
    return {f["signatory"] for f in facts(doc, "signing")
            if f["agreement"] == agreement and f["modality"] == modality and f.get("signatory")}


def _parties(doc, agreement: str, modality: str = "asserted") -> set[str]:
    return {f["party"] for f in facts(doc, "parties") if f["agreement"] == agreement and f["modality"] == modality}


def _dates(doc, agreement: str) -> set:
    return {f.get("date") for f in facts(doc, "signing") if f["agreement"] == agreement and f["modality"] == "asserted"}


# -- which agreement -------------------------------------------------------------------------

@pytest.mark.parametrize("body, bogus", [
    ("Separate US protocols with both capitals will follow in June.", "Separate US"),
    ("Parallel Chilean accords with Bolivia are being drafted.", "Parallel Chilean"),
    ("Separate Peruvian pacts on fishing will follow next year.", "Separate Peruvian"),
])
def test_a_sentence_opening_adjective_before_a_state_names_no_agreement(extractor, body, bogus):
    assert bogus not in labels(run(extractor, body), "Agreement")


@pytest.mark.parametrize("body", [
    ("The Treaty of Lasting Peace between Chile and Peru is still a draft. A memorandum on fishing is also on the table. "
     "On Monday, Chile's President Ana Rojas and Peru's President Luis Vega signed a joint declaration in Lima."),
    ("Talks on the Treaty of Arica and on a memorandum on fishing have stalled. Chile's President Ana Rojas and Peru's "
     "President Luis Vega signed a joint declaration in Lima instead."),
    ("Talks on the Lauca Water Convention and on a memorandum on fishing will go on. Chile's President Ana Rojas and "
     "Peru's President Luis Vega signed a joint declaration on Monday."),
])
def test_a_joint_text_beside_other_named_agreements_is_one_of_its_own(extractor, body):
    assert {"Chile", "Peru"} <= _signers(run(extractor, body), "joint declaration")


@pytest.mark.parametrize("body", [
    ("Ana Rojas, Chile's president, and Luis Vega, Peru's president, met in Lima. The Treaty of Lasting Peace between "
     "Chile and Peru is still unsigned. Rojas and Vega signed a joint declaration, and Jorge Salas, Bolivia's president, "
     "added his signature as an observer."),
    ("Ana Rojas, Chile's president, and Luis Vega, Peru's president, met in Lima. The Treaty of Lasting Peace between "
     "Chile and Peru is still unsigned. Rojas and Vega signed a joint declaration at noon, while Jorge Salas, Bolivia's "
     "president, added his signature as a guest."),
    ("Ana Rojas, Chile's president, and Luis Vega, Peru's president, met in Lima. The Treaty of Lasting Peace between "
     "Chile and Peru is still unsigned. After Rojas and Vega had signed a joint declaration, Jorge Salas, Bolivia's "
     "president, added his signature too."),
])
def test_a_signature_added_in_the_sentence_is_of_the_text_just_told(extractor, body):
    doc = run(extractor, body)
    assert "Jorge Salas" in _signers(doc, "joint declaration")
    assert "Jorge Salas" not in _signers(doc, "Treaty of Lasting Peace between Chile and Peru")


@pytest.mark.parametrize("body", [
    "The Treaty of Lasting Peace between Chile and Peru is still a draft.\n\n11:20 - Signed.\n\n11:25 - The ministers left.",
    "The Treaty of Lasting Peace between Chile and Peru is still a draft.\n\n14:30 — Signed!\n\n14:40 — Lunch is served.",
    "The Treaty of Lasting Peace between Chile and Peru is still a draft.\n\nUPDATE: Signed.",
])
def test_a_one_word_line_signs_nothing(extractor, body):
    doc = run(extractor, body)
    assert not [f for f in facts(doc, "signing") if f["modality"] == "asserted"]


@pytest.mark.parametrize("body, added", [
    ("Chile and Peru signed the Andes Defence Pact on Monday along with a pact on river patrols.", "pact on river patrols"),
    ("Chile and Peru signed a trade accord on Monday, as well as a memorandum on fisheries.", "memorandum on fisheries"),
    ("Chile and Peru signed the Lima Accord together with a protocol on river patrols.", "protocol on river patrols"),
])
def test_an_agreement_added_to_the_one_signed_is_signed_too(extractor, body, added):
    doc = run(extractor, body)
    assert {"Chile", "Peru"} <= _signers(doc, added)
    assert {"Chile", "Peru"} <= _parties(doc, added)


@pytest.mark.parametrize("headline, body, place", [
    ("A headline", ("Fishing crews in Putaqui are wary. Many fear the Putaqui deal. The Senate approved the Treaty on "
                    "Water Sharing that Chile and Peru signed in May."), "Putaqui"),
    ("A headline", ("Villagers in Chacalluta fear the Chacalluta deal. The Senate approved the Treaty on Water Sharing that "
                    "Chile and Peru signed in May."), "Chacalluta"),
    ("Quillagua deal passes the Senate", ("Herders around Quillagua expect little from the vote. The Senate approved the "
                                          "Treaty on Water Sharing that Chile and Peru signed in May."), "Quillagua"),
])
def test_a_place_the_text_names_bare_names_no_agreement_before_deal(extractor, headline, body, place):
    doc = run(extractor, body, headline=headline)
    assert place not in labels(doc, "Agreement")
    assert {"Chile", "Peru"} <= _signers(doc, "Treaty on Water Sharing")


# -- who signs -------------------------------------------------------------------------------

@pytest.mark.parametrize("body, agreement, signers", [
    ("Peru's President Jorge Salas met Chile's President Ana Rojas in Lima. The two signed a treaty on river patrols.",
     "treaty on river patrols", {"Jorge Salas", "Ana Rojas", "Peru", "Chile"}),
    (("Peru's President Jorge Salas received Chile's President Ana Rojas and Bolivia's President Luis Vega in Lima, and "
      "the three signed the Lima Accord."), "Lima Accord", {"Jorge Salas", "Ana Rojas", "Luis Vega", "Bolivia"}),
    ("Chile's President Ana Rojas held talks with Peru's President Luis Vega, after which the two signed the Lima Accord.",
     "Lima Accord", {"Ana Rojas", "Luis Vega"}),
])
def test_a_bare_count_is_the_people_just_brought_together(extractor, body, agreement, signers):
    assert signers <= _signers(run(extractor, body), agreement)


@pytest.mark.parametrize("body, signer", [
    ("It therefore fell to Foreign Minister Luis Vega, who landed late on Sunday, to sign the Lima Accord.", "Luis Vega"),
    ("It falls to Chile's Foreign Minister Ana Rojas to sign the Lima Accord on Friday.", "Ana Rojas"),
    ("In the end it was left to Luis Vega, Peru's foreign minister, to sign the Lima Accord.", "Luis Vega"),
])
def test_the_one_it_falls_to_signs(extractor, body, signer):
    doc = run(extractor, body)
    assert signer in _signers(doc, "Lima Accord") | _signers(doc, "Lima Accord", "planned")


@pytest.mark.parametrize("body", [
    "Chile's President Ana Rojas had meant to sign the Lima Accord herself, but she stayed at home.",
    "Ana Rojas, Chile's president, had meant to sign the Lima Accord in person.",
    "Foreign Minister Luis Vega signed the Lima Accord, which Chile's President Ana Rojas had meant to sign.",
])
def test_a_signing_someone_had_meant_to_do_is_not_told_done(extractor, body):
    assert "Ana Rojas" not in _signers(run(extractor, body), "Lima Accord")


# -- when ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    ("TACNA, Peru, March 12 - Chile and Peru promised on Tuesday to guard the border jointly, in a text agreed at Tacna, "
     "a town Peruvian soldiers won back from bandits in November.\n\nAna Rojas and Luis Vega, the two presidents, "
     "signed the Tacna Declaration once the talks ended."),
    ("Bolivia and Peru vowed on Tuesday to guard the lake together, in a text signed in Puno, the port Peruvian police "
     "won back from gangs in December.\n\nAna Rojas, Bolivia's president, and Luis Vega, Peru's president, signed the "
     "Puno Declaration after talks in the port."),
    ("LIMA - Chile and Peru pledged on Tuesday to stop the smuggling, in a declaration their presidents signed in Ilo, "
     "the port city Peruvian marines cleared of gangs in October.\n\nAna Rojas, Chile's president, and Luis Vega, "
     "Peru's president, signed the Ilo Declaration after talks in the city."),
])
def test_a_day_before_an_older_month_in_its_sentence_is_the_storys(extractor, body):
    doc = run(extractor, body, published="2024-03-12")
    assert _dates(doc, "Tacna Declaration") | _dates(doc, "Puno Declaration") | _dates(doc, "Ilo Declaration") == {dt.date(2024, 3, 12)}


@pytest.mark.parametrize("body", [
    ("Rail traffic resumed on March 3, the same day Chile and Peru signed the Lima Accord."),
    ("Trade resumed on March 3, the day Chile and Peru signed the Lima Accord."),
    ("The crossings opened on March 3, the very day Chile and Peru signed the Lima Accord."),
])
def test_the_same_day_is_the_day_beside_it(extractor, body):
    assert _dates(run(extractor, body, published="2024-03-20"), "Lima Accord") == {dt.date(2024, 3, 3)}


@pytest.mark.parametrize("body", [
    "The bridge, closed since the floods of May 2021, carried cars again on March 3, when Chile and Peru signed the Lima Accord.",
    "Trade, frozen since the crisis of June 2022, resumed on March 3, when Chile and Peru signed the Lima Accord.",
    "The border, closed since April 2023, opened on March 3, when Chile and Peru signed the Lima Accord.",
])
def test_a_day_before_what_since_starts_is_not_in_its_year(extractor, body):
    assert _dates(run(extractor, body, published="2024-03-20"), "Lima Accord") == {dt.date(2024, 3, 3)}


@pytest.mark.parametrize("body, name", [
    (("ARICA - Herders took their flocks across the line this week. The gates were unlocked on March 3, the day the "
      "presidents of Chile and Peru signed a treaty that fixes their entire boundary line through the "
      "desert."
      "\n\n\"We are glad,\" said a trader. \"It has been a long wait.\"\n\nThe Treaty on the Chile-Peru Border was signed "
      "in Lima by President Ana Rojas and President Luis Vega."), "Treaty on the Chile-Peru Border"),
    (("TACNA - Drivers were cheering at the checkpoint on Tuesday. Chile and Peru had signed a memorandum covering night "
      "crossings for trucks.\n\n\"It is about time,\" one driver said. \"We lost months.\"\n\nThe Memorandum on Road "
      "Transport was signed in Lima by Transport Minister Ana Rojas and Transport Minister Luis Vega."),
     "Memorandum on Road Transport"),
    (("TUMBES - Truckers honked at the checkpoint on Tuesday. Peru and Ecuador had signed a memorandum covering night "
      "crossings for lorries.\n\n\"It is about time,\" one trucker said. \"We lost weeks.\"\n\nThe Memorandum on Cargo "
      "Transit was signed in Quito by Trade Minister Ana Rojas and Trade Minister Luis Vega."), "Memorandum on Cargo Transit"),
])
def test_the_ledes_agreement_named_further_on_is_that_one(extractor, body, name):
    doc = run(extractor, body)
    assert [e for e in labels(doc, "Agreement")] == [name]


# -- guards ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body, agreement, absent", [
    # a partner after "with" is no agreement added
    ("Chile signed the Lima Accord together with Peru.", "Lima Accord", set()),
    # leaders adopting a declaration, no one named: no parties
    ("At the summit, the leaders adopted the Lima Declaration on Friendship.", "Lima Declaration on Friendship",
     {"Chile", "Peru"}),
    # "the two" agreements, not people
    ("Chile signed two accords with Peru. The two cover fishing and trade.", "", {"Chile"}),
])
def test_guards(extractor, body, agreement, absent):
    doc = run(extractor, body)
    if agreement:
        assert not absent & _parties(doc, agreement)
    assert "Peru" not in labels(doc, "Agreement")


def test_guard_a_later_name_told_with_no_signing_is_not_the_ledes(extractor):
    body = ("TACNA - Drivers were cheering at the checkpoint on Tuesday. Chile and Peru had signed a memorandum covering "
            "night crossings for trucks.\n\n\"It is about time,\" one driver said.\n\nThe Memorandum on Road Transport, "
            "a text of 1998, still governs the daytime crossings.")
    assert len(labels(run(extractor, body), "Agreement")) == 2
