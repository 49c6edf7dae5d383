"""Access read in the fifteenth round: a relative pronoun carried along by its preposition stands
for the noun its clause describes ("the agreement under which X uses Y", "the base, to which Y
was granted access") — sentences written for these tests in several constructions (none from
the corpus; invented people, real states)."""
from __future__ import annotations

import pytest
from extraction_helpers import access, facts, run

pytestmark = pytest.mark.model


# -- "the base, to which Y's ships were granted access": the facility is the clause's noun ----------
@pytest.mark.parametrize("body, expected", [
    ("The Omani naval base at Duqm, to which British warships were given access in 2019, will be enlarged.",
     {("United Kingdom", "Oman", "naval base", "asserted")}),
    ("The Georgian port of Batumi, to which Turkish warships were granted access in 2021, is being dredged.",
     {("Turkey", "Georgia", "port", "asserted")}),
])
def test_the_noun_a_piped_relative_stands_for_is_the_facility(extractor, body, expected):
    assert access(run(extractor, body)) == expected


# -- "the agreement, under which X uses Y": every use the clause tells is under the clause's noun ------
def test_every_access_a_clause_under_which_tells_is_under_its_noun(extractor):
    body = ("Portugal extended its 1979 defence accord with the United States, under which US troops "
            "make use of Portuguese naval bases and of Portuguese air bases.")
    rows = facts(run(extractor, body), "access")
    got = {(r["user"], r["host"], r["facility"], r.get("agreement")) for r in rows}
    assert got == {("United States", "Portugal", kind, "defence accord with the United States")
                   for kind in ("naval base", "air base")}


# -- ", with which ...": a clause set off by a comma follows its noun, not one further back -----------
def test_a_piped_relative_after_a_comma_is_about_the_noun_before_it(extractor):
    body = ("Ministers from Kenya and Uganda met envoys of the Gulf Cooperation Council in Nairobi on Monday "
            "and addressed the Gulf leaders on trade between Kenya and the six-nation grouping, with which "
            "Nairobi is negotiating a free trade agreement.")
    parties = {(r["party"], r["modality"]) for r in facts(run(extractor, body), "parties")}
    assert ("Cooperation Council for the Arab States of the Gulf", "planned") in parties
