"""The gazetteer as extraction reads it: its names found in a sentence's tokens (a trie of
the tokens' surface keys), the case rules a match must pass, and the choice
among the items a name may be (a state over a region, the namesake whose country the article names,
a small city yielding to a longer name)."""
from __future__ import annotations

import functools
import re
from typing import Protocol

from kg.extract.nlp import Token, load_model
from kg.model import Mention
from kg.text import fold, surface_key


class GazetteerEntry(Protocol):
    """What extraction reads of a gazetteer entry (the gazetteer itself is linking's)."""

    qid: str
    type: str
    label: str
    country: str | None
    extra: dict | None


#: The longest name, in tokens, looked for.
MAX_NAME_TOKENS = 8

#: A name the gazetteer gives a span: (first token, end token, its text, the entries it may be).
Found = tuple[int, int, str, list[tuple[str, GazetteerEntry, str]]]


#: words that open place names and their written forms: "St. John's" is "St John's", "Saint John's"
_OPENERS = {"st.": ("St", "Saint"), "st": ("St.", "Saint"), "saint": ("St.", "St"), "mount": ("Mt.", "Mt"),
            "mt.": ("Mount", "Mt"), "fort": ("Ft.",), "port": ("Pt.",)}


def _abbreviated(surface: str) -> list[str]:
    """The other ways news writes a name opened by "St.", "Saint", "Mount", "Fort" ("St John's")."""
    first, _, rest = surface.partition(" ")
    return [f"{form} {rest}" for form in _OPENERS.get(first.lower(), ())] if rest else []


#: A hyphen between two capitalised words, which news also writes as a space.
_JOINED = re.compile(r"(?<=[a-z])-(?=[A-Z])")


class GazetteerIndex:
    """Surface strings of a gazetteer, keyed for lookup and matched in token sequences."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self.by_key: dict[str, list[tuple[str, GazetteerEntry, str]]] = {}
        folded: list[tuple[str, GazetteerEntry, str]] = []
        for surface, entry, kind in gazetteer.surface_forms():
            if len(surface) < 2:
                continue
            self.by_key.setdefault(surface_key(surface), []).append((surface, entry, kind))
            if len(surface) > 3 and not surface.isupper() and (plain := fold(surface)) != surface.casefold():
                folded.append((plain, entry, kind))
            for variant in _abbreviated(surface):  # the same name written another way: a namesake
                # bearing it as written is a rival the choice among readings settles ("St.
                # Petersburg": Russia's city, the larger, over Florida's)
                self.by_key.setdefault(surface_key(variant), []).append((variant, entry, kind))
            if _JOINED.search(surface):
                folded.append((_JOINED.sub(" ", surface), entry, kind))  # "Guinea Bissau" for "Guinea-Bissau"
            if kind == "demonym" and surface.endswith(("an", "i")):
                folded.append((surface + "s", entry, kind))  # "Ukrainians", "Israelis": the state's people
        # news writes "To Lam", "Pham Minh Chinh" for Wikidata's "Tô Lâm", "Phạm Minh Chính", and
        # "Ukrainians" for the state's people: such a spelling names the item too, where no item
        # bears it as written
        by_plain: dict[str, list[tuple[str, GazetteerEntry, str]]] = {}
        for plain, entry, kind in folded:
            by_plain.setdefault(surface_key(plain), []).append((plain, entry, kind))
        for key, readings in by_plain.items():
            owners = {e.qid for _, e, _ in readings} | {e.qid for _, e, _ in self.by_key.get(key, ())}
            if len(owners) == 1:
                self.by_key.setdefault(key, []).extend(readings)
        # and the other way: "Bogotá", "Asunción" written with the accents an item's name lacks
        self.by_fold: dict[str, list[tuple[str, GazetteerEntry, str]]] = {}
        for key, readings in self.by_key.items():
            self.by_fold.setdefault(_folded(key), []).extend(readings)

    def match(self, text: str) -> list[tuple[str, GazetteerEntry, str]]:
        """Entries whose surface fits ``text`` under the case rules."""
        key = surface_key(text)
        readings = self.by_key.get(key)
        if readings is None and (plain := _folded(key)) != key:
            readings = self.by_fold.get(plain) if len({e.qid for _, e, _ in self.by_fold.get(plain, ())}) == 1 else None
        return [(surface, entry, kind) for surface, entry, kind in readings or () if _case_ok(surface, text)]

    def find(self, text: str, stoks: list[Token]) -> list[Found]:
        """The gazetteer's names in one sentence's tokens, read from the left, the longest name
        (up to :data:`MAX_NAME_TOKENS` tokens) that passes the case rules at each place."""
        # the sentence as its words' surface keys; spacing is no part of a key ("Côte  d'Ivoire")
        words = [(k, key) for k, t in enumerate(stoks) if (key := _word_key(t.text)) is not None]
        if not words:
            return []
        ends: dict[int, list[int]] = {}
        names, n = self._names, len(words)
        for a in range(n):  # every name starting at each word: a walk down the names' trie
            node = names.get(words[a][1])
            b = a + 1
            while node is not None:
                if _END in node:
                    i, j = words[a][0], words[b - 1][0] + 1
                    if j - i <= MAX_NAME_TOKENS:
                        ends.setdefault(i, []).append(j)
                if b == n:
                    break
                node = node.get(words[b][1])
                b += 1
        found: list[Found] = []
        for i in sorted(ends):
            if found and i < found[-1][1]:
                continue  # inside the name found before
            for j in sorted(ends[i], reverse=True):
                span = text[stoks[i].start:stoks[j - 1].end]
                matches = self.match(span)
                if matches:
                    found.append((i, j, span, matches))
                    break
        return found

    def prepare(self) -> None:
        """Build the names' trie now, with the models, rather than on the first sentence read (it
        takes spaCy's tokenizer to every surface: some 0.3-0.5 s, once per process)."""
        self._names  # noqa: B018 (a cached property: read to build it)

    @functools.cached_property
    def _names(self) -> dict:
        """Every surface as the sequence of its tokens' keys, tokenised as articles are, as a trie:
        a word's key -> the trie of the words after it, holding ``_END`` where a name ends (what
        spaCy's ``PhraseMatcher`` finds, without a spaCy document made for every sentence)."""
        surfaces = sorted({surface for entries in self.by_key.values() for surface, _, _ in entries})
        tokenizer = load_model().tokenizer
        # the tokenizer keeps its first 10,000 chunks for reuse: the surfaces are not to fill that
        # cache, or every article's words are split afresh for the rest of the process
        size, tokenizer.max_cache_size = tokenizer.max_cache_size, 0
        try:
            patterns = {tuple(_folded(surface_key(t.text)) for t in doc if not t.is_space)
                        for doc in tokenizer.pipe(surfaces)}  # accents aside: the words are folded too
        finally:
            tokenizer.max_cache_size = size
        trie: dict = {}
        for words in patterns:
            if words:
                node = trie
                for word in words:
                    node = node.setdefault(word, {})
                node[_END] = True
        return trie


#: The trie's mark of a name's end (no word's key: keys are strings).
_END = None


def inside_longer_name(stoks: list[Token], i: int, j: int, entry: GazetteerEntry) -> bool:
    """A small city's name touching other proper nouns is a word of a longer name ("Ana Sobral",
    "Abraham Lincoln"), not the city."""
    if entry.type != "Place" or not (entry.extra or {}).get("minor"):
        return False
    before = i > 0 and stoks[i - 1].pos == "PROPN" and stoks[i - 1].is_cap and stoks[i - 1].ws != ""
    after = j < len(stoks) and stoks[j].pos == "PROPN" and stoks[j].is_cap and stoks[j - 1].ws != ""
    return before or after


@functools.lru_cache(maxsize=2)
def _openers(gazetteer) -> dict[str, set[str]]:
    """Each word that opens a listed body's "<word> of ..." name -> the types of those bodies."""
    out: dict[str, set[str]] = {}
    heads = {e.label.rsplit(" ", 1)[-1].lower() for e in gazetteer.entries.values()}
    for e in gazetteer.entries.values():
        word, of, _ = e.label.partition(" of ")
        if of and " " not in word and e.type in {"InternationalOrganization", "Legislature"}:
            out.setdefault(word.lower(), set()).add(e.type)
    # a word that ends names too is a head noun, which types names by itself ("Bank", "Senate")
    return {word: types for word, types in out.items() if word not in heads}


def sole_state(gazetteer, name: str) -> str | None:
    """The QID of the one state a name or demonym names ("Chile", "Bolivian"), None when it names none or several."""
    states = {e.qid for e, _kind in gazetteer.lookup(name) if e.type == "State"}
    return states.pop() if len(states) == 1 else None


def namesakes_type(gazetteer, name: str) -> str | None:
    """"Commonwealth", "Congress": one word that opens listed bodies' names ("Commonwealth of
    Nations", "Commonwealth of Independent States") of one type has that type."""
    types = _openers(gazetteer).get(name.lower()) if " " not in name else None
    return next(iter(types)) if types and len(types) == 1 else None


@functools.lru_cache(maxsize=1 << 16)  # every word of every sentence: one cached call, not two
def _word_key(text: str) -> str | None:
    """A word's surface key without its accents, None for a word with no key (spacing)."""
    key = surface_key(text)
    return _folded(key) if key else None


@functools.lru_cache(maxsize=1 << 16)  # every word of every sentence is looked up by its key
def _folded(key: str) -> str:
    """A surface key without its accents ("bogotá" -> "bogota"); letters without an ASCII base stay."""
    return fold(key) if not key.isascii() else key


def _case_ok(surface: str, text: str) -> bool:
    # Acronyms and short forms must match exactly ("US" is not "us"); names must be capitalised.
    if surface.isupper() or len(surface) <= 3:
        return surface == text or surface_key(surface) == surface_key(text) and text.isupper()
    return text[:1].isupper()


def acronym_as_word(index: GazetteerIndex | None, word: str) -> GazetteerEntry | None:
    """The organisation a word names that house styles write for its acronym of four letters or
    more ("Nato", "Asean", "Unesco": the word as NER reads it, an organisation's name); shorter
    acronyms so written are words of their own."""
    if index is None or len(word) < 4 or not word.isalpha() or word != word.capitalize():
        return None
    entries = {e.qid: e for surface, e, kind in index.by_key.get(surface_key(word), ())
               if kind == "acronym" and surface == word.upper() and e.type in _ORGANISATIONS}
    return next(iter(entries.values())) if len(entries) == 1 else None


#: The types an acronym written as a word may name.
_ORGANISATIONS = frozenset({"InternationalOrganization", "Organization"})


def states_only(phrase: str, index: GazetteerIndex | None) -> bool:
    """Is the phrase states' names or demonyms joined by dashes ("US-Omani", "Greece–US")?"""
    parts = [p for p in re.split(r"\s*[-\u2013\u2014/]\s*", phrase) if p]
    return index is not None and len(parts) > 1 and all(
        any(e.type == "State" for _, e, _ in index.match(p)) for p in parts)


#: Words of a legislature's name that tell no state's apart ("National Assembly", "Congress").
_GENERIC_LEGISLATURE_WORDS = frozenset({"the", "of", "national", "federal", "supreme", "legislative", "people's",
                                        "congress", "parliament", "assembly", "senate", "house", "chamber",
                                        "council", "representatives", "deputies", "commons", "republic"})


def generic_legislature(name: str) -> bool:
    return set(surface_key(name).split()) <= _GENERIC_LEGISLATURE_WORDS


def choose_by_country(mentions: list[Mention], namesakes: dict[int, list[GazetteerEntry]], gazetteer=None,
                      shared: dict[str, tuple[str, ...]] | None = None) -> None:
    """A name several items of one type bear is the one whose country the article names nearest
    before it (after it, failing that); with none of their countries named, a place is the most
    salient one and anything else is left unlinked. Names news uses for two states, see
    :func:`read_shared_names`."""
    if gazetteer is not None and shared is not None:
        read_shared_names(mentions, gazetteer, shared)
    states = [(m.start, m.qid) for m in mentions if m.type == "State"]

    def distance(e: GazetteerEntry, start: int) -> tuple[int, int]:
        ds = [(0, start - at) if at <= start else (1, at - start) for at, q in states if q == e.country]
        return min(ds, default=(2, 0))

    for k, items in namesakes.items():
        m = mentions[k]
        if m.type == "Place" and distance(next(e for e in items if e.qid == m.qid), m.start)[0] < 2:
            continue  # the most salient place, whose country the article names, stays
        if len(items) == 1:  # a generic name ("Congress") is that state's only where it is the state in view
            nearest = min(((0, m.start - at) if at <= m.start else (1, at - m.start) for at, _ in states), default=None)
            m.qid = m.qid if nearest is not None and distance(items[0], m.start) == nearest else None
            continue
        ranked = sorted(items, key=lambda e: distance(e, m.start))
        first, second = distance(ranked[0], m.start), distance(ranked[1], m.start)
        if first[0] < 2 and first != second:
            m.qid = ranked[0].qid
        elif m.type != "Place":  # a place keeps the reader's prior: a capital, else the biggest
            m.qid = None


def read_shared_names(mentions: list[Mention], gazetteer, shared: dict[str, tuple[str, ...]]) -> None:
    """"Congo", "Congolese" name two states: the one the article otherwise names (its name, a town
    of it, one of its people), nearest before the name (after it, failing that); with neither
    named, the one news means most often (listed first)."""
    if not shared:
        return
    told = [m for m in mentions if m.type == "State" and m.text.casefold() in shared]
    if not told:
        return
    evidence = []
    for m in mentions:
        entry = gazetteer.entries.get(m.qid) if m.qid and m.text.casefold() not in shared else None
        if entry is not None and (entry.type == "State" or entry.country and entry.country != m.qid):
            evidence.append((m.start, entry.qid if entry.type == "State" else entry.country))
    for m in told:
        states = shared[m.text.casefold()]
        near = sorted(((0, m.start - at) if at <= m.start else (1, at - m.start), q) for at, q in evidence if q in states)
        m.qid = near[0][1] if near else states[0]


def best_reading(matches):
    """The reading a news reader means: a state over a region, a capital over a namesake, a large
    city over a region of its name ("New York")."""
    order = {"name": 0, "alias": 1, "acronym": 2, "demonym": 3}
    type_order = {"State": 0, "InternationalOrganization": 1, "Legislature": 2, "Person": 3, "Place": 4}

    def salience(m) -> tuple:
        extra = m[1].extra or {}
        return (type_order.get(m[1].type, 9), 0 if extra.get("capital_of") else 1, 0 if extra.get("minor") is False else 1,
                order.get(m[2], 5),
                -float(extra.get("population") or 0))

    return min(matches, key=salience)


def after_a_states_possessive(toks: list, a: int, index: GazetteerIndex | None) -> bool:
    """Does a state's possessive ("Peru's", "Sri Lanka's") stand right before token ``a``?"""
    if index is None or a < 2 or toks[a - 1].text not in {"'s", "\u2019s"}:
        return False
    return any(any(e.type == "State" for _, e, _ in index.match(" ".join(t.text for t in toks[k:a - 1])))
               for k in range(max(0, a - 4), a - 1))


def is_place(span: list[Token], index: GazetteerIndex) -> bool:
    """Is the span exactly a state or place name the gazetteer knows?"""
    name = " ".join(t.text for t in span)
    return any(e.type in {"State", "Place"} for _, e, _ in index.match(name))


def starts_place(toks: list[Token], k: int, index: GazetteerIndex) -> bool:
    """A state or place name from the gazetteer starts at token k (one to three tokens; a
    leading "the" skipped: "in the South China Sea")."""
    if k < len(toks) and toks[k].lower == "the":
        k += 1
    for n in (3, 2, 1):
        if k + n <= len(toks):
            span = " ".join(t.text for t in toks[k:k + n])
            if any(e.type in {"State", "Place"} for _, e, _ in index.match(span)):
                return True
    return False


def ends_a_known_name(toks: list[Token], k: int, index: GazetteerIndex | None) -> bool:
    """Does token k close a name the gazetteer knows ("... to the SADC")? A place hung on such a
    name is where the document was signed ("the Protocol ... to the SADC in Gaborone"), not part of
    its title, as one on a title's own noun is ("... Facilities at X Island")."""
    if index is None:
        return False
    return any(index.match(" ".join(t.text for t in toks[k - n + 1:k + 1])) for n in (1, 2, 3) if k - n + 1 >= 0)
