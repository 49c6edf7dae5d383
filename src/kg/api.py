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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from pyoxigraph import QueryBoolean, QuerySolutions, RdfFormat, Triple
from rdflib import Dataset, URIRef

from kg.errors import ArticleError, KgError, UserInputError
from kg.ingest import content_hash, iter_articles, slugify
from kg.model import Article
from kg.settings import Settings
from kg.store import MEMORY, Store


@dataclass
class BuildReport:
    """What a build did: articles built, skipped as unchanged, failed (file or URL, and why),
    gone from their folder (their file deleted) and removed from the store (``prune``), and
    warnings (file, and what is wrong)."""

    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    triples: int = 0

    def summary(self) -> str:
        gone = f", {len(self.gone)} gone ({len(self.removed)} removed)" if self.gone else ""
        return (f"{len(self.built)} built, {len(self.unchanged)} unchanged, {len(self.failed)} failed{gone}, "
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
                  on_error=None, online: bool = False,
                  on_warning: Callable[[str, str], None] | None = None) -> Dataset:
    """Build articles (files or folders) into an in-memory rdflib Dataset, one named graph each.

    Articles that cannot be read or built are reported to ``on_error(error)`` (an ArticleError
    naming the file; default: printed to stderr) and skipped. An article without a publication
    date is built with a warning, ``on_warning(file, message)``. ``online=True`` lets the
    linker ask Wikidata for entities the offline snapshot lacks.
    """
    articles = []
    for item in iter_articles(paths, fetcher=_fetcher()):
        if isinstance(item, ArticleError):
            (on_error or _warn)(item)
            continue
        if published is not None:
            item = replace(item, published=_published(published))
        if item.published is None:
            (on_warning or _warn_file)(_source(item), NO_DATE)
        articles.append(item)
    return _dataset(articles, online=online, on_error=on_error or _warn)


def _warn(error: Exception) -> None:
    print(f"kg: skipped: {error}", file=sys.stderr)


def _dataset(articles: Iterable[Article], *, online: bool = False, on_error=None) -> Dataset:
    ds = Dataset()
    ds.namespace_manager.bind("kg", "https://w3id.org/kg-news/ontology#")
    pipeline = _pipeline(online)
    for article in articles:
        try:
            ag = pipeline.graph(article)
        except KgError as error:
            if on_error is None:
                raise
            on_error(ArticleError(f"{_source(article)}: {error.message}"))
            continue
        graph = ds.graph(URIRef(ag.graph_iri))
        for triple in ag.graph:
            graph.add(triple)
    return ds


# -- building into a store --------------------------------------------------------------------
def build(paths: Iterable[str | os.PathLike[str]], *, store: str | None = None, jobs: int = 1,
          progress: bool = False, force: bool = False, published: str | dt.date | None = None,
          online: bool = False, since: str | dt.date | dt.datetime | None = None, cluster: str | None = None,
          batch: int | None = None, fetcher=None, on_article: Callable[[str], None] | None = None,
          prune: bool = False, on_warning: Callable[[str, str], None] | None = None) -> BuildReport:
    """Add articles to a store: only new or changed ones (by content hash), each graph atomically.

    ``paths`` are files, folders, JSON Lines datasets, feeds and http(s) URLs of pages and feeds
    (:mod:`kg.ingest`), read as a stream: memory holds only the batches being extracted.
    Extraction runs in this process, in ``jobs`` local processes, or on the Dask cluster whose
    scheduler is at ``cluster`` (:mod:`kg.cluster`). ``since`` reads only feed entries from that
    date on; without it, a feed built before is read from after its newest entry then
    (``force`` reads every entry and rebuilds every article). ``on_article(id)`` is called as
    each article's graph is handed to the store (which writes graphs in batches).

    An article or sidecar that cannot be read or built is reported in ``failed`` (its file and
    why) and skipped; the others are built. An article with no publication date from any source
    is built, with a warning (``on_warning(file, message)``, default: printed): its relative
    dates cannot be resolved. For each folder, articles built from it before whose file is gone
    are reported in ``gone``, and with ``prune`` removed from the store (:mod:`kg.folder_state`).
    """
    from kg.feed_state import last_read, remember
    from kg.fetch import is_url
    from kg.ingest import FeedRead, read_inputs
    from kg.rdf.iris import graph_iri
    from kg.store import REMOTE_SCHEMES, open_store
    from kg.workers import BATCH, BatchFailed, Runner, batched, local_runner

    report = BuildReport()
    cutoff = _since(since)
    gazetteer = os.environ.get("KG_GAZETTEER") or None
    feeds: list[FeedRead] = []
    failed_ids: set[str] = set()
    warn = on_warning or _warn_file
    paths = [os.fspath(p) for p in paths]
    folders = [Path(p) for p in paths if not is_url(str(p)) and Path(p).is_dir()]
    with open_store(store) as st:
        remembered = None if force or cutoff else (lambda feed: last_read(st, feed))
        items = read_inputs(paths, fetcher=fetcher or _fetcher(), since=cutoff, remembered=remembered)

        def todo() -> Iterator[Article]:
            for item in items:
                if isinstance(item, FeedRead):
                    feeds.append(item)
                    continue
                if isinstance(item, ArticleError):
                    # ingest's messages name the file first: "PATH: what is wrong"
                    source, _, reason = item.message.partition(": ")
                    report.failed.append((source, reason) if reason else ("", item.message))
                    continue
                if published is not None:
                    item = replace(item, published=_published(published))
                if item.published is None:
                    message = NO_DATE
                    report.warnings.append((_source(item), message))
                    warn(_source(item), message)
                if not force and st.graph_hash(str(graph_iri(item.id))) == content_hash(item):
                    report.unchanged.append(item.id)
                    continue
                yield item

        runner: Runner
        if cluster:
            from kg.cluster import DaskCluster

            remote = st.location if str(st.location).startswith(REMOTE_SCHEMES) else None
            runner = DaskCluster(cluster, gazetteer=gazetteer, online=online, store_url=remote)
        else:
            runner = local_runner(jobs, gazetteer=gazetteer, online=online)
        def graphs() -> Iterator[tuple[str, str]]:
            # Shown progress starts with batches of one article, so the bar moves as soon as it can.
            batches = batched(todo(), batch or BATCH, first=1 if progress and batch is None else None)
            for results in _progress(runner.run(batches), progress):
                if isinstance(results, BatchFailed):
                    failed_ids.update(results.article_ids)
                    report.failed += [(a, results.message) for a in results.article_ids]
                    continue
                for r in results:
                    if r.error is not None:
                        failed_ids.add(r.article_id)
                        report.failed.append((r.source or r.article_id, r.error))
                        continue
                    report.built.append(r.article_id)
                    report.triples += r.triples
                    if on_article is not None:
                        on_article(r.article_id)
                    if r.ntriples is not None:  # else a cluster worker wrote it to the remote store
                        yield r.graph_iri, r.ntriples

        # One stream: the store writes it in transactions of many graphs, or in bulk when fresh.
        st.replace_graphs(graphs())
        # only now that the entries' graphs are written: a build stopped earlier reads them again
        for feed in feeds:
            newest = feed.newest(failed_ids)
            if newest is not None:
                remember(st, feed.url, newest)
        for folder in folders:
            _account_for(st, folder, report, prune=prune)
    return report


#: The warning for an article without a publication date.
NO_DATE = ("no publication date (sidecar NAME.json, front matter, page metadata or --published): "
           "dates it gives relative to its own ('on Tuesday', 'December 4–5') stay unresolved")


def _source(article: Article) -> str:
    return article.path or article.url or article.id


def _warn_file(source: str, message: str) -> None:
    print(f"kg: warning: {source}: {message}", file=sys.stderr)


def _account_for(st: Store, folder: Path, report: BuildReport, *, prune: bool) -> None:
    """Report (and with ``prune`` remove) the articles of ``folder`` whose file is gone; remember the rest."""
    from kg import folder_state
    from kg.rdf.iris import graph_iri

    present = folder_state.article_file_ids(folder)
    gone = sorted(a for a in folder_state.members(st, folder) - present if st.contains_named_graph(graph_iri(a)))
    report.gone += gone
    if prune and gone:
        st.remove_graphs(graph_iri(a) for a in gone)
        report.removed += gone
    folder_state.remember(st, folder, present if prune else present | set(gone))


def remove(article_ids: Iterable[str], *, store: str | None = None) -> tuple[list[str], list[str]]:
    """Remove articles' graphs from a store, and from its default graph the triples no other
    article holds; (removed, not in the store)."""
    from kg.rdf.iris import graph_iri
    from kg.store import open_store

    removed: list[str] = []
    missing: list[str] = []
    with open_store(store, create=False) as st:
        for article_id in dict.fromkeys(article_ids):
            (removed if st.contains_named_graph(graph_iri(article_id)) else missing).append(article_id)
        st.remove_graphs(graph_iri(a) for a in removed)
    return removed, missing


def _fetcher():
    """A Fetcher with the settings' timeout and size limit (it opens no connection until used)."""
    from kg.fetch import Fetcher

    settings = Settings.from_mapping()
    return Fetcher(timeout=settings.fetch_timeout, max_bytes=settings.fetch_max_bytes)


def _since(value: str | dt.date | dt.datetime | None) -> dt.datetime | None:
    """``--since``: a date (from its midnight, UTC) or an ISO timestamp (UTC unless it says)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise UserInputError(f"--since must be YYYY-MM-DD or an ISO timestamp, not {value!r}") from exc
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _progress(batches: Iterator, show: bool) -> Iterator:
    """The runner's results, counting articles on a progress bar when ``show``.

    The bar is redrawn every half second, so its clock moves while the models load and a
    batch is extracted, not only when a batch comes back.
    """
    if not show:
        yield from batches
        return
    import threading

    from tqdm import tqdm

    stop = threading.Event()
    with tqdm(unit=" article", file=sys.stderr, desc="extracting") as bar:
        def tick() -> None:
            while not stop.wait(0.5):
                bar.refresh()

        ticker = threading.Thread(target=tick, daemon=True)
        ticker.start()
        try:
            for results in batches:
                yield results
                bar.update(len(results.article_ids) if hasattr(results, "article_ids") else len(results))
        finally:
            stop.set()
            ticker.join()


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
