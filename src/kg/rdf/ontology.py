"""kg's ontology as data: where it lives, how to load it, and a HermiT consistency check.

The ontology (``kg.ttl``), its concept schemes (``concepts.ttl``) and the SHACL shapes
(``shapes.ttl``) are Turtle files in the repository's ``ontology/`` folder, found relative to this
package. ``check_consistency`` hands them, with an optional data graph, to owlready2 and HermiT.
"""
from __future__ import annotations

import io
from pathlib import Path

import rdflib
from rdflib.term import URIRef

from kg.errors import CheckFailedError, KgError
from kg.rdf.namespaces import KG, OWL
from kg.resources import resource_dir

__all__ = [
    "CONCEPTS_FILE",
    "ONTOLOGY_DIR",
    "ONTOLOGY_FILE",
    "ONTOLOGY_IRI",
    "SHAPES_FILE",
    "check_consistency",
    "load_ontology_graph",
    "load_shapes_graph",
    "ontology_terms",
]

ONTOLOGY_IRI = URIRef("https://w3id.org/kg-news/ontology")


def _find_ontology_dir() -> Path:
    """The ``ontology/`` folder: ``KG_ONTOLOGY_DIR``, a packaged copy, or the source checkout's."""
    return resource_dir("ontology", marker="kg.ttl", env="KG_ONTOLOGY_DIR")


ONTOLOGY_DIR: Path = _find_ontology_dir()
ONTOLOGY_FILE: Path = ONTOLOGY_DIR / "kg.ttl"
CONCEPTS_FILE: Path = ONTOLOGY_DIR / "concepts.ttl"
SHAPES_FILE: Path = ONTOLOGY_DIR / "shapes.ttl"


def _parse(path: Path, graph: rdflib.Graph) -> rdflib.Graph:
    if not path.is_file():
        raise KgError(f"ontology file not found: {path}")
    return graph.parse(path, format="turtle")


def load_ontology_graph(*, concepts: bool = True) -> rdflib.Graph:
    """The ontology (and, unless ``concepts=False``, its concept schemes) as one graph.

    >>> from kg.rdf.namespaces import KG, RDF, OWL
    >>> (KG.State, RDF.type, OWL.Class) in load_ontology_graph()
    True
    """
    graph = rdflib.Graph()
    _parse(ONTOLOGY_FILE, graph)
    if concepts:
        _parse(CONCEPTS_FILE, graph)
    return graph


def load_shapes_graph() -> rdflib.Graph:
    """The SHACL shapes every graph kg builds must conform to."""
    return _parse(SHAPES_FILE, rdflib.Graph())


def ontology_terms() -> set[URIRef]:
    """Every ``kg:`` term the ontology defines (subjects in the ``KG`` namespace).

    >>> from kg.rdf.namespaces import KG, OWL
    >>> KG.AgreementParty in ontology_terms()
    True
    """
    ns = str(KG._NS)
    graph = load_ontology_graph(concepts=False)
    return {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(ns)}


def _union(data: rdflib.Graph | rdflib.Dataset) -> rdflib.Graph:
    """A plain graph of every triple in ``data`` (all named graphs of a Dataset)."""
    if isinstance(data, rdflib.Dataset):
        union = rdflib.Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return data


def check_consistency(data: rdflib.Graph | rdflib.Dataset | None = None) -> None:
    """Run HermiT over the ontology, its concepts and ``data``; raise if inconsistent.

    Raises :class:`kg.errors.CheckFailedError` when the whole is inconsistent or a class of the
    ontology is unsatisfiable, and :class:`kg.errors.KgError` when the reasoner cannot run.
    """
    import owlready2  # imported late: it is slow to import and only this check needs it

    graph = load_ontology_graph()
    if data is not None:
        graph = graph + _union(data)
    # Everything is already in the graph; an owl:imports would make owlready2 fetch it online.
    graph.remove((None, OWL.imports, None))
    # owlready2 reads N-Triples reliably; the Turtle is converted in memory.
    ntriples = graph.serialize(format="nt", encoding="utf-8")

    world = owlready2.World()
    try:
        onto = world.get_ontology(str(ONTOLOGY_IRI) + "/check#")
        onto.load(fileobj=io.BytesIO(ntriples), format="ntriples")
        try:
            # xsd:date is outside the OWL 2 datatype map HermiT implements; without this flag
            # HermiT refuses every graph with a date in it.
            owlready2.sync_reasoner_hermit(
                world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
            )
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            what = "the ontology" if data is None else "the ontology together with the data"
            raise CheckFailedError(f"HermiT: {what} is inconsistent") from exc
        except owlready2.OwlReadyJavaError as exc:
            raise KgError(f"HermiT could not run: {exc}") from exc
        unsatisfiable = sorted(
            c.iri for c in world.inconsistent_classes() if str(c.iri).startswith(str(KG._NS))
        )
        if unsatisfiable:
            raise CheckFailedError("HermiT: unsatisfiable classes: " + ", ".join(unsatisfiable))
    finally:
        world.close()
