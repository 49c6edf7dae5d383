"""Signings and parties, round 19: who signs when a list of titled names follows "by" or "with", however the
parser hung its later items (kg.extract.facts.signer_lists); which agreement is meant when a story names two
(a document set beside a noun read through, kg.extract.reference; a bare "the agreement" is none of the others
its own clause names, kg.extract.agreement_references; a lede's unnamed agreement is the story's, and a
name "the pact" is set against is not what the lede's indefinite refers ahead to,
kg.extract.description_identity); "there" on a signing (kg.extract.facts.signing_places); verbs sharing an
object share its date (kg.extract.clause_dates); a plan that fell through or whose ceremony was called off
(kg.extract.clause_modality); a plural after "a" the parser made an object (kg.extract.nlp). On sentences
written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def signed(doc) -> set[tuple]:
    return {(f["agreement"], f.get("signatory"), f["modality"]) for f in facts(doc, "signing")}


def signers(doc, agreement: str) -> set[str]:
    return {f.get("signatory") for f in facts(doc, "signing") if f["agreement"] == agreement}


def parties(doc) -> set[tuple]:
    return {(f["agreement"], f["party"], f["modality"]) for f in facts(doc, "parties")}


# -- a list of titled names after "by" or "with" ------------------------------------------------------
@pytest.mark.parametrize("body, agreement, expected", [
    (("The Andes Charter was signed in Lima on 6 March by the Prime Minister of Chile, the Hon Ana Ruiz MP, and "
      "the Prime Minister of Peru, the Hon Luis Soto MP."), "Andes Charter", {"Ana Ruiz", "Luis Soto", "Peru"}),
    (("The Amazon Accord was signed in Quito by Jorge Salas, Ecuador's foreign minister, and Ana Ruiz, the "
      "Peruvian foreign minister, who was on a tour of the region."), "Amazon Accord", {"Jorge Salas", "Ana Ruiz", "Peru"}),
    (("Peruvian President Ana Ruiz signed the Andes Rail Accord with the foreign minister of Chile, Luis Soto, "
      "and Bolivia's foreign minister, Marta Quispe, at a ceremony in Lima."), "Andes Rail Accord",
     {"Luis Soto", "Marta Quispe", "Bolivia"}),
    (("The Sahel Water Charter was signed in Niamey on July 6 last year at the bloc's first summit by Niger's "
      "leader, General Moussa Diallo, Mali's interim president, Colonel Ali Keita, and Chad's interim president, "
      "Captain Idriss Bello."), "Sahel Water Charter", {"Moussa Diallo", "Idriss Bello", "Chad"}),
])
def test_every_name_of_a_titled_list_after_by_or_with_signs(extractor, body, agreement, expected):
    got = signers(run(extractor, body), agreement)
    assert expected <= got, got


@pytest.mark.parametrize("body, other", [
    (("The Andes Accord was signed by Chilean President Ana Ruiz, and Bolivian President Luis Vaca criticised it on "
     "Monday."), "Luis Vaca"),
    ("The Andes Accord was signed by Chilean President Ana Ruiz in the presence of Peruvian President Luis Soto.",
     "Luis Soto"),
    ("Chilean President Ana Ruiz signed the Andes Accord with Peru, and Bolivian President Luis Vaca praised the deal.",
     "Luis Vaca"),
])
def test_a_name_after_the_list_signs_nothing(extractor, body, other):
    got = signers(run(extractor, body), "Andes Accord")
    assert "Ana Ruiz" in got and other not in got, got


# -- which agreement: a document beside the noun read through ------------------------------------------
def test_an_amendment_told_by_apposition_is_the_one_signed(extractor):
    doc = run(extractor, "The previous amendment of the Andes Water Treaty, the first protocol, was signed in Arica in "
                         "2019 by Chile and Peru.")
    assert ("first protocol", "Chile", "asserted") in signed(doc), signed(doc)
    assert not any(a == "Andes Water Treaty" for a, _, _ in signed(doc)), signed(doc)


def test_a_named_amendment_beside_the_treaty_is_the_one_ratified(extractor):
    doc = run(extractor, "Chile ratified the second amendment of the Andes Water Treaty, the Arica Protocol, on Monday.")
    got = {(f["agreement"], f["state"]) for f in facts(doc, "ratification")}
    assert ("Arica Protocol", "Chile") in got and ("Andes Water Treaty", "Chile") not in got, got


def test_a_description_of_the_treaty_itself_beside_it_stays_the_treaty(extractor):
    doc = run(extractor, "The text of the Andes Water Treaty, the region's oldest accord, was signed by Chile in 1990.")
    assert ("Andes Water Treaty", "Chile", "asserted") in signed(doc), signed(doc)


# -- which agreement: not one its own clause names besides it ------------------------------------------
@pytest.mark.parametrize("body, signer", [
    (("Parliament ratified the defence cooperation agreement between Chile and Peru on Friday. The agreement, "
      "signed by Defence Minister Ana Ruiz and the Peruvian Ambassador to Chile, Luis Soto, updates a 1998 Status of "
      "Forces Agreement between the two countries."), "Ana Ruiz"),
    (("Parliament ratified the defence cooperation agreement between Chile and Peru on Friday. The agreement, "
      "signed by Chile's defence minister, replaces the Andes Border Treaty."), "Chile"),
])
def test_the_agreement_is_none_its_own_clause_names(extractor, body, signer):
    doc = run(extractor, body)
    assert ("defence cooperation agreement", signer, "asserted") in signed(doc), signed(doc)


def test_the_older_agreement_between_the_two_is_theirs(extractor):
    doc = run(extractor, "Chile and Peru signed a new defence pact on Monday. The pact updates a 1998 Status of Forces "
                         "Agreement between the two countries.")
    assert {("defence pact", "Chile", "asserted"), ("Status of Forces Agreement", "Peru", "asserted")} <= parties(doc), \
        parties(doc)


@pytest.mark.parametrize("body, agreement", [
    ("Kenya and Uganda signed a rail deal on Friday. The deal replaces the Northern Corridor Treaty.", "rail deal"),
    ("Chile and Peru signed a new defence pact on Monday. The pact updates the Andes Security Treaty.", "defence pact"),
    ("Estonia and Latvia signed a grid agreement on Friday. The agreement replaces the Baltic Power Treaty of 1999.",
     "grid agreement"),
    # (what a copula says of it is the name: the pact is the one named)
    ("Chile and Peru signed a new defence pact on Monday. The pact is the Lauca Treaty, which takes effect in May.",
     "Lauca Treaty"),
])
def test_a_ledes_indefinite_is_not_the_name_the_pact_is_set_against(extractor, body, agreement):
    doc = run(extractor, body)
    assert any(a == agreement for a, s, _ in signed(doc) if s), signed(doc)


def test_it_is_the_unnamed_agreement_the_lede_describes(extractor):
    doc = run(extractor, "Parliament ratified the defence cooperation agreement between Chile and Peru on Friday. The "
                         "agreement updates a 1998 Status of Forces Agreement between the two countries. Once it takes "
                         "effect, Peruvian forces will be able to use the runway at Arica airport.")
    got = {f.get("agreement") for f in facts(doc, "access")}
    assert got == {"defence cooperation agreement"}, got


# -- where: "there" ------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, city", [
    ("Chile and Peru, whose presidents met in Arica last week, signed a water accord there.", "Arica"),
    ("Kenya's president travelled to Kampala, and signed a rail pact with Uganda there on Friday.", "Kampala"),
])
def test_there_is_the_place_named_before_it(extractor, body, city):
    got = {f.get("place") for f in facts(run(extractor, body), "signing")}
    assert got == {city}, got


# -- when: verbs sharing their object ------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Ghana and Togo signed and ratified the Volta Basin Charter in Lome on Wednesday.",
    "Peru signed and published the Andes Rail Accord on Wednesday.",
])
def test_verbs_sharing_an_object_share_its_date(extractor, body):
    got = {str(f.get("date")) for f in facts(run(extractor, body, published="2025-03-14"), "signing")}
    assert got == {"2025-03-12"}, got


def test_a_verb_with_its_own_object_keeps_its_own_date(extractor):
    doc = run(extractor, "Chile signed the Andes Water Treaty in 2019 and ratified it on Wednesday.", published="2025-03-14")
    assert all(str(f.get("date")) != "2025-03-12" for f in facts(doc, "signing")), facts(doc, "signing")


# -- modality: a plan that fell through -----------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Chile and Peru signed the Andes Treaty in Santiago on Monday, weeks after a planned signing in Lima fell through.",
    "Chile and Peru signed the Andes Treaty in Santiago on Monday, weeks after an attempt to sign it in Lima collapsed.",
])
def test_a_signing_that_fell_through_is_denied(extractor, body):
    got = {(f.get("place"), f["modality"]) for f in facts(run(extractor, body), "signing")}
    assert ("Lima", "negated") in got and ("Lima", "planned") not in got, got


def test_a_ceremony_at_which_they_were_to_sign_called_off(extractor):
    doc = run(extractor, "A ceremony at which Ghana and Togo were to sign the Volta Water Accord was called off on Tuesday.")
    assert {("Volta Water Accord", "Ghana", "negated"), ("Volta Water Accord", "Togo", "negated")} <= signed(doc), \
        signed(doc)


# -- the parse: a plural after "a" ----------------------------------------------------------------------
@pytest.mark.parametrize("body, agreement", [
    ("Chile and Peru signed a fisheries pact on Tuesday.", "fisheries pact"),
    ("The two states signed a fisheries memorandum in Lima on Tuesday.", "fisheries memorandum"),
])
def test_a_plural_after_a_is_the_nouns_modifier(extractor, body, agreement):
    got = {f["agreement"] for f in facts(run(extractor, body), "signing")}
    assert got == {agreement}, got


# -- who: "each" standing for the people just listed ----------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    (("The ceremony brought together Chilean President Ana Ruiz, Peruvian President Luis Soto and Bolivian President "
      "Marta Quispe. Each signed the Andes Water Treaty on behalf of her country."),
     {"Ana Ruiz", "Luis Soto", "Marta Quispe", "Chile", "Peru", "Bolivia"}),
    ("The summit brought together the leaders of Chile, Peru and Bolivia. Each signed the Andes Water Treaty.",
     {"Chile", "Peru", "Bolivia"}),
])
def test_each_is_every_one_of_the_group_just_told(extractor, body, expected):
    got = signers(run(extractor, body), "Andes Water Treaty")
    assert expected <= got, got


def test_on_behalf_of_her_country_is_the_signers_own(extractor):  # (a guard: one signer keeps her state)
    doc = run(extractor, "Chilean Foreign Minister Ana Ruiz signed the Andes Water Treaty on behalf of her country.")
    assert signers(doc, "Andes Water Treaty") == {"Ana Ruiz", "Chile"}, signers(doc, "Andes Water Treaty")


# -- which agreement: the name a participle gives the noun ----------------------------------------------
@pytest.mark.parametrize("body", [
    ("Peru joined the Pacific Amity Treaty in 2007. The accord, dubbed the Andes Peace Accord, was signed on Sunday by "
     "Chilean President Ana Ruiz."),
    ("Peru joined the Pacific Amity Treaty in 2007. The accord, known as the Andes Peace Accord, was signed on Sunday by "
     "Chilean President Ana Ruiz."),
    "Peru joined the Pacific Amity Treaty in 2007. On Sunday Chile signed a deal called the Andes Peace Accord.",
])
def test_the_accord_dubbed_x_is_x(extractor, body):
    got = {(a, s) for a, s, _ in signed(run(extractor, body))}
    assert ("Andes Peace Accord", "Chile") in got and not any(a == "Pacific Amity Treaty" for a, _ in got), got


# -- modality: a plan for the day a signing was called off -----------------------------------------------
@pytest.mark.parametrize("body", [
    ("A ceremony at which Chile and Peru were to sign the Andes Treaty was called off on Friday. Chilean President Ana "
     "Ruiz arrived in Lima on Friday morning expecting to put her name to the treaty alongside Peruvian President Luis "
     "Soto."),
    ("The signing of the Andes Treaty by Chile and Peru, set for Friday, was postponed. Chilean President Ana Ruiz was to "
     "sign it in Lima on Friday with Peruvian President Luis Soto."),
])
def test_a_plan_for_the_day_a_signing_was_called_off_is_called_off(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert {("Andes Treaty", "Ana Ruiz", "negated"), ("Andes Treaty", "Peru", "negated")} <= signed(doc), signed(doc)
    assert not any(m == "planned" for _, _, m in signed(doc)), signed(doc)
    assert not any(m == "negated" for _, _, m in parties(doc)), parties(doc)  # (called off, not refused: still ahead)


def test_a_plan_for_another_day_stays_ahead(extractor):
    doc = run(extractor, "Chile refused to sign the Andes Treaty on Monday. It is expected to sign it in June.")
    assert ("Andes Treaty", "Chile", "planned") in signed(doc), signed(doc)
