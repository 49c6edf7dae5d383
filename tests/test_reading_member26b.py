"""Founders read on sentences written for the test (round 26, second wave): a word a prefix and
hyphen make, "co-founded", is one token of known lemma, so its clause keeps its subject ("A
co-founded X with B": A founded it too, not B alone; lexicon ``prefixed_words``); a "with" phrase
the parser hangs on the founded body names a founder ("A helped set up X with B": frames.yaml
``found``, role source ``object-prep:with``); founders, co-founders and founding states are member nouns
("A was a co-founder of X": frames.yaml ``member``)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

PTO = "Pacific Tuna Organisation"
PTA = "Pacific Tuna Alliance"
PTF = "Pacific Tuna Forum"


def members(doc: Document) -> set[tuple[str, str]]:
    """The memberships stated (a negated one is no statement: FORMAT.md)."""
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] != "negated"}


@pytest.mark.parametrize("body, expected", [
    # active, with the partner after the object
    (f"Kiribati co-founded the {PTO} with Nauru in 2014.", {("Kiribati", PTO), ("Nauru", PTO)}),
    # active, no partner
    (f"Samoa co-founded the {PTO} in 2011.", {("Samoa", PTO)}),
    # a relative clause on the body, its subject the founder
    (f"The {PTA}, which Tonga co-founded with Fiji in 2005, meets every year.", {("Tonga", PTA), ("Fiji", PTA)}),
    # a relative clause on the founder
    (f"Fiji, which co-founded the {PTA} with Tonga, hosts its next meeting.", {("Fiji", PTA), ("Tonga", PTA)}),
    # a fronted time phrase and a coordinated clause after it
    (f"Two decades ago Vanuatu co-founded the {PTO} with Palau, and it still chairs the group.",
     {("Vanuatu", PTO), ("Palau", PTO)}),
    # a description in the next sentence
    (f"The {PTA} meets in Tarawa. Kiribati co-founded the alliance with Nauru in 2014.",
     {("Kiribati", PTA), ("Nauru", PTA)}),
    # the partner hung on the object of a raised verb
    (f"Nauru helped set up the {PTF} with Tuvalu in 2009.", {("Nauru", PTF), ("Tuvalu", PTF)}),
])
def test_founders(extractor, body, expected):
    got = members(run(extractor, body))
    assert expected <= got, got


@pytest.mark.parametrize("body, absent", [
    # a helper who is no state
    (f"Kiribati co-founded the {PTO} with help from Japan.", ("Japan", PTO)),
    # money is no founder
    (f"Nauru set up the {PTF} in 2009 with funding from Australia.", ("Australia", PTF)),
    # another co- verb founds nothing
    (f"Fiji co-hosted a meeting of the {PTA} with Tonga.", ("Tonga", PTA)),
    # a denial
    (f"Fiji did not co-found the {PTA}; Tonga and Samoa did.", ("Fiji", PTA)),
])
def test_founder_guards(extractor, body, absent):
    assert absent not in members(run(extractor, body))


@pytest.mark.parametrize("body, expected", [
    # a co-founder predicated of its state
    (f"Tonga was a co-founder of the {PTA}.", {("Tonga", PTA)}),
    # a founding state
    (f"Samoa is a founding state of the {PTO}.", {("Samoa", PTO)}),
    # ranked among the founders
    (f"Palau was among the founders of the {PTF}.", {("Palau", PTF)}),
])
def test_founder_nouns(extractor, body, expected):
    got = members(run(extractor, body))
    assert expected <= got, got


@pytest.mark.parametrize("body", [
    # a person who founded it is no member state
    f"The founder of the {PTA}, a Fijian fisheries official, spoke in Suva.",
    # a founding king is a state's own
    f"Tonga's founding king is honoured by the {PTA}.",
])
def test_founder_noun_guards(extractor, body):
    assert not members(run(extractor, body))
