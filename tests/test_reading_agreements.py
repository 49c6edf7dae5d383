"""How news tells of agreements, read on sentences written for the test: who makes an agreement
(its parties), who signs it, when and where, and who ratifies it, in every construction."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts

from kg.model import Article, Document

pytestmark = pytest.mark.model


def run(extractor, body: str, published: str = "2024-03-10", headline: str = "A headline") -> Document:
    text = headline + "\n" + body
    return extractor(Article(id="t", text=text, title=headline, published=dt.date.fromisoformat(published)))


def parties(doc: Document) -> set[tuple[str, str, str]]:
    return {(f["agreement"], f["party"], f["modality"]) for f in facts(doc, "parties")}


# -- making an agreement binds its makers ---------------------------------------------------------------
@pytest.mark.parametrize("body, agreement, modality", [
    ("Kenya and Tanzania reached a defence cooperation agreement on Monday.", "defence cooperation agreement",
     "asserted"),
    ("Kenya struck a trade deal with Tanzania last week.", "trade deal", "asserted"),
    ("A water-sharing accord was agreed by Kenya and Tanzania in May.", "water-sharing accord", "asserted"),
    ("The fisheries accord that Kenya negotiated with Tanzania expires in May.", "fisheries accord", "asserted"),
    ("Negotiated by Kenya and Tanzania over three years, the fisheries accord expires in May.", "fisheries accord",
     "asserted"),
    ("Kenyan President Ruth Wanjiku and Tanzanian President Juma Mselem clinched a border deal on Monday.",
     "border deal", "asserted"),
    ("Kenya and Tanzania are expected to finalise a fisheries agreement next month.", "fisheries agreement", "planned"),
])
def test_whoever_makes_an_agreement_is_a_party(extractor, body, agreement, modality):
    got = parties(run(extractor, body))
    assert got >= {(agreement, "Kenya", modality), (agreement, "Tanzania", modality)}, got


@pytest.mark.parametrize("body", [
    "Kenya and Tanzania concluded negotiations on a fisheries agreement in Arusha on Friday.",
    "Negotiations between Kenya and Tanzania on a fisheries agreement were completed on Friday.",
    "Kenya wrapped up talks with Tanzania on a fisheries agreement, officials said.",
])
def test_talks_brought_to_an_end_make_the_agreement(extractor, body):
    got = parties(run(extractor, body))
    assert got >= {("fisheries agreement", "Kenya", "asserted"), ("fisheries agreement", "Tanzania", "asserted")}, got


def test_an_agreement_not_reached_binds_no_one(extractor):
    assert not parties(run(extractor, "Kenya and Tanzania failed to reach a fisheries agreement on Monday."))


@pytest.mark.parametrize("body", [
    "Kenya has been negotiating a fisheries agreement with Tanzania since 2019.",
    "Officials said the fisheries agreement being negotiated by Kenya and Tanzania would open their lakes to both fleets.",
    "Kenya and Tanzania were still negotiating a fisheries agreement when the talks broke down.",
])
def test_an_agreement_still_being_negotiated_binds_its_makers_ahead(extractor, body):
    got = {(p, mod) for _, p, mod in parties(run(extractor, body))}
    assert got == {("Kenya", "planned"), ("Tanzania", "planned")}, got


# -- an agreement told by its parties is the one in view -------------------------------------------------
@pytest.mark.parametrize("second", [
    "Officials said the new deal between the two neighbours would also cover disaster relief.",
    "The accord between both countries also covers disaster relief.",
    "Under the pact between the two nations, disaster relief is also covered.",
])
def test_an_agreement_between_a_pair_is_the_one_in_view(extractor, second):
    doc = run(extractor, "Kenya and Tanzania signed a defence cooperation pact on Monday. " + second)
    agreements = {e.label for e in doc.entities.values() if e.type == "Agreement"}
    assert agreements == {"defence cooperation pact"}, agreements


# -- ratification: the body's state is the one the sentence names ----------------------------------------
def ratified(doc: Document) -> set[tuple]:
    return {(f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}


_BOLIVIA_FIRST = ("Bolivia and Chile signed the Lauca Water Accord in La Paz in 2023. Bolivia's Chamber of Deputies "
                  "approved it in May, and the Bolivian Senate followed in June. ")


@pytest.mark.parametrize("body", [
    "Chile's Chamber of Deputies ratified the accord on Monday.",
    "The accord was ratified on Monday by Chile's Chamber of Deputies.",
    "Chile's ratification came on Monday, when its Chamber of Deputies voted for the accord.",
    "In Chile, the Chamber of Deputies ratified the accord on Monday.",
])
def test_a_ratifying_body_is_of_the_state_its_sentence_names(extractor, body):
    got = ratified(run(extractor, _BOLIVIA_FIRST + body))
    assert ("Chile", "Chamber of Deputies", "asserted") in got, got


@pytest.mark.parametrize("body, modality", [
    (("Chile's Chamber of Deputies ratified the accord in May, and President Tomas Varela signed it into law "
      "on Monday."), "asserted"),
    (("President Tomas Varela is expected to sign the ratification law within days, after which Chile will deposit "
      "its instrument of ratification."), "planned"),
    ("Approved by Chile's Senate in May, the accord was signed into law by President Tomas Varela on Monday.",
     "asserted"),
])
def test_a_head_of_state_signing_it_into_law_ratifies_for_the_state_of_the_sentence(extractor, body, modality):
    got = ratified(run(extractor, _BOLIVIA_FIRST + body))
    assert ("Chile", "Tomas Varela", modality) in got, got


@pytest.mark.parametrize("body", [
    "Kenya and Tanzania initialled a fisheries agreement in Arusha on Friday; it is to be signed in May.",
    "A fisheries agreement initialled by Kenya and Tanzania in March has yet to be signed.",
    "The fisheries agreement, which Kenya and Tanzania initialled in March, awaits signature.",
])
def test_an_initialled_agreement_is_agreed_not_signed(extractor, body):
    doc = run(extractor, body)
    assert {(f.get("signatory"), f["modality"]) for f in facts(doc, "signing")} <= {(None, "planned")}, facts(doc, "signing")
    # its makers are its parties, ahead until it is signed (FORMAT.md)
    assert {("Kenya", "planned"), ("Tanzania", "planned")} == {(p, mod) for _, p, mod in parties(doc)}, parties(doc)


# -- which agreement a later sentence speaks of -----------------------------------------------------------
@pytest.mark.parametrize("body", [
    ("The border treaty between Chile and Peru was signed in Lima in 2005, after Peru's congress added a preamble "
     "recalling the Ancon Peace Treaty. The treaty was ratified by Chile's Senate on Monday."),
    ("The border treaty between Chile and Peru, which replaced the Ancon Peace Treaty, was signed in Lima in 2005. "
     "Chile's Senate ratified the treaty on Monday."),
    ("The border treaty between Chile and Peru was signed in 2005. Critics in Peru, who still cite the Ancon Peace "
     "Treaty, opposed it. On Monday, the treaty was ratified by Chile's Senate."),
])
def test_an_agreement_named_in_an_aside_is_not_the_one_a_later_sentence_means(extractor, body):
    got = {(f["agreement"], f["state"]) for f in facts(run(extractor, body), "ratification")}
    assert len(got) == 1 and "border treaty" in next(iter(got))[0], got


@pytest.mark.parametrize("body", [
    "The Andes Water Accord was first signed by Chile and Peru in Lima in May 2005. A new text was signed on 3 March 2014.",
    "Chile and Peru signed the Andes Water Accord in 2005; after a dispute, the accord was signed again on 3 March 2014.",
    "Signed by Chile and Peru in May 2005, the Andes Water Accord was signed a second time on 3 March 2014.",
])
def test_a_signing_dated_by_month_or_year_keeps_no_other_signings_day(extractor, body):
    signed = facts(run(extractor, body), "signing")
    assert {f.get("date") for f in signed if f.get("signatory") in {"Chile", "Peru"}} == {None}, signed
    assert dt.date(2014, 3, 3) in {f.get("date") for f in signed}, signed


@pytest.mark.parametrize("body", [
    "Peru withdrew its signature from the Andes Water Accord in 2019.",
    "Chile signed the Andes Water Accord in 2001. Peru revoked its signature in 2019.",
    "The withdrawal came after Peru retracted its signature to the Andes Water Accord.",
])
def test_a_withdrawn_signature_is_no_signing(extractor, body):
    assert not [f for f in facts(run(extractor, body), "signing") if f.get("signatory") == "Peru"]


@pytest.mark.parametrize("body", [
    "Officials cited the border treaty between Chile and Peru, signed in 2007 and ratified by both parliaments in 2008.",
    "The Andes Water Accord, drafted in 2005 and ratified by Chile and Peru in 2008, expires next year.",
    "Chile and Peru revived a water accord first negotiated in 2005 and ratified by both parliaments in 2008.",
])
def test_a_participle_coordinated_with_another_on_an_agreement_is_about_it(extractor, body):
    got = {f["state"] for f in facts(run(extractor, body), "ratification")}
    assert got == {"Chile", "Peru"}, got


# -- agreements told by their owners, and in the plural ---------------------------------------------------
@pytest.mark.parametrize("body", [
    "The European Union signed a trade deal with Vietnam in 2019. The bloc's trade deal with Vietnam removed most tariffs.",
    "Talks began in 2012. In 2019 the bloc's trade deal with Vietnam, first proposed by the European Union, was signed.",
    "The European Union defends open markets. Its trade deal with Vietnam was signed in 2019.",
])
def test_the_owner_of_an_agreement_described_by_its_partner_is_a_party(extractor, body):
    got = {p for _, p, _ in parties(run(extractor, body))}
    assert got >= {"European Union", "Vietnam"}, got


@pytest.mark.parametrize("body", [
    "The European Union signed a trade deal with Vietnam in 2019, one of many agreements with Japan, Chile and Peru.",
    "The European Union signed a trade deal with Vietnam in 2019; the agreements it signed with Chile and Peru are older.",
])
def test_agreements_in_the_plural_are_none_of_them_in_particular(extractor, body):
    got = {p for _, p, _ in parties(run(extractor, body))}
    assert not got & {"Japan", "Chile", "Peru"}, got


@pytest.mark.parametrize("body, cq", [
    (("Peru's congress approved two agreements with Chile on Wednesday. The first bill ratifies an accord on fisheries "
     "quotas. The second bill ratifies a protocol on border crossings."), "ratification"),
    (("Chile and Peru signed a fisheries accord in May. In June they signed a protocol on border crossings. Both "
     "texts were approved by Peru's congress on Wednesday."), "ratification"),
    (("Chile and Peru agreed an accord on fisheries quotas and a protocol on border crossings in March. The two "
     "documents were signed by Chile and Peru in Lima on Wednesday."), "signing"),
])
def test_two_agreements_are_the_two_the_passage_tells_of(extractor, body, cq):
    got = {f["agreement"] for f in facts(run(extractor, body), cq) if f["modality"] == "asserted"}
    assert got == {"accord on fisheries quotas" if "quotas" in body else "fisheries accord",
                   "protocol on border crossings"}, got


# -- a will to sign or ratify: whose, and how far it got ----------------------------------------------------
_SIGNED = "Chile signed the Andes Water Accord in 2001. "


@pytest.mark.parametrize("body, cq, role, modality", [
    ("Peru's refusal to sign it was criticised by Chile.", "signing", "signatory", "negated"),
    ("Talks stalled over Peru's failure to ratify it.", "ratification", "state", "negated"),
    ("Peru's decision to sign it surprised Bolivia.", "signing", "signatory", "planned"),
    ("Peru announced plans to sign it in May.", "signing", "signatory", "planned"),
])
def test_the_owner_of_a_will_to_sign_is_the_signer(extractor, body, cq, role, modality):
    got = {(f.get(role), f["modality"]) for f in facts(run(extractor, _SIGNED + body), cq)}
    assert ("Peru", modality) in got and ("Peru", "asserted") not in got, got


@pytest.mark.parametrize("body, agreement", [
    ("Macron cited Article 5 of the NATO treaty, which covers France and Poland.", "NATO treaty"),
    ("Officials said the ASEAN charter commits Laos and Vietnam to peaceful settlement.", "ASEAN charter"),
    ("Leaders praised the African Union treaty, which Kenya and Ghana have signed.", "African Union treaty"),
])
def test_an_organisation_before_a_treaty_names_its_founding_text_not_a_party(extractor, body, agreement):
    got = parties(run(extractor, body))
    assert not [p for a, p, _ in got if p in {"NATO", "ASEAN", "African Union"}], got


@pytest.mark.parametrize("body", [
    "Vanuatu signed a security pact with the regional power, Australia, in 2022.",
    "The security pact Vanuatu signed with the regional power, Australia, angered its critics.",
    "A security pact was signed in 2022 by Vanuatu and the regional power, Australia.",
])
def test_a_state_named_beside_a_description_is_the_state_meant(extractor, body):
    got = {p for _, p, _ in parties(run(extractor, body))}
    assert got == {"Vanuatu", "Australia"}, got


def test_its_after_an_aside_is_not_the_agreement_named_there(extractor):
    doc = run(extractor, "The border treaty between Chile and Peru was signed in 2005. Peru's congress, which once "
                         "invoked the Ancon Peace Treaty, has yet to hold its final vote.")
    assert not [f for f in facts(doc, "ratification") if f["agreement"] == "Ancon Peace Treaty"], facts(doc, "ratification")


# -- signings told in a state visit's report ----------------------------------------------------------------
_VISIT = "Indonesian President Arif Widjaja and Mexican President Lucia Ortega held talks in Mexico City on Tuesday. "


@pytest.mark.parametrize("body", [
    "A nickel memorandum was signed at the National Palace by the two countries' energy ministers.",
    "The two countries' energy ministers signed a nickel memorandum at the National Palace.",
    "A nickel memorandum, which the two countries' energy ministers signed, was the visit's main result.",
])
def test_ministers_of_a_pair_sign_for_the_pair(extractor, body):
    got = {f.get("signatory") for f in facts(run(extractor, _VISIT + body), "signing")}
    assert got >= {"Indonesia", "Mexico"}, got


@pytest.mark.parametrize("body", [
    "Indonesia and Mexico put their names to a joint declaration on energy.",
    "A joint declaration on energy was released after Indonesia and Mexico put their names to it.",
    "Indonesia and Mexico set their hands to a joint declaration on energy.",
])
def test_putting_ones_name_to_a_text_signs_it(extractor, body):
    got = {f.get("signatory") for f in facts(run(extractor, body), "signing")}
    assert got == {"Indonesia", "Mexico"}, got


@pytest.mark.parametrize("body", [
    "Indonesia and Mexico signed a joint declaration on energy, the first such document between them.",
    "Indonesia and Mexico signed a joint declaration on energy; no such agreement existed before.",
    "A joint declaration on energy, the first such text in the region, was signed by Indonesia and Mexico.",
])
def test_such_a_document_is_a_kind_not_one_more_agreement(extractor, body):
    doc = run(extractor, body)
    assert {e.label for e in doc.entities.values() if e.type == "Agreement"} == {"joint declaration on energy"}


@pytest.mark.parametrize("body, place", [
    ("Widjaja flies to Lima on Thursday, where Indonesia and Peru will sign a fisheries agreement.", "Lima"),
    ("The talks moved on to the city of Paita, where Indonesia and Peru signed a fisheries agreement.", "Paita"),
    ("Officials chose Arequipa, where a fisheries agreement between Indonesia and Peru was signed on 3 May.",
     "Arequipa"),
])
def test_a_signing_in_a_where_clause_is_at_the_place_it_is_said_of(extractor, body, place):
    got = {f.get("place") for f in facts(run(extractor, body), "signing")}
    assert got == {place}, got


def test_a_clauses_own_date_beats_its_main_clauses(extractor):
    doc = run(extractor, "The July 9 gathering took the leaders back to Lima, where the Andes Water Accord was signed "
                         "on April 4, 1949.", published="2024-07-10")
    assert {f.get("date") for f in facts(doc, "signing")} == {dt.date(1949, 4, 4)}


# -- ratification still awaited ----------------------------------------------------------------------------
@pytest.mark.parametrize("body, body_label", [
    ("It still awaits ratification by Peru.", None),
    ("The accord still needs the approval of Peru's congress.", "congress"),
    ("The accord faces ratification by Peru in May.", None),
])
def test_an_agreement_awaiting_ratification_is_what_will_be_ratified(extractor, body, body_label):
    doc = run(extractor, "Chile signed the Andes Water Accord in 2001. " + body)
    got = {(f["agreement"], f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}
    assert got == {("Andes Water Accord", "Peru", body_label, "planned")}, got


@pytest.mark.parametrize("body, states", [
    ("Chile signed the Andes Water Accord in 2001. Peru deposited its instrument of ratification of the accord in May.",
     {"Peru"}),
    ("Chile and Peru exchanged the instruments of ratification of the Andes Water Accord in Lima in May.",
     {"Chile", "Peru"}),
    ("The instruments of ratification of the Andes Water Accord were exchanged by Chile and Peru in Lima on 3 May.",
     {"Chile", "Peru"}),
])
def test_an_instrument_of_ratification_is_its_owners_ratification(extractor, body, states):
    got = {f["state"] for f in facts(run(extractor, body), "ratification") if f["modality"] == "asserted"}
    assert got == states, got


@pytest.mark.parametrize("body", [
    "The ministers signed in Lima the Agreement on Fisheries Cooperation between Chile and Peru.",
    "Chile and Peru concluded in Lima the Agreement on Fisheries Cooperation on Monday.",
    "Signed in Lima the Agreement on Fisheries Cooperation took effect at once.",
])
def test_a_title_after_a_place_is_a_name_of_its_own(extractor, body):
    doc = run(extractor, body)
    assert "Lima" in {e.label for e in doc.entities.values() if e.type == "Place"}
    agreements = {e.label for e in doc.entities.values() if e.type == "Agreement"}
    assert len(agreements) == 1 and agreements.pop().startswith("Agreement on Fisheries Cooperation"), agreements


@pytest.mark.parametrize("body", [
    ("Australia and Britain signed a new defence cooperation agreement on Friday. Officials cited the AUKUS partnership "
    "as proof of close ties."),
    ("A new defence cooperation agreement was signed by Australia and Britain on Friday. The AUKUS partnership was "
    "also discussed."),
    ("Australia signed a defence cooperation agreement with Britain on Friday, a year after the AUKUS partnership "
    "was extended."),
])
def test_a_ledes_agreement_is_not_a_partnership_named_later(extractor, body):
    got = {f["agreement"] for f in facts(run(extractor, body), "signing")}
    assert got and all("defence cooperation agreement" in a for a in got), got
