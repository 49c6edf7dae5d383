"""Document -> RDF: one named graph per article, in the ontology's terms, with provenance.

The graph's shape is described in ARCHITECTURE.md and checked by ``ontology/shapes.ttl``.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg import __version__
from kg.model import DATE_FIELDS, Document, Entity, Fact
from kg.rdf import identity, iris
from kg.rdf.namespaces import KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD

#: Fact kind -> (class, {field: property}).
FACT_SHAPES: dict[str, tuple[URIRef, dict[str, URIRef]]] = {
    "parties": (KG.AgreementParty, {"agreement": KG.agreement, "party": KG.party}),
    "ratification": (KG.Ratification, {"agreement": KG.agreement, "state": KG.state, "body": KG.body, "date": KG.date}),
    "signing": (KG.Signing, {"agreement": KG.agreement, "signatory": KG.signatory, "date": KG.date, "place": KG.place}),
    "summit": (KG.SummitMeeting, {"summit": KG.summit, "location": KG.location, "start": KG.startDate,
                                  "end": KG.endDate, "ordinal": KG.ordinal, "participants": KG.participant}),
    "visit": (KG.Visit, {"visitor": KG.visitor, "destination": KG.destination, "start": KG.startDate,
                         "end": KG.endDate, "purpose": KG.purpose}),
    "access": (KG.AccessArrangement, {"user": KG.user, "host": KG.host, "facility": KG.facilityKind, "agreement": KG.agreement}),
    "office": (KG.OfficeHolding, {"person": KG.person, "office": KG.office, "of": KG.officeOf}),
    "permits": (KG.Permission, {"agreement": KG.agreement, "activity": KG.activity}),
    "member": (KG.Membership, {"member": KG.member, "organization": KG.organization}),
}
_CONCEPT_CLASS = {"facility": (KG.FacilityKind, KG.facilityKinds), "activity": (KG.Activity, KG.activities),
                  "office": (KG.Office, KG.offices)}
ENTITY_CLASS = {name: KG[name] for name in ("State", "Person", "Legislature", "ArmedForces", "Organization",
                                            "InternationalOrganization", "Agreement", "Summit", "MilitaryBase",
                                            "Facility", "Place")}


@dataclass(frozen=True)
class ArticleGraph:
    """An article's named graph: its IRI, its triples and the content hash it was built from."""

    article_id: str
    graph_iri: URIRef
    triples: frozenset[tuple[Node, Node, Node]]
    content_hash: str

    @functools.cached_property
    def graph(self) -> Graph:
        """The triples as an rdflib Graph (made on first use: a build only needs :meth:`ntriples`)."""
        g = Graph()
        for triple in self.triples:
            g.add(triple)
        return g

    def ntriples(self) -> str:
        """The triples as N-Triples, one per line (in no particular order)."""
        return "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in self.triples)


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt(term: Node) -> str:
    """One term in N-Triples syntax."""
    if isinstance(term, Literal):
        text = str(term).translate(_ESCAPES)
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None and term.datatype != XSD.string:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    return f"<{term}>"


def entity_node(ent: Entity) -> URIRef:
    """The entity's IRI from its canonical key, so articles naming it differently share one node."""
    return iris.entity_iri(ent.type, identity.canonical_key(ent), ent.qid)


def build_graph(doc: Document, *, content_hash: str = "") -> ArticleGraph:
    """The article's triples: entities, facts with evidence, the article and its provenance."""
    g: _Triples = _Triples()
    article = doc.article
    a_iri = iris.article_iri(article.id)
    g_iri = iris.graph_iri(article.id)
    nodes = {key: entity_node(ent) for key, ent in doc.entities.items()}
    for key, ent in doc.entities.items():
        _entity(g, nodes[key], ent)
    for fact in doc.facts:
        _fact(g, fact, nodes, a_iri)
    # the article and the graph's provenance
    g.add((a_iri, RDF.type, SCHEMA.NewsArticle))
    g.add((a_iri, SCHEMA.headline, Literal(article.title or article.text.split("\n", 1)[0], lang="en")))
    if article.published:
        g.add((a_iri, SCHEMA.datePublished, Literal(article.published, datatype=XSD.date)))
    if article.url:
        g.add((a_iri, SCHEMA.url, URIRef(article.url)))
    if content_hash:
        g.add((a_iri, KG.contentHash, Literal(content_hash)))
    activity = iris.ID[f"activity/extraction/{article.id}"]
    g.add((g_iri, RDF.type, PROV.Entity))
    g.add((g_iri, PROV.wasDerivedFrom, a_iri))
    g.add((g_iri, PROV.wasGeneratedBy, activity))
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, PROV.used, a_iri))
    g.add((activity, PROV.wasAssociatedWith, iris.ID[f"agent/kg/{__version__}"]))
    g.add((iris.ID[f"agent/kg/{__version__}"], RDF.type, PROV.SoftwareAgent))
    g.add((iris.ID[f"agent/kg/{__version__}"], RDFS.label, Literal(f"kg {__version__}", lang="en")))
    return ArticleGraph(article.id, g_iri, frozenset(g), content_hash)


class _Triples(set):
    """What ``build_graph`` writes into: a set of triples with rdflib's ``Graph.add`` spelling,
    far cheaper than an rdflib Graph for a few hundred triples written once."""

    def add(self, triple: tuple[Node, Node, Node]) -> None:  # type: ignore[override]
        super().add(triple)


def _entity(g: _Triples, node: URIRef, ent: Entity) -> None:
    g.add((node, RDF.type, ENTITY_CLASS[ent.type]))
    # one label per IRI in every article (identity.py); the article's own words stay altLabels
    label = identity.canonical_label(ent)
    g.add((node, RDFS.label, Literal(label, lang="en")))
    for alias in sorted(ent.aliases | {ent.label}):
        if alias != label:
            g.add((node, SKOS.altLabel, Literal(alias, lang="en")))
    acronym = ent.attributes.get("acronym") or identity.acronym_of(ent)
    if acronym:
        g.add((node, KG.acronym, Literal(str(acronym))))
    if ent.qid:
        g.add((node, OWL.sameAs, WD[ent.qid]))
        g.add((node, KG.linkConfidence, Literal(round(float(ent.confidence), 3), datatype=XSD.double)))


def _fact(g: _Triples, fact: Fact, nodes: dict[str, URIRef], article: URIRef) -> None:
    cls, props = FACT_SHAPES[fact.cq]
    key = (fact.cq, tuple(sorted((k, _key_value(v, nodes)) for k, v in fact.fields.items())), fact.modality)
    node = iris.fact_iri(fact.cq, key)
    g.add((node, RDF.type, cls))
    g.add((node, KG.modality, Literal(fact.modality)))
    for name, value in fact.fields.items():
        prop = props[name]
        if name in _CONCEPT_CLASS:
            concept = iris.concept_iri(iris.SCHEMES[name], str(value))
            ccls, scheme = _CONCEPT_CLASS[name]
            g.add((concept, RDF.type, ccls))
            g.add((concept, RDF.type, SKOS.Concept))
            g.add((concept, SKOS.prefLabel, Literal(str(value), lang="en")))
            g.add((concept, SKOS.inScheme, scheme))
            g.add((node, prop, concept))
        elif name in DATE_FIELDS and isinstance(value, dt.date):
            g.add((node, prop, Literal(value, datatype=XSD.date)))
        elif name == "ordinal":
            g.add((node, prop, Literal(int(value), datatype=XSD.integer)))
        elif isinstance(value, tuple):
            for v in value:
                g.add((node, prop, nodes[v]))
        else:
            g.add((node, prop, nodes[str(value)]))
    # direct shortcuts for what holds
    if fact.modality == "asserted":
        if fact.cq == "parties":
            g.add((nodes[fact.fields["agreement"]], KG.hasParty, nodes[fact.fields["party"]]))
        elif fact.cq == "member":
            g.add((nodes[fact.fields["member"]], KG.memberOf, nodes[fact.fields["organization"]]))
        elif fact.cq == "permits":
            g.add((nodes[fact.fields["agreement"]], KG.permits,
                   iris.concept_iri("activity", str(fact.fields["activity"]))))
    ev = fact.evidence
    e_node = iris.evidence_iri(ev.article_id, ev.start, ev.end)
    g.add((node, KG.evidence, e_node))
    g.add((e_node, RDF.type, KG.Evidence))
    g.add((e_node, KG.sentence, Literal(ev.sentence)))
    g.add((e_node, KG.startOffset, Literal(ev.start, datatype=XSD.integer)))
    g.add((e_node, KG.endOffset, Literal(ev.end, datatype=XSD.integer)))
    g.add((e_node, PROV.wasQuotedFrom, article))


def _key_value(value, nodes: dict[str, URIRef]):
    if isinstance(value, tuple):
        return tuple(sorted(str(nodes.get(v, v)) for v in value))
    if isinstance(value, str) and value in nodes:
        return str(nodes[value])
    return str(value)


__all__ = ["ENTITY_CLASS", "FACT_SHAPES", "ArticleGraph", "build_graph"]
