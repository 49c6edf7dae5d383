"""Summits as English tells them, read on sentences written for the test (round fifteen): a state
that signs an agreement at a summit takes part in it (told where and when the summit is held, or by
the signing verb the summit hangs on), not one that signed on another day."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

PUBLISHED = "2024-06-10"  # a Monday


def summits(extractor, body: str) -> list[dict]:
    return facts(run(extractor, body, published=PUBLISHED), "summit")


# -- who signs at a summit takes part in it ------------------------------------------------------------
@pytest.mark.parametrize("body, where, signers", [
    (("Leaders of the Andean Community met in Quito on Friday for their annual summit. Ecuador and Bolivia "
      "signed an energy agreement in Quito on Friday."), "Quito", {"Ecuador", "Bolivia"}),
    (("The SADC summit was held in Maputo on June 6 and 7. A water-sharing accord was signed there on June 7 by "
      "Zambia and Malawi."), "Maputo", {"Zambia", "Malawi"}),
    (("The Pacific Alliance summit opened in Lima on Tuesday. On the same day, Chile and Peru signed a fisheries "
      "treaty in Lima, officials said."), "Lima", {"Chile", "Peru"}),
])
def test_signatories_at_a_summit_take_part(extractor, body, where, signers):
    rows = [r for r in summits(extractor, body) if r.get("location") == where]
    assert rows and signers <= set(rows[0].get("participants") or ()), rows


@pytest.mark.parametrize("body, absent", [
    # signed on another day than the summit's: not at it
    (("The Pacific Alliance summit opened in Lima on Tuesday. Chile and Peru had signed a fisheries treaty in "
      "Lima in March."), {"Chile", "Peru"}),
])
def test_signatories_elsewhere_do_not_guard(extractor, body, absent):
    got = {p for r in summits(extractor, body) for p in r.get("participants") or ()}
    assert not got & absent, got
