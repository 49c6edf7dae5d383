"""The one prefix map: the vocabularies kg writes and the prefixes every output shortens them with.

Plain strings, so code that only serialises (query workers, the web pages) need not import
rdflib; :mod:`kg.rdf.namespaces` builds its closed namespaces from the same strings. No stage
owns it: the RDF builder, linking's Wikidata queries and the query path all read it here (an
import-linter contract keeps it importing nothing of kg).

>>> curie("https://w3id.org/kg-news/ontology#Visit")
'kg:Visit'
"""
from __future__ import annotations

#: Where everything kg mints lives: ``ONTOLOGY`` terms and ``ID`` resources.
BASE = "https://w3id.org/kg-news/"
ONTOLOGY = BASE + "ontology#"
ID = BASE + "id/"

#: Prefix -> namespace, in the order outputs declare them.
PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY,
    "wd": "http://www.wikidata.org/entity/",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
}

#: Wikidata's direct ("truthy") properties, ``wdt:``: kg asks Wikidata's Query Service with them
#: but never writes them, so they are not in :data:`PREFIXES`.
WIKIDATA_DIRECT = "http://www.wikidata.org/prop/direct/"

#: ``PREFIX`` lines for the whole map, to put before a query.
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def curie(iri: str, prefixes: dict[str, str] = PREFIXES) -> str:
    """``kg:Visit`` for an IRI in a known namespace, else the IRI itself."""
    for prefix, namespace in prefixes.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def used_prefixes(iris: set[str], prefixes: dict[str, str] = PREFIXES) -> dict[str, str]:
    """The part of ``prefixes`` that some of ``iris`` start with (what a Turtle answer declares)."""
    return {p: ns for p, ns in prefixes.items() if any(iri.startswith(ns) for iri in iris)}
