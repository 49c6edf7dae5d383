"""How news tells of agreements, read on sentences written for the test: who makes an agreement
(its parties), who signs it, when and where, and who ratifies it, in every construction."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts

from kg.model import Article, Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor():
    from kg.pipeline import default_pipeline

    return default_pipeline().extractor


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
