"""Agreements under the label readers and keys give them (round 12, second wave), in sentences
written for these tests in several constructions (none from the corpus)."""
from __future__ import annotations

import pytest
from extraction_helpers import run

pytestmark = pytest.mark.model


def agreement_names(doc) -> dict[str, set[str]]:
    """Each agreement's label and every name it goes by."""
    return {e.label: {e.label, *e.aliases} for e in doc.entities.values() if e.type == "Agreement"}


def named(doc, name: str) -> bool:
    return any(name in names for names in agreement_names(doc).values())


# -- a title word before "of" opens a document's title when the capitalised run after it ends in a document noun
@pytest.mark.parametrize("body, name", [
    ("Norway and Chile signed a General Security of Information Agreement in Oslo on Monday.",
     "General Security of Information Agreement"),
    ("The General Security of Naval Data Agreement, which Peru signed last year, lapses in May.",
     "General Security of Naval Data Agreement"),
    ("Under the Chief Protection of Maritime Routes Agreement, both navies patrol the strait.",
     "Chief Protection of Maritime Routes Agreement"),
    ("Talks on the General Security of Satellite Imagery Agreement with Ghana resumed on Monday, Mali said.",
     "General Security of Satellite Imagery Agreement"),
])
def test_a_title_word_before_of_opens_a_documents_title(extractor, body, name):
    assert named(run(extractor, body), name)


# -- an agreement named with its parties after "between" is named by its title alone too -----------------
@pytest.mark.parametrize("body, name", [
    ("The Treaty of Friendship between Mongolia and Kenya was signed in Nairobi on Friday.", "Treaty of Friendship"),
    ("Officials signed the Framework Agreement on Fisheries between Iceland and Senegal on Monday in Dakar.",
     "Framework Agreement on Fisheries"),
    (("The Treaty on Good Neighbourliness and Cooperation between the Republic of Latvia and Uruguay enters into "
     "force next month."), "Treaty on Good Neighbourliness and Cooperation"),
])
def test_a_title_with_its_parties_is_named_by_the_title_too(extractor, body, name):
    assert named(run(extractor, body), name)


def test_the_title_told_alone_later_is_the_same_agreement(extractor):
    doc = run(extractor, "Belize and Malta signed the Convention on Fisheries Control between the Republic of Malta "
                         "and Belize on Monday. The Convention on Fisheries Control enters into force in June.")
    assert len(agreement_names(doc)) == 1


# -- a count or rank in words opening a sentence names no agreement --------------------------------------
@pytest.mark.parametrize("body, fragment", [
    ("Three protocols on customs, health and transport were signed by the two ministers in Rabat on Monday.", "Three"),
    ("Two agreements were signed on Monday in Lima by the foreign ministers of Peru and Chile.", "Two"),
    ("Five memoranda on trade were signed in Hanoi on Tuesday, the ministry said.", "Five"),
])
def test_a_count_opening_a_sentence_names_no_agreement(extractor, body, fragment):
    assert fragment not in agreement_names(run(extractor, body))


# -- a place the noun after it makes an agreement's name is named with that noun too ----------------------
@pytest.mark.parametrize("body, name", [
    ("The Coral Island agreement was signed by Fiji and Tonga on Thursday in Suva.", "Coral Island agreement"),
    ("Critics of the Pelican Bay accord say Tonga gave too much away when it signed it in 2019.", "Pelican Bay accord"),
    ("Fiji's parliament ratified the Mako Atoll treaty with Tonga on Wednesday.", "Mako Atoll treaty"),
])
def test_a_place_typed_by_its_document_noun_is_named_with_it(extractor, body, name):
    assert named(run(extractor, body), name)


# -- any agreement's name told with its lower-case kind noun after it is named with that noun too ----------
@pytest.mark.parametrize("body, name", [
    ("Moscow suspended the New START treaty in February, the ministry said.", "New START treaty"),
    ("Russia left the Open Skies treaty in 2021, its foreign ministry said.", "Open Skies treaty"),
    ("Ukraine said on Monday that the second Minsk agreement was dead.", "second Minsk agreement"),
])
def test_a_name_told_with_its_kind_noun_is_named_with_it(extractor, body, name):
    assert named(run(extractor, body), name)
