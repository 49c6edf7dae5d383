"""Export a store's graph as a file: Turtle, TriG, N-Quads, N-Triples, JSON-LD or RDF/XML.

Triple formats get the union of the article graphs (each triple once); TriG and N-Quads keep
the named graphs. ``graph=`` exports one article graph instead::

    >>> from kg.store import open_store
    >>> store = open_store(":memory:")
    >>> store.replace_graph("https://w3id.org/kg-news/id/graph/a",
    ...     '<https://w3id.org/kg-news/id/article/a> <https://w3id.org/kg-news/ontology#contentHash> "h" .')
    >>> print(export(store, None, format="turtle").decode().splitlines()[-1])
    <https://w3id.org/kg-news/id/article/a> kg:contentHash "h" .
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from pyoxigraph import RdfFormat
from pyoxigraph import Store as OxStore

from kg.errors import UserInputError
from kg.prefixes import PREFIXES as ALL_PREFIXES
from kg.store import EmbeddedStore, GraphName, Store

#: The prefixes written in Turtle, TriG and RDF/XML exports.
PREFIXES: dict[str, str] = {p: ns for p, ns in ALL_PREFIXES.items()
                             if p in ("kg", "wd", "prov", "schema", "skos", "owl", "rdfs", "xsd")}


@dataclass(frozen=True)
class ExportFormat:
    """One export format: how pyoxigraph writes it, its file extension and media type."""

    name: str
    rdf_format: RdfFormat
    extension: str
    media_type: str
    datasets: bool  # keeps named graphs (otherwise the union of the graphs is written)


def _rdf(name: str, rdf_format: RdfFormat, *, datasets: bool = False) -> ExportFormat:
    return ExportFormat(name, rdf_format, rdf_format.file_extension, rdf_format.media_type, datasets)


#: Export formats by name (the CLI's ``--format`` choices).
FORMATS: dict[str, ExportFormat] = {
    "turtle": _rdf("turtle", RdfFormat.TURTLE),
    "trig": _rdf("trig", RdfFormat.TRIG, datasets=True),
    "nquads": _rdf("nquads", RdfFormat.N_QUADS, datasets=True),
    "ntriples": _rdf("ntriples", RdfFormat.N_TRIPLES),
    "jsonld": _rdf("jsonld", RdfFormat.JSON_LD),
    "rdfxml": _rdf("rdfxml", RdfFormat.RDF_XML),
}

#: Writers for the formats pyoxigraph does not serialize, by name, called as
#: ``writer(store, output, graph=graph) -> bytes | None``; ``export`` looks here first.
#: QuickStatements goes here: register its writer under "quickstatements" and add its
#: ExportFormat("quickstatements", RdfFormat.N_TRIPLES (unused), "qs", "text/plain", False)
#: to FORMATS so ``format_for`` and the CLI's choices know it.
WRITERS: dict[str, Callable[..., bytes | None]] = {}


def format_for(name_or_path: str) -> ExportFormat:
    """The export format named ``name_or_path``, or the one its file extension implies."""
    key = name_or_path.lower()
    if key in FORMATS:
        return FORMATS[key]
    ext = key.rsplit(".", 1)[-1]
    for fmt in FORMATS.values():
        if fmt.extension == ext:
            return fmt
    raise UserInputError(f"unknown export format {name_or_path!r} (choose from {', '.join(FORMATS)})")


def export(store: Store | OxStore, output: IO[bytes] | str | os.PathLike[str] | None, *, format: str = "turtle",
           graph: GraphName | None = None) -> bytes | None:
    """Write the store's graph (or the named ``graph``) to ``output`` (a path or binary file).

    With ``output=None`` the serialization is returned as bytes. A bare ``pyoxigraph.Store`` is
    accepted too (read as a kg store).
    """
    fmt = format_for(format)
    if isinstance(store, OxStore):
        store = EmbeddedStore(store, location="<pyoxigraph.Store>", read_only=True)
    if fmt.name in WRITERS:
        return WRITERS[fmt.name](store, output, graph=graph)
    if isinstance(output, (str, os.PathLike)):
        output = os.fspath(output)
    prefixes = PREFIXES if fmt.rdf_format in (RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.RDF_XML) else None
    # Store.dump keeps named graphs for TriG/N-Quads and writes the union for triple formats.
    return store.dump(output, fmt.rdf_format, from_graph=graph, prefixes=prefixes)


def _register_quickstatements() -> None:
    # Imported here: kg.quickstatements reads the store through its query method, not this module.
    from kg.quickstatements import write_quickstatements

    WRITERS["quickstatements"] = write_quickstatements
    FORMATS["quickstatements"] = ExportFormat("quickstatements", RdfFormat.N_TRIPLES, "qs", "text/plain", False)


_register_quickstatements()
