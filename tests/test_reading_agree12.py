"""Memberships read on sentences written for the test (round 12): states set beside a member
("A, like B, is a member of X", "A joined X alongside B", "A, along with B, applied to join X")
share its standing, and a state coordinated with "N other members" is one of them."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def members(doc) -> set[tuple[str, str, str]]:
    return {(f["member"], f["organization"], f["modality"]) for f in facts(doc, "member")}


# -- states set beside a member share its standing ----------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    ("Ghana, like Togo and Benin, is a member of the Economic Community of West African States.",
     {("Togo", "Economic Community of West African States", "asserted"),
      ("Benin", "Economic Community of West African States", "asserted")}),
    ("Like Norway, Denmark is a founding member of the Nordic Council.",
     {("Norway", "Nordic Council", "asserted")}),
    ("Turkey joined the Council of Europe alongside Greece in 1950, officials recalled.",
     {("Greece", "Council of Europe", "asserted")}),
    ("Spain joined the European Union in 1986 along with Portugal.",
     {("Portugal", "European Union", "asserted")}),
    ("Kenya, together with Uganda, joined the East African Community in 2000.",
     {("Uganda", "East African Community", "asserted")}),
    ("Moldova, along with Georgia, applied to join the European Union in 2022.",
     {("Georgia", "European Union", "planned")}),
    # (the parser hangs the phrase on the noun of the verb's own time or place phrase)
    ("Chile joined the Pacific Alliance at a ceremony in Lima alongside Peru.",
     {("Peru", "Pacific Alliance", "asserted")}),
])
def test_states_beside_a_member_share_its_standing(extractor, body, expected):
    got = members(run(extractor, body))
    assert expected <= got, got


def test_unlike_sets_no_state_beside_the_member(extractor):  # (a guard)
    got = members(run(extractor, "Unlike Norway, Sweden is a member of the European Union."))
    assert not any(m == "Norway" for m, _, _ in got), got

