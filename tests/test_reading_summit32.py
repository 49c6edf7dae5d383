"""Summits read on sentences written for the test (round 32): a summit's days counted from one of
them ("the second day of the summit", "its final day"), told on a day or, in a present clause
with no day, on the day of writing."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts, run

pytestmark = pytest.mark.model


def _days(doc, name: str) -> tuple:
    f = next(f for f in facts(doc, "summit") if f["summit"].casefold() == name)
    return f.get("start"), f.get("end")


# -- a day counted in the summit tells its first (and, when the last, its last) day ------------
@pytest.mark.parametrize("body, name, start, end", [
    # active, a present clause in a live report: the day of writing (Sunday, 10 March 2024)
    ("Leaders from the region are meeting in Lima for the second day of the Andean Summit.",
     "andean summit", "2024-03-09", None),
    # a day told on the clause, the day both counted and the last
    ("Ministers gathered in Oslo on Friday for the third and last day of the Nordic Council summit.",
     "nordic council summit", "2024-03-06", "2024-03-08"),
    # a relative clause, the counted day set beside its date (whatever the parse hung it on)
    ("Bolivia's president, who spoke on Wednesday, the third day of the Andean summit in Quito, left early.",
     "andean summit", "2024-03-04", None),
    # a passive, the rank in figures
    ("The tariff accord was initialled in Lima on Saturday, the 2nd day of the Andean summit.",
     "andean summit", "2024-03-08", None),
])
def test_a_counted_day_tells_the_summits_days(extractor, body, name, start, end):
    doc = run(extractor, body)
    want = (dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None)
    assert _days(doc, name) == want, facts(doc, "summit")


# -- guards: a day to come or gone by with no day told is no day of writing ---------------------
@pytest.mark.parametrize("body, name", [
    ("Chile's president will speak on the final day of the Andean summit in Lima.", "andean summit"),
    ("Delegates were still arguing on the second day of the Andean summit in Lima.", "andean summit"),
    ("Three days of talks at the Andean summit in Lima produced no accord.", "andean summit"),
])
def test_no_day_of_writing_for_a_day_not_told(extractor, body, name):
    doc = run(extractor, body)
    assert _days(doc, name) == (None, None), facts(doc, "summit")


def _labels(doc) -> set[str]:
    return {f["summit"] for f in facts(doc, "summit")}


# -- a summit's label cut at the right place ---------------------------------------------------
@pytest.mark.parametrize("body, label", [
    # who meets before the summit noun, which the parser hangs on "heads of"
    ("Ministers from the Nordic states meet in Oslo next week ahead of a heads of state summit in June.",
     "heads of state summit"),
    ("The heads of government summit will open in Nairobi on Friday, officials said.", "heads of government summit"),
    ("The heads of state summit, which Ghana will host in Accra in May, will discuss trade.", "heads of state summit"),
    ("Kenya will host the heads of state summit of the bloc, which opens in Mombasa on June 3.",
     "heads of state summit of the bloc"),
    # a plural possessive of who meets is a word of the name; a date after it, abbreviated, none
    ("Lula will fly to Lima for the 31st Andean Community Leaders' Summit on Nov. 14 and 15.",
     "31st Andean Community Leaders' Summit"),
    ("Peru's president, who attended the 7th Pacific Alliance Leaders' Summit on Aug. 2, returned to Lima.",
     "7th Pacific Alliance Leaders' Summit"),
    ("A joint statement was issued at the Mercosur Presidents' Summit on Dec. 6 in Montevideo.",
     "Mercosur Presidents' Summit"),
    # a body's acronym in brackets, with a figure in it, inside the name
    ("Albanese will fly to Osaka for the 14th Group of 20 (G20) Leaders’ Summit on June 28.",
     "14th Group of 20 (G20) Leaders’ Summit"),
    # whom the one who acts met, told by a possessive pronoun, is no word of a summit an "of" phrase tells
    (("Modi co-chaired the second summit of the Forum for Nordic-Indian Cooperation (FNIC) with his Danish "
     "counterpart on Tuesday."), "second summit of the Forum for Nordic-Indian Cooperation"),
])
def test_a_summits_label_is_cut_at_its_words(extractor, body, label):
    doc = run(extractor, body)
    assert label in _labels(doc), facts(doc, "summit")


# -- guards: labels that stay as they were -------------------------------------------------------
@pytest.mark.parametrize("body, label", [
    ("Lula hosted a summit with Nordic leaders in Brasilia on Monday.", "summit with Nordic leaders in Brasilia"),
    ("Boric will attend the Summit on Ocean Health in Lisbon on Sept. 3.", "Summit on Ocean Health"),
    ("Boric opened the fifth summit of the Andean Water Council with his Peruvian counterpart in Cusco.",
     "fifth summit of the Andean Water Council"),
    ("The second summit of the Nordic-Indian Forum (NIF) was co-chaired by Modi with his Danish counterpart in Delhi.",
     "second summit of the Nordic-Indian Forum"),
])
def test_labels_kept(extractor, body, label):
    doc = run(extractor, body)
    assert label in _labels(doc), facts(doc, "summit")


# -- a person's "last summit" is the last one they attend, no edition before the one in view -----
_NAMED = "Leaders gathered in Lima on Friday for the Ninth Andean Summit. "


@pytest.mark.parametrize("body", [
    _NAMED + "The Andean Community's secretary-general, Ana Ruiz, attending her last summit before she retires, urged unity.",
    _NAMED + "The Andean Community's secretary-general, who is at his last summit before retiring, urged unity.",
])
def test_a_persons_last_summit_is_the_one_in_view(extractor, body):
    doc = run(extractor, body)
    assert _labels(doc) == {"Ninth Andean Summit"}, facts(doc, "summit")
    assert "Andean Community" in facts(doc, "summit")[0].get("participants", ()), facts(doc, "summit")


@pytest.mark.parametrize("body, labels", [
    (_NAMED + "It was Ana Ruiz's last summit as secretary-general of the Andean Community.", {"Ninth Andean Summit"}),
    ("Leaders met in Quito on Monday for the Fourth Amazon Summit. At the last summit, in Belem, they agreed a fund.",
     {"Fourth Amazon Summit", "last summit"}),
])
def test_the_last_summit_of_no_person_stays_an_edition(extractor, body, labels):
    doc = run(extractor, body)
    assert _labels(doc) == labels, facts(doc, "summit")
