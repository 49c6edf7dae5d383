"""Members told by their vote on another state's way in, read on sentences written for the test: only
members ratify a state's accession instrument, so a state whose ratification of one is told or awaited is
a member of the organisation it admits to; the acceding state itself is not made one, nor a state refusing."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.model import Document

pytestmark = pytest.mark.model

NATO = "North Atlantic Treaty Organisation"
EU = "European Union"


def members(doc: Document) -> set[tuple[str, str]]:
    """The memberships stated (a negated one is no statement: FORMAT.md)."""
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] != "negated"}


def asserted(doc: Document) -> set[tuple[str, str]]:
    return {(f["member"], f["organization"]) for f in facts(doc, "member") if f["modality"] == "asserted"}


@pytest.mark.parametrize("body, state, org", [
    # a ratification of the accession instrument, told
    ("The Greek parliament approved the protocol on North Macedonia's accession to NATO, officials in Athens said.",
     "Greece", NATO),
    # told in the passive
    ("The protocol on Albania's accession to NATO was ratified by the Dutch parliament on Tuesday.", "Netherlands", NATO),
    # awaited, by a passive agent
    (("The accession protocol still awaits approval by the Slovak parliament, officials said of Montenegro's "
      "bid to join NATO."), "Slovakia", NATO),
])
def test_a_state_ratifying_an_accession_is_a_member(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org) in got, got


@pytest.mark.parametrize("body, state, org", [
    # its own accession: no more than planned
    ("Montenegro's parliament voted late on Friday to ratify its accession to NATO.", "Montenegro", NATO),
    # a refusal may be anyone's
    ("Austria's parliament will not ratify Albania's accession treaty with the European Union, the chancellor said.",
     "Austria", EU),
    # support is no vote
    ("Japan supported Ukraine's bid to join the European Union, Foreign Minister Aiko Tanabe said.", "Japan", EU),
])
def test_no_vote_on_an_accession_makes_no_member(extractor, body, state, org):
    got = asserted(run(extractor, body))
    assert (state, org) not in got, got
