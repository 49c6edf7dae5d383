"""Former heads of state and government, foreign and defence ministers in the offline gazetteer
(curated.yaml rows taken by whole position from public office-holder tables): linked in invented
sentences by full name and by surname alone; a former holder named only by name gets no office."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.link.gazetteer import load_gazetteer

pytestmark = pytest.mark.model


def listed(label: str) -> str:
    """The QID of the listed person with that label (the test fails if nobody is listed)."""
    qids = [e.qid for e in load_gazetteer().entries.values() if e.type == "Person" and e.label == label]
    assert len(qids) == 1, f"{label} is not listed once"
    return qids[0]


def linked(doc, label: str) -> set[str | None]:
    return {e.qid for e in doc.entities.values() if e.label == label}


@pytest.mark.parametrize("body, label", [
    ("Lionel Jospin will lead a delegation of business leaders to Hanoi next month.", "Lionel Jospin"),
    ("In a speech in Warsaw, Aleksander Kwaśniewski urged closer ties with Kyiv.", "Aleksander Kwaśniewski"),
    ("The mediation effort was headed by Sushma Swaraj, who met both sides in Addis Ababa.",
     "Sushma Swaraj"),
    ("Critics of the accord included Geoff Hoon and several retired generals.", "Geoff Hoon"),
    ("A book by Bernard Kouchner on humanitarian law was published on Tuesday.", "Bernard Kouchner"),
    ("Yukio Hatoyama hosted the envoys at his villa near Kyoto, aides said.", "Yukio Hatoyama"),
    # a head of government of the 1990s-2010s from a public notes folder of modern leaders
    ("Nelson Mandela and his advisers drafted the plan in 1992, the archive shows.", "Nelson Mandela"),
])
def test_a_former_office_holder_is_linked_by_full_name(extractor, body, label):
    assert linked(run(extractor, body), label) == {listed(label)}


@pytest.mark.parametrize("body, label", [
    # the surname alone, once in the article: the one listed person of that surname
    ("Kwaśniewski said on Monday that the pipeline deal was a mistake.", "Aleksander Kwaśniewski"),
    ("On Tuesday, Davutoğlu warned that the ceasefire would not hold.", "Ahmet Davutoğlu"),
    ("On Tuesday, Hoon warned that the talks would not resume.", "Geoff Hoon"),
    ("A foundation set up by Mandela will fund the exchange, its board said.", "Nelson Mandela"),
    ("Olmert told the newspaper that the talks had come close to a deal.", "Ehud Olmert"),
    # the full name first, then the surname: one person
    ("Radosław Sikorski flew to Vilnius on Sunday. Sikorski told reporters the talks had stalled.",
     "Radosław Sikorski"),
])
def test_a_former_office_holder_is_linked_by_surname(extractor, body, label):
    people = {e.qid for e in run(extractor, body).entities.values() if e.type == "Person"}
    assert people == {listed(label)}


@pytest.mark.parametrize("body, person", [
    # named only by name: the gazetteer's past terms are no office held now
    ("Mikhail Fradkov met the two envoys in Abuja on Friday.", "Mikhail Fradkov"),
    ("David Miliband's memoir was reissued this week with a new preface.", "David Miliband"),
    # a former title is not recorded either
    ("Former Polish president Aleksander Kwaśniewski said the vote was fair.", "Aleksander Kwaśniewski"),
])
def test_a_former_holder_named_by_name_gets_no_office(extractor, body, person):
    doc = run(extractor, body)
    assert linked(doc, person) == {listed(person)}
    assert not [f for f in facts(doc, "office") if f["person"] == person]
