"""Which agreement a sentence speaks of, read on stories written for the test (round 18): a noun of
approval whose own phrase names an agreement set apart ("a similar agreement") is that one's, even
where the parser hung the phrase on the verb or a date; and "it" as the object of an adverbial clause
continues the object its main clause told ("signed a similar accord with B, when ... concluded it")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def pairs(doc, cq: str, field: str) -> set[tuple[str, str]]:
    return {(f["agreement"], f[field]) for f in facts(doc, cq) if f.get(field)}


# -- a noun of approval whose own phrase names an agreement set apart ---------------------------------
@pytest.mark.parametrize("body, state, other", [
    (("Norway's parliament approved the defence pact with the United States on Monday. The vote "
      "follows the approval by Denmark's parliament on May 3 of a similar agreement that Copenhagen signed with "
      "Washington in early January, weeks before Norway."), "Denmark", "similar agreement"),
    (("Norway's parliament approved the defence pact with the United States on Monday. The vote "
      "follows the approval by Denmark's parliament of a similar agreement in May."), "Denmark", "similar agreement"),
])
def test_approval_of_an_agreement_set_apart_is_that_agreements(extractor, body, state, other):
    doc = run(extractor, body)
    got = pairs(doc, "ratification", "state")
    assert any(a.startswith(other) and s == state for a, s in got), got
    assert not any(s == state and not a.startswith(other) for a, s in got), got
    assert not any(p == state and not a.startswith(other) for a, p in pairs(doc, "parties", "party"))


# -- "it" in an adverbial clause continues the object its main clause told ---------------------------
@pytest.mark.parametrize("body, other, partner", [
    (("Britain and Japan signed the Reciprocal Access Agreement in London on Wednesday, the latest step in ties "
      "between the Reciprocal Access Agreement's two signatories. Japan inked a similar accord with Australia a "
      "year ago, when the two prime ministers concluded it by video link, and officials said the Reciprocal Access "
      "Agreement went further."), "similar accord with Australia", "Australia"),
    (("Greece and Cyprus signed the Aegean Logistics Treaty on Monday; the Aegean Logistics Treaty covers fuel. "
      "Greece signed a similar pact with Egypt in 2021, after the two foreign ministers had negotiated it for a "
      "year, and the Aegean Logistics Treaty copies much of it."), "similar pact with Egypt", "Egypt"),
])
def test_it_in_an_adverbial_clause_is_the_main_clauses_object(extractor, body, other, partner):
    doc = run(extractor, body)
    got = pairs(doc, "parties", "party") | pairs(doc, "signing", "signatory")
    assert (other, partner) in got, got
    assert not any(p == partner and a != other for a, p in got), got
