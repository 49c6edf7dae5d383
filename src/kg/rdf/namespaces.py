"""The vocabularies kg writes, as closed namespaces: a misspelt term raises.

The IRIs come from :mod:`kg.prefixes`, the one prefix map.

``KG`` is checked against ``ontology/kg.ttl`` by a test, so every term used in code is defined.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

from kg import prefixes
from kg.prefixes import BASE, PREFIXES, WIKIDATA_DIRECT

ID = Namespace(prefixes.ID)
WD = Namespace(PREFIXES["wd"])
WDT = Namespace(WIKIDATA_DIRECT)
SCHEMA = Namespace(PREFIXES["schema"])


class KG(DefinedNamespace):
    """kg's ontology (``ontology/kg.ttl``)."""

    _NS = Namespace(prefixes.ONTOLOGY)
    _fail = True

    # entity classes (FORMAT.md types)
    Actor: URIRef
    State: URIRef
    Person: URIRef
    Legislature: URIRef
    ArmedForces: URIRef
    Organization: URIRef
    InternationalOrganization: URIRef
    Agreement: URIRef
    Summit: URIRef
    MilitaryBase: URIRef
    Facility: URIRef
    Place: URIRef
    # events and reified facts
    Event: URIRef
    Fact: URIRef
    AgreementParty: URIRef
    Ratification: URIRef
    Signing: URIRef
    SummitMeeting: URIRef
    Visit: URIRef
    AccessArrangement: URIRef
    OfficeHolding: URIRef
    Membership: URIRef
    Permission: URIRef
    Evidence: URIRef
    # SKOS concept classes and schemes
    Office: URIRef
    FacilityKind: URIRef
    Activity: URIRef
    offices: URIRef
    facilityKinds: URIRef
    activities: URIRef
    # object properties
    agreement: URIRef
    party: URIRef
    state: URIRef
    body: URIRef
    signatory: URIRef
    place: URIRef
    summit: URIRef
    location: URIRef
    participant: URIRef
    visitor: URIRef
    destination: URIRef
    purpose: URIRef
    user: URIRef
    host: URIRef
    facilityKind: URIRef
    person: URIRef
    office: URIRef
    officeOf: URIRef
    member: URIRef
    organization: URIRef
    activity: URIRef
    evidence: URIRef
    hasParty: URIRef
    memberOf: URIRef
    permits: URIRef
    # data properties
    date: URIRef
    startDate: URIRef
    endDate: URIRef
    ordinal: URIRef
    modality: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    linkConfidence: URIRef
    acronym: URIRef
    contentHash: URIRef


__all__ = ["BASE", "DCTERMS", "ID", "KG", "OWL", "PROV", "RDF", "RDFS", "SCHEMA", "SKOS", "WD", "WDT", "XSD"]
