"""Names told by the company they keep. A name the recogniser took for an organisation or a place
is a person's when it is listed with people ("Ilse Marten and Pedro Alves signed"), or followed by
"who" ("Ilse Marten, who chairs ..."), and its own words are a personal name's (no head noun such as
"Bank" or "Council", no acronym). A group's word before a plural noun for states ("Baltic states")
names no place: the group's states are read as a reference (:mod:`kg.extract.state_groups`)."""
from __future__ import annotations

import bisect
import re

from kg.extract.lexicon import Lexicon
from kg.extract.names import DATE_WORDS
from kg.model import Document, Mention

#: what stands between two names of one list: a comma, "and", "or", "as well as"
_LISTED = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or|as well as)\s+)")
#: a relative clause only a person heads
_WHO = re.compile(r"\A,?\s+who(?:se|m)?\b")
_WORD = re.compile(r"^[A-Z][a-z\u00c0-\u024f'\u2019-]+\.?$")
_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "da", "de", "del", "della", "der", "di", "dos", "du",
                        "la", "le", "van", "von", "ter"})


def looks_personal(text: str, lexicon: Lexicon) -> bool:
    """Two to four capitalised words (particles aside), no head noun of a body, no acronym."""
    words = text.split()
    if not 2 <= len(words) <= 5 or lexicon.head_type(text) or lexicon.prefix_type(text):
        return False
    named = [w for w in words if w.lower() not in _PARTICLES]
    return len(named) >= 2 and all(_WORD.match(w) for w in named) and not any(
        lexicon.head_type(w) or w.lower() in lexicon.titles.heads for w in named)


def names_by_company(doc: Document, lexicon: Lexicon, found: list[Mention]) -> None:
    """Drop a group's word before its plural noun; retype the people among organisations and places."""
    for m in list(found):
        if m.text.lower() in lexicon.state_groups and m.type in {"Place", "Organization"} and (
                (doc.text[m.end:m.end + 16].split() or [""])[0].lower() in lexicon.state_group_nouns):
            found.remove(m)
    people_by_company(doc, lexicon, found)


def people_by_company(doc: Document, lexicon: Lexicon, found: list[Mention]) -> None:
    """Retype the unlisted organisations and places whose company makes them people."""
    text = doc.text
    ordered = sorted(found, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        if m.qid is not None or m.type not in {"Organization", "Place"}:
            continue
        who = _WHO.match(text[m.end:m.end + 12]) is not None
        if who and " " not in m.text:
            _given_names_before(doc, lexicon, m, ordered)  # "Olumide Bakare, who": NER kept the surname only
        if not looks_personal(m.text, lexicon):
            continue
        if who or _listed_with_a_person(text, ordered, i):
            m.type = "Person"


def _given_names_before(doc: Document, lexicon: Lexicon, m: Mention, ordered: list[Mention]) -> None:
    """Run a one-word mention back over the one or two proper nouns right before it that no
    mention covers, in the same sentence ("Olumide" of "Olumide Bakare, who ...")."""
    toks = doc.annotations.get("tokens") or []
    starts = [t.start for t in toks]
    k = bisect.bisect_left(starts, m.start)
    if k >= len(toks) or toks[k].start != m.start:
        return
    first = k
    while first > 0 and k - first < 2:
        t = toks[first - 1]
        if t.sent != toks[k].sent or t.pos != "PROPN" or not t.is_cap or t.end + 1 < toks[first].start \
                or lexicon.head_type(t.text) or t.lower in lexicon.titles.heads or t.lower in DATE_WORDS \
                or any(o.start <= t.start < o.end for o in ordered):
            break
        first -= 1
    if first < k:
        m.start, m.text = toks[first].start, doc.text[toks[first].start:m.end]


def _listed_with_a_person(text: str, ordered: list[Mention], i: int) -> bool:
    """Is the mention beside a person's name in one list, before or after it?"""
    m = ordered[i]
    before = [o for o in ordered[:i] if not _in_brackets(text, o)]  # "X (Ghana), Y (Comoros)": the countries aside
    after = [o for o in ordered[i + 1:] if not _in_brackets(text, o)]
    # "A of Sweden and B of Finland": each name's state after "of" stands aside, as brackets do
    end = after.pop(0).end if after and _state_of(text, m, after[0]) else m.end
    owner = before.pop() if len(before) > 1 and _state_of(text, before[-2], before[-1]) else None
    prev = before[-1] if before else None
    nxt = after[0] if after else None
    return (prev is not None and prev.type == "Person" and prev.end <= m.start
            and _LISTED.fullmatch(text[(owner or prev).end:m.start]) is not None) or (
        nxt is not None and nxt.type == "Person" and end <= nxt.start
        and _LISTED.fullmatch(text[end:nxt.start]) is not None)


def _state_of(text: str, name: Mention, o: Mention) -> bool:
    """Is ``o`` a state told right after the name with "of" ("B of Finland")?"""
    return o.type == "State" and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[name.end:o.start]) is not None


def _in_brackets(text: str, m: Mention) -> bool:
    return text[max(0, m.start - 1):m.start] == "(" and text[m.end:m.end + 1] == ")"
