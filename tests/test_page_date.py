"""A page's own date line is the article's publication date when the article came without one.
Every text is invented for the test."""
from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import facts

from kg.extract.page_date import page_date
from kg.model import Article


@pytest.mark.parametrize("line, date", [
    ("Published 12 March 2024", dt.date(2024, 3, 12)),
    ("March 12, 2024 10:15 GMT", dt.date(2024, 3, 12)),
    ("Updated: Tue 12 Mar 2024 10.15 GMT", dt.date(2024, 3, 12)),
    ("Posted on March 12, 2024 at 10:15 am ET", dt.date(2024, 3, 12)),
    ("By Ana Sobral | Published 12 March 2024, 10:15 GMT", dt.date(2024, 3, 12)),
    ("2024-03-12T10:15:00Z", dt.date(2024, 3, 12)),
])
def test_a_date_line_is_read(line, date):
    assert page_date(f"Ministers meet\n{line}\nThe ministers met in Lima.") == date


@pytest.mark.parametrize("line", [
    "Talks will open on 12 March 2024 in Lima.",  # a sentence, not furniture
    "The treaty of 12 March 2024 - a milestone",
    "March 2024",  # no day
    "Published 12 March",  # no year written
])
def test_a_sentence_or_a_partial_date_is_no_date_line(line):
    assert page_date(f"Ministers meet\n{line}\nThe ministers met in Lima.") is None


def test_published_beats_updated():
    text = "Ministers meet\nUpdated 14 March 2024 09:00 GMT\nPublished 12 March 2024 10:15 GMT\nText."
    assert page_date(text) == dt.date(2024, 3, 12)


@pytest.mark.model
def test_an_article_without_a_date_takes_its_date_line(extractor):
    text = ("Chile and Peru sign pact\nPublished 12 March 2024, 10:15 GMT\n"
            "Chile and Peru signed a fisheries agreement in Lima on Monday.")
    doc = extractor(Article(id="t", text=text, title="Chile and Peru sign pact"))
    assert doc.article.published == dt.date(2024, 3, 12)
    assert any(f.get("date") == dt.date(2024, 3, 11) for f in facts(doc, "signing"))


@pytest.mark.model
def test_an_articles_own_date_stays(extractor):
    text = "Chile and Peru sign pact\nPublished 12 March 2024\nChile and Peru signed a pact in Lima on Monday."
    doc = extractor(Article(id="t", text=text, title="x", published=dt.date(2024, 3, 20)))
    assert doc.article.published == dt.date(2024, 3, 20)


@pytest.mark.model
def test_a_build_dates_an_undated_article_by_its_date_line(tmp_path):
    """No warning for an article whose page prints its date, and the store gives that date."""
    from click.testing import CliRunner

    from kg.cli import main
    from kg.prefixes import PREFIXES
    from kg.store import open_store

    path = tmp_path / "pact.txt"
    path.write_text("Chile and Peru sign pact\nPublished 12 March 2024, 10:15 GMT\n"
                    "Chile and Peru signed a fisheries agreement in Lima on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "no publication date" not in result.output
    with open_store(tmp_path / "store", read_only=True) as st:
        dates = [r["d"].value for r in st.query(f"SELECT ?d {{ ?a <{PREFIXES['schema']}datePublished> ?d }}")]
    assert dates == ["2024-03-12"]
