"""What the extraction tests share: run an invented article, read its facts as labels."""
from __future__ import annotations

import datetime as dt

from kg.extract.pipeline import Extractor
from kg.model import Article, Document


def run(extractor: Extractor, body: str, *, published: str = "2024-03-10", headline: str = "A headline") -> Document:
    text = headline + "\n" + body
    return extractor(Article(id="t", text=text, title=headline, published=dt.date.fromisoformat(published)))


def labels(doc: Document, etype: str) -> set[str]:
    return {e.label for e in doc.entities.values() if e.type == etype}


def facts(doc: Document, cq: str) -> list[dict]:
    """The document's facts of one kind, entities by label, with their modality."""
    out = []
    for f in doc.facts:
        if f.cq != cq:
            continue
        row = {}
        for k, v in f.fields.items():
            if isinstance(v, tuple):
                row[k] = tuple(sorted(doc.entities[x].label for x in v))
            elif isinstance(v, str) and v in doc.entities:
                row[k] = doc.entities[v].label
            else:
                row[k] = v
        row["modality"] = f.modality
        out.append(row)
    return out


def access(doc: Document) -> set[tuple]:
    """The document's access facts as (user, host, facility, modality), entities by label."""
    return {(r["user"], r["host"], r["facility"], r["modality"]) for r in facts(doc, "access")}


def activities(doc: Document) -> set[str]:
    """The activities the document's agreements cover (permits facts), whatever the agreement."""
    return {r["activity"] for r in facts(doc, "permits")}
