"""Agreement identity, round 22: which agreement a bare "the agreement" means when the story's
lede (its first two lines) tells none — a scene, a preamble. The story's agreement is then the
first agreement the article tells of, if it tells it by name outside an aside; a rival named
after it for comparison, or a passing description ("a deal"), is not what "the agreement" means
(kg.extract.context.Context.story_agreement). On passages written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model

_SCENE = ("The hall was half empty when the delegations filed in, and the interpreters were still testing their "
          "microphones. Outside, a few protesters held up placards.\n")
_QUAY = "Barges lay idle along the quay when the ministers arrived in Niamey. A brass band played on the riverbank.\n"


def permits(doc) -> set[tuple[str, str]]:
    return {(r["agreement"], r["activity"]) for r in facts(doc, "permits")}


@pytest.mark.parametrize("body, agreement", [
    (_SCENE + "Honduras and El Salvador signed the Gulf of Fonseca Fisheries Agreement in the afternoon. Officials "
     "said it was modelled on the Pacific Tuna Convention.\nFishermen's unions had pressed for a deal for years.\n"
     "The agreement allows training of coast guard crews.", "Gulf of Fonseca Fisheries Agreement"),
    (_QUAY + "Benin and Niger signed the Niger River Shipping Agreement in the afternoon. Officials said it was "
     "modelled on the Rhine Navigation Convention.\nBarge owners had pressed for a deal for years.\n"
     "The agreement allows training of river pilots.", "Niger River Shipping Agreement"),
])
def test_a_scene_lede_leaves_the_story_to_the_first_named_agreement(extractor, body, agreement):
    got = permits(run(extractor, body, published="2025-06-01"))
    assert (agreement, "training") in got, got


@pytest.mark.parametrize("body, never", [
    # the lede tells an agreement itself (by description): the rule does not reach past it
    (("Benin and Niger signed a river shipping pact in Niamey on Monday. Officials said it was modelled on the "
     "Rhine Navigation Convention.\nBarge owners had pressed for a deal for years.\nThe pact allows training of "
     "river pilots."), "Rhine Navigation Convention"),
    # an agreement set apart is not the story's
    (_QUAY + "Benin and Niger signed the Niger River Shipping Agreement in the afternoon. Officials said it was "
     "modelled on the Rhine Navigation Convention.\nBarge owners had pressed for a deal for years.\n"
     "A separate agreement with Nigeria allows training of river pilots.", "Niger River Shipping Agreement"),
])
def test_no_story_agreement_where_the_lede_tells_one_or_one_is_set_apart(extractor, body, never):
    got = permits(run(extractor, body, published="2025-06-01"))
    assert (never, "training") not in got, got
