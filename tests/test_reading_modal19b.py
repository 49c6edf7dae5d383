"""Modality, round 19b: a passive infinitive on a noun tells what is ahead ("the accord, to be
signed on Friday", "a summit to be attended by ten leaders"), and so does "be to" in the present
("the next summit is to be hosted by X"); not after a ranking word ("the first treaty to be
ratified") (kg.extract.clause_modality._prospective). On sentences written for the test."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body, cq, key, value", [
    ("The Pacific Fisheries Accord, to be signed by Chile and Peru on Friday, sets quotas.", "signing", "signatory", "Chile"),
    ("The next summit is to be hosted by Bolivia in Sucre in 2027.", "summit", "location", "Sucre"),
])
def test_an_infinitive_told_ahead_is_planned(extractor, body, cq, key, value):
    rows = [r for r in facts(run(extractor, body, published="2025-03-12"), cq) if r.get(key) == value]
    assert rows and all(r["modality"] == "planned" for r in rows), rows


@pytest.mark.parametrize("body, cq, key, value", [
    ("Peru's Congress ratified the Andes Water Treaty on Monday, the first treaty to be ratified by the new legislature.",
     "ratification", "state", "Peru"),
    ("Chile and Peru signed the Andes Water Treaty in Lima on Monday, the last pact to be signed before the election.",
     "signing", "signatory", "Chile"),
    ("The summit opened in Sucre on Monday, the first to be hosted by Bolivia.", "summit", "location", "Sucre"),
])
def test_a_ranked_infinitive_tells_what_was_done(extractor, body, cq, key, value):
    rows = [r for r in facts(run(extractor, body, published="2025-03-12"), cq) if r.get(key) == value]
    assert rows and all(r["modality"] == "asserted" for r in rows), rows


_BLOG = ("Live: Andean Forum summit in Quito\n"
         "08:50 - Good morning from Quito, where the presidents of the Andean Forum gather today for the 30th Andean Forum summit.\n")


@pytest.mark.parametrize("entry, visitor", [
    ("10:05 - Bolivian President Jorge Mamani has joined the leaders as a guest.", "Jorge Mamani"),
    ("10:05 - Bolivian President Jorge Mamani is here as a guest. Talks begin at noon.", "Jorge Mamani"),
])
def test_a_live_entrys_arrival_is_on_the_day_of_writing(extractor, entry, visitor):
    """A trip told as done in a timestamped entry, with no day of its own, is on the blog's day
    (kg.extract.entry_days.date_entry_trips)."""
    rows = [r for r in facts(run(extractor, _BLOG + entry, published="2025-03-12"), "visit") if r["visitor"] == visitor]
    assert rows and all(str(r.get("start")) == "2025-03-12" for r in rows if r["modality"] == "asserted"), rows


@pytest.mark.parametrize("entry, visitor, day", [
    ("10:05 - Ecuador's Rosa Paredes visited Lima in 2019 for talks.", "Rosa Paredes", None),
    ("10:05 - Bolivian President Jorge Mamani arrived in Quito last night.", "Jorge Mamani", "2025-03-11"),
])
def test_a_live_entry_keeps_a_day_it_tells(extractor, entry, visitor, day):
    rows = [r for r in facts(run(extractor, _BLOG + entry, published="2025-03-12"), "visit") if r["visitor"] == visitor]
    assert rows and all(str(r["start"]) == day if day else r.get("start") is None for r in rows), rows


def test_a_month_in_a_clause_of_its_own_leaves_the_entrys_day(extractor):
    """"since taking office in January" looks back; the arrival is still the blog's day's."""
    entry = "10:05 - Bolivian President Jorge Mamani has joined the leaders as a guest; it is his first summit since taking office in January."
    rows = [r for r in facts(run(extractor, _BLOG + entry, published="2025-03-12"), "visit") if r["visitor"] == "Jorge Mamani"]
    assert rows and all(str(r.get("start")) == "2025-03-12" for r in rows if r["modality"] == "asserted"), rows
