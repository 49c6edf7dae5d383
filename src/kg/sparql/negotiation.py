"""Result formats and content negotiation: which media type a client gets, by werkzeug's rules.

Offers are listed in the server's order of preference: at equal quality and specificity the
first wins, so a client that accepts anything gets the first.

>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_MEDIA_TYPES["solutions"])
'application/sparql-results+xml'
>>> negotiate("application/json", RESULT_MEDIA_TYPES["solutions"], MEDIA_TYPE_ALIASES)
'application/sparql-results+json'
>>> negotiate("image/png", RESULT_MEDIA_TYPES["graph"]) is None
True
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

Kind = Literal["solutions", "boolean", "graph"]

#: Offers per result kind, in the server's order of preference (the first is the default).
RESULT_MEDIA_TYPES: dict[Kind, tuple[str, ...]] = {
    "solutions": (
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ),
    "boolean": ("application/sparql-results+json", "application/sparql-results+xml"),
    "graph": (
        "text/turtle",
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml",
        "application/n-quads",
        "application/trig",
    ),
}
#: Media types clients send for the same formats; answered with the canonical type.
MEDIA_TYPE_ALIASES: dict[str, str] = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "application/x-turtle": "text/turtle",
    "application/turtle": "text/turtle",
    "text/plain": "application/n-triples",
    "application/x-json+ld": "application/ld+json",
}
#: Short names for the ``format`` request parameter (and ``kg query --format``).
FORMAT_NAMES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "rdf": "application/rdf+xml",
    "nquads": "application/n-quads",
    "trig": "application/trig",
}
# A JSON request for a graph gets JSON-LD, an XML one RDF/XML (``format=xml`` on a CONSTRUCT too).
_GRAPH_ALIASES = {
    "application/json": "application/ld+json",
    "application/xml": "application/rdf+xml",
    "text/xml": "application/rdf+xml",
    "application/sparql-results+json": "application/ld+json",
    "application/sparql-results+xml": "application/rdf+xml",
}


def parse_accept(accept: str | None) -> MIMEAccept:
    """``Accept`` as werkzeug reads it; None or blank means ``*/*``.

    Media-type parameters are dropped (``;charset=utf-8`` must not make a format unacceptable),
    and the bare ``*`` or ``text`` some clients send read as ``*/*`` and ``text/*``.
    """
    if not accept or not accept.strip():
        return MIMEAccept([("*/*", 1)])
    ranges = []
    for value, quality in parse_accept_header(accept, MIMEAccept):
        media = value.split(";", 1)[0].strip().lower()
        if "/" not in media:
            media = "*/*" if media == "*" else media + "/*"
        ranges.append((media, quality))
    return MIMEAccept(ranges)


def negotiate(accept: str | None, offers: Iterable[str], aliases: Mapping[str, str] | None = None) -> str | None:
    """The offer (or the offer an alias stands for) the client likes best; None if none is acceptable.

    >>> negotiate("text/csv, */*", ["application/json", "text/csv"])
    'text/csv'
    """
    offered = list(offers)
    targets = {offer: offer for offer in offered}
    for alias, target in (aliases or {}).items():
        if target in targets and alias not in targets:
            targets[alias] = target
    best = parse_accept(accept).best_match(targets)
    return None if best is None else targets[best]


def choose_media_types(accept: str | None, format: str | None = None) -> dict[Kind, str | None]:
    """The media type each result kind would be written in (None: not acceptable).

    ``format`` (a short name such as ``json`` or a media type) overrides ``accept``.
    """
    if format:
        accept = FORMAT_NAMES.get(format.strip().lower(), format)
    return {
        "solutions": negotiate(accept, RESULT_MEDIA_TYPES["solutions"], MEDIA_TYPE_ALIASES),
        "boolean": negotiate(accept, RESULT_MEDIA_TYPES["boolean"], MEDIA_TYPE_ALIASES),
        "graph": negotiate(accept, RESULT_MEDIA_TYPES["graph"], {**MEDIA_TYPE_ALIASES, **_GRAPH_ALIASES}),
    }


def not_acceptable(kind: Kind) -> str:
    """The message for a result kind no accepted format can carry."""
    return f"no acceptable format for these results; available: {', '.join(RESULT_MEDIA_TYPES[kind])}"
