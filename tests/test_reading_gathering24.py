"""Summit labels as English bounds them, read on sentences written for the test (round twenty-four):
a relative pronoun that opens a summit's description ("the Andean Community, whose 30th summit of
heads of state ...") ties the clause to the body it is said of and is no word of the summit's name
(kg.extract.description_phrases); a summit's names cut at their first aside are names for it too
(kg.extract.description_fullest.cut_at_asides)."""
from __future__ import annotations

import pytest
from extraction_helpers import facts, run

from kg.extract.description_fullest import cut_at_asides
from kg.text import label_key

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-10"  # a Saturday


def names_with_place(extractor, body: str) -> list[tuple[set[str], str | None]]:
    doc = run(extractor, body, published=PUBLISHED)
    out = []
    for f in doc.facts:
        if f.cq == "summit":
            ent = doc.entities[f.fields["summit"]]
            place = f.fields.get("location")
            out.append(({label_key(n) for n in {ent.label, *ent.aliases}},
                        doc.entities[place].label if place in doc.entities else None))
    return out


@pytest.mark.parametrize("body, label, place", [
    ("The Andean Community, whose 30th summit of heads of state was held in Quito on Friday, admitted Panama as an observer.",
     "30th summit of heads of state", "Quito"),
    ("The Nordic Council, whose annual summit opened in Bergen on Monday, elected a new chair.", "annual summit", "Bergen"),
    ("The Balkan leaders, whose first summit was held in Skopje in 2019, meet again in Tirana on Monday.",
     "first summit", "Skopje"),
])
def test_a_relative_pronoun_is_no_word_of_the_summit(extractor, body, label, place):
    rows = names_with_place(extractor, body)
    assert any(label_key(label) in names and loc == place for names, loc in rows), rows
    assert not any(n.startswith("whose") for names, _ in rows for n in names), rows


# guards: a possessive noun stays the summit's owner; "whose" after the summit tells of its host, no summit more
@pytest.mark.parametrize("body, label", [
    ("The council's 12th summit in the Peruvian city of Cusco ended on Tuesday with a joint statement.", "council's 12th summit"),
    ("The Baltic summit, whose host was Latvia, was held in Riga on Friday.", "Baltic summit"),
])
def test_other_owners_stay(extractor, body, label):
    rows = names_with_place(extractor, body)
    assert len(rows) == 1 and label_key(label) in rows[0][0], rows


def test_a_body_whose_leaders_meet_is_no_summit(extractor):
    doc = run(extractor, "The Andean Community, whose leaders meet every year, admitted Panama as an observer on Friday.",
              published=PUBLISHED)
    assert facts(doc, "summit") == [], facts(doc, "summit")


@pytest.mark.parametrize("body, label, place", [
    (("Prime Minister Ruiz opened the third summit of the Forum for Nordic–Andean Cooperation, or FNAC, with Mr Holm "
     "at the Grand Hall in Lima on Monday."), "third summit of the Forum for Nordic-Andean Cooperation", "Lima"),
    (("On Monday Mr Holm co-hosted the second summit of the Council for Baltic–Pacific Partnership, or CBPP, with Ms Ruiz "
     "at the Palace of Nations in Suva."), "second summit of the Council for Baltic-Pacific Partnership", "Suva"),
])
def test_a_summit_is_named_up_to_its_first_aside(extractor, body, label, place):
    rows = names_with_place(extractor, body)
    assert any(label_key(label) in names and loc == place for names, loc in rows), rows


# guards: a cut that leaves a bare noun names nothing; the hyphen of "A-B" opens no aside
def test_a_bare_noun_or_a_hyphen_gives_no_cut_name():
    assert cut_at_asides({"summit, the bloc's 20th", "Nordic-Baltic summit"}) == set()
    assert cut_at_asides({"Nordic summit (the 12th)"}) == {"Nordic summit"}
