"""Minting stable IRIs: the same thing gets the same IRI in every article and every build.

IRIs are plain strings under :data:`kg.prefixes.ID`; :mod:`kg.rdf.build` makes terms of them.
"""
from __future__ import annotations

import hashlib

from kg.prefixes import ID
from kg.text import iri_slug

#: Concept scheme path segments (ARCHITECTURE.md), keyed by fact field.
SCHEMES = {"facility": "facility-kind", "activity": "activity", "office": "office"}


def entity_iri(type_name: str, label: str, qid: str | None = None) -> str:
    """``id/<type>/<QID or slug>``: by QID where linked, otherwise by type and normalised name.

    ``label`` is normally ``kg.rdf.identity.canonical_key(entity)`` (an acronym or a normalised
    name), which makes one IRI of the ways different articles write one entity's name.

    >>> str(entity_iri("Agreement", "pfca")), str(entity_iri("State", "Ruritania", "Q1"))
    ('https://w3id.org/kg-news/id/agreement/pfca', 'https://w3id.org/kg-news/id/state/Q1')
    """
    return f"{ID}{iri_slug(type_name)}/{qid if qid else iri_slug(label)}"


def concept_iri(scheme: str, label: str) -> str:
    return f"{ID}concept/{scheme}/{iri_slug(label)}"


def article_iri(article_id: str) -> str:
    return f"{ID}article/{article_id}"


def graph_iri(article_id: str) -> str:
    return f"{ID}graph/{article_id}"


def fact_iri(kind: str, key: tuple) -> str:
    """A fact's IRI hashes its kind and fields, so one fact read in two articles is one node."""
    digest = hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:16]
    return f"{ID}fact/{kind}/{digest}"


def evidence_iri(article_id: str, start: int, end: int) -> str:
    return f"{ID}evidence/{article_id}/{start}-{end}"
