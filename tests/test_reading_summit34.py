"""Summit participants read on sentences written for the test (round 34): a page cut off after an
auxiliary and an adverb is read, not dropped; a passive clause whose verb the next clause leaves out
("A was represented at minister level, and B and C by envoys") seats its remnant's subjects too,
one or several; and "in attendance" says of its holder what "present" does ("among those in
attendance were A and B", "the leaders in attendance included ...")."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def seated(doc) -> set[str]:
    return {p for f in facts(doc, "summit") for p in f.get("participants", ())}


# -- a page cut off mid-word (kg.extract.frames._phrase_at) ------------------------------------------
@pytest.mark.parametrize("body", [
    'The Nordic summit opened in Bergen on Monday, with Finland and Iceland in attendance.\n"The union has always',
    "The Andean summit opened in Quito on Monday, with Peru and Colombia in attendance. The bloc has already",
    "The Mercosur summit opened in Asuncion on Friday, with Chile and Bolivia in attendance. Its council has rarely",
])
def test_a_page_cut_off_after_an_adverb_is_still_read(extractor, body):
    got = seated(run(extractor, body))
    assert len(got) >= 2, got


# -- a gapped passive (kg.extract.gapping) -----------------------------------------------------------
@pytest.mark.parametrize("body, states", [
    # a manner phrase in the first clause, an agent in the remnant; a coordinated remnant subject
    (("The Andean summit opened in Lima on Monday. Peru was represented at minister level, and Chile and "
      "Bolivia by special envoys."), {"Peru", "Chile", "Bolivia"}),
    # a list of three as the remnant's subject
    (("The Nordic summit opened in Bergen on Monday. Norway was represented by its foreign minister, and "
      "Denmark, Finland and Estonia by envoys."), {"Norway", "Denmark", "Finland", "Estonia"}),
    # one remnant subject, an "at" phrase with its own "of" in the first clause
    (("The SADC summit opened in Maputo on Monday. Zambia was represented at the level of ministers, and "
      "Malawi by an envoy."), {"Zambia", "Malawi"}),
])
def test_a_gapped_passive_seats_each_remnant_subject(extractor, body, states):
    got = seated(run(extractor, body))
    assert states <= got, got


@pytest.mark.parametrize("body, state", [
    # a second clause with a verb of its own is no remnant
    (("The Andean summit opened in Lima on Monday. Peru was represented at minister level, and a letter by "
      "Chile was read out."), "Chile"),
    # an agent inside the first clause's object is no gap
    (("The Nordic summit opened in Bergen on Monday. Norway was represented by its foreign minister, who "
      "criticised a plan by Estonia."), "Estonia"),
])
def test_no_remnant_no_extra_seat(extractor, body, state):  # (guards)
    got = seated(run(extractor, body))
    assert state not in got, got


# -- "in attendance" (kg.extract.syntax._in_state) ---------------------------------------------------
@pytest.mark.parametrize("body, states", [
    # inverted, future
    (("The Andean summit will open in Lima on Friday. Among those in attendance next week will be Chilean President "
      "Rafael Ortiz and Bolivian President Tomas Quispe."), {"Chile", "Bolivia"}),
    # inverted, past, states named
    ("The Andean summit opened in Lima on Monday. Among those in attendance were Chile and Peru.", {"Chile", "Peru"}),
    # a noun it modifies, which lists them
    (("The SADC summit opened in Maputo on Monday. The leaders in attendance included the presidents of Zambia "
      "and Malawi."), {"Zambia", "Malawi"}),
])
def test_in_attendance_seats_its_holders(extractor, body, states):
    got = seated(run(extractor, body))
    assert states <= got, got


@pytest.mark.parametrize("body, state", [
    # what the ones in attendance act on is not in attendance
    ("The Andean summit opened in Lima on Monday. The leaders in attendance criticised Chile.", "Chile"),
    # a state of something else
    ("The Nordic summit opened in Bergen on Monday. Among those in favour of the plan were Iceland and Norway.", "Iceland"),
])
def test_other_holders_are_not_seated(extractor, body, state):  # (guards)
    got = seated(run(extractor, body))
    assert state not in got, got
