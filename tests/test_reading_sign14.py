"""Signings read on sentences written for the test (round 14): the members a plural phrase of
documents is told to hold in its own clause are what was signed — what it "included" ("the
documents signed on Monday included A and B") and whatever "was among" it ("A was among seven
documents signed")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def signed(doc) -> set[tuple[str, str | None]]:
    return {(f["agreement"], f.get("signatory")) for f in facts(doc, "signing") if f["modality"] == "asserted"}


@pytest.mark.parametrize("body, expected", [
    ("Other documents signed on Monday included an agreement on fisheries and a memorandum on tourism.",
     {("agreement on fisheries", None), ("memorandum on tourism", None)}),
    ("Other documents exchanged included a memorandum on health and an agreement on customs.",
     {("memorandum on health", None), ("agreement on customs", None)}),
    ("The accords signed by Peru and Chile on Monday include a protocol on customs and a memorandum on tourism.",
     {("protocol on customs", "Peru"), ("protocol on customs", "Chile"),
      ("memorandum on tourism", "Peru"), ("memorandum on tourism", "Chile")}),
])
def test_what_the_documents_signed_included(extractor, body, expected):
    got = signed(run(extractor, body))
    assert expected <= got, got


@pytest.mark.parametrize("body, expected", [
    ("A memorandum on fisheries was among seven documents signed in Lima on Monday.",
     {("memorandum on fisheries", None)}),
    ("A defence agreement was among the accords Peru and Chile signed on Tuesday.",
     {("defence agreement", "Peru"), ("defence agreement", "Chile")}),
])
def test_what_was_among_the_documents_signed(extractor, body, expected):
    got = signed(run(extractor, body))
    assert expected <= got, got


@pytest.mark.parametrize("body", [
    "The agreements signed in Lima did not include a memorandum on fisheries.",
    "A memorandum on fisheries was not among the documents signed in Lima.",
])
def test_what_they_did_not_include_was_not_signed(extractor, body):
    got = signed(run(extractor, body))
    assert ("memorandum on fisheries", None) not in got, got
