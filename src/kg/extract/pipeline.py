"""The extraction pipeline: small components ``Document -> Document`` run in a fixed order.

sentences & tokens -> dates -> mentions -> entities -> (linking) -> pronouns -> facts. Each component is importable and
testable on its own; ``Extractor`` holds the shared resources (model, lexicon, gazetteer index).
"""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.extract.agreement_aliases import name_more
from kg.extract.clause_dates import clause_years
from kg.extract.context import Context
from kg.extract.dates import find_dates
from kg.extract.description_acronyms import tie_acronyms
from kg.extract.description_fullest import spell_out
from kg.extract.descriptions import find_descriptions
from kg.extract.entities import resolve_entities
from kg.extract.facts import find_facts
from kg.extract.gazetteer_index import GazetteerIndex
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.mentions import find_mentions, mention_steps
from kg.extract.nlp import parse, parse_all, recognise_all
from kg.extract.page_date import dated
from kg.extract.pronouns import resolve_pronouns
from kg.model import Article, Document

Component = Callable[[Document], Document]


@dataclass
class Extractor:
    """Runs the components over articles; build once, reuse for many articles."""

    lexicon: Lexicon = field(default_factory=load_lexicon)
    gazetteer: object | None = None
    index: GazetteerIndex | None = None
    #: Links entities to Wikidata before facts are read (facts use a person's country, say).
    link: Component | None = None

    def __post_init__(self) -> None:
        if self.gazetteer is not None and self.index is None:
            self.index = GazetteerIndex(self.gazetteer)

    @property
    def components(self) -> list[tuple[str, Component]]:
        return [
            ("sentences", parse),
            ("dates", self._dates),
            ("mentions", lambda d: find_mentions(d, self.lexicon, self.index)),
            ("entities", lambda d: resolve_entities(d, self.gazetteer)),
            ("descriptions", lambda d: tie_acronyms(find_descriptions(d, self.lexicon), self.lexicon)),
            *([("linking", self.link)] if self.link is not None else []),
            ("pronouns", resolve_pronouns),
            ("facts", self._facts),
        ]

    def __call__(self, article: Article) -> Document:
        doc = Document(article)
        for _, component in self.components:
            doc = component(doc)
        return doc

    def many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Document]:
        """``self(article)`` for each article, in order; spaCy parses ``batch_size`` at a time."""
        batch: list[Article] = []
        with _few_collections():
            for article in articles:
                batch.append(article)
                if len(batch) == batch_size:
                    yield from self._batch(batch)
                    batch = []
            if batch:
                yield from self._batch(batch)

    def _batch(self, articles: list[Article]) -> Iterator[Document]:
        """Parsing and NER each run once for the whole batch (the models work faster on more text at
        once); every other component runs document by document, in order."""
        docs = parse_all([Document(a) for a in articles])
        at = [name for name, _ in self.components].index("mentions")
        before, after = self.components[1:at], self.components[at + 1:]
        for _, component in before:
            docs = [component(doc) for doc in docs]
        steps = [mention_steps(doc, self.lexicon, self.index) for doc in docs]
        recognise_all([(doc, next(step)) for doc, step in zip(docs, steps)])
        for doc, step in zip(docs, steps):
            doc = next(step)
            for _, component in after:
                doc = component(doc)
            yield doc

    @staticmethod
    def _dates(doc: Document) -> Document:
        doc.article = dated(doc.article)  # without a date: the page's own date line ("Published ...")
        doc.annotations["dates"] = clause_years(doc, find_dates(doc.text, doc.article.published))
        return doc

    def _facts(self, doc: Document) -> Document:
        doc.facts = find_facts(Context(doc, self.lexicon, self.gazetteer))
        spell_out(doc)
        name_more(doc, self.lexicon)  # (after the fullest names: they tell where it was signed)
        return doc


@contextlib.contextmanager
def _few_collections(young: int = 20_000) -> Iterator[None]:
    """Reading allocates hundreds of thousands of small objects (tokens, spans, answers) that live
    as long as their article: at the default threshold the cycle collector walks them every 700
    allocations and frees almost nothing (5 % of extraction's CPU). Raised while reading, then
    restored: the same garbage is collected, less often."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], young), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
