"""What a resource's page shows, read with a handful of SPARQL queries; no Flask here.

:class:`GraphView` wraps something that reads (:class:`Reads`: in the server a
:class:`kg.sparql.Reader`, so pages go through the query workers with their timeout and see
what the last finished build wrote; a :class:`kg.store.Store` will do in a test) and a ``link``
function giving this server's URL for a minted IRI, and gathers plain dataclasses a template or
a test can read: :meth:`GraphView.describe` for the HTML page, :meth:`GraphView.rdf_description`
for its RDF twins, :meth:`GraphView.articles` for the list of articles. Queries run over the
default graph, the union of the article graphs with each triple once.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QuerySolutions,
    RdfFormat,
    Triple,
    serialize,
)

from kg.prefixes import ID, PREFIXES, SPARQL_PREFIXES, curie
from kg.store.base import serialized
from kg.web.svg import Neighbour, Node

_KG, _RDF, _RDFS, _OWL, _SKOS, _SCHEMA, _XSD = (PREFIXES[p] for p in ("kg", "rdf", "rdfs", "owl", "skos", "schema", "xsd"))
RDF_TYPE = _RDF + "type"
LABEL_PROPERTIES = (_RDFS + "label", _SKOS + "prefLabel", _SCHEMA + "headline")
DATE_PROPERTIES = (_KG + "date", _KG + "startDate", _KG + "endDate")
# Shown in the page's header rather than again in the statements table.
HEADER_PROPERTIES = frozenset({RDF_TYPE, *LABEL_PROPERTIES, _SKOS + "altLabel", _KG + "acronym", _OWL + "sameAs",
                               _KG + "linkConfidence"})
# Article graphs are id/graph/<article-id> (ARCHITECTURE.md); their provenance names the article.
GRAPH_BASE = ID + "graph/"
MAX_FACTS = 500
MAX_INCOMING = 300
ARTICLES_PAGE = 200


class Reads(Protocol):
    """What the pages need of the store: SELECT, ASK and CONSTRUCT answers as pyoxigraph terms."""

    def select(self, sparql: str) -> QuerySolutions: ...

    def ask(self, sparql: str) -> bool: ...

    def construct(self, sparql: str) -> Iterator[Triple]: ...


@dataclass(frozen=True)
class Term:
    """An RDF term ready for a template: text to show, where it links, a note (type or language)."""

    text: str
    href: str | None = None
    iri: str | None = None
    note: str = ""

    @property
    def local(self) -> bool:
        return self.iri is not None and self.iri.startswith(ID)


@dataclass
class Evidence:
    """A sentence a fact was read in, and the article it came from."""

    sentence: str
    article: Term | None
    published: str = ""
    url: str | None = None
    offsets: str = ""


@dataclass
class FactView:
    """A fact node as a table row: its kind, participants by role, dates, modality, evidence."""

    iri: str
    href: str | None
    kind: str
    modality: str = ""
    roles: list[tuple[str, Term]] = field(default_factory=list)
    details: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    subject_roles: list[str] = field(default_factory=list)


@dataclass
class Resource:
    """Everything the resource page shows."""

    iri: str
    label: str
    types: list[Term]
    alt_labels: list[str]
    acronyms: list[str]
    same_as: list[Term]
    link_confidence: str
    statements: list[tuple[Term, Term]]
    incoming: list[tuple[Term, Term]]
    facts: list[FactView]
    neighbours: list[Neighbour]
    is_graph: bool = False

    @property
    def node(self) -> Node:
        """The resource itself as the picture's centre."""
        return Node(self.label, None, kind_of(self.iri))


@dataclass(frozen=True)
class ArticleRow:
    """One article graph in the list of articles."""

    graph: str
    article: str | None
    headline: str | None
    published: str | None
    url: str | None
    facts: int


def external_href(iri: str) -> str | None:
    """``iri`` as a link target only if http(s): a ``javascript:`` IRI in the data must never run."""
    return iri if iri.lower().startswith(("http://", "https://")) else None


def local_name(iri: str) -> str:
    """The last segment of an IRI: a readable stand-in when a resource has no label."""
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1] or iri


def kind_of(iri: str) -> str:
    """The type segment of a minted IRI (``id/state/Q30`` -> ``state``), for the picture's CSS."""
    rest = iri[len(ID):]
    return rest.split("/", 1)[0] if "/" in rest else ""


def _values(terms: Iterable[NamedNode]) -> str:
    return " ".join(str(t) for t in terms)


def _value(row: Mapping[str, Any], name: str) -> str | None:
    term = row[name]
    return None if term is None else term.value


class GraphView:
    """Reads for the pages through ``reads``; ``link(iri)`` is this server's URL for a minted IRI."""

    def __init__(self, reads: Reads, link: Callable[[str], str]) -> None:
        self.reads = reads
        self._link = link

    # -- store access ---------------------------------------------------------------------------
    def select(self, sparql: str) -> list[dict[str, Any]]:
        """Rows of a SELECT (kg's prefixes prepended) as dicts of variable name to term or None."""
        results = self.reads.select(SPARQL_PREFIXES + sparql)
        names = [v.value for v in results.variables]
        return [{n: row[n] for n in names} for row in results]

    def ask(self, sparql: str) -> bool:
        """The answer of an ASK query."""
        return self.reads.ask(SPARQL_PREFIXES + sparql)

    def construct(self, sparql: str) -> list[Triple]:
        """Triples of a CONSTRUCT, each once."""
        return list(dict.fromkeys(self.reads.construct(SPARQL_PREFIXES + sparql)))

    # -- terms ----------------------------------------------------------------------------------
    def local_href(self, iri: str) -> str | None:
        """This server's page for a minted IRI, or None for IRIs minted elsewhere."""
        return self._link(iri) if iri.startswith(ID) else None

    def labels_of(self, iris: Iterable[str]) -> dict[str, str]:
        """One label per IRI (English first, then any), from rdfs:label, skos:prefLabel or headline."""
        nodes = sorted(set(iris))
        found: dict[str, tuple[int, str]] = {}
        for start in range(0, len(nodes), 200):  # VALUES blocks of bounded size
            chunk = [NamedNode(i) for i in nodes[start : start + 200]]
            rows = self.select(f"SELECT DISTINCT ?x ?l WHERE {{ VALUES ?x {{ {_values(chunk)} }} "
                               f"?x rdfs:label|skos:prefLabel|schema:headline ?l }}")
            for row in rows:
                label = row["l"]
                language = getattr(label, "language", None)
                rank = 0 if language == "en" else 1 if not language else 2
                key = row["x"].value
                if key not in found or (rank, label.value) < found[key]:
                    found[key] = (rank, label.value)
        return {k: v[1] for k, v in found.items()}

    def term(self, node: Any, labels: Mapping[str, str]) -> Term:
        """A pyoxigraph term as a :class:`Term`; IRIs link to their page (local) or to themselves."""
        if isinstance(node, NamedNode):
            iri = node.value
            text = labels.get(iri) or (curie(iri) if not iri.startswith(ID) else local_name(iri))
            return Term(text, self.local_href(iri) or external_href(iri), iri)
        if isinstance(node, Literal):
            note = node.language or ("" if node.datatype.value == _XSD + "string" else curie(node.datatype.value))
            return Term(node.value, note=note)
        if isinstance(node, BlankNode):
            return Term("_:" + node.value)
        return Term(str(node))

    # -- one resource ---------------------------------------------------------------------------
    def exists(self, node: NamedNode) -> bool:
        """Whether the graph mentions ``node`` at all: as subject, object or graph name."""
        return self.ask(f"ASK {{ {{ {node} ?p ?o }} UNION {{ ?s ?p {node} }} UNION {{ GRAPH {node} {{ ?s ?p ?o }} }} }}")

    def _fact_nodes(self, node: NamedNode) -> list[NamedNode]:
        """Facts shown on ``node``'s page: those it takes part in, itself, those read in it or its graph."""
        rows = self.select(
            f"""SELECT DISTINCT ?fact WHERE {{
              {{ ?fact ?role {node} }} UNION {{ BIND({node} AS ?fact) }}
              UNION {{ ?fact kg:evidence/prov:wasQuotedFrom {node} }}
              UNION {{ GRAPH {node} {{ ?fact kg:modality ?m0 }} }}
              ?fact kg:modality ?modality .
            }} LIMIT {MAX_FACTS}"""
        )
        return [r["fact"] for r in rows if isinstance(r["fact"], NamedNode)]

    def _facts(self, node: NamedNode, fact_nodes: list[NamedNode]) -> tuple[list[FactView], list[tuple[str, str, str]]]:
        """Fact views, and (fact, property, object IRI) links for the labels and the picture."""
        if not fact_nodes:
            return [], []
        values = _values(fact_nodes)
        facts = {f.value: FactView(f.value, self.local_href(f.value), "Fact") for f in fact_nodes}
        links: list[tuple[str, str, str]] = []
        for row in self.select(f"SELECT DISTINCT ?fact ?p ?o WHERE {{ VALUES ?fact {{ {values} }} ?fact ?p ?o }}"):
            view, p, o = facts[row["fact"].value], row["p"].value, row["o"]
            if p == RDF_TYPE:
                if o.value.startswith(_KG):
                    view.kind = local_name(o.value)
            elif p == _KG + "modality":
                view.modality = o.value
            elif p == _KG + "evidence":
                continue
            elif isinstance(o, NamedNode):
                links.append((view.iri, p, o.value))
                if o == node:
                    view.subject_roles.append(local_name(p))
            else:
                view.details.append((local_name(p), o.value))
        for row in self.select(
            f"""SELECT DISTINCT ?fact ?sentence ?start ?end ?article ?date ?url WHERE {{
              VALUES ?fact {{ {values} }}
              ?fact kg:evidence ?ev .
              OPTIONAL {{ ?ev kg:sentence ?sentence }}
              OPTIONAL {{ ?ev kg:startOffset ?start }} OPTIONAL {{ ?ev kg:endOffset ?end }}
              OPTIONAL {{ ?ev prov:wasQuotedFrom ?article .
                         OPTIONAL {{ ?article schema:datePublished ?date }} OPTIONAL {{ ?article schema:url ?url }} }}
            }}"""
        ):
            article = row["article"]
            url = _value(row, "url")
            facts[row["fact"].value].evidence.append(Evidence(
                sentence=_value(row, "sentence") or "",
                article=Term(article.value, self.local_href(article.value), article.value)
                if isinstance(article, NamedNode) else None,
                published=_value(row, "date") or "",
                url=external_href(url) if url else None,
                offsets=f"{row['start'].value}–{row['end'].value}" if row["start"] and row["end"] else "",
            ))
        # Dates first, in their FORMAT.md order, so a visit reads "2024-04-10 → 2024-04-12".
        date_names = [local_name(p) for p in DATE_PROPERTIES]
        for view in facts.values():
            view.details.sort(key=lambda d: (date_names.index(d[0]) if d[0] in date_names else len(date_names), d))
            view.evidence.sort(key=lambda e: (e.published, e.article.iri or "" if e.article else "", e.offsets))
        ordered = sorted(facts.values(), key=lambda f: (f.kind, [d[1] for d in f.details], f.iri))
        return ordered, links

    def describe(self, node: NamedNode) -> Resource:
        """Gather the resource page for ``node`` (which :meth:`exists`)."""
        iri = node.value
        out = self.select(f"SELECT DISTINCT ?p ?o WHERE {{ {node} ?p ?o }} ORDER BY ?p ?o")
        incoming = self.select(f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} FILTER NOT EXISTS {{ ?s kg:modality ?m }} }} "
                               f"ORDER BY ?p ?s LIMIT {MAX_INCOMING}")
        facts, links = self._facts(node, self._fact_nodes(node))

        mentioned = {iri} | {r["o"].value for r in out if isinstance(r["o"], NamedNode)}
        mentioned |= {r["s"].value for r in incoming if isinstance(r["s"], NamedNode)}
        mentioned |= {o for _, _, o in links}
        mentioned |= {e.article.iri for f in facts for e in f.evidence if e.article and e.article.iri}
        labels = self.labels_of(mentioned)

        for f in facts:
            for fact_iri, p, o in links:
                if fact_iri == f.iri:
                    f.roles.append((local_name(p), self.term(NamedNode(o), labels)))
            for e in f.evidence:
                if e.article and e.article.iri:
                    e.article = Term(labels.get(e.article.iri, local_name(e.article.iri)), e.article.href, e.article.iri)

        def objects(prop: str) -> list[Any]:
            return [r["o"] for r in out if r["p"].value == prop]

        def predicate(p: NamedNode) -> Term:
            return Term(curie(p.value), external_href(p.value), p.value)

        return Resource(
            iri=iri,
            label=labels.get(iri) or local_name(iri),
            types=[Term(local_name(o.value) if o.value.startswith(_KG) else curie(o.value), None, o.value)
                   for o in objects(RDF_TYPE)],
            alt_labels=sorted({o.value for o in objects(_SKOS + "altLabel")}),
            acronyms=sorted({o.value for o in objects(_KG + "acronym")}),
            same_as=[self.term(o, labels) for o in objects(_OWL + "sameAs")],
            link_confidence=next((o.value for o in objects(_KG + "linkConfidence")), ""),
            statements=[(predicate(r["p"]), self.term(r["o"], labels)) for r in out if r["p"].value not in HEADER_PROPERTIES],
            incoming=[(self.term(r["s"], labels), predicate(r["p"])) for r in incoming],
            facts=facts,
            neighbours=self._neighbours(node, facts, links, out, incoming, labels),
            is_graph=self.ask(f"ASK {{ GRAPH {node} {{ ?s ?p ?o }} }}"),
        )

    def _neighbours(self, node: NamedNode, facts: list[FactView], links: list[tuple[str, str, str]],
                    out: list[dict[str, Any]], incoming: list[dict[str, Any]], labels: Mapping[str, str]) -> list[Neighbour]:
        """Resources one fact (or one direct link) away, most connected first."""
        fact_iris = {f.iri for f in facts}
        kinds = {f.iri: f.kind for f in facts}
        relations: dict[str, list[str]] = {}
        for fact_iri, p, o in links:
            if o != node.value and o.startswith(ID):
                # On a fact's own page the edge is the role; elsewhere the fact's kind says enough.
                relations.setdefault(o, []).append(local_name(p) if fact_iri == node.value else kinds[fact_iri])
        direct = [(r["p"].value, r["o"]) for r in out] + [(r["p"].value, r["s"]) for r in incoming]
        for p, other in direct:
            # Only other minted resources that are not facts or evidence: those are drawn as edges.
            if (isinstance(other, NamedNode) and other.value.startswith(ID) and other.value not in fact_iris
                    and p != _KG + "evidence" and "/evidence/" not in other.value):
                relations.setdefault(other.value, []).append(local_name(p))
        ordered = sorted(relations.items(), key=lambda kv: (-len(kv[1]), labels.get(kv[0], local_name(kv[0])).lower()))
        return [Neighbour(Node(labels.get(o, local_name(o)), self.local_href(o), kind_of(o)), tuple(rels))
                for o, rels in ordered]

    def rdf_description(self, node: NamedNode) -> list[Triple]:
        """The triples that describe ``node``: its statements, links to it, its facts with their
        evidence, labels of what they point at, and, for an article graph, the graph's content."""
        labels = "FILTER(?lp IN (rdfs:label, skos:prefLabel, schema:headline))"
        return self.construct(
            f"""CONSTRUCT {{
              {node} ?p ?o . ?o ?lp ?ol . ?x ?q {node} . ?x ?lp ?xl .
              ?fact ?fp ?fo . ?fo ?lp ?fol . ?ev ?ep ?eo . ?ga ?gb ?gc .
            }} WHERE {{
              {{ {node} ?p ?o . OPTIONAL {{ ?o ?lp ?ol {labels} }} }}
              UNION {{ ?x ?q {node} . OPTIONAL {{ ?x ?lp ?xl {labels} }} }}
              UNION {{ {{ ?fact ?r {node} }} UNION {{ BIND({node} AS ?fact) }}
                      ?fact kg:modality ?m ; ?fp ?fo . OPTIONAL {{ ?fo ?lp ?fol {labels} }} }}
              UNION {{ {{ ?fact ?r {node} }} UNION {{ BIND({node} AS ?fact) }}
                      ?fact kg:modality ?m ; kg:evidence ?ev . ?ev ?ep ?eo }}
              UNION {{ GRAPH {node} {{ ?ga ?gb ?gc }} }}
            }}"""
        )

    # -- the list of articles -------------------------------------------------------------------
    def articles(self, page: int) -> tuple[list[ArticleRow], bool]:
        """Page ``page`` (from 1) of the article graphs, newest first, and whether more follow."""
        rows = self.select(
            f"""SELECT ?g (SAMPLE(?a) AS ?article) (SAMPLE(?h) AS ?headline) (SAMPLE(?d) AS ?published)
                      (SAMPLE(?u) AS ?url) (COUNT(DISTINCT ?fact) AS ?facts) WHERE {{
              {{ SELECT DISTINCT ?g WHERE {{ ?g prov:wasDerivedFrom ?any FILTER(STRSTARTS(STR(?g), "{GRAPH_BASE}")) }} }}
              OPTIONAL {{ ?g prov:wasDerivedFrom ?a . OPTIONAL {{ ?a schema:headline ?h }}
                         OPTIONAL {{ ?a schema:datePublished ?d }} OPTIONAL {{ ?a schema:url ?u }} }}
              OPTIONAL {{ GRAPH ?g {{ ?fact kg:modality ?m }} }}
            }} GROUP BY ?g ORDER BY DESC(?published) ?g
            LIMIT {ARTICLES_PAGE + 1} OFFSET {(page - 1) * ARTICLES_PAGE}"""
        )
        items = [ArticleRow(r["g"].value, _value(r, "article"), _value(r, "headline"), _value(r, "published"),
                            external_href(_value(r, "url") or ""), int(r["facts"].value)) for r in rows[:ARTICLES_PAGE]]
        return items, len(rows) > ARTICLES_PAGE


#: The RDF twins of a page, by format name: media type and how pyoxigraph writes it (JSON-LD: rdflib).
RDF_TWINS: dict[str, tuple[str, RdfFormat]] = {
    "ttl": ("text/turtle", RdfFormat.TURTLE),
    "nt": ("application/n-triples", RdfFormat.N_TRIPLES),
    "jsonld": ("application/ld+json", RdfFormat.JSON_LD),
}


def serialize_rdf(triples: list[Triple], fmt: str) -> bytes:
    """Turtle and N-Triples by pyoxigraph; JSON-LD compacted against kg's prefixes by rdflib."""
    # Sorted so Turtle groups each subject's statements and the output is stable between calls.
    triples = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    rdf_format = RDF_TWINS[fmt][1]
    if rdf_format is not RdfFormat.JSON_LD:
        return serialized(serialize(triples, format=rdf_format,
                                    prefixes=PREFIXES if rdf_format is RdfFormat.TURTLE else None))
    # pyoxigraph writes expanded JSON-LD only; people reading it want the compact form.
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=serialized(serialize(triples, format=RdfFormat.N_TRIPLES)).decode("utf-8"), format="nt")
    return graph.serialize(format="json-ld", context=PREFIXES, auto_compact=True, indent=2).encode("utf-8")
