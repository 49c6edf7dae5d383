"""A sentence read again without its aside: the parse of the rest taken from the shorter text.

The small parsing model loses a long sentence's main clause when an aside stands inside it: in
"Peru and Chile, after years of talks in which two neighbours took part as observers, signed the
accord" it makes "signed" a clause of the aside and leaves the signers without a verb. Without
the aside the same words parse as they should. So every sentence holding an aside — a pair of
dashes, brackets, or a comma-bounded phrase between a subject and its verb — is parsed a second
time with the aside cut out, and the words outside the aside take their tags, lemmas and heads
from that reading. The aside keeps its own parse and hangs where it belongs: a relative clause
or an apposition on the word it describes, an adverbial ("after ...", "while ...") on the verb
of the clause it interrupts. Offsets do not change: the tokens are the same, only their parse.
"""
from __future__ import annotations

from collections.abc import Sequence

from kg.extract.nlp import Token

#: Dashes that open and close an aside ("X – who had flown in that morning – signed").
_DASHES = frozenset({"–", "—", "--", "-"})
_BRACKETS = {"(": ")"}
#: Words that begin a comma-bounded aside between a subject and its verb: a preposition or
#: subordinator ("after ...", "despite ...", "while ..."), a relative pronoun, a participle.
_RELATIVE = frozenset({"who", "whose", "which", "whom", "where", "when"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Words opening an aside that describes the noun before it ("members, including A and B,").
_DESCRIBING_OPENERS = _RELATIVE | {"of", "including", "excluding", "like", "such", "notably", "especially", "among",
                                   "mainly", "chiefly", "particularly"}
#: Relations by which an aside describes a word (kept where the first reading hung it).
_DESCRIBING = frozenset({"relcl", "acl", "appos", "amod", "nmod", "nummod", "compound", "poss"})


def aside_spans(toks: Sequence[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """The asides of the sentence ``lo..hi`` as token ranges ``[a, b)``, their punctuation included."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for k in range(lo, hi):
        t = toks[k]
        spaced = t.text in _DASHES and (t.text != "-" or t.ws and k > lo and toks[k - 1].ws)
        if spaced:
            if opened is None:
                opened = k
            else:
                spans.append((opened, k + 1))
                opened = None
        elif t.text in _BRACKETS:
            close = next((j for j in range(k + 1, hi) if toks[j].text == _BRACKETS[t.text]), None)
            if close is not None:
                spans.append((k, close + 1))
    spans += _comma_aside(toks, lo, hi) + _fronted_phrase(toks, lo, hi) + _then_titles(toks, lo, hi)
    spans = [s for s in spans if s[1] - s[0] > 2 or toks[s[0]].text in _BRACKETS]
    # overlapping asides: the first wins
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


def _comma_aside(toks: Sequence[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """"SUBJECT, aside, VERB ...": a comma after the sentence's first noun phrase, an aside that
    opens with a preposition, subordinator, relative pronoun or participle, and the first later
    comma followed by a finite verb."""
    first = next((k for k in range(lo, hi) if toks[k].text == ","), None)
    if first is None or first == lo or first + 1 >= hi:
        return []
    if toks[first - 1].pos not in {"PROPN", "NOUN", "PRON"} or any(toks[k].pos in {"VERB", "AUX"} for k in range(lo, first)):
        return []
    opener = toks[first + 1]
    if not (opener.pos in {"ADP", "SCONJ"} or opener.lower in _RELATIVE or opener.tag in {"VBN", "VBG"}):
        return []
    for k in range(first + 2, hi - 1):
        if toks[k].text != ",":
            continue
        j = k + 1
        while j < hi - 1 and toks[j].pos == "ADV":
            j += 1
        if toks[j].tag in _FINITE:
            return [(first, k + 1)]
    return []


def _then_titles(toks: Sequence[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """"signed by A, then B's foreign minister, and C": an office held then, set off after a name. The
    small model hangs it on a noun far back and loses the names' coordination; without it they parse."""
    out: list[tuple[int, int]] = []
    for k in range(lo + 1, hi - 2):
        if toks[k].text != "," or toks[k + 1].lower != "then" or toks[k - 1].pos != "PROPN":
            continue
        end = next((j for j in range(k + 2, hi) if toks[j].text == "," or toks[j].pos == "PUNCT" and j == hi - 1), hi)
        words = range(k + 2, end)
        if end - k > 3 and not any(toks[j].pos in {"VERB", "AUX"} for j in words) \
                and any(toks[j].pos == "NOUN" for j in words):
            out.append((k, end + 1 if end < hi - 1 and toks[end].text == "," else end))
    return out


def _harmless(toks: Sequence[Token], lo: int, hi: int, aside: tuple[int, int]) -> bool:
    """An aside the first reading cannot have been misled by: one word in brackets ("(ABC)"), or a
    comma aside after which the main clause kept its subject."""
    a, b = aside
    if toks[a].text in _BRACKETS:
        return b - a <= 3
    return toks[a].text == "," and _kept_main_clause(toks, lo, hi, aside)


def _kept_main_clause(toks: Sequence[Token], lo: int, hi: int, aside: tuple[int, int]) -> bool:
    """Did the first reading give the verb after a comma aside its subject before the aside? Then
    it kept the main clause, and a second reading would only repeat it."""
    comma, verb = aside[0], aside[1]
    while verb < hi - 1 and toks[verb].pos == "ADV":
        verb += 1
    main = toks[verb].head if toks[verb].tag == "MD" else verb
    subjects = [k for k in range(lo, hi) if toks[k].head == main and k != main
                and toks[k].dep in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(k < comma for k in subjects)


def _fronted_phrase(toks: Sequence[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """"On the last day of his visit to Lima, President X met ...": a phrase put before the subject
    that the first reading ran into it (the subject made an apposition of the phrase's last name,
    the verb left without a subject)."""
    if toks[lo].pos not in {"ADP", "SCONJ"} and toks[lo].tag != "VBG":
        return []
    comma = next((k for k in range(lo + 1, hi) if toks[k].text == ","), None)
    if comma is None:
        return []
    verb = next((k for k in range(comma + 1, hi) if toks[k].tag in _FINITE or toks[k].text == ","), None)
    if verb is None or toks[verb].text == "," or verb - comma < 2:
        return []
    main = verb if toks[verb].tag != "MD" else toks[verb].head
    has_subject = any(toks[k].head == main and toks[k].dep in {"nsubj", "nsubjpass", "expl"} for k in range(lo, hi))
    return [] if has_subject else [(lo, comma + 1)]


def reread(docs) -> None:
    """Parse again, without its asides, every sentence of these documents that has one (see the
    module): one pass of the parser for all of them."""
    from kg.extract.nlp import sentence_bounds, tokens

    jobs = []
    for doc in docs:
        toks = tokens(doc)
        for s in range(len(doc.sentences)):
            lo, hi = sentence_bounds(doc, s)
            spans = [a for a in aside_spans(toks, lo, hi) if not _harmless(toks, lo, hi, a)]
            if not spans:
                continue
            inside = {k for a, b in spans for k in range(a, b)}
            kept = [k for k in range(lo, hi) if k not in inside]
            if len(kept) < 3:
                continue
            text = "".join(toks[k].text + (toks[k].ws or (" " if k + 1 in inside else "")) for k in kept).strip()
            jobs.append((toks, spans, kept, text))
    for (toks, spans, kept, _), sdoc in zip(jobs, _parse([job[3] for job in jobs])):
        if len(sdoc) != len(kept) or any(w.text != toks[k].text for w, k in zip(sdoc, kept)):
            continue  # tokenised differently without the aside: the first reading stands
        if sum(1 for _ in sdoc.sents) != 1:
            continue
        if any(_kind(w.pos_) != _kind(toks[k].pos) for w, k in zip(sdoc, kept)):
            continue  # a noun read as a verb or the reverse: the shorter text misled the tagger
        _graft(toks, spans, kept, sdoc)


def _kind(pos: str) -> str:
    return "verb" if pos in {"VERB", "AUX"} else "noun" if pos in {"NOUN", "PROPN"} else pos


def _parse(texts: list[str]):
    from kg.extract.nlp import _RUN_AFTER, _annotators, load_model

    if not texts:
        return []
    nlp = load_model()
    ruler, lemmatizer = _annotators(nlp)
    return [lemmatizer(ruler(d)) for d in nlp.pipe(texts, disable=_RUN_AFTER)]


def _graft(toks: list[Token], spans: list[tuple[int, int]], kept: list[int], sdoc) -> None:
    """The words outside the asides take the second reading; each aside hangs where it belongs."""
    first_reading = {k: toks[k] for a, b in spans for k in range(a, b)}
    for w, k in zip(sdoc, kept):
        toks[k] = toks[k]._replace(lemma=w.lemma_.lower(), pos=w.pos_, tag=w.tag_, dep=w.dep_, head=kept[w.head.i])
    for a, b in spans:
        roots = [k for k in range(a, b) if not a <= first_reading[k].head < b or first_reading[k].head == k]
        words = [k for k in roots if toks[k].pos != "PUNCT"]
        if not words:
            continue
        main = words[0]
        for k in roots:
            old = first_reading[k]
            if k != main and old.pos == "PUNCT":
                toks[k] = old._replace(head=main, dep="punct" if old.pos == "PUNCT" else old.dep)
                continue
            toks[k] = old._replace(**_hang(toks, a, b, old))
        if toks[a].text == "," and toks[a + 1].lower == "then":  # "A, then B's minister,": the office is A's
            noun = next((k for k in words if toks[k].pos in {"NOUN", "PROPN"}), None)
            if noun is not None:
                toks[noun] = toks[noun]._replace(head=a - 1, dep="appos")
                toks[a + 1] = toks[a + 1]._replace(head=noun, dep="advmod")


def _hang(toks: list[Token], a: int, b: int, old: Token) -> dict:
    """Where an aside's head word goes: a description stays on the word it describes, an
    adverbial goes to the verb of the clause it interrupts, anything else beside the word before."""
    outside = not a <= old.head < b and old.head != old.i
    opener = toks[a + 1] if toks[a].pos == "PUNCT" and a + 1 < b else toks[a]
    # "under which A and B share ...": a preposition opening a relative clause describes the noun
    adverbial = (opener.pos in {"ADP", "SCONJ"} or opener.dep == "prep") and opener.lower not in _DESCRIBING_OPENERS \
        and old.dep != "relcl"
    if outside and old.dep in _DESCRIBING and not adverbial:
        return {}
    if adverbial and b < len(toks):
        verb = _clause_verb(toks, b)
        if verb is not None:
            return {"head": verb, "dep": old.dep if old.dep not in {"ROOT", "conj", "punct"} else "advcl"}
    if outside and old.dep != "ROOT":
        return {}
    before = a - 1
    if before < 0 or toks[before].sent != old.sent:
        return {"head": b if b < len(toks) and toks[b].sent == old.sent else old.i, "dep": "parataxis"}
    return {"head": before, "dep": "appos" if old.pos in {"NOUN", "PROPN"} else "parataxis"}


def _clause_verb(toks: list[Token], k: int, limit: int = 20) -> int | None:
    """The first verb at or above token ``k`` (in the second reading)."""
    sent = toks[k].sent
    while limit and toks[k].sent == sent:
        if toks[k].pos in {"VERB", "AUX"} and toks[k].dep not in {"aux", "auxpass"}:
            return k
        if toks[k].head == k:
            return None
        k = toks[k].head
        limit -= 1
    return None
