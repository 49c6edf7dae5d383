"""What a store remembers of the feeds built into it: the newest entry each build read.

Each feed has a small named graph of its own, ``id/feed/<hash of its URL>``, holding one
``schema:DataFeed`` with its ``schema:url`` and the ``schema:dateModified`` of the newest entry
read. It is written with ``replace_graph`` (one atomic, idempotent write, on every kind of
store) only after that feed's articles are in the store, so a build stopped half-way reads the
same entries again next time. Article graphs are ``id/graph/…``: feed graphs are not articles.

    >>> from kg.store import open_store
    >>> store = open_store(":memory:")
    >>> when = dt.datetime(2024, 5, 8, 9, 30, tzinfo=dt.timezone.utc)
    >>> remember(store, "https://news.example/rss", when)
    >>> last_read(store, "https://news.example/rss") == when, last_read(store, "https://other.example/rss")
    (True, None)
"""
from __future__ import annotations

import datetime as dt
import hashlib

from pyoxigraph import Literal, NamedNode, Triple

from kg.rdf.namespaces import ID, RDF, SCHEMA, XSD
from kg.store import ntriples


def feed_iri(feed_url: str) -> str:
    """The feed's node and graph IRI."""
    return str(ID[f"feed/{hashlib.sha256(feed_url.encode('utf-8')).hexdigest()[:16]}"])


def last_read(store, feed_url: str) -> dt.datetime | None:
    """The newest entry time a build read from ``feed_url`` into ``store``, or None."""
    iri = feed_iri(feed_url)
    rows = store.query(f"SELECT ?d WHERE {{ GRAPH <{iri}> {{ <{iri}> <{SCHEMA.dateModified}> ?d }} }} LIMIT 1")
    for row in rows:
        when = dt.datetime.fromisoformat(row["d"].value)
        return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    return None


def remember(store, feed_url: str, when: dt.datetime) -> None:
    """Record ``when`` as the newest entry time read from ``feed_url`` (never moves it back)."""
    before = last_read(store, feed_url)
    if before is not None and before >= when:
        return
    iri = feed_iri(feed_url)
    stamp = when.astimezone(dt.UTC).isoformat()
    node = NamedNode(iri)
    store.replace_graph(iri, ntriples([
        Triple(node, NamedNode(RDF.type), NamedNode(SCHEMA.DataFeed)),
        Triple(node, NamedNode(SCHEMA.url), Literal(feed_url)),
        Triple(node, NamedNode(SCHEMA.dateModified), Literal(stamp, datatype=NamedNode(XSD.dateTime))),
    ]))
