"""Offices read the way a general reader would (round 28), in sentences written for these tests in
several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def offices(doc) -> set[tuple]:
    return {(r["person"], r["office"], r["of"]) for r in facts(doc, "office")}


# -- a legislator's chamber: a senator sits in the upper house, a speaker presides over the lower ----
@pytest.mark.parametrize("body, expected, wrong", [
    (("The Chilean Senate approved the fisheries pact with Peru on Monday, a week after the Chamber of Deputies had "
     "passed it. Speaker Mario Fuentes called the vote a relief."),
     ("Mario Fuentes", "Speaker", "Chamber of Deputies"), ("Mario Fuentes", "Speaker", "Chilean Senate")),
    (("The accord was passed by Chile's Chamber of Deputies in May and by the Senate in June, and it was welcomed by "
     "Senator Laura Pinto."),
     ("Laura Pinto", "Senator", "Senate"), ("Laura Pinto", "Senator", "Chamber of Deputies")),
    (("The Senate's vote on the treaty followed a long debate in the Chamber of Deputies of Chile, whose debate "
     "Speaker Mario Fuentes closed on Friday."),
     ("Mario Fuentes", "Speaker", "Chamber of Deputies of Chile"), ("Mario Fuentes", "Speaker", "Senate")),
    (("Senator Anne Tremblay, who sits on the foreign affairs committee, said Canada's House of Commons would vote on "
     "the Norway treaty soon."),
     ("Anne Tremblay", "Senator", "Senate of Canada"), ("Anne Tremblay", "Senator", "House of Commons of Canada")),
    (("Canada's House of Commons and its Senate both backed the trade deal, and Senator Anne Tremblay and Speaker "
     "Paul Girard praised it."),
     ("Anne Tremblay", "Senator", "Senate"), ("Anne Tremblay", "Senator", "House of Commons of Canada")),
    (("Russia's State Duma ratified the pact with Laos on Tuesday and the Federation Council will take it up next "
     "week, said Senator Oleg Petrov."),
     ("Oleg Petrov", "Senator", "Federation Council"), ("Oleg Petrov", "Senator", "State Duma")),
])
def test_a_legislator_sits_in_the_chamber_the_title_names(extractor, body, expected, wrong):
    got = offices(run(extractor, body))
    assert expected in got and wrong not in got


@pytest.mark.parametrize("body, expected", [
    (("The Indian parliament's Rajya Sabha passed the bill after the Lok Sabha, where Speaker Ravi Menon read out "
     "the tally."), ("Ravi Menon", "Speaker", "Lok Sabha")),
    ("Speaker Ravi Menon said the Lok Sabha would sit late.", ("Ravi Menon", "Speaker", "Lok Sabha")),
])
def test_a_legislator_of_the_one_chamber_named_keeps_it(extractor, body, expected):
    assert expected in offices(run(extractor, body))
