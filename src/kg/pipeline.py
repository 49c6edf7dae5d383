"""Article -> Document -> linked -> RDF: the only module that sees every stage."""
from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from kg.extract.pipeline import Extractor
from kg.ingest import content_hash
from kg.link.gazetteer import load_gazetteer
from kg.model import Article, Document
from kg.rdf.build import ArticleGraph, build_graph


class Pipeline:
    """Extraction (with linking) and RDF for articles; resources are loaded once."""

    def __init__(self, *, gazetteer_path: str | None = None, online: bool = False, client=None) -> None:
        self.gazetteer = load_gazetteer(gazetteer_path)
        self.linker = _make_linker(self.gazetteer)
        if online:  # what the snapshot cannot link is looked up on Wikidata (kg.link.online)
            self.linker = _online_linker(self.linker, client)
        # linking runs inside extraction, before the facts, which read what links say
        # (the country a linked leader holds office in)
        self.extractor = Extractor(gazetteer=self.gazetteer, link=lambda doc: link_entities(doc, self.linker))

    def document(self, article: Article) -> Document:
        return self.extractor(article)

    def graph(self, article: Article) -> ArticleGraph:
        return build_graph(self.document(article), content_hash=content_hash(article))

    def graphs(self, articles: Iterable[Article]) -> Iterator[ArticleGraph]:
        """``graph`` for each article, in order, parsing several at a time."""
        for doc in self.extractor.many(articles):
            yield build_graph(doc, content_hash=content_hash(doc.article))


def _make_linker(gazetteer):
    from kg.link.linker import Linker

    return Linker(gazetteer)


def _online_linker(offline, client=None):
    from kg.link.online import OnlineLinker
    from kg.link.wikidata import WikidataClient
    from kg.settings import Settings

    if client is None:
        settings = Settings.from_mapping()
        client = WikidataClient(settings.wikidata_api, settings.wikidata_sparql, cache_dir=settings.cache_dir)
    return OnlineLinker(offline, client)


_NOT_FUZZY = frozenset({"Agreement", "Summit", "ArmedForces", "MilitaryBase"})


def link_entities(doc: Document, linker) -> Document:
    """Entities the gazetteer match left unlinked get the linker's best candidate, if confident."""
    for ent in doc.entities.values():
        # the snapshot holds few agreements, summits, forces or sites: exact names were matched
        # in the text already, and fuzzy matching them costs more than it finds
        if ent.qid or ent.type in _NOT_FUZZY:
            continue
        link = linker.link(ent.label, ent.type, aliases=tuple(ent.aliases), context=doc.text[:2000])
        if link is not None:
            ent.qid = link.qid
            ent.confidence = link.confidence
            # one label per item in every article: the gazetteer's; the article's words stay aliases
            if link.label and link.label != ent.label:
                ent.aliases.add(ent.label)
                ent.label = link.label
    return doc


@functools.lru_cache(maxsize=2)
def default_pipeline(gazetteer_path: str | None = None, online: bool = False) -> Pipeline:
    """One shared pipeline per process (models and gazetteer are large and read-only)."""
    return Pipeline(gazetteer_path=gazetteer_path, online=online)


class Extracted(NamedTuple):
    """One article's graph as a build moves it: N-Triples text, or only its size once written
    (``ntriples`` is None when a cluster worker wrote it to a remote store itself)."""

    article_id: str
    graph_iri: str
    ntriples: str | None
    content_hash: str
    triples: int


# the shared pipeline is not made for two threads at once (a Dask worker may run several)
_EXTRACT_LOCK = threading.Lock()


def extract_batch(articles: list[Article], *, gazetteer: str | None = None, online: bool = False) -> list[Extracted]:
    """The graphs of a batch of articles (parsed together: faster), with this process's pipeline."""
    with _EXTRACT_LOCK:
        graphs = list(default_pipeline(gazetteer, online).graphs(articles))
    out = []
    for ag in graphs:
        body = ag.ntriples()
        out.append(Extracted(ag.article_id, str(ag.graph_iri), body, ag.content_hash, body.count("\n")))
    return out
