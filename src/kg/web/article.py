"""An article as a page shows it: its text, with every fact's evidence marked; no Flask here.

The article's text is its ``schema:articleBody`` (the text as read, so each evidence's
``kg:startOffset``/``kg:endOffset`` index it). :func:`read_article` cuts the text into
:class:`Segment` s at every evidence boundary: a segment inside one or more pieces of evidence
carries those facts, so a sentence that two facts rest on is marked once and links to both.
An article built before kg kept the text has no body: its page lists the sentences instead.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.web.facts import Fact, Reader, read_facts
from kg.web.resource import external_href


@dataclass(frozen=True)
class Quote:
    """One piece of evidence: where it is in the text, the sentence, the fact it supports."""

    start: int
    end: int
    sentence: str
    fact: str


@dataclass
class Segment:
    """A stretch of the text and the facts whose evidence covers it (none: plain text)."""

    text: str
    facts: tuple[str, ...] = ()
    first: bool = False  # the first segment of a piece of evidence: where its anchor goes
    start: int = 0


@dataclass
class ArticleText:
    """The article's headline, date, source, text cut into segments, and its facts in text order."""

    iri: str
    headline: str
    published: str
    url: str
    graph: str
    body: str
    segments: list[Segment] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def numbers(self) -> dict[str, int]:
        """Each fact's number in the page (1, 2, …), in the order its evidence first appears."""
        return {f.iri: n for n, f in enumerate(self.facts, 1)}


def read_article(reader: Reader, iri: str) -> ArticleText | None:
    """The article ``iri`` (a ``schema:NewsArticle``), or None when the graph has no such article."""
    node = ox.NamedNode(iri)
    rows = reader.select(f"""SELECT ?h ?d ?u ?body ?g WHERE {{
      {node} a schema:NewsArticle .
      OPTIONAL {{ {node} schema:headline ?h }} OPTIONAL {{ {node} schema:datePublished ?d }}
      OPTIONAL {{ {node} schema:url ?u }} OPTIONAL {{ {node} schema:articleBody ?body }}
      OPTIONAL {{ ?g prov:wasDerivedFrom {node} }}
    }} LIMIT 1""")
    if not rows:
        return None
    row = rows[0]
    headline, published, url, graph, body = (row[k].value if row[k] is not None else "" for k in ("h", "d", "u", "g", "body"))
    text = ArticleText(iri, headline, published, external_href(url) or "", graph, body)  # no javascript: link
    quotes = [Quote(int(r["s"].value), int(r["e"].value), r["sentence"].value, r["fact"].value)
              for r in reader.select(f"""SELECT DISTINCT ?fact ?s ?e ?sentence WHERE {{
                  ?fact kg:evidence ?ev . ?ev prov:wasQuotedFrom {node} ; kg:startOffset ?s ; kg:endOffset ?e ;
                  kg:sentence ?sentence }}""")]
    text.quotes = sorted(quotes, key=lambda q: (q.start, q.end, q.fact))
    order = list(dict.fromkeys(q.fact for q in text.quotes))
    text.facts = read_facts(reader, order)
    text.segments = segments(text.body, text.quotes)
    return text


def segments(body: str, quotes: list[Quote]) -> list[Segment]:
    """``body`` cut at every quote's start and end; each piece with the facts covering it.

    >>> [(s.text, s.facts) for s in segments("One. Two. Three.", [Quote(5, 9, "Two.", "f1"), Quote(5, 16, "", "f2")])]
    [('One. ', ()), ('Two.', ('f1', 'f2')), (' Three.', ('f2',))]
    """
    valid = [q for q in quotes if 0 <= q.start < q.end <= len(body)]
    cuts = sorted({0, len(body), *(q.start for q in valid), *(q.end for q in valid)})
    starts = {q.start for q in valid}
    out = []
    for a, b in itertools.pairwise(cuts):
        covering = tuple(dict.fromkeys(q.fact for q in valid if q.start <= a and b <= q.end))
        out.append(Segment(body[a:b], covering, first=a in starts, start=a))
    return out
