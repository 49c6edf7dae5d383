"""Articles into rdflib Datasets in memory (``build_text``, ``build_dataset``) or into a graph
file (``build_file``), and what every build does with an article: the extraction pipeline, the
publication date given by the caller, the warning for an article without one, the fetcher for URLs.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import IO, TYPE_CHECKING

from rdflib import Dataset, URIRef

from kg.errors import ArticleError, KgError, UserInputError
from kg.extract.page_date import dated
from kg.ingest import iter_articles
from kg.model import Article
from kg.prefixes import ONTOLOGY
from kg.settings import Settings
from kg.store import MEMORY
from kg.text import slug

if TYPE_CHECKING:
    from kg.rdf.build import ArticleGraph

#: The warning for an article without a publication date.
NO_DATE = ("no publication date (sidecar NAME.json, front matter, page metadata or --published): "
           "dates it gives relative to its own ('on Tuesday', 'December 4–5') stay unresolved")


def pipeline_for(online: bool = False):
    """The extraction pipeline over the gazetteer ``KG_GAZETTEER`` names (default: the snapshot's)."""
    from kg.pipeline import default_pipeline

    return default_pipeline(os.environ.get("KG_GAZETTEER") or None, online)


def published_date(value: str | dt.date | None) -> dt.date | None:
    """The publication date a caller gives (``--published``), as a date."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise UserInputError(f"--published must be YYYY-MM-DD, not {value!r}") from exc


def build_text(text: str, *, published: str | dt.date | None = None, title: str | None = None,
               article_id: str = "text", url: str | None = None) -> Dataset:
    """Build the graph of one article given as a string (headline on the first line)."""
    article = Article(id=slug(article_id), text=text, title=title or text.split("\n", 1)[0],
                      published=published_date(published), url=url)
    return _dataset(_graphs([article]))


def build_dataset(paths: Iterable[str | os.PathLike[str]], *, published: str | dt.date | None = None,
                  on_error=None, online: bool = False,
                  on_warning: Callable[[str, str], None] | None = None) -> Dataset:
    """Build articles (files or folders) into an in-memory rdflib Dataset, one named graph each.

    Articles that cannot be read or built are reported to ``on_error(error)`` (an ArticleError
    naming the file; default: printed to stderr) and skipped. An article without a publication
    date is built with a warning, ``on_warning(file, message)``. ``online=True`` lets the
    linker ask Wikidata for entities the offline snapshot lacks.
    """
    articles = _read(paths, published=published, on_error=on_error or _warn, on_warning=on_warning)
    return _dataset(_graphs(articles, online=online, on_error=on_error or _warn))


def build_file(paths: Iterable[str | os.PathLike[str]], output: str | os.PathLike[str] | IO[bytes], *,
               format: str = "trig", published: str | dt.date | None = None, on_error=None, online: bool = False,
               on_warning: Callable[[str, str], None] | None = None) -> int:
    """Build articles into a graph file (``kg build --output``), as :func:`build_dataset` reads and
    reports them; the graphs go from extraction to the writer as pyoxigraph terms, through an
    in-memory store. Returns how many articles were built."""
    from kg.export import export
    from kg.store import open_store

    articles = _read(paths, published=published, on_error=on_error or _warn, on_warning=on_warning)
    with open_store(MEMORY) as store:
        built = store.replace_graphs((ag.graph_iri, ag.ntriples()) for ag in _graphs(articles, online=online,
                                                                                     on_error=on_error or _warn))
        export(store, output, format=format)
    return built


def _read(paths: Iterable[str | os.PathLike[str]], *, published: str | dt.date | None,
          on_error: Callable[[Exception], None], on_warning: Callable[[str, str], None] | None) -> list[Article]:
    """The articles of ``paths`` (every one read before any is built: a bad path fails first)."""
    articles = []
    for item in iter_articles(paths, fetcher=default_fetcher(), max_chars=Settings.from_mapping().max_article_chars):
        if isinstance(item, ArticleError):
            on_error(item)
            continue
        if published is not None:
            item = replace(item, published=published_date(published))
        item = dated(item)  # no date from metadata: the page's own date line, if it prints one
        if item.published is None:
            (on_warning or print_warning)(source_of(item), NO_DATE)
        articles.append(item)
    return articles


def _warn(error: Exception) -> None:
    print(f"kg: skipped: {error}", file=sys.stderr)


def _graphs(articles: Iterable[Article], *, online: bool = False, on_error=None) -> Iterator[ArticleGraph]:
    """Each article's graph; an article that fails goes to ``on_error`` (None: raised)."""
    pipeline = pipeline_for(online)
    for article in articles:
        try:
            yield pipeline.graph(article)
        except KgError as error:
            if on_error is None:
                raise
            on_error(ArticleError(f"{source_of(article)}: {error.message}"))


def _dataset(graphs: Iterable[ArticleGraph]) -> Dataset:
    ds = Dataset()
    ds.namespace_manager.bind("kg", ONTOLOGY)
    for ag in graphs:
        graph = ds.graph(URIRef(ag.graph_iri))
        for triple in ag.graph:
            graph.add(triple)
    return ds


def source_of(article: Article) -> str:
    """What names an article in messages: its file, else its URL, else its id."""
    return article.path or article.url or article.id


def print_warning(source: str, message: str) -> None:
    """The default ``on_warning``: one line on stderr."""
    print(f"kg: warning: {source}: {message}", file=sys.stderr)


def default_fetcher():
    """A Fetcher with the settings' timeout and size limit (it opens no connection until used)."""
    from kg.fetch import Fetcher

    settings = Settings.from_mapping()
    return Fetcher(timeout=settings.fetch_timeout, max_bytes=settings.fetch_max_bytes)
