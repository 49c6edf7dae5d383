"""Reference resolution read on sentences written for the test (round 12): a definite "the
agreement" or "it" with nothing else to go by is the story's agreement (the one its lede names),
not one named in between for comparison."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def ratified(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["state"]) for f in facts(doc, "ratification") if f.get("state")}


def signed(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["signatory"]) for f in facts(doc, "signing") if f.get("signatory")}


# -- the story's agreement against one named since ---------------------------------------------------
@pytest.mark.parametrize("body, story, other, state", [
    # a definite noun after an agreement the next sentence only builds on
    (("Kenya and Tanzania concluded the Lake Tana Shipping Agreement last week. Officials said it builds on "
     "the Kisumu Pier Accord signed in 2015. Kenya's parliament approved the agreement on Thursday."),
     "Lake Tana Shipping Agreement", "Kisumu Pier Accord", "Kenya"),
    # a contrast ("unlike ...")
    (("Japan and the Philippines signed the Reciprocal Drill Agreement on Monday. Unlike the Visiting Crews "
     "Agreement with Canada, the deal lets Japanese troops train ashore. The Philippine Senate is expected to "
     "ratify the deal."), "Reciprocal Drill Agreement", "Visiting Crews Agreement", "Philippines"),
    # another state's agreement told in a reported clause
    (("Greece and Egypt signed the Levant Shelf Agreement on Thursday. Turkey said the Sirte Memorandum it "
     "signed with Libya was still valid. The Greek parliament ratified the agreement two weeks later."),
     "Levant Shelf Agreement", "Sirte Memorandum", "Greece"),
    # "it": a critic's alternative named as a subject in between
    (("Sweden and Finland finalised the Nordic Radar Treaty on Monday. Critics said the Aland Arrangement "
     "would have been enough. Finland's parliament ratified it on Friday."),
     "Nordic Radar Treaty", "Aland Arrangement", "Finland"),
    # "it": an older text, the subject of a negated clause
    (("Canada and Denmark signed the Kennedy Channel Boundary Treaty on Tuesday. The Nares Trawling Agreement "
     "from 2004 is unaffected. Denmark's parliament ratified it in March."),
     "Kennedy Channel Boundary Treaty", "Nares Trawling Agreement", "Denmark"),
    # "it": a relative clause naming what the new text settles
    (("Uzbekistan and Tajikistan signed the Zarafshan Water Agreement in Tashkent on Monday, ending a dispute "
     "that the Penjikent Protocol failed to settle. Tajikistan's parliament ratified it in April."),
     "Zarafshan Water Agreement", "Penjikent Protocol", "Tajikistan"),
])
def test_the_story_agreement_over_one_named_since(extractor, body, story, other, state):
    got = ratified(run(extractor, body))
    assert (story, state) in got and (other, state) not in got, got


def test_a_second_mention_of_the_other_keeps_it(extractor):
    """Named twice just before, the other agreement is what the passage has turned to."""
    doc = run(extractor, "Chile and Peru signed the Humboldt Current Accord on Monday. Chile then took up the "
                         "Atacama Solar Treaty with Bolivia, and the Atacama Solar Treaty was signed on Friday. "
                         "Bolivia's assembly ratified the treaty a week later.")
    assert {a for a, _ in ratified(doc)} == {"Atacama Solar Treaty"}, ratified(doc)


def test_one_named_in_the_same_sentence_keeps_it(extractor):
    """The story's agreement does not outweigh one named earlier in the reference's own sentence."""
    doc = run(extractor, "Oman and India signed the Sur Harbour Agreement on Monday. Officials were upbeat. Last "
                         "month Oman and Kenya signed the Masirah Ferry Agreement, and Kenya ratified the agreement "
                         "in May.")
    assert ("Masirah Ferry Agreement", "Kenya") in ratified(doc), ratified(doc)
    assert ("Sur Harbour Agreement", "Kenya") not in ratified(doc), ratified(doc)
