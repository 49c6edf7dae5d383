"""The whole extractor on the annotated articles: the seed's figures, the dev corpus's floors,
and every graph it builds conforms to the SHACL shapes and is consistent with the ontology."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import api
from kg.evaluate import read_gold

pytestmark = [pytest.mark.model, pytest.mark.slow]  # the whole extractor over the annotated corpus

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed"
DEV = SHARED / "corpus" / "dev"
needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared (seed and dev corpus) is not present on this machine")


@needs_shared
def test_seed_recall_is_complete():
    total, _ = api.evaluate(SEED)
    gold_kinds = {k for k, c in total.kinds.items() if c.gold}
    assert gold_kinds, "the seed key has facts"
    for kind in gold_kinds:
        assert total.kinds[kind].recall == 1.0, (kind, total.table())
    assert total.entities.recall == 1.0, total.table()
    # precision is honest: pinned where it stands, so a regression shows
    assert total.macro_f1 >= 0.95, total.table()


@needs_shared
def test_dev_corpus_runs_over_every_article():
    total, per_article = api.evaluate(DEV)
    assert len(per_article) == len(list(DEV.glob("*.gold.json")))
    # floors pinned a little under what the 36-article dev corpus measures (macro-F1 0.828, no
    # question under 0.741, entity recall 0.936, type accuracy 0.972, link accuracy 0.967): they
    # catch a regression; raise them as the reader improves
    assert total.macro_f1 >= 0.82, total.table()
    for kind, counts in total.kinds.items():
        if counts.gold:
            assert counts.f1 >= 0.735, (kind, total.table())
    assert total.entities.recall >= 0.93, total.table()
    assert total.type_accuracy >= 0.97, total.table()
    assert total.link_accuracy >= 0.96, total.table()


@needs_shared
def test_built_graphs_conform_to_shapes_and_ontology():
    from kg.rdf.ontology import check_consistency
    from kg.rdf.validate import validate

    ds = api.build_dataset([SEED / "relos-ratification.txt", *sorted(DEV.glob("*.txt"))[:3]])
    report = validate(ds)
    assert report.conforms, report.text
    from rdflib import Graph

    union = Graph()
    for g in ds.graphs():
        for t in g:
            union.add(t)
    check_consistency(union)


@needs_shared
def test_evidence_offsets_point_into_the_article():
    text = (SEED / "relos-ratification.txt").read_text(encoding="utf-8")
    ds = api.build_dataset([SEED / "relos-ratification.txt"])
    rows = api.query(ds, (Path(__file__).resolve().parents[1] / "queries" / "evidence.rq").read_text())
    assert rows
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["sentence"]


@needs_shared
def test_published_date_comes_from_the_key():
    from kg.ingest import read_article

    article = read_article(SEED / "relos-ratification.txt")
    assert str(article.published) == read_gold(SEED / "relos-ratification.gold.json")["published"]
