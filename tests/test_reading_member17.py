"""Members told by their say on another state's way in, read on sentences written for the test: only
members ratify, approve, veto or block a state's accession, so the state deciding is a member of the
organisation the accession is to; the acceding state itself is not made one, nor a state refusing."""
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
    # awaited, by a passive agent
    (("The accession protocol still awaits approval by the Slovak parliament, officials said of Montenegro's "
      "bid to join NATO."), "Slovakia", NATO),
    # the accession noun itself, ratified
    ("Hungary's parliament ratified Sweden's accession to NATO on Monday after months of delay.", "Hungary", NATO),
    # approved by a body named by its demonym
    ("Turkish lawmakers approved Finland's membership of NATO late on Thursday.", "Turkey", NATO),
    # vetoed
    ("Greece vetoed Macedonia's membership of NATO in 2008 over the dispute about its name.", "Greece", NATO),
])
def test_a_state_deciding_on_an_accession_is_a_member(extractor, body, state, org):
    got = members(run(extractor, body))
    assert (state, org) in got, got


@pytest.mark.parametrize("body, state, org", [
    # its own accession: no more than planned
    ("Montenegro's parliament voted on Friday to ratify the country's accession to NATO.", "Montenegro", NATO),
    # a refusal may be anyone's
    ("Austria's parliament will not ratify Albania's accession treaty with the European Union, the chancellor said.",
     "Austria", EU),
    # support is no say
    ("Japan supported Ukraine's bid to join the European Union, Foreign Minister Aiko Tanabe said.", "Japan", EU),
])
def test_no_say_on_an_accession_makes_no_member(extractor, body, state, org):
    got = asserted(run(extractor, body))
    assert (state, org) not in got, got
