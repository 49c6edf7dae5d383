"""Summit names as English tells them, read on sentences written for the test (round twenty-five):
a summit told by its rank and its owner ("the bloc's 17th summit") is named by its rank alone too,
"17th summit" (kg.extract.description_phrases._describe_summit); and a rank description of the summit
in view ("their 44th ordinary summit") names the one summit the article names ("the SADC summit"), an
alias of it (kg.extract.descriptions._name_in_view)."""
from __future__ import annotations

import pytest
from extraction_helpers import run

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday


def summit_names(extractor, body: str) -> list[set[str]]:
    doc = run(extractor, body, published=PUBLISHED)
    return [{e.label, *e.aliases} for e in doc.entities.values() if e.type == "Summit"]


@pytest.mark.parametrize("body, name", [
    ("Colombia is to stage the bloc's 17th summit in Cartagena in July, the foreign ministry said.", "17th summit"),
    ("Kenya and Rwanda attended the group's 9th summit in Kampala on Tuesday.", "9th summit"),
    ("Ecuador's President Lasso said on Thursday that the alliance's 18th summit of heads of state would open in Lima.",
     "18th summit"),
])
def test_a_ranked_summit_is_named_by_its_rank_without_its_owner(extractor, body, name):
    names = summit_names(extractor, body)
    assert any(name in n for n in names), names


@pytest.mark.parametrize("body, named, name", [
    (("Heads of state of the Southern African bloc met in Gaborone on Sunday for their 44th ordinary summit. Zambia's "
      "President Banda, attending his first SADC summit as head of state, called for unity."), "SADC summit", "44th ordinary summit"),
    (("Gulf rulers met in Doha on Tuesday for their 44th summit. Oman's Sultan Haitham, at his fourth GCC summit, "
      "called for calm."), "GCC summit", "44th summit"),
    (("Andean leaders gathered in Quito on Friday for the bloc's 30th summit. The Quito summit closed with a declaration "
      "on trade."), "Quito summit", "30th summit"),
])
def test_a_rank_description_of_the_summit_in_view_names_it(extractor, body, named, name):
    names = summit_names(extractor, body)
    ours = [n for n in names if named in n]
    assert ours and name in ours[0], names


# guards: a rank of another edition, or a summit named by another rank, is no name of the one in view
@pytest.mark.parametrize("body, named, name", [
    (("The 12th Gulf summit closed in Muscat on Monday. The 13th summit will be held in Bahrain in December."),
     "12th Gulf summit", "13th summit"),
    (("West African leaders met in Accra on Saturday for the 66th ECOWAS summit. Ghana's president recalled "
      "the bloc's 40th summit, held in Abuja."), "66th ECOWAS summit", "40th summit"),
])
def test_another_rank_is_no_name_of_the_named_summit(extractor, body, named, name):
    names = summit_names(extractor, body)
    ours = [n for n in names if named in n]
    assert ours and name not in ours[0], names


def test_a_summit_without_a_rank_keeps_no_ownerless_name(extractor):
    names = summit_names(extractor, "The bloc's summit opened in Dakar on Monday. Senegal hosted it.")
    assert all("summit" not in n for n in names), names
