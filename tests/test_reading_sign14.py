"""Signings read on sentences written for the test (round 14): the members a plural phrase of
documents is told to hold in its own clause are what was signed — what it "included" ("the
documents signed on Monday included A and B") and whatever "was among" it ("A was among seven
documents signed"), and what "among them" lists, also in the next sentence ("Ten documents were
signed. Among them was X")."""
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
    ("A memorandum on tourism was among the twelve agreements exchanged in Quito on Friday.",
     {("memorandum on tourism", None)}),
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


# -- "among them": the names after it are members of the plural "them" stands for -------------------------------
@pytest.mark.parametrize("body, expected", [
    ("The Andes Treaty was signed in Lima by the 12 states of the region, among them Peru, Chile and Bolivia.",
     {("Andes Treaty", "Peru"), ("Andes Treaty", "Chile"), ("Andes Treaty", "Bolivia")}),
    ("Peru and Chile signed several accords, among them a defence cooperation agreement whose text was not published.",
     {("defence cooperation agreement", "Peru"), ("defence cooperation agreement", "Chile")}),
    ("Peru and Chile signed ten documents on Monday. Among them was a memorandum on fisheries and a protocol on customs.",
     {("memorandum on fisheries", "Peru"), ("memorandum on fisheries", "Chile"),
      ("protocol on customs", "Peru"), ("protocol on customs", "Chile")}),
    (("The two leaders witnessed the exchange of more than 30 cooperation documents, covering fields including trade. "
     "Among them was an agreement on the construction of a railway linking Lima and Cusco."),
     {("agreement on the construction of a railway linking Lima and Cusco", None)}),
])
def test_among_them(extractor, body, expected):
    got = signed(run(extractor, body))
    assert expected <= got, got


@pytest.mark.parametrize("body, unexpected", [
    ("Peru and Chile signed the Andes Treaty on Monday. Among them was a memorandum on fisheries.",
     ("memorandum on fisheries", "Peru")),
    ("Peru and Chile signed ten documents on Monday. Among them was not a memorandum on fisheries.",
     ("memorandum on fisheries", "Peru")),
])
def test_among_them_only_of_a_plural_signed(extractor, body, unexpected):
    got = signed(run(extractor, body))
    assert unexpected not in got, got
