"""Agreements, round 29: whom an agreement binds and what it is called. A name hyphened to a
go-between's participle before the agreement noun ("the X-brokered deal") names the go-between,
no party. On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def parties(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


@pytest.mark.parametrize("body, go_between, sides", [
    # active, the go-between's participle on the object
    ("Armenia and Azerbaijan signed the Qatar-brokered peace deal in Doha on Monday.", "Qatar",
     {"Armenia", "Azerbaijan"}),
    # passive, a demonym hyphened to the participle, the sides in a "between" phrase
    ("The Norwegian-facilitated accord between Armenia and Azerbaijan was signed in Oslo on Monday.", "Norway",
     {"Armenia", "Azerbaijan"}),
    # a relative clause telling the signers
    ("The US-mediated agreement, which Armenia and Azerbaijan signed in Washington on Monday, reopens their border.",
     "United States", {"Armenia", "Azerbaijan"}),
    # nominal, an indefinite description as the subject
    ("A Qatar-sponsored peace accord between Armenia and Azerbaijan takes effect in May.", "Qatar",
     {"Armenia", "Azerbaijan"}),
])
def test_a_go_between_is_no_party(extractor, body, go_between, sides):
    doc = run(extractor, body, published="2025-03-14")
    found = parties(doc)
    assert go_between not in {p for _, p in found}, found
    assert sides <= {p for _, p in found}, found


@pytest.mark.parametrize("body, sides", [
    ("The Armenia-Azerbaijan peace deal was signed in Doha on Monday.", {"Armenia", "Azerbaijan"}),
    ("The Qatar-Oman border accord was signed in Doha on Monday.", {"Qatar", "Oman"}),
    # a leader is no go-between
    ("Japan joined a US-led security pact on Monday.", {"Japan", "United States"}),
])
def test_guards_states_hyphened_together_are_parties(extractor, body, sides):
    doc = run(extractor, body, published="2025-03-14")
    assert sides <= {p for _, p in parties(doc)}, parties(doc)


# -- a clause set off by a comma after an agreement's relative clause is no word of its name ---------------
def agreement_names(doc) -> set[str]:
    return {n for e in doc.entities.values() if e.type == "Agreement" for n in (e.label, *e.aliases)}


@pytest.mark.parametrize("body, clause, kept", [
    # "which", the relative clause after a date the parser hung on the verb
    ("Chile and Peru signed a maritime accord on Monday which will let Peruvian ships dock at Arica, as Lima "
     + "sought to expand its trade.", "sought", "maritime accord which will let Peruvian ships dock at Arica"),
    # "that", no date between
    ("Chile and Peru signed a maritime accord that will let Peruvian ships dock at Arica for ten years, as Lima "
     + "sought to expand its trade.", "sought", "maritime accord that will let Peruvian ships dock at Arica for ten years"),
    # a partner phrase and a date before the clause, "even as"
    ("Bolivia signed a transit agreement with Peru on Friday that gives Bolivian trucks free use of the port of Ilo, "
     + "even as talks with Chile stalled.", "stalled",
     "transit agreement with Peru that gives Bolivian trucks free use of the port of Ilo"),
])
def test_a_clause_after_a_comma_is_no_word_of_the_name(extractor, body, clause, kept):
    doc = run(extractor, body, published="2025-03-14")
    names = agreement_names(doc)
    assert not any(clause in n for n in names), names
    assert kept in names, names


def test_guard_a_clause_without_a_comma_stays(extractor):
    doc = run(extractor, "Peru signed a pact with Chile that lets its fishing boats enter Chilean waters while stocks "
              + "recover.", published="2025-03-14")
    assert any("while stocks recover" in n for n in agreement_names(doc)), agreement_names(doc)


# -- a description with another partner than a name's stays apart -----------------------------------------
def agreement_labels(doc) -> set[str]:
    return {e.label for e in doc.entities.values() if e.type == "Agreement"}


def test_guard_a_description_with_another_partner_stays_apart(extractor):
    doc = run(extractor, "Chile signed a trade pact with Peru on Monday. The US-Chile Free Trade Agreement took effect "
              + "in 2004.", published="2025-03-14")
    assert len(agreement_labels(doc)) == 2, agreement_labels(doc)


# -- an agreement's acronym in the plural with a list of partners is one agreement per partner ------------
@pytest.mark.parametrize("body, acronym, partners", [
    # the partners on "in place", the singular spelled by a lower-case description before
    ("Chile and Peru signed a mutual supply and servicing agreement on Monday. Chile already keeps MSSAs in "
     + "place with Brazil, Uruguay and Canada.", "MSSA", {"Brazil", "Uruguay", "Canada"}),
    # the partners on the verb, the description after
    ("Chile has concluded MSSAs with Australia, Britain and Canada. Its mutual supply and servicing agreement with "
     + "Peru followed in May.", "MSSA", {"Australia", "United Kingdom", "Canada"}),
    # passive, the singular a named agreement's acronym
    ("Chile and Peru signed a Mutual Logistics Support Agreement (MLSA) in May. MLSAs with Bolivia and Ecuador were "
     + "signed by Chile last year.", "MLSA", {"Bolivia", "Ecuador"}),
])
def test_a_plural_acronym_with_partners_is_one_agreement_each(extractor, body, acronym, partners):
    doc = run(extractor, body, published="2025-03-14")
    each = {e.key: e for e in doc.entities.values() if e.type == "Agreement" and acronym in {e.label, *e.aliases}
            and e.label != acronym and e.label.startswith(acronym)}
    assert len(each) == len(partners), agreement_names(doc)
    bound = {(f["agreement"], f["party"]) for f in facts(doc, "parties")}
    for e in each.values():
        own = {p for a, p in bound if a == e.label} - {"Japan", "Chile"}
        assert len(own) == 1 and own <= partners, (e.label, bound)


@pytest.mark.parametrize("body", [
    "Chile signed a trade deal with Peru on Monday. Chile's NGOs work with Bolivia and Ecuador.",
    "Chile signed a trade deal with Peru on Monday. Its CEOs met with Bolivia and Ecuador.",
])
def test_guards_a_plural_acronym_no_agreement_spells_is_none(extractor, body):
    doc = run(extractor, body, published="2025-03-14")
    assert agreement_labels(doc) == {"trade deal with Peru"}, agreement_labels(doc)
