"""Building articles into a store: only new or changed ones, in batches, on this machine or a
cluster; feeds and folders remembered, articles whose file is gone reported (and pruned); removal.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.api.articles import (
    NO_DATE,
    default_fetcher,
    print_warning,
    published_date,
    source_of,
)
from kg.errors import ArticleError, UserInputError
from kg.extract.page_date import dated
from kg.ingest import content_hash
from kg.model import Article
from kg.settings import Settings
from kg.store import Store


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

    @property
    def exit_status(self) -> int:
        """The CLI's exit status: 0 every article built or unchanged; 1 some failed (reported, the
        others built); 2 nothing could be built — no article found, or every one failed (removing
        the articles whose files are gone is something done)."""
        if not self.built and not self.unchanged and not self.removed:
            return 2
        return 1 if self.failed else 0


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
    warn = on_warning or print_warning
    paths = [os.fspath(p) for p in paths]
    folders = [Path(p) for p in paths if not is_url(str(p)) and Path(p).is_dir()]
    with open_store(store) as st:
        remembered = None if force or cutoff else (lambda feed: last_read(st, feed))
        items = read_inputs(paths, fetcher=fetcher or default_fetcher(), since=cutoff, remembered=remembered,
                            max_chars=Settings.from_mapping().max_article_chars)

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
                    item = replace(item, published=published_date(published))
                item = dated(item)  # no date from metadata: the page's own date line, if it prints one
                if item.published is None:
                    message = NO_DATE
                    report.warnings.append((source_of(item), message))
                    warn(source_of(item), message)
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
