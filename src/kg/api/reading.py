"""Reading what was built: a store for any source, SELECT rows as plain strings, exports, and
the evaluation (each annotated article built and queried as a build would store it).
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import IO, Any

from pyoxigraph import QueryBoolean, QuerySolutions, RdfFormat, Triple
from rdflib import Dataset

from kg.api.articles import pipeline_for
from kg.errors import UserInputError
from kg.prefixes import PREFIXES
from kg.store import MEMORY, Store

log = logging.getLogger(__name__)


def open_source(source: Dataset | str | os.PathLike[str] | None) -> Store:
    """A store for a Dataset, a graph file, a store folder or a remote URL (None: the default store)."""
    from kg.store import open_store

    if isinstance(source, Dataset):
        store = open_store(MEMORY)
        store.load(source.serialize(format="nquads").encode("utf-8"), RdfFormat.N_QUADS)
        return store
    return open_store(source, read_only=True)


def query(source: Dataset | Store | str | os.PathLike[str] | None, sparql: str) -> list[dict[str, str]]:
    """Run a SELECT query; rows as dicts of plain strings (IRIs and literal values)."""
    if isinstance(source, Store):
        return _rows(source, sparql)
    with open_source(source) as store:
        return _rows(store, sparql)


def _rows(store: Store, sparql: str) -> list[dict[str, str]]:
    results = store.query(sparql)
    if isinstance(results, QuerySolutions):
        names = [v.value for v in results.variables]
        return [{n: term.value for n in names if (term := row[n]) is not None} for row in results]
    if isinstance(results, QueryBoolean):
        return [{"boolean": str(bool(results)).lower()}]
    return [{"subject": _text(t.subject), "predicate": t.predicate.value, "object": _text(t.object)} for t in results]


def _text(term: Any) -> str:
    # An RDF-star triple as a term has no single value: its N-Triples form stands for it.
    return str(term) if isinstance(term, Triple) else term.value


def export(source, output: str | os.PathLike[str] | IO[bytes], *, format: str = "turtle", graph: str | None = None) -> None:
    """Write a Dataset, graph file or store as Turtle, TriG, N-Quads, JSON-LD, RDF/XML…"""
    from kg.export import export as _export

    with open_source(source) as store:
        _export(store, output, format=format, graph=graph)


def evaluate(directory: str | os.PathLike[str]):
    """Build each annotated article in a folder and score it; returns (pooled Score, per-article)."""
    from kg.evaluate import (
        CQ_QUERIES,
        Score,
        annotated_articles,
        entities_from_rows,
        read_gold,
        score_article,
    )
    from kg.ingest import read_article
    from kg.queries import load_query
    from kg.store import open_store

    pairs = annotated_articles(Path(directory))
    if not pairs:
        raise UserInputError(f"no annotated articles (NAME.txt + NAME.gold.json) in {directory}")
    total, per_article = Score(), {}
    alt_q = f"SELECT ?entity ?alt WHERE {{ ?entity <{PREFIXES['skos']}altLabel> ?alt }}"
    pipeline = pipeline_for()
    for txt, gold_path in pairs:
        gold = read_gold(gold_path)
        # The article's graph goes straight into an in-memory store, as a build writes it.
        try:
            ag = pipeline.graph(read_article(txt))
        except Exception as error:  # a defect on one article: scored as finding nothing, reported
            log.exception("extracting %s failed", txt)
            score = score_article(gold, {}, {})
            score.failed.append((txt.name, f"{type(error).__name__}: {error}"))
            per_article[txt.stem] = score
            total.add(score)
            continue
        with open_store(MEMORY) as store:
            store.replace_graph(ag.graph_iri, ag.ntriples())
            rows = {cq: _rows(store, load_query(qfile)) for cq, (qfile, _) in CQ_QUERIES.items()}
            ents = entities_from_rows(_rows(store, load_query("entities.rq")),
                                      [(r["entity"], r["alt"]) for r in _rows(store, alt_q)])
        score = score_article(gold, ents, rows)
        per_article[txt.stem] = score
        total.add(score)
    return total, per_article
