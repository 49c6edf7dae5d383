"""Short present-tense clauses the tagger reads as noun phrases, mended after the parse: a
chronology's or a live report's entry, "3 May - Rojas flies to Lima", "Rojas visits Peru", where
the parser, with a date or a name it does not know before the verb, takes the verb for a plural
noun or the name for the verb's modifier, or hangs the first of two verbs told in turn on the second
("X addresses A, then flies to B").

Each repair rests on what English allows, not on the entry's words: a noun takes no subject, a
verb no adjectival modifier, and a clause's root that is a bare plural noun after a name, with a
preposition or a second verb of its own, is that name's verb when a frame knows it as one.
"""
from __future__ import annotations

import functools

from kg.extract.frames import load_frames
from kg.extract.names import DATE_WORDS
from kg.extract.nlp import Token

#: Where a name before a verb may have been hung instead of as its subject.
_MODIFIER = frozenset({"amod", "compound", "nmod", "npadvmod", "dep"})
#: What a verb read as a noun still has that no plain noun phrase would: a place phrase, a second verb.
_VERBAL_KIDS = frozenset({"prep", "conj", "dobj"})


@functools.lru_cache(maxsize=1)
def frame_verbs() -> frozenset[str]:
    """Every one-word verb a frame is triggered by."""
    return frozenset(w for f in load_frames().frames for w in f.verbs + f.negative if " " not in w)


def mend_entries(toks: list[Token], verbs: frozenset[str] | None = None) -> None:
    """Read a headless clause's subject and verb again (``verbs``: the frames' verb lemmas)."""
    verbs = frame_verbs() if verbs is None else verbs
    kids: dict[int, list[int]] = {}
    for t in toks:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t.i)
    for t in toks:
        if t.dep == "dep" and t.tag in {"VBZ", "VBD"} and t.i >= 2 and toks[t.i - 1].lower == "then" \
                and toks[t.head].tag == t.tag and not any(toks[k].dep == "nsubj" for k in kids.get(t.i, [])):
            toks[t.i] = t._replace(dep="conj")  # "X met Y in A, then flew to B": the same subject's next verb
        if t.dep != "ROOT":
            continue
        mine = kids.get(t.i, [])
        subject = next((k for k in mine if toks[k].dep == "nsubj"), None)
        if t.tag == "NNS" and t.lemma in verbs and not _determined(toks, mine):
            if subject is None:
                subject = _name_before(toks, t, mine)
                if subject is None or not any(toks[k].dep in _VERBAL_KIDS and k > t.i for k in mine):
                    continue
            _as_verb(toks, t, subject)  # "Santos flies to Havana": a noun has no subject
        elif t.tag == "VBZ" and subject is None and t.lemma in verbs:
            subject = _name_before(toks, t, mine)
            if subject is not None:
                _as_verb(toks, t, subject)  # "Rojas visits Peru": a verb takes no adjective
        elif t.tag == "VBZ" and t.lemma in verbs:
            _object_after(toks, t)  # "Quispe visits Peru"
        if subject is None and t.tag in {"VBZ", "VBD"} and t.lemma in verbs:
            _then_clause(toks, toks[t.i], mine, kids)


def _determined(toks: list[Token], mine: list[int]) -> bool:
    """Does the word have a determiner or an owner, as only a noun does ("the flies", "his visits")?"""
    return any(toks[k].dep in {"det", "poss"} for k in mine)


def _name_before(toks: list[Token], t: Token, mine: list[int]) -> int | None:
    """The capitalised word right before ``t`` hung on it as a modifier: the name the verb's subject is."""
    k = t.i - 1
    if k not in mine or toks[k].dep not in _MODIFIER or not toks[k].is_cap or toks[k].tag not in {"NNP", "NNPS", "JJ"}:
        return None
    if t.is_cap or toks[k].sent != t.sent:
        return None  # (a headline in title case: every word capitalised)
    return k


def _as_verb(toks: list[Token], t: Token, subject: int) -> None:
    """``t`` a present-tense verb, ``subject`` its subject, a proper noun hung on it as a bare
    noun phrase after it its object ("visits Peru")."""
    toks[t.i] = t._replace(pos="VERB", tag="VBZ")
    s = toks[subject]
    toks[subject] = s._replace(dep="nsubj", pos="PROPN" if s.tag == "JJ" else s.pos,
                               tag="NNP" if s.tag == "JJ" else s.tag)
    _object_after(toks, toks[t.i])


def _object_after(toks: list[Token], t: Token) -> None:
    """A name right after a verb that the parser hung on it as an adverbial noun is its object: a
    name is no adverb, unless it names a day or a month ("arrives Monday")."""
    k = t.i + 1
    if k < len(toks) and toks[k].head == t.i and toks[k].dep == "npadvmod" and toks[k].tag in {"NNP", "NNPS"} \
            and toks[k].lower not in DATE_WORDS and toks[k].sent == t.sent:
        toks[k] = toks[k]._replace(dep="dobj")


def _then_clause(toks: list[Token], t: Token, mine: list[int], kids: dict[int, list[int]]) -> None:
    """"X addresses the congress in A, then flies to B": a verb with no subject after "then" goes on
    from the clause before it, which the parser hung on it as a subordinate one: the two are one
    subject's verbs in turn, the first the root and the second joined to it."""
    if not any(toks[k].lower == "then" and toks[k].dep == "advmod" for k in mine):
        return
    first = next((k for k in mine if k < t.i and toks[k].dep == "advcl" and toks[k].tag == t.tag
                  and any(toks[j].dep == "nsubj" for j in kids.get(k, []))), None)
    if first is None:
        return
    toks[first] = toks[first]._replace(dep="ROOT", head=first)
    toks[t.i] = t._replace(dep="conj", head=first)
