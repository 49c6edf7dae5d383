"""Who signed an agreement and who its parties are, read on sentences written for the test: whom a
signer signs for, co-signers wherever the parser hangs them, which agreement "the treaty" means,
another agreement told apart from the one in view, and parties still ahead."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def signed(doc) -> set[tuple]:
    return {(f["agreement"], f.get("signatory"), f["modality"]) for f in facts(doc, "signing")}


def parties(doc) -> set[tuple]:
    return {(f["agreement"], f["party"], f["modality"]) for f in facts(doc, "parties")}


# -- whom a signer signs for ---------------------------------------------------------------------------
@pytest.mark.parametrize("body, person, state", [
    (("The Pacific Coast Treaty fixes the maritime border. Foreign Minister Ana Rojas, who signed for Chile, "
     "called the treaty historic."), "Ana Rojas", "Chile"),
    (("The Lake Victoria Accord opens the border to trade. The accord was signed on behalf of the Kenyan "
     "government by Foreign Minister Amina Waweru."), "Amina Waweru", "Kenya"),
    ("The Volta Accord sets up a joint river authority. Kofi Mensah signed it on behalf of Ghana on Friday.",
     "Kofi Mensah", "Ghana"),
    (("The Volta Accord sets up a joint river authority. Signing for Togo, Yao Agbeko said the accord would "
     "bring peace."), "Yao Agbeko", "Togo"),
])
def test_whom_a_signer_signs_for_is_a_signatory(extractor, body, person, state):
    doc = run(extractor, body)
    agreement = next(e.label for e in doc.entities.values() if e.type == "Agreement")
    got = signed(doc)
    assert {(agreement, person, "asserted"), (agreement, state, "asserted")} <= got, got
    assert (agreement, state, "asserted") in parties(doc)


def test_an_objectless_signing_with_a_date_is_the_agreement_in_view(extractor):
    doc = run(extractor, "The Volta Accord sets up a joint river authority. Togo will not sign on Monday.")
    assert ("Volta Accord", "Togo", "negated") in signed(doc)


# -- co-signers, fronted, postposed or hung on the subject -----------------------------------------------
@pytest.mark.parametrize("body, signers", [
    (("Alongside his counterpart Marek Nowak, German Defence Minister Klaus Weber signed the Oder Border Treaty "
     "in Berlin."), {"Marek Nowak", "Klaus Weber"}),
    (("The Ministers of Defence of Estonia and Latvia, together with the Minister of Defence of Finland, put "
     "their signatures to the Baltic Cyber Memorandum."), {"Estonia", "Latvia", "Finland"}),
    ("Estonia signed the Baltic Cyber Memorandum along with Latvia and Finland.", {"Estonia", "Latvia", "Finland"}),
    ("Estonia, together with Latvia, signed the Baltic Cyber Memorandum on Monday.", {"Estonia", "Latvia"}),
])
def test_co_signers_are_signatories(extractor, body, signers):
    got = {f.get("signatory") for f in facts(run(extractor, body), "signing")}
    assert signers <= got, got


# -- which agreement a definite noun means ----------------------------------------------------------------
@pytest.mark.parametrize("last", [
    "The treaty, signed in the presence of the regional secretary general, settles a dispute from the 1970s.",
    "The treaty was signed in Suva on Monday.",
    "Under the treaty, signed in Suva, the two fleets share patrols.",
])
def test_the_treaty_is_the_treaty_not_the_last_arrangement(extractor, last):
    body = ("Fiji and Tonga have signed the Suva Maritime Boundary Treaty. New Zealand will sign a separate "
            "fisheries arrangement with Fiji on Friday. " + last)
    doc = run(extractor, body)
    arrangement = next(e.label for e in doc.entities.values() if e.type == "Agreement" and "arrangement" in e.label)
    assert not [f for f in facts(doc, "signing") if f["agreement"] == arrangement and f["modality"] == "asserted"]


# -- parties still ahead ---------------------------------------------------------------------------------
@pytest.mark.parametrize("last", [
    "Sweden is expected to sign the memorandum later this year.",
    "Sweden, which observed the talks, will sign the memorandum in June.",
    "The memorandum is also due to be signed by Sweden next month.",
])
def test_a_state_yet_to_sign_is_a_party_ahead(extractor, last):
    doc = run(extractor, "Estonia and Latvia signed the Baltic Cyber Memorandum on Monday. " + last)
    got = parties(doc)
    assert ("Baltic Cyber Memorandum", "Sweden", "planned") in got, got
    assert ("Baltic Cyber Memorandum", "Sweden", "asserted") not in got, got
    assert ("Baltic Cyber Memorandum", "Estonia", "asserted") in got, got


# -- several agreements signed at once ------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Kenya signed a trade agreement and a defence pact with Ethiopia on Monday.",
    "A trade agreement and a defence pact with Ethiopia were signed by Kenya on Monday.",
    "On Monday Kenya put its signature to a trade agreement and a defence pact with Ethiopia.",
])
def test_a_partner_after_coordinated_agreements_signs_them_all(extractor, body):
    doc = run(extractor, body)
    trade = next(e.label for e in doc.entities.values() if e.type == "Agreement" and "trade" in e.label)
    assert {(trade, "Kenya", "asserted"), (trade, "Ethiopia", "asserted")} <= signed(doc), signed(doc)
    assert (trade, "Ethiopia", "asserted") in parties(doc)


@pytest.mark.parametrize("second", [
    "The documents were signed by Kenyan Defence Secretary Aden Duale and Ethiopian Defence Minister Abraham Belay.",
    "These accords were signed in Addis Ababa by Kenyan Defence Secretary Aden Duale.",
    "Kenyan Defence Secretary Aden Duale signed the documents in Addis Ababa.",
])
def test_the_documents_are_the_agreements_just_told(extractor, second):
    doc = run(extractor, "Kenya and Ethiopia on Monday concluded a defence cooperation agreement and a trade pact. "
              + second)
    got = {(a, s) for a, s, _ in signed(doc)}
    assert {("defence cooperation agreement", "Aden Duale"), ("trade pact", "Aden Duale")} <= got, got


# -- another agreement is told apart from the one in view -------------------------------------------------
@pytest.mark.parametrize("last", [
    "Kenya signed a similar defence pact with Uganda in 2019.",
    "Uganda hopes to conclude its own defence agreement with Kenya.",
    "Kenya is also negotiating a separate defence accord with Uganda.",
])
def test_another_agreement_is_not_the_one_in_view(extractor, last):
    doc = run(extractor, "Kenya and Ethiopia signed a defence cooperation agreement on Monday. " + last)
    got = parties(doc)
    assert ("defence cooperation agreement", "Uganda", "asserted") not in got, got
    assert {("defence cooperation agreement", "Kenya", "asserted"),
            ("defence cooperation agreement", "Ethiopia", "asserted")} <= got, got


# -- an agreement only proposed or under negotiation binds its would-be parties ahead -----------------------
@pytest.mark.parametrize("body", [
    "Kenya proposed a security pact with Ethiopia last month.",
    "Kenya is seeking a security pact with Ethiopia, officials said.",
    "Talks between Kenya and Ethiopia on a security pact resumed in Nairobi.",
    "A proposed security pact between Kenya and Ethiopia has drawn criticism.",
])
def test_a_proposed_agreement_has_parties_ahead(extractor, body):
    got = {(p, mod) for _, p, mod in parties(run(extractor, body))}
    assert got == {("Kenya", "planned"), ("Ethiopia", "planned")}, got


# -- signatories named after long titles ------------------------------------------------------------------
@pytest.mark.parametrize("body, people", [
    (("Kenya's Defence Minister Prnab Odhiambo and his Ugandan counterpart Franz Josef Okello signed the Lake "
     "Victoria Accord."), {"Prnab Odhiambo", "Franz Josef Okello"}),
    (("Kenya's Foreign Minister Amina Waweru and her Ugandan counterpart John Okello signed the Lake Victoria "
     "Accord on Monday."), {"Amina Waweru", "John Okello"}),
    (("Kenya's Minister of Foreign Affairs Amina Waweru and his Ugandan counterpart John Okello put pen to paper "
     "on the Lake Victoria Accord."), {"Amina Waweru", "John Okello"}),
    ("Kenya's Foreign Minister Ana Rojas and her Ugandan counterpart Luis Vargas signed the Lake Victoria Accord.",
     {"Ana Rojas", "Luis Vargas"}),
])
def test_names_set_beside_titles_are_the_signatories(extractor, body, people):
    got = {f.get("signatory") for f in facts(run(extractor, body), "signing")}
    assert people | {"Kenya", "Uganda"} <= got, got


@pytest.mark.parametrize("body", [
    "The Minister of Defence of Finland signed the Baltic Cyber Memorandum on Monday.",
    "The Baltic Cyber Memorandum was signed by the Minister of Foreign Affairs and Trade of Finland.",
    "Estonia and the Minister for Foreign Affairs of Finland signed the Baltic Cyber Memorandum.",
])
def test_a_minister_of_a_portfolio_of_a_state_signs_for_it(extractor, body):
    got = {f.get("signatory") for f in facts(run(extractor, body), "signing")}
    assert "Finland" in got, got


@pytest.mark.parametrize("body, people, states", [
    ("Defence ministers Jan Novak of Ghana and Peter Kovac of Togo put pen to paper on the Volta Accord in Lome.",
     {"Jan Novak", "Peter Kovac"}, {"Ghana", "Togo"}),
    ("Foreign ministers Amina Waweru of Kenya and John Okello of Uganda sealed the Lake Victoria Accord.",
     {"Amina Waweru", "John Okello"}, {"Kenya", "Uganda"}),
    ("Jan Novak of Ghana and Peter Kovac of Togo signed the Volta Accord in Lome on Monday.",
     {"Jan Novak", "Peter Kovac"}, {"Ghana", "Togo"}),
])
def test_people_named_with_their_states_sign_for_them(extractor, body, people, states):
    got = {f.get("signatory") for f in facts(run(extractor, body), "signing")}
    assert people | states <= got, got


# -- who is there without signing -------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Ghana and Togo signed the Volta Accord in Lome, with French President Paul Martin as witness.",
    "With French President Paul Martin as a witness, Ghana and Togo signed the Volta Accord.",
    "Ghana and Togo signed the Volta Accord on Monday with French President Paul Martin as a guarantor.",
])
def test_a_witness_is_no_signatory(extractor, body):
    got = {f.get("signatory") for f in facts(run(extractor, body), "signing")}
    assert {"Ghana", "Togo"} <= got and not got & {"Paul Martin", "France"}, got


# -- a gerund's doer is the clause's ------------------------------------------------------------------------
@pytest.mark.parametrize("last", [
    "Prime Minister Yao Agbeko lost a confidence vote over actions including signing the accord.",
    "Prime Minister Yao Agbeko was ousted in a vote over decisions such as signing the accord.",
    "Prime Minister Yao Agbeko faced a backlash for his role in signing the accord.",
])
def test_who_signed_in_a_gerund_hung_on_a_noun(extractor, last):
    doc = run(extractor, "The Volta Accord sets up a joint river authority. " + last)
    assert ("Volta Accord", "Yao Agbeko", "asserted") in signed(doc), signed(doc)


# -- who holds an agreement is a party to it ---------------------------------------------------------------
@pytest.mark.parametrize("body, agreement", [
    ("The drills are held under the Visiting Forces Agreement that Chile has with Peru.", "Visiting Forces Agreement"),
    ("Chile and Peru are allies under the 1960 Treaty of Mutual Defence.", "Treaty of Mutual Defence"),
    ("Chile and Peru have had the Lima Fisheries Treaty since 1999.", "Lima Fisheries Treaty"),
    ("Peru and Chile are treaty allies under the Pacific Security Pact.", "Pacific Security Pact"),
])
def test_who_holds_an_agreement_is_a_party(extractor, body, agreement):
    got = parties(run(extractor, body))
    assert {(agreement, "Chile", "asserted"), (agreement, "Peru", "asserted")} <= got, got


@pytest.mark.parametrize("body, modality", [
    ("Bolivia, which is not a party to the Lima Convention, rejected the ruling.", "negated"),
    ("Paraguay is a member of the Lima Convention and should have enforced the ruling.", "asserted"),
    ("Peru, which is no signatory of the Rome Statute, rejected the warrant.", "negated"),
])
def test_a_party_noun_says_what_is(extractor, body, modality):
    got = {(p, mod) for _, p, mod in parties(run(extractor, body))}
    assert len(got) == 1 and got.pop()[1] == modality, got


def test_a_similar_pact_told_by_its_parties_is_another(extractor):
    doc = run(extractor, "India and Japan signed a logistics agreement on Wednesday. Japan has a similar pact "
              "with Britain.")
    assert ("logistics agreement", "United Kingdom", "asserted") not in parties(doc), parties(doc)


@pytest.mark.parametrize("body", [
    ("Kenyan President Ruth Wanjiku signed the Lake Victoria Accord with the foreign minister of Uganda, John Okello, "
    "and Tanzania's foreign minister, Juma Mselem, at a ceremony."),
    ("The Lake Victoria Accord was signed by the foreign minister of Uganda, John Okello, and Tanzania's foreign "
    "minister, Juma Mselem, on Monday."),
    ("Also signing the Lake Victoria Accord were the foreign minister of Uganda, John Okello, and Tanzania's foreign "
    "minister, Juma Mselem."),
])
def test_names_beside_coordinated_titles_are_co_signers(extractor, body):
    got = {f.get("signatory") for f in facts(run(extractor, body), "signing")}
    assert {"John Okello", "Juma Mselem", "Uganda", "Tanzania"} <= got, got


@pytest.mark.parametrize("body, party", [
    ("Benin was among the signatory nations of the Volta Accord.", "Benin"),
    ("The signatory states of the Volta Accord include Benin.", "Benin"),
    ("Benin, one of the signatory countries of the Volta Accord, hosted the talks.", "Benin"),
])
def test_signatory_nouns_name_parties(extractor, body, party):
    assert ("Volta Accord", party, "asserted") in parties(run(extractor, body))


def test_what_signs_copies_of_a_text_signs_the_text(extractor):
    doc = run(extractor, "Ghana and Togo each signed three copies of the Volta Accord in Lome.")
    assert {("Volta Accord", "Ghana", "asserted"), ("Volta Accord", "Togo", "asserted")} <= signed(doc)


@pytest.mark.parametrize("body, signer, state", [
    ("The Lake Victoria Accord was signed on the part of Kenya by Amina Waweru, a diplomat.", "Amina Waweru",
     "Kenya"),
    ("On the part of Uganda, the Lake Victoria Accord was signed by John Okello.", "John Okello", "Uganda"),
    ("John Okello signed the Lake Victoria Accord on the part of Uganda on Monday.", "John Okello", "Uganda"),
])
def test_on_the_part_of_a_state_is_for_it(extractor, body, signer, state):
    got = {f.get("signatory") for f in facts(run(extractor, body), "signing")}
    assert {signer, state} <= got, got


@pytest.mark.parametrize("body, people", [
    (("Visiting Somali President Abdi Warsame and Eritrean President Tekle Haile on Tuesday signed the Asmara "
     "Memorandum."), {"Abdi Warsame", "Tekle Haile"}),
    ("Visiting Kenyan President Ruth Wanjiku and Ugandan President John Okello signed the Lake Victoria Accord.",
     {"Ruth Wanjiku", "John Okello"}),
    ("Visiting Peruvian President Luis Vargas signed the Pacific Coast Treaty with Chile in Santiago.",
     {"Luis Vargas"}),
])
def test_a_participle_before_a_title_is_no_clause(extractor, body, people):
    got = {f.get("signatory") for f in facts(run(extractor, body), "signing")}
    assert people <= got, got


# -- a group counted by a number word: "the six countries" are the six states the passage names ---------
_SIX = "Norway, Sweden, Finland, Estonia, Latvia and Lithuania spent two years drafting a military mobility accord. "


@pytest.mark.parametrize("last", [
    "The defence ministers of the six countries signed the accord in Riga on Wednesday.",
    "The accord was signed in Riga by the six states on Wednesday.",
    "In Riga on Wednesday, the six governments' envoys put their signatures to the accord.",
])
def test_a_counted_group_signs_for_each_state_it_counts(extractor, last):
    doc = run(extractor, _SIX + last)
    states = {"Norway", "Sweden", "Finland", "Estonia", "Latvia", "Lithuania"}
    got = {s for a, s, m in signed(doc) if m == "asserted"}
    assert states <= got, got
    assert states <= {p for a, p, m in parties(doc)}


# -- a clause set off by a comma after an agreement's phrase is about the agreement, not its last noun ----
@pytest.mark.parametrize("last, agreement", [
    ("The leaders watched the exchange of a memorandum on vocational training, signed by the two labour ministers.",
     "memorandum on vocational training"),
    ("Ministers hailed the new memorandum on fisheries in the lake, which the two governments signed on Monday.",
     "memorandum on fisheries in the lake"),
    (("Observers welcomed the protocol on the protection of fish stocks in the lake, countersigned by the two "
      "governments on Monday."), "protocol on the protection of fish stocks in the lake"),
])
def test_a_set_off_clause_hung_on_the_last_noun_is_the_agreements(extractor, last, agreement):
    doc = run(extractor, "Kenya and Uganda share the lake. " + last)
    assert {(agreement, "Kenya", "asserted"), (agreement, "Uganda", "asserted")} <= signed(doc), signed(doc)


# -- parties told in a relative clause: "to which", "which ... are party to", "under which" ---------------
@pytest.mark.parametrize("last, agreement", [
    ("A protocol on the sharing of water from the lake, which both states are party to, sets quotas.",
     "protocol on the sharing of water from the lake"),
    ("The lake is covered by the Nile Basin Accord, to which both countries are parties.", "Nile Basin Accord"),
    ("The Nile Basin Accord, under which Kenya and Uganda share the fishing grounds, expires next year.",
     "Nile Basin Accord"),
])
def test_parties_told_in_a_relative_clause(extractor, last, agreement):
    doc = run(extractor, "Kenya and Uganda border the lake. " + last)
    assert {(agreement, "Kenya", "asserted"), (agreement, "Uganda", "asserted")} <= parties(doc), parties(doc)


# -- whoever acts under an agreement's terms is a party to it -------------------------------------------
@pytest.mark.parametrize("body, agreement, states", [
    (("The Nordic Mobility Treaty is a pact under which Norway, Sweden and Finland allow one another's troops "
      "to cross their territory."), "Nordic Mobility Treaty", {"Norway", "Sweden", "Finland"}),
    ("The Danube Accord came into force in May. Under the accord, Romania and Bulgaria will share river data.",
     "Danube Accord", {"Romania", "Bulgaria"}),
    ("Ghana has been supplying power to Togo since 2019 under the Volta Power Agreement.",
     "Volta Power Agreement", {"Ghana"}),
])
def test_who_acts_under_an_agreement_is_a_party(extractor, body, agreement, states):
    doc = run(extractor, body)
    assert {(agreement, s, "asserted") for s in states} <= parties(doc), parties(doc)


# -- a protocol or amendment "to" an agreement is a document of its own --------------------------------
@pytest.mark.parametrize("body, agreement", [
    ("Argentina and Chile signed an additional protocol to their 1997 energy treaty in Mendoza on Friday.",
     "additional protocol to their 1997 energy treaty"),
    (("Romania and Bulgaria share the river. An amendment to the Danube Fisheries Convention was signed by the two "
      "governments in Ruse on Monday."), "amendment to the Danube Fisheries Convention"),
    (("Romania and Bulgaria share the river. The two governments signed an amendment to their border treaty, which "
      "the parliament in Sofia must now approve."), "amendment to their border treaty"),
])
def test_a_protocol_or_amendment_to_an_agreement_is_what_is_signed(extractor, body, agreement):
    doc = run(extractor, body)
    got = signed(doc)
    states = {"Argentina", "Chile"} if "Argentina" in body else {"Romania", "Bulgaria"}
    assert {(agreement, s, "asserted") for s in states} <= got, got


def test_an_amendment_to_a_bill_is_no_agreement(extractor):
    doc = run(extractor, "Chile and Peru share the coast. The senate in Lima passed an amendment to the budget bill.")
    assert not any(e.type == "Agreement" for e in doc.entities.values())


# -- a name set off by commas right after a long title is the title's holder, wherever the parser hung it --
@pytest.mark.parametrize("last", [
    ("The accord was initialled by the two delegations in April and was signed on behalf of Kenya by the Cabinet "
     "Secretary for Mining and Blue Economy, Dr. Amina Wekesa, and on behalf of Uganda by her counterpart."),
    ("The accord was signed on Monday by the Cabinet Secretary for Foreign and Diaspora Affairs, Dr. Amina Wekesa, "
     "and by the Ugandan minister of state for fisheries, who had flown in that morning."),
    ("The accord was signed by the Cabinet Secretary for Foreign and Diaspora Affairs, Dr. Amina Wekesa, and the "
     "Ugandan minister of state for fisheries in Kampala on Monday."),
])
def test_a_name_after_a_long_title_signs(extractor, last):
    doc = run(extractor, "Kenya and Uganda negotiated the Lake Victoria Fisheries Accord for two years. " + last)
    assert ("Lake Victoria Fisheries Accord", "Amina Wekesa", "asserted") in signed(doc), signed(doc)


# -- a signing told in the sentence after the ceremony: "at the ceremony" is the one just told -----------
_CEREMONY = "Vietnam and the Philippines signed a coast guard memorandum in Hanoi on Monday. "


@pytest.mark.parametrize("last", [
    "An agreement on rice trade was also signed at the ceremony, by the two agriculture ministers.",
    "The two trade ministers also signed an agreement on rice trade during the ceremony.",
    "At the same ceremony, the two governments signed an agreement on rice trade.",
])
def test_a_signing_at_the_ceremony_takes_its_day_and_place(extractor, last):
    doc = run(extractor, _CEREMONY + last, published="2024-03-13")
    got = {(f["agreement"], f["signatory"], f.get("date"), f.get("place")) for f in facts(doc, "signing")}
    monday = dt.date(2024, 3, 11)
    assert {("agreement on rice trade", s, monday, "Hanoi") for s in ("Vietnam", "Philippines")} <= got, got


@pytest.mark.parametrize("last", [
    ("A second document, an agreement on rice trade, was also signed by the two governments, according to a "
     "statement from the presidential office in Manila."),
    "The two governments also signed another document, an agreement on rice trade, according to officials in Manila.",
])
def test_two_descriptions_in_apposition_are_one_agreement_and_a_source_places_nothing(extractor, last):
    doc = run(extractor, "Vietnam and the Philippines signed a coast guard memorandum on Monday. " + last)
    rice = [e for e in doc.entities.values() if e.type == "Agreement" and "rice" in e.label]
    assert len(rice) == 1 and len([e for e in doc.entities.values() if e.type == "Agreement"]) == 2
    got = [f for f in facts(doc, "signing") if f["agreement"] == rice[0].label]
    assert {f["signatory"] for f in got} == {"Vietnam", "Philippines"} and not any(f.get("place") for f in got), got


# -- "the A and B ministers": each state's holder of that office, named before or after ----------------
@pytest.mark.parametrize("body", [
    ("Pakistani and Russian defence ministers signed the Indus Cooperation Agreement on Thursday. Russian Defence "
     "Minister Ivan Petrov arrived earlier in the day, and his talks with Pakistani Defence Minister Ali Khan lasted "
     "three hours."),
    ("The Indus Cooperation Agreement was signed by the Russian and Pakistani defence ministers in Rawalpindi. "
     "Russian Defence Minister Ivan Petrov called it a step forward, and Pakistani Defence Minister Ali Khan agreed."),
    ("Russian Defence Minister Ivan Petrov met Pakistani Defence Minister Ali Khan in Rawalpindi on Thursday. The "
     "Indus Cooperation Agreement, which the Russian and Pakistani ministers signed after the talks, sets up a "
     "joint commission."),
])
def test_plural_titles_of_two_states_are_their_holders(extractor, body):
    doc = run(extractor, body)
    got = signed(doc)
    assert {("Indus Cooperation Agreement", p, "asserted") for p in ("Ivan Petrov", "Ali Khan", "Russia", "Pakistan")} <= got, got


@pytest.mark.parametrize("last", [
    "The energy treaty itself, which both countries signed in Santiago in 1997, covered only gas.",
    "The 1997 energy treaty had been signed by the two countries in Santiago and covered only gas.",
])
def test_the_agreement_a_protocol_adds_to_stays_another(extractor, last):
    doc = run(extractor, "Argentina and Chile signed an additional protocol to their 1997 energy treaty in Mendoza. " + last)
    got = {(f["agreement"], f["signatory"], f.get("place")) for f in facts(doc, "signing")}
    protocol = "additional protocol to their 1997 energy treaty"
    assert {(protocol, s, "Mendoza") for s in ("Argentina", "Chile")} <= got, got
    treaty = {a for a, s, p in got if p == "Santiago"}
    assert len(treaty) == 1 and protocol not in treaty, got


# -- "the signing took place in X": the signing just told, wherever the next sentence places it ----------
@pytest.mark.parametrize("last", [
    "The signing took place in Lima.",
    "The signing was held at the Torre Tagle Palace in Lima, officials said.",
    "In Lima, the signing was witnessed by the Bolivian foreign minister.",
])
def test_the_signing_told_next_places_the_one_just_told(extractor, last):
    doc = run(extractor, "Chile and Peru signed the Pacific Accord on Monday. " + last)
    got = {(f["agreement"], f["signatory"], f.get("place")) for f in facts(doc, "signing")}
    assert {("Pacific Accord", s, "Lima") for s in ("Chile", "Peru")} <= got, got
    assert not any(s == "Bolivia" for _, s, _ in got)


# -- "Signing for X was Y": a gerund subject of "be" is done by the complement --------------------------
@pytest.mark.parametrize("last, person, state", [
    ("Signing for Ghana was the Interior Minister, Kwame Asante.", "Kwame Asante", "Ghana"),
    ("Signing the accord on behalf of Togo was its ambassador, Yao Dossou.", "Yao Dossou", "Togo"),
    ("Signing it for Togo was Foreign Minister Yao Dossou, who flew in on Sunday.", "Yao Dossou", "Togo"),
])
def test_the_complement_of_a_signing_subject_signs(extractor, last, person, state):
    doc = run(extractor, "Ghana and Togo agreed the Volta Accord last year. " + last)
    assert {("Volta Accord", person, "asserted"), ("Volta Accord", state, "asserted")} <= signed(doc), signed(doc)


# -- the ministers a plural title names, with the names given in the next sentence ------------------------
@pytest.mark.parametrize("first", [
    "The interior ministers of Ghana and Togo put their signatures to the Volta Accord in Lome.",
    "The interior ministers of Ghana and Togo set their names to the Volta Accord in Lome.",
    "The interior ministers of Ghana and Togo signed the Volta Accord in Lome.",
])
def test_ministers_of_two_states_are_the_holders_named_after(extractor, first):
    doc = run(extractor, first + " Ghanaian Interior Minister Kwame Asante called it historic, and Togolese "
              "Interior Minister Yao Dossou agreed.")
    assert {("Volta Accord", p, "asserted") for p in ("Kwame Asante", "Yao Dossou", "Ghana", "Togo")} <= signed(doc)


# -- names the parser hung on the event noun after its by-phrase -------------------------------------------
@pytest.mark.parametrize("last", [
    "The signing by the two interior ministers, Kwame Asante and Yao Dossou, took place in Lome.",
    "The signing by the envoys of the two countries, Kwame Asante and Yao Dossou, was watched by officials.",
    "The signing by the foreign ministers, Kwame Asante and Yao Dossou, was watched by a crowd of officials.",
])
def test_names_after_the_signers_description_are_the_signers(extractor, last):
    doc = run(extractor, "Ghana and Togo agreed the Volta Accord last year. " + last)
    assert {("Volta Accord", p, "asserted") for p in ("Kwame Asante", "Yao Dossou")} <= signed(doc), signed(doc)


# -- "a few minutes ago" in a live report: its own day ----------------------------------------------------
@pytest.mark.parametrize("last", [
    "The signing took place a few minutes ago in Lome.",
    "Kwame Asante signed it an hour ago in Lome.",
    "Ghana signed it two hours ago, officials said.",
])
def test_minutes_or_hours_ago_is_the_day_of_publication(extractor, last):
    doc = run(extractor, "Ghana and Togo agreed the Volta Accord last year. " + last, published="2024-03-13")
    assert {f.get("date") for f in facts(doc, "signing")} == {dt.date(2024, 3, 13)}, facts(doc, "signing")


def test_a_few_days_ago_gives_no_day(extractor):
    doc = run(extractor, "Ghana and Togo signed the Volta Accord a few days ago.", published="2024-03-13")
    assert not any(f.get("date") for f in facts(doc, "signing")), facts(doc, "signing")


# -- a relative clause without "that" the parser read as a noun with a participle ---------------------------
@pytest.mark.parametrize("body, agreement", [
    ("The statute implements the maritime security agreement the two countries signed in 2015 with Togo.",
     "maritime security agreement"),
    ("Ghana and Togo met on Monday. Ministers praised the river accord the two countries signed in 2019.",
     "river accord"),
    ("Ghana and Togo met on Monday. The talks reviewed the border treaty both countries signed in 2012.",
     "border treaty"),
])
def test_the_agreement_a_clause_without_that_says_was_signed(extractor, body, agreement):
    got = {(a, s) for a, s, _ in signed(run(extractor, body))}
    assert (agreement, "Ghana") in got or (agreement, "Togo") in got, got


# -- a word in common does not make two described agreements one ------------------------------------------
@pytest.mark.parametrize("last, other", [
    ("It builds on the general cooperation agreement that they signed in 2022.", "general cooperation agreement"),
    ("It complements the customs cooperation agreement they concluded in 2022.", "customs cooperation agreement"),
    ("It replaces the energy partnership agreement that Kenya and Rwanda signed in 2015.", "energy partnership agreement"),
])
def test_an_agreement_with_words_of_its_own_is_another(extractor, last, other):
    first = {"general": "a memorandum on defence cooperation", "customs": "a trade cooperation agreement",
             "energy": "a digital partnership agreement"}[other.split()[0]]
    doc = run(extractor, f"Kenya and Rwanda signed {first} on Monday. " + last)
    assert other in {e.label for e in doc.entities.values() if e.type == "Agreement"}
    dated = {a for a, s, d, *_ in ((f["agreement"], f.get("signatory"), f.get("date")) for f in facts(doc, "signing")) if d}
    assert other not in dated, facts(doc, "signing")


# -- a headline's label is no dateline: the headline's agreement is the body's -----------------------------
@pytest.mark.parametrize("headline", [
    "Explainer: what the Ghana-Togo river deal means",
    "Live: Ghana and Togo sign river deal",
    "Brief: Ghana, Togo ink power deal",
])
def test_a_labelled_headline_tells_of_the_body_agreement(extractor, headline):
    doc = run(extractor, "Ghana and Togo signed a water sharing accord in Lome on Monday.", headline=headline)
    assert len([e for e in doc.entities.values() if e.type == "Agreement"]) == 1, doc.entities


# -- "whose pact": the owners the relative clause describes are its parties --------------------------------
@pytest.mark.parametrize("body, agreement, states", [
    (("Ghana signed a trade deal with Togo on Monday, the latest step between the two countries, whose defence "
      "pact has been in force since 2019."), "defence pact", {"Ghana", "Togo"}),
    ("Ghana and Togo, whose river accord expires next year, met on Monday.", "river accord", {"Ghana", "Togo"}),
    ("Ghana, whose defence pact with Togo dates from 2019, signed a trade deal with Benin on Monday.",
     "defence pact with Togo", {"Ghana", "Togo"}),
])
def test_whose_agreement_binds_the_owners(extractor, body, agreement, states):
    got = parties(run(extractor, body))
    assert {(agreement, s, "asserted") for s in states} <= got, got


# -- a relative clause in the past tells what happened, whatever its sentence plans ------------------------
@pytest.mark.parametrize("body", [
    ("Once in force, the Volta Accord, which was signed in June by Ghana's Defence Minister Kwame Asante, will let "
     "troops cross the border."),
    "Once ratified, the Volta Accord, which was signed by Kwame Asante in 2019, will open the border.",
    "Once it takes effect, the Volta Accord, which had been signed by Kwame Asante in Accra, will open the border.",
])
def test_a_past_relative_clause_is_asserted_in_a_planning_sentence(extractor, body):
    assert ("Volta Accord", "Kwame Asante", "asserted") in signed(run(extractor, body)), signed(run(extractor, body))


# -- a title held then, not now, still names the state the signer signed for -------------------------------
@pytest.mark.parametrize("body", [
    "Jon Sigurdsson, then Iceland's prime minister, signed the Arctic Fisheries Accord in 2009.",
    "Former Icelandic prime minister Jon Sigurdsson signed the Arctic Fisheries Accord in 2009.",
    ("The patrols rest on the Arctic Fisheries Accord, which was signed in 2009 by then Icelandic prime minister "
     "Jon Sigurdsson."),
])
def test_a_signers_title_then_names_the_state_signing(extractor, body):
    got = {(s, mod) for a, s, mod in signed(run(extractor, body)) if a == "Arctic Fisheries Accord"}
    assert {("Jon Sigurdsson", "asserted"), ("Iceland", "asserted")} <= got, got


# -- "it" that states signed is the agreement, not the law ratifying it ------------------------------------
@pytest.mark.parametrize("body, signers", [
    (("The king on Saturday issued a decree ratifying the Arctic Fisheries Treaty, a month after Norway and "
      "Iceland signed it in Oslo."), {"Norway", "Iceland"}),
    (("The Storting passed a bill ratifying the Arctic Fisheries Treaty on Monday; Norway and Iceland had "
      "signed it in Reykjavik in March."), {"Norway", "Iceland"}),
    (("Parliament approved the law ratifying the Arctic Fisheries Treaty, weeks after the foreign ministers "
      "Kari Lunde and Jon Sigurdsson signed it."), {"Kari Lunde", "Jon Sigurdsson"}),
])
def test_a_pronoun_states_signed_is_the_agreement(extractor, body, signers):
    got = {s for a, s, mod in signed(run(extractor, body)) if a == "Arctic Fisheries Treaty" and mod == "asserted"}
    assert signers <= got, got


def test_a_pronoun_a_head_of_state_signed_after_the_bill_is_the_law(extractor):
    doc = run(extractor, ("Parliament sent the bill ratifying the Arctic Fisheries Treaty to President Karl Obst, "
                          "who signed it on Friday."))
    assert not [f for f in facts(doc, "signing") if f.get("signatory") == "Karl Obst"]


# -- a second agent after a comma, taken by the parser for the subject of the noun's verb ------------------
@pytest.mark.parametrize("body, agreement, signers", [
    (("Norway and Ruritania hold drills under the Arctic Visiting Forces Agreement. The pact, which was signed "
      "in January by the Ruritanian defence secretary, Karl Obst, and Norway's defence minister, Anna Berg, sets "
      "out the legal status of soldiers."), "Arctic Visiting Forces Agreement", {"Karl Obst", "Anna Berg", "Norway"}),
    (("The Arctic Visiting Forces Agreement, which was signed in Oslo by the Ruritanian envoy, Karl Obst, and "
      "Norway's foreign minister, Anna Berg, takes effect in May."), "Arctic Visiting Forces Agreement",
     {"Karl Obst", "Anna Berg", "Norway"}),
    (("Chile and Peru hold drills under the Andes Forces Agreement. The treaty, which was signed in March by "
      "the Ruritanian defence secretary, Karl Obst, and Peru's defence minister, Rosa Quispe, covers "
      "training."), "Andes Forces Agreement", {"Karl Obst", "Rosa Quispe", "Peru"}),
])
def test_a_second_agent_after_a_comma_signs(extractor, body, agreement, signers):
    got = {s for a, s, mod in signed(run(extractor, body)) if a == agreement and mod == "asserted"}
    assert signers <= got, got


def test_a_new_clause_after_the_agreement_clause_does_not_sign(extractor):
    doc = run(extractor, ("Norway and Iceland hold drills under the Arctic Visiting Forces Agreement, which was "
                          "signed by Jon Sigurdsson, and Anna Berg said it works well."))
    assert "Anna Berg" not in {s for _, s, _ in signed(doc)}


# -- "the energy ministers of A and B": each state's one minister, whatever its ministry is called ----------
@pytest.mark.parametrize("last", [
    "The energy ministers of Greece and Egypt signed an electricity interconnection agreement in Athens on Tuesday.",
    "On Tuesday the Greek and Egyptian energy ministers signed an electricity interconnection agreement.",
    "An electricity interconnection agreement was signed on Tuesday by the energy ministers of Greece and Egypt.",
])
def test_ministers_of_two_states_with_differing_titles_sign(extractor, last):
    doc = run(extractor, ("Greek Energy Minister Nikos Pappas met Egyptian Electricity Minister Omar Samir on "
                          "Monday. " + last))
    got = {s for a, s, mod in signed(doc) if a == "electricity interconnection agreement"}
    assert {"Nikos Pappas", "Omar Samir", "Greece", "Egypt"} <= got, got


# -- "signed several agreements, including A and B": the agreements listed are signed -----------------------
@pytest.mark.parametrize("body", [
    ("Ministers from Norway and Iceland signed several agreements on Monday, including a fisheries treaty and a "
     "memorandum on tourism."),
    "Norway and Iceland signed several agreements, such as a fisheries treaty and a memorandum on tourism.",
    ("Norway and Iceland put their signatures to a handful of documents, including a fisheries treaty and a "
     "memorandum on tourism."),
])
def test_agreements_listed_after_including_are_signed(extractor, body):
    got = {(a, s) for a, s, mod in signed(run(extractor, body)) if mod == "asserted"}
    assert {("fisheries treaty", "Norway"), ("fisheries treaty", "Iceland"), ("memorandum on tourism", "Norway"),
            ("memorandum on tourism", "Iceland")} <= got, got


def test_agreements_listed_in_a_planned_signing_are_planned(extractor):
    doc = run(extractor, ("The two leaders are expected to sign a handful of agreements, including a climate "
                          "memorandum and a student exchange arrangement."))
    got = {(a, mod) for a, _, mod in signed(doc)}
    assert {("climate memorandum", "planned"), ("student exchange arrangement", "planned")} <= got, got


# -- "expect X to sign": an infinitive with its own subject is as far ahead as the plan verb over it ---------
@pytest.mark.parametrize("body, signer", [
    ("Officials in Oslo expect Iceland to sign the Arctic Fisheries Treaty, diplomats said.", "Iceland"),
    ("Oslo wants Iceland to sign the Arctic Fisheries Treaty before the summer.", "Iceland"),
    (("Prime Minister Anna Berg of Norway met Prime Minister Jon Sigurdsson of Iceland in Oslo, and officials "
      "expect them to sign a handful of agreements, including the Arctic Fisheries Treaty."), "Norway"),
])
def test_a_signing_expected_of_someone_is_planned(extractor, body, signer):
    got = signed(run(extractor, body))
    assert ("Arctic Fisheries Treaty", signer, "planned") in got, got
    assert ("Arctic Fisheries Treaty", signer, "asserted") not in got, got


# -- a signing still to come on a bare weekday is the coming one, whatever tense the verbs around it have ---
@pytest.mark.parametrize("body, day", [
    ("Peru's foreign minister had invited Ana Ruiz to sign the Andes Migration Agreement in Lima on Tuesday.", 12),
    ("Chile's minister, Ana Ruiz, said she had been invited to sign the Andes Migration Agreement on Wednesday.", 13),
    ("The two ministers were invited to sign the Andes Migration Agreement in Lima on Thursday.", 14),
])
def test_a_planned_signing_on_a_weekday_is_ahead(extractor, body, day):
    doc = run(extractor, body, published="2026-05-11")  # a Monday
    got = {(f.get("date"), f["modality"]) for f in facts(doc, "signing") if f["agreement"] == "Andes Migration Agreement"}
    assert (dt.date(2026, 5, day), "planned") in got, got


def test_a_past_signing_on_a_weekday_stays_behind(extractor):
    doc = run(extractor, "Chile and Peru signed the Andes Migration Agreement on Friday.", published="2026-05-11")
    assert {f.get("date") for f in facts(doc, "signing")} == {dt.date(2026, 5, 8)}


# -- a signing first expected, then told as done, is done ---------------------------------------------------
@pytest.mark.parametrize("body", [
    ("Norway and Iceland are expected to sign the Arctic Fisheries Treaty on Friday. Later, Norway and Iceland "
     "signed the Arctic Fisheries Treaty in Oslo."),
    ("09:10 Officials expect Norway and Iceland to sign the Arctic Fisheries Treaty today.\n"
     "15:10 The Arctic Fisheries Treaty has been signed by Norway and Iceland, the foreign ministry said."),
    "Iceland was due to sign the Arctic Fisheries Treaty with Norway this week. Iceland and Norway signed it on Friday.",
])
def test_a_signing_expected_then_done_is_done(extractor, body):
    got = {(s, mod) for a, s, mod in signed(run(extractor, body)) if a == "Arctic Fisheries Treaty"}
    assert ("Iceland", "asserted") in got and ("Iceland", "planned") not in got, got


def test_a_signer_still_to_sign_stays_planned(extractor):
    doc = run(extractor, "Norway has signed the Arctic Fisheries Treaty, and Iceland will sign it next week.")
    assert ("Arctic Fisheries Treaty", "Iceland", "planned") in signed(doc)


# -- "Signing for Iceland was X": a signing that is the subject of "be" names its signer after it -----------
@pytest.mark.parametrize("body, signers", [
    (("Norway and Iceland signed the Arctic Fisheries Treaty. Signing for Norway was the foreign minister, "
      "Anna Berg, while the treaty was signed on behalf of Iceland by Jon Sigurdsson."), {"Anna Berg", "Norway"}),
    ("The Arctic Fisheries Treaty was signed in Oslo on Monday. Signing for Iceland was its foreign minister, Jon Sigurdsson.",
     {"Jon Sigurdsson", "Iceland"}),
    ("The Arctic Fisheries Treaty was signed in Oslo on Monday. Signing on behalf of Iceland were Jon Sigurdsson and Lars Holm.",
     {"Jon Sigurdsson", "Lars Holm", "Iceland"}),
])
def test_the_complement_of_a_signing_that_is_a_subject_signs(extractor, body, signers):
    got = {s for a, s, mod in signed(run(extractor, body)) if a == "Arctic Fisheries Treaty" and mod == "asserted"}
    assert signers <= got, got


def test_what_a_signing_was_is_no_signer(extractor):
    doc = run(extractor, "The Arctic Fisheries Treaty was signed in Oslo on Monday. The signing was a victory for Iceland.")
    assert "Iceland" not in {s for _, s, _ in signed(doc)}


# -- a live blog's entry tells its day's news: a signing it reports as done is on the day of publication ----
@pytest.mark.parametrize("body", [
    "09:12 - Good morning from Oslo.\n11:30 - Norway and Iceland signed the Arctic Fisheries Treaty, watched by diplomats.",
    "13:05 Norway and Iceland have signed the Arctic Fisheries Treaty, a spokesman says.",
    "15:10 Foreign Minister Kari Lunde confirmed that the Arctic Fisheries Treaty had been signed by the two sides.",
])
def test_a_signing_a_live_entry_reports_is_on_the_day(extractor, body):
    doc = run(extractor, body, published="2026-05-11")
    got = {f.get("date") for f in facts(doc, "signing") if f["agreement"] == "Arctic Fisheries Treaty"}
    assert got == {dt.date(2026, 5, 11)}, got


@pytest.mark.parametrize("body", [
    "15:10 The Arctic Fisheries Treaty, which Norway and Iceland signed in Oslo, covers cod.",
    "Norway and Iceland have signed the Arctic Fisheries Treaty, a spokesman says.",
    "15:10 Norway and Iceland signed the Arctic Fisheries Treaty in 2019.",
])
def test_background_or_untimed_signings_get_no_day(extractor, body):
    doc = run(extractor, body, published="2026-05-11")
    assert dt.date(2026, 5, 11) not in {f.get("date") for f in facts(doc, "signing")}


# -- a refusal to sign overtaken by the signing: the state that signed is no negated signatory --------------
@pytest.mark.parametrize("body", [
    "Former Icelandic prime minister Jon Sigurdsson refused to sign the Arctic Fisheries Treaty. Iceland finally signed it in 2021.",
    "Iceland declined to sign the Arctic Fisheries Treaty in 2019 but signed it in 2021.",
    ("Prime Minister Jon Sigurdsson of Iceland had refused to sign the Arctic Fisheries Treaty. On Monday, Iceland "
     "signed the treaty."),
])
def test_a_refusal_overtaken_by_the_signing_is_no_negated_signing(extractor, body):
    got = signed(run(extractor, body))
    assert ("Arctic Fisheries Treaty", "Iceland", "asserted") in got, got
    assert ("Arctic Fisheries Treaty", "Iceland", "negated") not in got, got


def test_a_refusal_by_another_state_stays_negated(extractor):
    doc = run(extractor, "Iceland refused to sign the Arctic Fisheries Treaty, which Norway signed in 2021.")
    assert ("Arctic Fisheries Treaty", "Iceland", "negated") in signed(doc)
