"""Agreement identity, read on sentences written for the test (round 16): an agreement told by the
earlier year it was made in is that older agreement, not the one in view."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, labels, run

pytestmark = pytest.mark.model


def parties(doc) -> set[tuple[str, str]]:
    return {(f["agreement"], f["party"]) for f in facts(doc, "parties")}


# -- "the agreement of 2004", "the pact signed in 1995": an older agreement, not the one in view ------
@pytest.mark.parametrize("body, older", [
    (("Tajikistan and Russia signed a new base agreement on Friday. It is to supersede the agreement of 2004, whose "
     "term expires soon."), "agreement of 2004"),
    ("Russia's use of the port dates back to the basing protocol of 1998, which Georgia signed under pressure.",
     "basing protocol of 1998"),
    ("Kenya and Ethiopia signed a power deal on Monday. It replaces the agreement signed in Nairobi in 2006.",
     "agreement signed in Nairobi in 2006"),
    ("Lithuania signed a gas deal with Poland. The treaty Moscow signed with Minsk in 1999 was not mentioned.",
     "treaty Moscow signed with Minsk in 1999"),
    ("Israel and Egypt agreed a gas deal in Cairo. It builds on the pipeline accord of 2005 between the two states.",
     "pipeline accord of 2005"),
])
def test_an_agreement_told_by_an_earlier_year_is_an_older_one(extractor, body, older):
    assert older in labels(run(extractor, body), "Agreement")


def test_the_older_agreement_takes_its_own_parties_not_the_new_ones(extractor):
    doc = run(extractor, "Lithuania signed a gas deal with Poland. The treaty Moscow signed with Minsk in 1999 was "
                         "not mentioned.")
    got = parties(doc)
    assert ("gas deal", "Russia") not in got and ("gas deal", "Belarus") not in got, got
    assert ("treaty Moscow signed with Minsk in 1999", "Russia") in got, got


def test_the_older_agreement_lends_no_place_to_the_new_one(extractor):
    doc = run(extractor, "Kenya and Ethiopia signed a power deal on Monday. It replaces the agreement signed in "
                         "Nairobi in 2006.")
    assert not any(f["agreement"] == "power deal" and f.get("place") for f in facts(doc, "signing"))


@pytest.mark.parametrize("body", [
    # a year told before may be the one the agreement in view was made in
    "Peru and Chile signed a fisheries agreement in 2019. The agreement signed in 2019 sets quotas.",
    # a date of the year of writing: the agreement in view
    "Peru and Chile signed a fisheries agreement on Monday. The agreement of March 4 sets quotas.",
    # a name's apposition is the named agreement
    ("The pact marks the anniversary of the Baltic Grid Treaty, the power pact signed in Riga in 1999 that binds "
     "Estonia and Latvia."),
    ("The speech, timed for the anniversary of the Baltic Grid Treaty, the power pact signed in Riga in 1999 that "
     "binds Estonia and Latvia, came a day before the vote."),
])
def test_an_agreement_told_by_a_year_already_in_view_is_no_new_one(extractor, body):
    assert len(labels(run(extractor, body), "Agreement")) == 1, labels(run(extractor, body), "Agreement")
