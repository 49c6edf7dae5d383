"""Document -> RDF: one named graph per article, in the ontology's terms, with provenance.

The graph's shape is described in ARCHITECTURE.md and checked by ``ontology/shapes.ttl``.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

from kg import __version__
from kg.errors import UserInputError
from kg.model import DATE_FIELDS, FACT_KINDS, Document, Entity, Fact, FieldValue
from kg.rdf import identity, iris
from kg.rdf.namespaces import KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD


def _n(iri: str) -> NamedNode:
    return NamedNode(iri)


#: Fact kind -> (class, {field: property}), from the one fact-schema table (``kg.model.FACT_KINDS``).
FACT_SHAPES: dict[str, tuple[NamedNode, dict[str, NamedNode]]] = {
    name: (_n(KG[kind.rdf_class]), {field: _n(KG[prop]) for field, prop in kind.properties.items()})
    for name, kind in FACT_KINDS.items()
}
_CONCEPT_CLASS = {"facility": (_n(KG.FacilityKind), _n(KG.facilityKinds)), "activity": (_n(KG.Activity), _n(KG.activities)),
                  "office": (_n(KG.Office), _n(KG.offices))}
ENTITY_CLASS = {name: _n(KG[name]) for name in ("State", "Person", "Legislature", "ArmedForces", "Organization",
                                                 "InternationalOrganization", "Agreement", "Summit", "MilitaryBase",
                                                 "Facility", "Place")}
# The terms build_graph writes, made once.
_TYPE, _LABEL, _ALT, _PREF, _IN_SCHEME, _CONCEPT = (_n(t) for t in (RDF.type, RDFS.label, SKOS.altLabel, SKOS.prefLabel,
                                                                   SKOS.inScheme, SKOS.Concept))
_XSD_DATE, _XSD_INTEGER, _XSD_DOUBLE = _n(XSD.date), _n(XSD.integer), _n(XSD.double)
_K = {name: _n(KG[name]) for name in ("acronym", "linkConfidence", "modality", "hasParty", "memberOf", "permits", "evidence",
                                      "Evidence", "sentence", "startOffset", "endOffset", "contentHash")}
_SAME_AS = _n(OWL.sameAs)
_P = {name: _n(PROV[name]) for name in ("Entity", "Activity", "SoftwareAgent", "wasDerivedFrom", "wasGeneratedBy", "used",
                                        "wasAssociatedWith", "wasQuotedFrom")}
_NEWS_ARTICLE, _HEADLINE, _PUBLISHED, _URL, _BODY = (_n(SCHEMA[t]) for t in ("NewsArticle", "headline", "datePublished",
                                                                               "url", "articleBody"))


@dataclass(frozen=True)
class ArticleGraph:
    """An article's named graph: its IRI, its triples (pyoxigraph terms) and the content hash it was built from."""

    article_id: str
    graph_iri: str
    triples: frozenset[Triple]
    content_hash: str

    def ntriples(self) -> str:
        """The triples as N-Triples, one per line (in no particular order): what a build stores."""
        return (serialize(self.triples, format=RdfFormat.N_TRIPLES) or b"").decode("utf-8")

    @functools.cached_property
    def graph(self) -> rdflib.Graph:
        """The triples as an rdflib Graph (made on first use, for rdflib's API and pySHACL)."""
        g = rdflib.Graph()
        for t in self.triples:
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return g


def to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as the rdflib term with the same lexical form."""
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return rdflib.Literal(term.value, datatype=None if datatype == str(XSD.string) else rdflib.URIRef(datatype))


def entity_node(ent: Entity) -> str:
    """The entity's IRI from its canonical key, so articles naming it differently share one node."""
    return iris.entity_iri(ent.type, identity.canonical_key(ent), ent.qid)


def _en(text: str) -> Literal:
    return Literal(text, language="en")


def build_graph(doc: Document, *, content_hash: str = "") -> ArticleGraph:
    """The article's triples: entities, facts with evidence, the article and its provenance."""
    g: set[Triple] = set()
    add = g.add
    article = doc.article
    a_node = _n(iris.article_iri(article.id))
    g_iri = iris.graph_iri(article.id)
    g_node = _n(g_iri)
    keys = {key: entity_node(ent) for key, ent in doc.entities.items()}
    nodes = {key: _n(iri) for key, iri in keys.items()}
    for key, ent in doc.entities.items():
        _entity(add, nodes[key], ent)
    for fact in doc.facts:
        _fact(add, fact, keys, nodes, a_node)
    # the article and the graph's provenance
    add(Triple(a_node, _TYPE, _NEWS_ARTICLE))
    headline = article.title or ("" if article.lede_first else article.text.split("\n", 1)[0])
    if headline:  # a text that opens with its lede has no headline to give
        add(Triple(a_node, _HEADLINE, _en(headline)))
    # The text as read, so evidence offsets index it: the article's page highlights each fact's evidence.
    add(Triple(a_node, _BODY, Literal(article.text)))
    if article.published:
        add(Triple(a_node, _PUBLISHED, Literal(article.published.isoformat(), datatype=_XSD_DATE)))
    if article.url:
        try:
            url = _n(article.url)
        except ValueError:
            raise UserInputError(f"article {article.id}: its url {article.url!r} is not an IRI") from None
        add(Triple(a_node, _URL, url))
    if content_hash:
        add(Triple(a_node, _K["contentHash"], Literal(content_hash)))
    activity = _n(f"{iris.ID}activity/extraction/{article.id}")
    agent = _n(f"{iris.ID}agent/kg/{__version__}")
    add(Triple(g_node, _TYPE, _P["Entity"]))
    add(Triple(g_node, _P["wasDerivedFrom"], a_node))
    add(Triple(g_node, _P["wasGeneratedBy"], activity))
    add(Triple(activity, _TYPE, _P["Activity"]))
    add(Triple(activity, _P["used"], a_node))
    add(Triple(activity, _P["wasAssociatedWith"], agent))
    add(Triple(agent, _TYPE, _P["SoftwareAgent"]))
    add(Triple(agent, _LABEL, _en(f"kg {__version__}")))
    return ArticleGraph(article.id, g_iri, frozenset(g), content_hash)


def _entity(add: Callable[[Triple], None], node: NamedNode, ent: Entity) -> None:
    add(Triple(node, _TYPE, ENTITY_CLASS[ent.type]))
    # one label per IRI in every article (identity.py); the article's own words stay altLabels
    label = identity.canonical_label(ent)
    add(Triple(node, _LABEL, _en(label)))
    for alias in sorted(ent.aliases | {ent.label}):
        if alias != label:
            add(Triple(node, _ALT, _en(alias)))
    acronym = ent.attributes.get("acronym") or identity.acronym_of(ent)
    if acronym:
        add(Triple(node, _K["acronym"], Literal(str(acronym))))
    if ent.qid:
        add(Triple(node, _SAME_AS, _n(WD[ent.qid])))
        # str() of a rounded float is the lexical form rdflib wrote, so links read the same
        add(Triple(node, _K["linkConfidence"], Literal(str(round(float(ent.confidence), 3)), datatype=_XSD_DOUBLE)))


def _fact(add: Callable[[Triple], None], fact: Fact, keys: dict[str, str], nodes: dict[str, NamedNode],
          article: NamedNode) -> None:
    cls, props = FACT_SHAPES[fact.cq]
    key = (fact.cq, tuple(sorted((k, _key_value(v, keys)) for k, v in fact.fields.items())), fact.modality)
    node = _n(iris.fact_iri(fact.cq, key))
    add(Triple(node, _TYPE, cls))
    add(Triple(node, _K["modality"], Literal(fact.modality)))
    for name, value in fact.fields.items():
        prop = props[name]
        if name in _CONCEPT_CLASS:
            concept = _n(iris.concept_iri(iris.SCHEMES[name], str(value)))
            ccls, scheme = _CONCEPT_CLASS[name]
            add(Triple(concept, _TYPE, ccls))
            add(Triple(concept, _TYPE, _CONCEPT))
            add(Triple(concept, _PREF, _en(str(value))))
            add(Triple(concept, _IN_SCHEME, scheme))
            add(Triple(node, prop, concept))
        elif name in DATE_FIELDS and isinstance(value, dt.date):
            add(Triple(node, prop, Literal(value.isoformat(), datatype=_XSD_DATE)))
        elif name == "ordinal":
            add(Triple(node, prop, Literal(str(int(str(value))), datatype=_XSD_INTEGER)))
        elif isinstance(value, tuple):
            for v in value:
                add(Triple(node, prop, nodes[v]))
        else:
            add(Triple(node, prop, nodes[str(value)]))
    # direct shortcuts for what holds
    if fact.modality == "asserted":
        fields = fact.fields
        if fact.cq == "parties":
            add(Triple(nodes[str(fields["agreement"])], _K["hasParty"], nodes[str(fields["party"])]))
        elif fact.cq == "member":
            add(Triple(nodes[str(fields["member"])], _K["memberOf"], nodes[str(fields["organization"])]))
        elif fact.cq == "permits":
            add(Triple(nodes[str(fields["agreement"])], _K["permits"],
                       _n(iris.concept_iri("activity", str(fields["activity"])))))
    ev = fact.evidence
    e_node = _n(iris.evidence_iri(ev.article_id, ev.start, ev.end))
    add(Triple(node, _K["evidence"], e_node))
    add(Triple(e_node, _TYPE, _K["Evidence"]))
    add(Triple(e_node, _K["sentence"], Literal(ev.sentence)))
    add(Triple(e_node, _K["startOffset"], Literal(str(ev.start), datatype=_XSD_INTEGER)))
    add(Triple(e_node, _K["endOffset"], Literal(str(ev.end), datatype=_XSD_INTEGER)))
    add(Triple(e_node, _P["wasQuotedFrom"], article))


def _key_value(value: FieldValue, keys: dict[str, str]) -> str | tuple[str, ...]:
    """A field's value as the fact's identity sees it: entities by IRI (as built before, so IRIs stay)."""
    if isinstance(value, tuple):
        return tuple(sorted(keys.get(v, v) for v in value))
    if isinstance(value, str) and value in keys:
        return keys[value]
    return str(value)


__all__ = ["ENTITY_CLASS", "FACT_SHAPES", "ArticleGraph", "build_graph", "to_rdflib"]
