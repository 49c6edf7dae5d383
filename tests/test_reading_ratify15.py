"""Ratification read on sentences written for the test (round 15): a legislature only described
("the Turkish parliament", "Finland's parliament") is the state's listed one when the article names
none of its own; a legislature's members ("Israeli lawmakers", "U.S. senators") speak for it; and
"the upper house" of a state whose other chamber is known is the one other chamber the text names."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def bodies(doc) -> set[tuple]:
    return {(f["agreement"], f["state"], f.get("body"), f["modality"]) for f in facts(doc, "ratification")}


# -- a described parliament, the article naming none of the state's: linked to the listed one, and
# labelled still by the article's words ---------------------------------------------------------------
@pytest.mark.parametrize("body, state, label, qid, modality", [
    ("The Turkish parliament approved the Aegean Fisheries Accord on Tuesday.",
     "Turkey", "Turkish parliament", "Q274918", "asserted"),
    ("Finland's parliament endorsed the Baltic Grid Accord by 160 votes to 12, ending a long debate.",
     "Finland", "Finland's parliament", "Q643412", "asserted"),
    (("Sweden and Norway signed the Nordic Rail Pact in March. The pact still awaits ratification by the Swedish "
     "parliament."), "Sweden", "Swedish parliament", "Q272930", "planned"),
    ("Ukraine's parliament is expected to vote on the Black Sea Grain Accord next month.",
     "Ukraine", "Ukraine's parliament", "Q176296", "planned"),
])
def test_a_described_parliament_is_the_listed_one(extractor, body, state, label, qid, modality):
    doc = run(extractor, body, published="2024-06-10")
    got = {(doc.entities[str(f.fields["state"])].label, doc.entities[str(f.fields["body"])].label,
            doc.entities[str(f.fields["body"])].qid, f.modality)
           for f in doc.facts if f.cq == "ratification" and f.fields.get("body")}
    assert (state, label, qid, modality) in got, got


# -- members speak for their legislature ----------------------------------------------------------
@pytest.mark.parametrize("body, fact", [
    ("Israeli lawmakers ratified the Red Sea Water Accord with Jordan late on Monday.",
     ("Red Sea Water Accord", "Israel", "Knesset", "asserted")),
    ("Finnish legislators voted 150-20 on Tuesday to ratify the Baltic Grid Accord.",
     ("Baltic Grid Accord", "Finland", "Eduskunta", "asserted")),
    ("U.S. senators will take up the Arctic Research Compact with Norway after the summer recess.",
     ("Arctic Research Compact", "United States", "United States Senate", "planned")),
    ("Turkish lawmakers are set to ratify the Aegean Fisheries Accord next week, officials said.",
     ("Aegean Fisheries Accord", "Turkey", "Grand National Assembly", "planned")),
    ("The Baltic Grid Accord was approved by Finnish members of parliament on Tuesday.",
     ("Baltic Grid Accord", "Finland", "Eduskunta", "asserted")),
    ("Hungarian deputies approved the Danube Transit Agreement on Monday after a short debate.",
     ("Danube Transit Agreement", "Hungary", "Országgyűlés", "asserted")),
])
def test_members_speak_for_their_legislature(extractor, body, fact):
    got = bodies(run(extractor, body, published="2024-06-10"))
    assert fact in got, got


# -- "the upper house" beside a known lower house is the other chamber named -----------------------
@pytest.mark.parametrize("body", [
    ("Russia's upper chamber approved the Zeya River Treaty on Wednesday, a week after the State Duma backed it. "
    "The Federation Council then passed the ratification law with no debate at all."),
    ("The State Duma ratified the Zeya River Treaty with China last month. On Wednesday the upper house of Russia's "
    "parliament endorsed it as well, and the Federation Council's speaker praised the vote."),
    ("The Zeya River Treaty was ratified on Wednesday by the upper chamber of Russia's parliament. The Federation "
    "Council, which seats two members from each region, voted 150-0, a week after the State Duma."),
])
def test_the_upper_house_is_the_other_chamber_named(extractor, body):
    got = {(s, b, f.get("date")) for f in facts(run(extractor, body, published="2024-05-10"), "ratification")
           for s, b in [(f["state"], f.get("body"))]}
    assert any(s == "Russia" and b == "Federation Council" and d is not None for s, b, d in got), got
    assert not any(b and "upper" in b for _, b, _ in got), got
