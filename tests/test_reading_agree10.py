"""Access, parties and agreements read on sentences written for the test (round 10): the kinds of
facilities a list of examples names, general facilities as bases, the forces given access owning
none, accession protocols binding no parties, and a weak description of another kind of document
standing apart from the article's one agreement."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model

_SIGNED = "Chile and Peru signed the Lauca Accord in May. "


def access(doc) -> set[tuple[str, str, str]]:
    return {(f["user"], f["host"], f["facility"]) for f in facts(doc, "access")}


def parties(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


# -- the examples a facility phrase lists name their own kinds ------------------------------------------
@pytest.mark.parametrize("body, expected", [
    (_SIGNED + "The accord gives Chilean forces access to facilities in Peru, including the Ilo naval base and "
     "the airfields of Tacna.",
     {("Chile", "Peru", "naval base"), ("Chile", "Peru", "airfield")}),
    (_SIGNED + "Under the accord, access is granted to Chilean forces to ten agreed facilities on Peruvian "
     "territory, among them the air base at Tacna and the naval base at Ilo.",
     {("Chile", "Peru", "air base"), ("Chile", "Peru", "naval base")}),
    (_SIGNED + "The accord lets Chilean troops use six Peruvian facilities, such as the port of Ilo and the "
     "Tacna air base.",
     {("Chile", "Peru", "port"), ("Chile", "Peru", "air base")}),
    (_SIGNED + "Chilean forces may use facilities in Peru under the accord, including the ports and "
     "airfields of Lima and Callao, for the purposes of joint training.",
     {("Chile", "Peru", "port"), ("Chile", "Peru", "airfield")}),
])
def test_the_examples_listed_give_the_kinds(extractor, body, expected):
    doc = run(extractor, body)
    assert access(doc) == expected, access(doc)


# -- general facilities are bases (FORMAT.md), unless the access is logistical ---------------------------
@pytest.mark.parametrize("body, expected", [
    (_SIGNED + "Under the accord, access to ten facilities is granted to Chilean forces.",
     {("Chile", "Peru", "military base")}),
    (("The Lauca Accord, signed by Chile and Peru, sets up a framework under which troops of either side may "
     "operate from the other's territory and from its defence facilities."),
     {("Chile", "Peru", "military base"), ("Peru", "Chile", "military base")}),
    (_SIGNED + "The accord lets Chilean forces use agreed facilities in Peru.",
     {("Chile", "Peru", "military base")}),
    (_SIGNED + "With the accord in force, Chile gains logistical access to Peruvian facilities along the coast.",
     {("Chile", "Peru", "logistics facility")}),
])
def test_general_facilities_are_bases(extractor, body, expected):
    doc = run(extractor, body)
    assert access(doc) == expected, access(doc)


def test_forces_named_beside_their_bases_abroad_still_place_them(extractor):
    doc = run(extractor, "France keeps its base in Djibouti as well as its forces in Gabon.")
    assert ("France", "Gabon", "military base") in access(doc), access(doc)


# -- an accession protocol binds no parties --------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Turkey's parliament ratified the protocol on Norway's accession on Tuesday.",
    "Hungary became the last NATO member to ratify Norway's protocol of accession.",
    "Norway's protocol of accession, which most members have ratified, still awaits approval in Ankara.",
])
def test_an_accession_protocol_has_no_parties(extractor, body):
    doc = run(extractor, body)
    assert not {p for p in parties(doc) if "accession" in p[0].lower()}, parties(doc)


def test_an_accession_protocol_keeps_its_signatories(extractor):
    doc = run(extractor, "The protocol of accession under which Bolivia enters the customs union was signed in Lima "
                         "in 2015 by Chile, Peru and Bolivia.")
    assert {("protocol of accession", s) for s in ("Chile", "Peru", "Bolivia")} <= parties(doc), parties(doc)


def test_a_protocol_of_no_accession_keeps_its_parties(extractor):
    doc = run(extractor, "Chile and Peru signed the Lauca Protocol on border trade in May.")
    assert {("Lauca Protocol", "Chile"), ("Lauca Protocol", "Peru")} <= parties(doc), parties(doc)


# -- a weak description of another kind of document is an agreement of its own --------------------------
@pytest.mark.parametrize("body", [
    ("Norway's protocol of accession has been ratified by most members. Ankara says Oslo broke a tripartite "
    "memorandum signed by Turkey, Iceland and Norway in June."),
    ("Norway's bid is stuck. Most members have ratified its protocol of accession. Ankara says Oslo broke a "
    "tripartite memorandum signed by Turkey, Iceland and Norway in June."),
])
def test_a_memorandum_is_not_the_accession_protocol(extractor, body):
    doc = run(extractor, body)
    assert "tripartite memorandum" in labels(doc, "Agreement"), labels(doc, "Agreement")
    assert {("tripartite memorandum", s) for s in ("Turkey", "Iceland", "Norway")} <= parties(doc), parties(doc)


def test_a_weak_description_of_the_same_kind_is_the_named_one(extractor):
    doc = run(extractor, "Chile and Peru signed the Lauca Accord in May. The bilateral agreement lets Chilean "
                         "ships refuel in Peru.")
    assert labels(doc, "Agreement") == {"Lauca Accord"}, labels(doc, "Agreement")


# -- supplies drawn are resupply; supplies of gas, or stored with equipment, are not ----------------------
def activities(doc) -> set[str]:
    return {f["activity"] for f in facts(doc, "permits") if f["modality"] != "negated"}


@pytest.mark.parametrize("body, expected", [
    # (fuel drawn is a refuelling: round 34's refuelling pair)
    ("Under the Lauca Accord, either navy can draw supplies and fuel from the other.", {"resupply", "refuelling"}),
    ("Under the Lauca Accord, Chilean ships may take on supplies in Peruvian ports.", {"resupply"}),
    ("The Lauca Accord envisages cooperation on gas supplies.", set()),
    ("The Lauca Accord allows the prepositioning of Chilean equipment, supplies and materiel in Peru.",
     {"equipment movement"}),
    ("The Lauca Accord opens the door to Chilean help for Peru's armed forces in the supply of equipment.",
     {"arms procurement"}),
    ("Under the Lauca Accord, Chile will supply military equipment to Peru.", {"arms procurement"}),
])
def test_supplies(extractor, body, expected):
    doc = run(extractor, body)
    assert activities(doc) == expected, activities(doc)


# -- a subject put under the agreement: "areas of cooperation under the accord include X" --------------
@pytest.mark.parametrize("body, expected", [
    (_SIGNED + "Areas of cooperation under the accord include maritime security, humanitarian assistance and "
     "disaster relief.", {"humanitarian assistance", "disaster relief"}),
    ("Fields of cooperation under the Lauca Accord include training and joint exercises.",
     {"training", "joint exercise"}),
    ("Cooperation under the Lauca Accord extends to intelligence sharing and joint exercises.",
     {"intelligence sharing", "joint exercise"}),
    ("Trade under the Lauca Accord grew, while Chile and Peru held joint exercises.", set()),
])
def test_a_subject_under_the_agreement(extractor, body, expected):
    doc = run(extractor, body)
    assert activities(doc) == expected, activities(doc)


# -- agreement as consent is no agreement ----------------------------------------------------------------
@pytest.mark.parametrize("body", [
    ("Under the Lauca Accord, Chilean troops may operate from Peruvian bases, subject to the agreement of the hosting "
    "nation."),
    "Chilean troops may operate from Peruvian bases with the agreement of the host nation.",
    "The border between Chile and Peru was redrawn by mutual agreement in 2019.",
])
def test_agreement_as_consent_is_no_agreement(extractor, body):
    doc = run(extractor, body)
    assert labels(doc, "Agreement") <= {"Lauca Accord"}, labels(doc, "Agreement")


# -- labels: no words that only say how long the text runs; the phrase without its complements ----------
def names_of(doc) -> set[str]:
    return {n for e in doc.entities.values() if e.type == "Agreement" for n in (e.label, *e.aliases)}


@pytest.mark.parametrize("body, name", [
    ("Chile and Peru issued a brief joint statement after the talks.", "joint statement"),
    ("The two leaders signed a brief joint statement committing Chile to open its ports and Peru to cut tariffs.",
     "joint statement"),
    ("Chile and Peru signed a short defence memorandum pledging to study a joint railway.", "defence memorandum"),
    (("Estonia and Finland's new reciprocal access agreement gives each country's forces access to the other's "
     "naval bases."), "reciprocal access agreement"),
    (("Chile's defence minister met his Peruvian counterpart in Lima on Monday. He said the two countries' "
     "logistics pact lets their navies refuel at each other's ports."), "logistics pact"),
])
def test_description_labels(extractor, body, name):
    doc = run(extractor, body)
    assert name in names_of(doc), names_of(doc)


# -- a state that withdrew from an agreement is a party no longer --------------------------------------
def party_modalities(doc) -> set[tuple[str, str, str]]:
    return {(f["agreement"], f["party"], f["modality"]) for f in facts(doc, "parties")}


@pytest.mark.parametrize("body, expected", [
    ("Russia withdrew from the Treaty on Open Skies in 2021.", {("Treaty on Open Skies", "Russia", "negated")}),
    ("Azerbaijan, which withdrew from the Lauca Treaty in 1999, did not attend.",
     {("Lauca Treaty", "Azerbaijan", "negated")}),
    ("Chile signed the Lauca Accord in 2001 and pulled out of it in 2021.", {("Lauca Accord", "Chile", "negated")}),
    ("Chile threatened to pull out of the Lauca Accord.", set()),
    ("Chile will quit the Lauca Accord next year.", set()),
])
def test_a_withdrawal_ends_a_party(extractor, body, expected):
    doc = run(extractor, body)
    assert party_modalities(doc) == expected, party_modalities(doc)


# -- a clause telling where an agreement stands is no part of its label --------------------------------
@pytest.mark.parametrize("body, label", [
    (("Under a defence cooperation agreement still awaiting ratification, American forces would be able to use two "
     "Ghanaian air bases."), "defence cooperation agreement"),
    ("Chile and Peru signed a border pact requiring approval by both parliaments.", "border pact"),
    ("Chile and Peru signed a fisheries accord that still needs the backing of both congresses.", "fisheries accord"),
])
def test_a_standing_clause_is_no_part_of_the_label(extractor, body, label):
    doc = run(extractor, body)
    assert labels(doc, "Agreement") == {label}, labels(doc, "Agreement")

