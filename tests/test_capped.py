"""kg.sparql.capped: the row cap as the engine's LIMIT gives the answers, the counts and the
errors the general path (TSV read back) gives, in every results format, on text made to look
like the formats' own syntax."""
from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest

from kg.sparql.capped import count_solutions, plain_json, run_capped, with_limit
from kg.sparql.results import serialize_results

FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
# Values that look like each format's structure: JSON's row separators and empty objects, XML's
# elements, line ends, separators and quotes.
TRICKY = [",{", '[{"a":', '},{"a":{"type"', "{}", "<result>", "</result><result>", "a\nb", "a\r\nb", "a\tb", 'x"y',
          "\\", "plain"]


@pytest.fixture(scope="module")
def store() -> ox.Store:
    st = ox.Store()
    p, q = ox.NamedNode("http://ex/p"), ox.NamedNode("http://ex/q")
    for i, text in enumerate(TRICKY):
        s = ox.NamedNode(f"http://ex/s{i:02d}")
        st.add(ox.Quad(s, p, ox.Literal(text)))
        if i % 3 == 0:
            st.add(ox.Quad(s, q, ox.BlankNode()))
    return st


def media(media_type: str) -> dict:
    return {"solutions": media_type, "boolean": media_type, "graph": None}


def solutions(body: bytes, media_type: str) -> list:
    if media_type == "text/csv":  # lossy: pyoxigraph does not read it back
        return list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    parsed = ox.parse_query_results(body, format=FORMATS[media_type])
    return [{v.value: str(row[v]) for v in parsed.variables if row[v] is not None} for row in parsed]


@pytest.mark.parametrize("query, expected", [
    ("SELECT * { ?s ?p ?o }", "SELECT * { ?s ?p ?o }\nLIMIT 11\n"),
    ("SELECT * { ?s ?p ?o } # the end", "SELECT * { ?s ?p ?o } # the end\nLIMIT 11\n"),
    ("SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 2", "SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 2\nLIMIT 11\n"),
    ("SELECT * { ?s ?p ?o } VALUES ?s { <http://ex/s01> }",
     "SELECT * { ?s ?p ?o } \nLIMIT 11\nVALUES ?s { <http://ex/s01> }"),
    ("SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 50 } }", "SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 50 } }\nLIMIT 11\n"),
    ("select * { ?s ?p ?o } limit 3", "select * { ?s ?p ?o } limit 3"),
])
def test_with_limit_caps_the_top_level(query: str, expected: str, store: ox.Store) -> None:
    limited = with_limit(query, 11)
    assert limited is not None and limited[0] == expected
    store.query(limited[0])  # still SPARQL


@pytest.mark.parametrize("query", ["ASK { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }", "SELECT * { ?s ?p ?o } LIMIT 12"])
def test_with_limit_leaves_other_forms_and_larger_limits(query: str) -> None:
    assert with_limit(query, 11) is None


@pytest.mark.parametrize("media_type", list(FORMATS))
@pytest.mark.parametrize("max_rows", [1, 5, 11, 12, 13, 100])
@pytest.mark.parametrize("query", [
    "SELECT ?s ?o { ?s <http://ex/p> ?o } ORDER BY ?s",
    "SELECT ?s ?b { ?s <http://ex/p> ?o OPTIONAL { ?s <http://ex/q> ?b } } ORDER BY ?s",
    "SELECT ?nothing { ?s <http://ex/p> ?o }",  # empty solutions: {} in JSON
    "SELECT ?s { ?s <http://ex/p> ?o } ORDER BY ?s LIMIT 4",
])
def test_run_capped_answers_as_the_general_path(store: ox.Store, media_type: str, max_rows: int, query: str) -> None:
    general = serialize_results(store.query(query), media(media_type), max_rows)
    capped = run_capped(store, query, {}, media(media_type), max_rows)
    assert capped[0] == general[0] and capped[2] == general[2]
    assert capped[3] == general[3], "truncated"
    assert solutions(capped[1], media_type) == solutions(general[1], media_type)


@pytest.mark.parametrize("media_type", [m for m in FORMATS if m != "text/csv"])
def test_count_solutions_is_exact_on_tricky_text(store: ox.Store, media_type: str) -> None:
    format = FORMATS[media_type]
    for query in ("SELECT ?s ?o ?b { ?s <http://ex/p> ?o OPTIONAL { ?s <http://ex/q> ?b } }",
                  "SELECT ?o { ?s <http://ex/p> ?o }", "SELECT ?nothing { ?s <http://ex/p> ?o }"):
        results = store.query(query)
        variables = [v.value for v in results.variables]
        body = results.serialize(format=format)
        plain = format == ox.QueryResultsFormat.JSON and plain_json(body, variables)
        assert count_solutions(body, format, variables, plain=plain) == len(TRICKY)


def test_plain_json_counting_needs_no_empty_object(store: ox.Store) -> None:
    body = store.query("SELECT ?o { ?s <http://ex/p> ?o FILTER(?o != '{}') }").serialize(format=ox.QueryResultsFormat.JSON)
    assert plain_json(body, ["o"])
    assert count_solutions(body, ox.QueryResultsFormat.JSON, ["o"], plain=True) == len(TRICKY) - 1
    assert not plain_json(store.query("SELECT ?o { ?s <http://ex/p> ?o }").serialize(format=ox.QueryResultsFormat.JSON), ["o"])


def test_a_syntax_error_is_reported_against_the_text_sent(store: ox.Store) -> None:
    broken = "SELECT * WHERE { ?s ?p "
    with pytest.raises(SyntaxError) as sent:
        store.query(broken)
    with pytest.raises(SyntaxError) as capped:
        run_capped(store, broken, {}, media("application/sparql-results+json"), 10)
    assert str(capped.value) == str(sent.value)
