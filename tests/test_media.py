"""News organisations and credit lines (kg.extract.media), on lines written for the test: the
outlets and agencies a page names as its sources are organisations whatever their spelling, a
credit line is split into its agency, photographer and source, and its furniture names nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.model import Article, Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor():
    from kg.pipeline import default_pipeline

    return default_pipeline().extractor


def run(extractor, body: str, headline: str = "Andean states sign a water accord") -> Document:
    text = headline + "\n" + body
    return extractor(Article(id="t", text=text, title=headline, published=dt.date(2024, 3, 10)))


def named(doc: Document) -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in doc.entities.values()}


# -- credit lines ----------------------------------------------------------------------------------
@pytest.mark.parametrize("caption, expected", [
    ("Ministers met in Lima on Monday. (WIRECO/Jana Novak-Lind/MOD)",
     {("WIRECO", "Organization"), ("Jana Novak-Lind", "Person"), ("MOD", "Organization")}),
    ("Ministers met in Lima on Monday. Foto: Condor Images/Tomas Ruud",
     {("Condor Images", "Organization"), ("Tomas Ruud", "Person")}),
    ("Ministers met in Lima on Monday. ORBIS/Lena Marr/File Photo",
     {("ORBIS", "Organization"), ("Lena Marr", "Person")}),
    ("Ministers met in Lima on Monday. Fot. ANDA/Piotr K. Zaleski",
     {("ANDA", "Organization"), ("Piotr K. Zaleski", "Person")}),
])
def test_a_credit_line_is_split_into_agency_photographer_and_source(extractor, caption, expected):
    doc = run(extractor, caption + "\nChile and Peru signed the Andean Water Accord in Lima on Monday.")
    found = named(doc)
    assert expected <= found
    assert not any("/" in label or "Photo" in label for label, _ in found)


@pytest.mark.parametrize("furniture", ["| License Photo", "File Photo"])
def test_credit_furniture_names_nothing(extractor, furniture):
    doc = run(extractor, f"2 of 5 | Ministers met in Lima on Monday. {furniture}\n"
                         "Chile and Peru signed the Andean Water Accord in Lima on Monday.")
    assert not any("Photo" in label or "License" in label for label, _ in named(doc))


@pytest.mark.parametrize("body", [
    "The US/NATO mission in the region ends in May.",
    "The Kyiv/Moscow talks stalled on Monday.",
])
def test_names_joined_by_a_slash_are_no_credit(extractor, body):
    labels = {label for label, _ in named(run(extractor, body))}
    assert not any(etype == "Person" for _, etype in named(run(extractor, body)))
    assert not any("/" in label for label in labels)


# -- datelines and bylines -------------------------------------------------------------------------
@pytest.mark.parametrize("dateline, agency", [
    ("CUSCO (Radio Qhapaq) -", "Radio Qhapaq"),
    ("QUITO, May 2 (Ecuavista Noticias) —", "Ecuavista Noticias"),
    ("Santiago, June 3 (TVSUR)--", "TVSUR"),
])
def test_a_datelines_agency_is_an_organisation(extractor, dateline, agency):
    doc = run(extractor, f"{dateline} Chile and Peru signed the Andean Water Accord on Monday.")
    assert (agency, "Organization") in named(doc)


@pytest.mark.parametrize("byline, expected", [
    ("by Condor News12 March 2024", ("Condor News", "Organization")),
    ("By Marta Quispe", ("Marta Quispe", "Person")),
    ("By WIRECO", ("WIRECO", "Organization")),
])
def test_a_byline_names_the_outlet_or_the_reporter(extractor, byline, expected):
    doc = run(extractor, f"{byline}\nChile and Peru signed the Andean Water Accord on Monday.")
    assert expected in named(doc)


# -- outlets by their head word or a describing noun ----------------------------------------------
@pytest.mark.parametrize("sentence, outlet, state", [
    ("Chile signed the accord, the Lima Times reported.", "Lima Times", "Lima"),
    ("The Peru Herald said Chile signed the accord.", "Peru Herald", "Peru"),
    ("Chile signed it, Bolivia TV said on Monday.", "Bolivia TV", "Bolivia"),
])
def test_an_outlet_is_named_by_its_head_word_over_the_place_it_names(extractor, sentence, outlet, state):
    found = named(run(extractor, sentence))
    assert (outlet, "Organization") in found
    assert not any(label == state for label, _ in found)


@pytest.mark.parametrize("sentence, outlet", [
    ("The Sabanews news agency said the accord was signed on Monday.", "Sabanews"),
    ("Chile signed the accord, the pro-government daily Corvina said.", "Corvina"),
    ("Peru signed the accord, the broadcaster Tinamu said on Monday.", "Tinamu"),
])
def test_an_outlet_is_named_beside_a_noun_describing_it(extractor, sentence, outlet):
    found = named(run(extractor, sentence))
    assert (outlet, "Organization") in found
    assert not any("news agency" in label or "daily" in label for label, _ in found)


@pytest.mark.parametrize("citation, publication", [
    ("(Chile Firma Acuerdo, LA VOZ DEL SUR (May 3, 2019).)", "LA VOZ DEL SUR"),
    ("(Water Pact Signed, THE ANDEAN OBSERVER (Jan. 4, 2020))", "THE ANDEAN OBSERVER"),
    ("(see Peru Ratifica, DIARIO AUSTRAL (4 March 2021).)", "DIARIO AUSTRAL"),
])
def test_a_citation_names_its_publication(extractor, citation, publication):
    doc = run(extractor, f"Chile and Peru signed the Andean Water Accord on Monday. {citation}")
    assert (publication, "Organization") in named(doc)


@pytest.mark.parametrize("headline", ["Breaking News", "More Andean News", "Latest News"])
def test_a_sections_heading_is_no_outlet(extractor, headline):
    doc = run(extractor, f"{headline}\nChile and Peru signed the Andean Water Accord on Monday.")
    assert not any(label.endswith("News") for label, _ in named(doc))


# -- sources of attribution --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, source", [
    ("The signing was reported by Brannoc on Monday.", "Brannoc"),
    ("Chile signed the accord, according to Tasvir.", "Tasvir"),
    ("Chile signed the accord, Talvek said in a report on Monday.", "Talvek"),
])
def test_the_source_of_an_attribution_is_an_organisation(extractor, sentence, source):
    assert (source, "Organization") in named(run(extractor, sentence))


def test_a_person_a_report_is_attributed_to_stays_a_person(extractor):
    doc = run(extractor, "Chile signed the accord, according to Foreign Minister Marta Quispe. "
                         "Quispe told reporters the accord was a milestone.")
    found = named(doc)
    assert ("Marta Quispe", "Person") in found
    assert not any(etype == "Organization" and "Quispe" in label for label, etype in found)


# -- rubrics ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("headline", [
    "Explainer: Why Peru hosts so many foreign ports",
    "ANALYSIS: Chile and Peru bet on the sea",
    "Factbox: What the Andes accord says",
])
def test_a_genre_label_opening_the_headline_names_nothing(extractor, headline):
    doc = run(extractor, "Chile and Peru signed a pact in Lima on Monday.", headline=headline)
    labels = {label.lower() for label, _ in named(doc)}
    assert not labels & {"explainer", "analysis", "factbox"}, named(doc)
    assert {("Chile", "State"), ("Peru", "State"), ("Lima", "Place")} <= named(doc)
