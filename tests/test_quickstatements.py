"""kg.quickstatements: agreements as QuickStatements v1 lines, through kg.export and the CLI."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export import FORMATS, WRITERS, export, format_for
from kg.quickstatements import HEADER, qs_date, quickstatements
from kg.store import open_store

ID = "https://w3id.org/kg-news/id/"
KG = "https://w3id.org/kg-news/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SAME = "http://www.w3.org/2002/07/owl#sameAs"
WD = "http://www.wikidata.org/entity/"
URL = "https://example.org/news/andean-water-compact"
#: Chile and Peru's QIDs as in data/gazetteer; Q999999999 is a made-up id for a linked agreement.
CHILE, PERU, LINKED = "Q298", "Q419", "Q999999999"


def _graph() -> str:
    """An article graph: a new agreement signed (asserted) by Chile and Peru, a planned signing by
    an unlinked state, and a linked agreement with one party; Peru's signing has no evidence URL."""
    a, b = f"<{ID}agreement/andean-water-compact>", f"<{ID}agreement/linked-accord>"
    chile, peru, other = f"<{ID}state/{CHILE}>", f"<{ID}state/{PERU}>", f"<{ID}state/ruritania>"
    article, ev = f"<{ID}article/pact>", f"<{ID}evidence/pact/0-80>"
    lines = [
        f'{a} <{RDF_TYPE}> <{KG}Agreement> .', f'{a} <{LABEL}> "Andean Water Compact"@en .',
        f'{b} <{RDF_TYPE}> <{KG}Agreement> .', f'{b} <{LABEL}> "Linked Accord"@en .', f"{b} <{SAME}> <{WD}{LINKED}> .",
        f"{chile} <{SAME}> <{WD}{CHILE}> .", f"{peru} <{SAME}> <{WD}{PERU}> .",
        f"{article} <https://schema.org/url> <{URL}> .", f"{ev} <http://www.w3.org/ns/prov#wasQuotedFrom> {article} .",
        # signings
        f'<{ID}fact/signing/1> <{RDF_TYPE}> <{KG}Signing> .', f"<{ID}fact/signing/1> <{KG}agreement> {a} .",
        f"<{ID}fact/signing/1> <{KG}signatory> {chile} .", f'<{ID}fact/signing/1> <{KG}modality> "asserted" .',
        f'<{ID}fact/signing/1> <{KG}date> "2024-05-06"^^<{XSD}date> .', f"<{ID}fact/signing/1> <{KG}evidence> {ev} .",
        f'<{ID}fact/signing/2> <{RDF_TYPE}> <{KG}Signing> .', f"<{ID}fact/signing/2> <{KG}agreement> {a} .",
        f"<{ID}fact/signing/2> <{KG}signatory> {peru} .", f'<{ID}fact/signing/2> <{KG}modality> "asserted" .',
        f'<{ID}fact/signing/2> <{KG}date> "2024-05"^^<{XSD}gYearMonth> .',
        f'<{ID}fact/signing/3> <{RDF_TYPE}> <{KG}Signing> .', f"<{ID}fact/signing/3> <{KG}agreement> {a} .",
        f"<{ID}fact/signing/3> <{KG}signatory> {other} .", f'<{ID}fact/signing/3> <{KG}modality> "planned" .',
        # a party to the linked agreement
        f'<{ID}fact/parties/1> <{RDF_TYPE}> <{KG}AgreementParty> .', f"<{ID}fact/parties/1> <{KG}agreement> {b} .",
        f"<{ID}fact/parties/1> <{KG}party> {peru} .", f'<{ID}fact/parties/1> <{KG}modality> "asserted" .',
        f"<{ID}fact/parties/1> <{KG}evidence> {ev} .",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture()
def store():
    s = open_store(":memory:")
    s.replace_graph(f"{ID}graph/pact", _graph())
    return s


def test_statements(store):
    text = quickstatements(store)
    assert text.startswith(HEADER) and all(line.startswith("#") for line in HEADER.splitlines())
    body = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert body == [
        # "Andean Water Compact" sorts first: a new item
        ["CREATE"],
        ["LAST", "Len", '"Andean Water Compact"'],
        ["LAST", "P31", "Q131569", "S854", f'"{URL}"'],
        ["LAST", "P1891", CHILE, "P585", "+2024-05-06T00:00:00Z/11", "S854", f'"{URL}"'],
        ["LAST", "P1891", PERU, "P585", "+2024-05-00T00:00:00Z/10"],  # no evidence URL: no reference
        # the linked agreement: its QID, no CREATE, no label
        [LINKED, "P31", "Q131569", "S854", f'"{URL}"'],
        [LINKED, "P6193", PERU, "S854", f'"{URL}"'],
    ]
    assert "ruritania" not in text.split(HEADER, 1)[1].casefold()  # planned, unlinked: not written


def test_registered_writer_and_cli(store, tmp_path: Path):
    assert "quickstatements" in WRITERS and format_for("out.qs") is FORMATS["quickstatements"]
    assert export(store, None, format="quickstatements").decode() == quickstatements(store)
    graph = tmp_path / "graph.nq"
    graph.write_text(_graph().replace(" .\n", f" <{ID}graph/pact> .\n"), encoding="utf-8")
    out = tmp_path / "agreements.qs"
    result = CliRunner().invoke(main, ["export", str(graph), "--format", "quickstatements", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == quickstatements(store)


def test_one_graph_only(store):
    store.replace_graph(f"{ID}graph/other", f'<{ID}agreement/x> <{RDF_TYPE}> <{KG}Agreement> .\n'
                                            f'<{ID}agreement/x> <{LABEL}> "Other Pact"@en .\n')
    assert '"Other Pact"' in quickstatements(store)
    assert '"Other Pact"' not in quickstatements(store, graph=f"{ID}graph/pact")


@pytest.mark.parametrize("value, datatype, expected", [
    ("2024-05-06", f"{XSD}date", "+2024-05-06T00:00:00Z/11"),
    ("2024-05", f"{XSD}gYearMonth", "+2024-05-00T00:00:00Z/10"),
    ("2024", f"{XSD}gYear", "+2024-00-00T00:00:00Z/9"),
    ("soon", f"{XSD}string", None),
])
def test_dates(value, datatype, expected):
    assert qs_date(value, datatype) == expected
