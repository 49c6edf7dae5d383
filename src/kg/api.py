"""The Python API: the functions the CLI calls, for notebooks and scripts.

    >>> from kg.api import build_text
    >>> ds = build_text("Ruritania ratified the Treaty of Zenda with Graustark.", published="2025-01-02")
    >>> len(ds) > 0
    True
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pyoxigraph import QueryBoolean, QuerySolutions, RdfFormat, Triple
from rdflib import Dataset, URIRef

from kg.errors import ArticleError, UserInputError
from kg.ingest import content_hash, iter_articles, slugify
from kg.model import Article
from kg.store import MEMORY, Store


@dataclass
class BuildReport:
    """What a build did: articles built, skipped as unchanged, and failed (with reasons)."""

    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    triples: int = 0

    def summary(self) -> str:
        return (f"{len(self.built)} built, {len(self.unchanged)} unchanged, {len(self.failed)} failed, "
                f"{self.triples} triples written")


def _pipeline(online: bool = False):
    from kg.pipeline import default_pipeline

    return default_pipeline(os.environ.get("KG_GAZETTEER") or None, online)


def _published(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise UserInputError(f"--published must be YYYY-MM-DD, not {value!r}") from exc


def build_text(text: str, *, published: str | dt.date | None = None, title: str | None = None,
               article_id: str = "text", url: str | None = None) -> Dataset:
    """Build the graph of one article given as a string (headline on the first line)."""
    article = Article(id=slugify(article_id), text=text, title=title or text.split("\n", 1)[0],
                      published=_published(published), url=url)
    return _dataset([article])


def build_dataset(paths: Iterable[str | os.PathLike[str]], *, published: str | dt.date | None = None,
                  on_error=None, online: bool = False) -> Dataset:
    """Build articles (files or folders) into an in-memory rdflib Dataset, one named graph each.

    Unreadable articles are reported to ``on_error(error)`` (default: printed to stderr) and skipped.
    ``online=True`` lets the linker ask Wikidata for entities the offline snapshot lacks.
    """
    articles = []
    for item in iter_articles(paths):
        if isinstance(item, ArticleError):
            (on_error or _warn)(item)
            continue
        if published is not None:
            item = Article(**{**item.__dict__, "published": _published(published)})
        articles.append(item)
    return _dataset(articles, online=online)


def _warn(error: Exception) -> None:
    print(f"kg: skipped: {error}", file=sys.stderr)


def _dataset(articles: Iterable[Article], *, online: bool = False) -> Dataset:
    ds = Dataset()
    ds.namespace_manager.bind("kg", "https://w3id.org/kg-news/ontology#")
    pipeline = _pipeline(online)
    for article in articles:
        ag = pipeline.graph(article)
        graph = ds.graph(URIRef(ag.graph_iri))
        for triple in ag.graph:
            graph.add(triple)
    return ds


# -- building into a store --------------------------------------------------------------------
_BATCH = 16  # articles per extraction batch


def _extract_many(articles: list[Article], online: bool = False) -> list[tuple[str, str, str, str]]:
    return [(ag.article_id, str(ag.graph_iri), ag.ntriples(), ag.content_hash)
            for ag in _pipeline(online).graphs(articles)]


def build(paths: Iterable[str | os.PathLike[str]], *, store: str | None = None, jobs: int = 1,
          progress: bool = False, force: bool = False, published: str | dt.date | None = None,
          online: bool = False) -> BuildReport:
    """Add articles to a store: only new or changed ones (by content hash), each graph atomically."""
    from kg.rdf.iris import graph_iri
    from kg.store import open_store

    report = BuildReport()
    todo: list[Article] = []
    with open_store(store) as st:
        for item in iter_articles(paths):
            if isinstance(item, ArticleError):
                report.failed.append((str(item), item.message))
                _warn(item)
                continue
            if published is not None:
                item = Article(**{**item.__dict__, "published": _published(published)})
            if not force and st.graph_hash(str(graph_iri(item.id))) == content_hash(item):
                report.unchanged.append(item.id)
                continue
            todo.append(item)
        for article_id, g_iri, ntriples, _ in _progress(_extract_all(todo, jobs, online), len(todo), progress):
            st.replace_graph(g_iri, ntriples)
            report.built.append(article_id)
            report.triples += ntriples.count("\n")
    return report


def _extract_all(articles: list[Article], jobs: int, online: bool = False) -> Iterator[tuple[str, str, str, str]]:
    # batches: spaCy parses several articles at once faster, and results still stream out
    batches = [articles[k:k + _BATCH] for k in range(0, len(articles), _BATCH)]
    if jobs <= 1 or len(batches) < 2:
        for batch in batches:
            yield from _extract_many(batch, online)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for results in pool.map(_extract_many, batches, [online] * len(batches)):
            yield from results


def _progress(items, total: int, show: bool):
    if not show:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit="article", file=sys.stderr)


# -- reading --------------------------------------------------------------------------------------
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


def refresh_gazetteer(out: str | os.PathLike[str] | None = None, *, endpoint: str | None = None) -> tuple[Path, int]:
    """Fetch the states anew from the Wikidata Query Service into OUT/wikidata-refresh.jsonl.

    ``out`` defaults to the snapshot folder, ``endpoint`` to ``Settings.wikidata_sparql``; the
    snapshot's own files are not touched. Returns the file written and how many states it holds.
    """
    from kg.link.gazetteer import default_path
    from kg.link.refresh import refresh
    from kg.link.wikidata import WikidataClient
    from kg.settings import Settings

    settings = Settings.from_mapping({"wikidata_sparql": endpoint})
    client = WikidataClient(settings.wikidata_api, settings.wikidata_sparql, cache_dir=settings.cache_dir)
    return refresh(client, Path(out) if out is not None else default_path())


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
    alt_q = ("SELECT ?entity ?alt WHERE { ?entity <http://www.w3.org/2004/02/skos/core#altLabel> ?alt }")
    pipeline = _pipeline()
    for txt, gold_path in pairs:
        gold = read_gold(gold_path)
        # The article's graph goes straight into an in-memory store, as a build writes it.
        ag = pipeline.graph(read_article(txt))
        with open_store(MEMORY) as store:
            store.replace_graph(ag.graph_iri, ag.ntriples())
            rows = {cq: _rows(store, load_query(qfile)) for cq, (qfile, _) in CQ_QUERIES.items()}
            ents = entities_from_rows(_rows(store, load_query("entities.rq")),
                                      [(r["entity"], r["alt"]) for r in _rows(store, alt_q)])
        score = score_article(gold, ents, rows)
        per_article[txt.stem] = score
        total.add(score)
    return total, per_article
