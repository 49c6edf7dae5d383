"""Article -> Document -> linked -> RDF: the only module that sees every stage."""
from __future__ import annotations

import functools
import gc
import logging
import threading
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from kg.errors import KgError
from kg.extract.nlp import load_model
from kg.extract.pipeline import Extractor
from kg.ingest import content_hash
from kg.link.gazetteer import load_gazetteer
from kg.model import ENTITY_TYPES, Article, Document
from kg.rdf.build import ArticleGraph, build_graph

log = logging.getLogger(__name__)


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
        # (a name the text styles as a monarch's or cleric's, "Pope X", is a given name, no surname)
        link = linker.link(ent.label, ent.type, aliases=tuple(ent.aliases), context=doc.text[:2000],
                           by_surname=not ent.attributes.get("styled"))
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
    pipeline = Pipeline(gazetteer_path=gazetteer_path, online=online)
    if pipeline.extractor.index is not None:
        pipeline.extractor.index.prepare()  # loaded with the rest, not inside the first article
    _read_once(pipeline.extractor)
    # the linker's fuzzy keys by type, which the invented text (read unlinked) does not build
    pipeline.linker.prepare(t for t in ENTITY_TYPES if t not in _NOT_FUZZY)
    _keep_loaded_models()
    return pipeline


#: An invented text touching every reader: signing, ratification, visits, summits, offices, access.
_FIRST_TEXT = (
    "Two ministers sign a port access pact in Lima\n"
    "The foreign ministers of Chile and Peru signed an agreement on maritime cooperation in Lima on "
    "3 May 2021, and the Chilean Senate ratified it a year later. Under the deal, Peruvian warships may "
    "refuel at the naval base of Talcahuano. President Ana Ruiz, who arrived in Quito on Monday for the "
    "summit of the Pacific Alliance, met her counterpart, and Ecuador joined the bloc.\n"
)


def _read_once(extractor: Extractor) -> None:
    """Read one short text at load time. The readers build their tables on first use (the frames
    file, the lexicon's compiled patterns, the ruler's index): built now, with the models, no
    article pays for them and a server's first request is as quick as the rest. Linking is left
    out: an online linker would ask Wikidata about the invented names."""
    import dataclasses

    dataclasses.replace(extractor, link=None)(Article(id="first-read", text=_FIRST_TEXT))


def _keep_loaded_models() -> None:
    """Take what the process has loaded for good out of the cycle collector's sight.

    spaCy's model, the gazetteer and the lexicons are some 140,000 objects that live as long as
    the process. A build allocates enough to trigger a full collection every few dozen articles,
    and each walked all of them (1.2 s of the CPU of a 333-article build); frozen after one last
    collection (``gc.freeze``), they are skipped. Nothing else changes: they are never garbage.
    """
    load_model()  # the model's objects are the most numerous: loaded now, frozen with the rest
    gc.collect()
    gc.freeze()


class Extracted(NamedTuple):
    """One article's graph as a build moves it: N-Triples text, or only its size once written
    (``ntriples`` is None when a cluster worker wrote it to a remote store itself), or why it
    could not be built (``error``; nothing is written for it)."""

    article_id: str
    graph_iri: str
    ntriples: str | None
    content_hash: str
    triples: int
    error: str | None = None
    source: str = ""  # the file or URL the article came from, for reports


# the shared pipeline is not made for two threads at once (a Dask worker may run several)
_EXTRACT_LOCK = threading.Lock()


def extract_batch(articles: list[Article], *, gazetteer: str | None = None, online: bool = False) -> list[Extracted]:
    """The graphs of a batch of articles (parsed together: faster), with this process's pipeline.

    An article that cannot be built (bad metadata, a defect of the extractor) comes back with
    its ``error``, and the rest of the batch is built one article at a time.
    """
    try:
        return _extract(articles, default_pipeline(gazetteer, online))
    except Exception as error:  # one bad article must not lose the batch
        if len(articles) == 1:
            article = articles[0]
            if not isinstance(error, KgError):
                log.exception("extracting %s failed", _source(article))
            reason = error.message if isinstance(error, KgError) else f"extraction failed ({type(error).__name__}: {error})"
            return [Extracted(article.id, "", None, "", 0, reason, _source(article))]
    return [r for article in articles for r in extract_batch([article], gazetteer=gazetteer, online=online)]


def _extract(articles: list[Article], pipeline: Pipeline) -> list[Extracted]:
    with _EXTRACT_LOCK:
        graphs = list(pipeline.graphs(articles))
    out = []
    for article, ag in zip(articles, graphs, strict=True):
        body = ag.ntriples()
        out.append(Extracted(ag.article_id, str(ag.graph_iri), body, ag.content_hash, body.count("\n"),
                             source=_source(article)))
    return out


def _source(article: Article) -> str:
    return article.path or article.url or article.id
