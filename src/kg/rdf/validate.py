"""Check graphs against kg's SHACL shapes (``ontology/shapes.ttl``) with pySHACL.

The ontology and concept schemes are mixed into the data graph (pySHACL's ``ont_graph``), so
``sh:targetClass kg:Fact`` reaches a node typed only ``kg:Ratification`` and ``sh:class kg:Office``
accepts the standard office concepts without the data repeating their types.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import rdflib

from kg.rdf.ontology import load_ontology_graph, load_shapes_graph

__all__ = ["ValidationReport", "validate"]


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of a SHACL check: whether the data conforms, and pySHACL's report."""

    conforms: bool
    text: str
    graph: rdflib.Graph | None = None

    def __bool__(self) -> bool:
        return self.conforms


@lru_cache(maxsize=1)
def _shapes() -> rdflib.Graph:
    return load_shapes_graph()


@lru_cache(maxsize=1)
def _ontology() -> rdflib.Graph:
    return load_ontology_graph()


def _union(data: rdflib.Graph | rdflib.Dataset) -> rdflib.Graph:
    """A plain graph of ``data``; for a Dataset the union of all its graphs."""
    union = rdflib.Graph()
    if isinstance(data, rdflib.Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in data:
            union.add(triple)
    return union


def validate(data: rdflib.Graph | rdflib.Dataset, *, inference: str = "none") -> ValidationReport:
    """Validate ``data`` (a graph, or every graph of a Dataset together) against the shapes.

    ``inference`` is passed to pySHACL ("none", "rdfs", ...). "none" is enough for the class
    hierarchy, which comes from the mixed-in ontology, and keeps validation fast.

    >>> import rdflib
    >>> validate(rdflib.Graph()).conforms
    True
    """
    from pyshacl import (
        validate as shacl_validate,  # imported late: pySHACL is slow to import
    )

    # The union is a fresh graph, so pySHACL's mixing-in of the ontology never touches ``data``.
    conforms, results_graph, results_text = shacl_validate(
        _union(data),
        shacl_graph=_shapes(),
        ont_graph=_ontology(),
        inference=inference,
        abort_on_first=False,
        allow_warnings=False,
        advanced=False,
    )
    return ValidationReport(bool(conforms), str(results_text), results_graph)
