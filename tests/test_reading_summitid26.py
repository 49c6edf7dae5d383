"""One summit told by two names, read on sentences written for the test (round twenty-six, second
wave): a summit named by its rank and a short word for its body ("the 21st meeting of the Forum
leaders") and one named by the body's fuller name and a place ("the Coral Forum leaders' meeting in
X") are one gathering when the words saying whose it is are all the other's and no rank, day, place
or organisation tells them apart; a gathering of ministers or of other ranks stays apart
(kg.extract.facts.summit_identity._one_series)."""
from __future__ import annotations

import pytest
from extraction_helpers import run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday


def holders(extractor, body: str, *names: str) -> list[set[str]]:
    """For each summit entity, which of the names are its label or aliases (entities holding none left out)."""
    doc = run(extractor, body, published=PUBLISHED)
    out = []
    for e in doc.entities.values():
        if e.type == "Summit":
            own = {n for n in names if n == e.label or n in e.aliases}
            if own:
                out.append(own)
    return out


@pytest.mark.parametrize("body, short, full", [
    (("Leaders will meet on 3 and 4 June for the 21st meeting of the Forum leaders, officials said. Vanuatu will "
      "host the Coral Forum leaders' meeting in Port Vila."),
     "21st meeting of the Forum leaders", "Coral Forum leaders' meeting"),
    (("Leaders will meet on 3 and 4 June for the 12th summit of the Council, officials said. Kenya will host the "
      "Lakes Council summit in Nairobi."),
     "12th summit of the Council", "Lakes Council summit"),
])
def test_a_ranked_name_and_a_fuller_name_of_one_body_are_one_summit(extractor, body, short, full):
    assert {short, full} in holders(extractor, body, short, full)


# guards: another edition, a ministers' or business gathering, a summit of two bodies stay apart
@pytest.mark.parametrize("body, one, other", [
    ("The 21st Forum summit opened in Suva on Monday. The 20th Forum summit was held in Apia.",
     "21st Forum summit", "20th Forum summit"),
    ("The Andes summit opened in Lima on Monday. The Andes-Gulf summit will be held in Doha in May.",
     "Andes summit", "Andes-Gulf summit"),
    (("Leaders will meet on 3 June for the 21st meeting of the Forum leaders. The Forum business leaders' meeting "
      "will be held in Nadi."),
     "21st meeting of the Forum leaders", "Forum business leaders' meeting"),
    (("The 21st meeting of the Forum leaders opened in Suva on Monday. The Forum foreign ministers' meeting will be "
      "held in Nadi in August."),
     "21st meeting of the Forum leaders", "Forum foreign ministers' meeting"),
])
def test_summits_told_apart_stay_two(extractor, body, one, other):
    assert {one, other} not in holders(extractor, body, one, other)


# a body's name is one word whichever name it goes by, its initials too: "EAC summit" is the
# "Ordinary Summit of the East African Community" the article tells
@pytest.mark.parametrize("body, short, full", [
    (("Leaders opened the 24th Ordinary Summit of the East African Community in Arusha on Tuesday. Rwanda and "
      "Burundi attended the EAC summit."),
     "EAC summit", "24th Ordinary Summit of the East African Community"),
])
def test_a_body_named_by_its_initials_is_one_summit(extractor, body, short, full):
    assert {short, full} in holders(extractor, body, short, full)


HEADLINED = [
    ("Leaders hold 30th SADC Summit in Maputo",
     ("MAPUTO, 6 May 2025 - President Daniel Chapo today chaired the 30th session of the Summit of Heads of State "
      "of the Southern African Development Community in the capital. Zambia and Malawi sent their presidents to "
      "the summit."), "30th SADC Summit"),
    ("Emir chairs 45th GCC Summit in Doha",
     ("DOHA, 6 May 2025 - The Emir today chaired the 45th session of the Gulf Cooperation Council's Supreme "
      "Council in the capital. Kuwait and Oman attended the summit."), "45th GCC Summit"),
    ("Leaders hold 30th SADC Summit in Maputo",
     ("MAPUTO, 6 May 2025 - President Daniel Chapo today opened the summit in Maputo. Zambia and Malawi sent their "
      "presidents to the summit."), "30th SADC Summit"),
]


@pytest.mark.parametrize("headline, body, name", HEADLINED)
def test_the_summit_a_headline_names_goes_by_that_name(extractor, headline, body, name):
    doc = run(extractor, body, published=PUBLISHED, headline=headline)
    assert [e for e in doc.entities.values() if e.type == "Summit" and name in {e.label, *e.aliases}]


# guards: a headline's summit of another rank, another body or no rank names no ranked summit of the article
@pytest.mark.parametrize("headline, body, name", [
    ("Leaders look to 31st SADC Summit", HEADLINED[0][1], "31st SADC Summit"),
    ("Leaders look to EAC Summit", HEADLINED[1][1], "EAC Summit"),
    # a name with no rank names the series, never one ranked edition (it would join editions across articles)
    ("SADC Summit live: leaders meet in Maputo", HEADLINED[0][1], "SADC Summit"),
])
def test_a_headline_summit_of_another_rank_or_body_is_no_name(extractor, headline, body, name):
    doc = run(extractor, body, published=PUBLISHED, headline=headline)
    assert not [e for e in doc.entities.values() if e.type == "Summit" and name in e.aliases]
