"""Titles of office read as noun phrases: "Japan's Defence Minister", "the president of Chile",
"First Deputy Prime Minister", "Minister of Foreign Affairs", "a spokesman for the ICC".

A title is a phrase headed by an office noun (``office_titles.heads`` in ``data/lexicon.yaml``) with the modifiers
before it (listed ones, capitalised words no entity claims, nouns compounded with the head), words that may follow the
head ("General", "-elect") and a complement after "of"/"for" that names either a portfolio (part of the title) or the
owner (not part of it). The words before it say whose office it is (a possessive, a demonym, a name: "Russia's",
"Japanese", "NATO") and whether it is still held ("former", "then-", "the late") or still to come ("incoming").
:func:`find_titles` reads every title of a sentence; :mod:`kg.extract.facts.roles` decides which person holds each.
"""
from __future__ import annotations

from collections.abc import Sequence

from kg.extract.name_bounds import ADDRESS_MARKS
from kg.extract.names import DATE_WORDS as _DATE_WORDS
from kg.extract.nlp import Token
from kg.extract.title_phrase import OWNER_TYPES, Title
from kg.extract.title_words import TitleWords
from kg.text import label_key

__all__ = ["OWNER_TYPES", "Title", "TitleReader", "find_titles"]

_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_PRONOUNS = frozenset({"his", "her", "their", "its", "whose"})
#: adjectives that describe a body without naming it ("the new council")
_DESCRIBING = frozenset({"new", "old", "current", "powerful", "influential", "main", "top", "ruling", "governing",
                         "military", "interim", "transitional"})


class TitleReader:
    """Reads the titles of a sentence; ``named(k)`` says whether an entity's name covers token k
    (its type, else None), so that a name is never read as a title word."""

    def __init__(self, words: TitleWords, toks: Sequence[Token], named, head_type=None) -> None:
        self.w = words
        self.toks = toks
        self.named = named
        self.head_type = head_type or (lambda phrase: None)

    # -- the office noun ------------------------------------------------------------------------
    def _head_at(self, k: int, hi: int) -> int:
        """Length of an office noun (a phrase, or one word) starting at token k, else 0."""
        toks, t = self.toks, self.toks[k]
        if t.lower not in self.w.head_starts and t.lemma not in self.w.heads:
            return 0  # most words: none of the lookups below finds an office noun
        for phrase in self.w.phrases_from.get(t.lower, ()):
            n = len(phrase)
            if k + n <= hi and all(toks[k + j].lower == p for j, p in enumerate(phrase)):
                return n
        if t.pos not in {"NOUN", "PROPN"} and not t.tag.startswith("NN"):
            return 0
        if t.lower in self.w.heads or (t.lemma in self.w.heads and t.tag in {"NNS", "NNPS"}) or self.w.singular(t):
            return 1
        if t.lower in self.w.counterparts:
            return 1
        return 0

    def _is_title_word(self, k: int, head: int) -> bool:
        """May token k stand before the office noun inside its title?"""
        t = self.toks[k]
        if self.named(k) is not None or t.lower in _DATE_WORDS or self.w.splits(t, self.toks[k + 1]):
            return False
        if t.lower in self.w.former or t.lower in self.w.incoming or t.lower in self.w.honorifics \
                or t.lower in self.w.tenure or t.lower in self.w.counterparts:
            return False  # (a counterpart is a title of its own: "her counterpart FM X")
        if t.lower in self.w.modifiers or t.lower in self.w.heads:
            return t.pos in {"NOUN", "PROPN", "ADJ", "VERB"} or t.tag.startswith(("NN", "JJ", "VB"))
        if t.pos not in {"NOUN", "PROPN", "ADJ"} or not t.text[:1].isalpha():
            return False
        if t.is_cap and self.toks[head].is_cap:
            # "Treasury Secretary", "Minerals Minister": a capitalised word no entity claims; not an
            # acronym (an organisation the gazetteer lacks owns the office, it is no word of it)
            return not (t.text.isupper() and len(t.text) > 1)
        # "the justice minister": a noun compounded with the title
        return t.pos == "NOUN" and t.dep == "compound" and t.lower == t.text

    # -- one title ------------------------------------------------------------------------------
    def titles(self, lo: int, hi: int) -> list[Title]:
        """Every title in tokens lo..hi."""
        out: list[Title] = []
        k = lo
        while k < hi:
            n = self._head_at(k, hi)
            if not n or self.named(k) is not None:
                k += 1
                continue
            end = k + n
            # the title's last office noun heads it: "Chief Minister", "Prime Minister"
            while end < hi:
                m = self._head_at(end, hi)
                if m and self.named(end) is None and not self.w.splits(self.toks[end - 1], self.toks[end]):
                    end += m
                elif self.toks[end].lower in self.w.after and self.named(end) is None:
                    end += 1
                elif self.toks[end].text == "-" and end + 1 < hi and not self.toks[end].ws \
                        and self.toks[end + 1].lower in self.w.after | self.w.heads:
                    end += 2  # "Secretary-General", "President-elect"
                else:
                    break
            head = end - 1
            while head > k and self.toks[head].lower in self.w.after | {"-"}:
                head -= 1
            out.append(self._title(k, end, head, lo, hi))
            k = end
        # "Chief Cabinet Secretary": an office noun read as a title of its own before the longer title it modifies
        return [t for t in out if not any(o is not t and o.title_start <= t.title_start and t.title_end <= o.title_end
                                          and o.title_end - o.title_start > t.title_end - t.title_start for o in out)]

    def _title(self, k: int, end: int, head: int, lo: int, hi: int) -> Title:
        toks, w = self.toks, self.w
        start = k
        while start - 1 >= lo:
            j = start - 1
            if toks[j].text == "-" and not toks[j].ws and j - 1 >= lo and not toks[j - 1].ws \
                    and self._is_title_word(j - 1, head):
                start = j - 1  # "Vice-President"
                continue
            pair = (toks[j - 1].lower, toks[j].lower) if j - 1 >= lo else None
            if pair in w.modifier_phrases and self.named(j) is None:
                start = j - 1  # "Air Force chief"
                continue
            if self._is_title_word(j, head):
                start = j
                continue
            if start < head and toks[j].lower in {"and", "&"} and j > lo and w.joins(toks[j - 1], toks[start], toks[head]):
                start = j - 1  # "Trade and Industry Minister": portfolios joined before one office noun
                continue
            break
        title = Title(start=start, title_start=start, title_end=end, end=end, head=head, words=[],
                      label="", plural=toks[head].tag in {"NNS", "NNPS"} or self.w.singular(toks[head]) is not None,
                      counterpart=toks[head].lower in w.counterparts)
        self._body_before(title, head)
        self._complement(title, hi)
        # the office of one person: "the prime ministers of A and B" each hold "Prime Minister"
        words = [(self.w.singular(t) or t.lemma) if t.i == head and title.plural else t.text
                 for t in toks[title.title_start:title.title_end]]
        title.words = words
        title.label = w.label(words)
        key = label_key((self.w.singular(toks[head]) or toks[head].lemma).lower() if title.plural else toks[head].lower)
        phrase = label_key(" ".join(t.lower for t in toks[k:end]))
        # "deputy commander" is as generic as "commander"; "army commander" is not
        title.generic = (key in w.generic or label_key(" ".join(t.lower for t in toks[k:end] if t.lower not in w.after))
                         in w.generic) and all(
            toks[i].lower in w.grades or toks[i].text == "-" for i in range(title.title_start, head))
        title.organisational = key in w.organisational or phrase in w.organisational
        title.legislative = bool({key, phrase, label_key(" ".join(words))} & w.legislative)  # "Minority Leader"
        title.local = key in w.local or phrase in w.local
        self._destination(title, hi)
        self._left(title, lo)
        self._former_after(title, hi)
        return title

    def _former_after(self, title: Title, hi: int) -> None:
        """"X, the US president at the time": words after the title that put it in the past."""
        for phrase in self.w.former_after:
            n = len(phrase)
            if title.end + n <= hi and all(self.toks[title.end + j].lower == p for j, p in enumerate(phrase)):
                title.former = True

    def _body_before(self, title: Title, head: int) -> None:
        """"Zendan Council Chairwoman": capitalised words that no entity claims but that end in
        a body's head noun name the owner, not the office."""
        toks, w = self.toks, self.w
        unknown = [i for i in range(title.title_start, head) if toks[i].is_cap and toks[i].lower not in w.modifiers
                   and toks[i].lower not in w.heads]
        for cut in range(head - 1, title.title_start - 1, -1):
            if cut not in unknown:
                continue
            phrase = " ".join(t.text for t in toks[title.title_start:cut + 1])
            kind = self.head_type(phrase)
            if toks[head].lower == "minister" or toks[head].lower == "secretary" and kind == "ArmedForces":
                return  # "Armed Forces Minister", "Navy Secretary": a portfolio, part of the title
            if kind in OWNER_TYPES:
                title.owner_words = list(range(title.title_start, cut + 1))
                title.title_start = cut + 1
                return

    def _complement(self, title: Title, hi: int) -> None:
        """"of Foreign Affairs" (a portfolio: part of the title), "of Chile" (the owner)."""
        toks, w = self.toks, self.w
        j = title.title_end
        self._comma_owner(title, hi)
        while j < hi and toks[j].lower in {"of", "for"}:
            k = j + 1
            while k < hi and toks[k].lower in _DETERMINERS:
                k += 1
            words: list[int] = []
            owners: list[int] = []
            while k < hi:
                t = toks[k]
                kind, e = self.named(k), next((e for e in range(k + 1, hi) if not self._same_name(k, e)), hi)
                if kind is not None and e < hi and toks[e].lower in w.portfolios and self.named(e) is None \
                        and not (k > 0 and self.named(k - 1) is not None and self._same_name(k - 1, k)) \
                        and (kind == "Place" or t.pos == "ADJ" or t.tag == "JJ"):
                    words += range(k, e)  # "for Arctic affairs", "of European Affairs", "for Middle East affairs"
                    k = e - 1
                elif kind in OWNER_TYPES or kind in {"Place", "Facility", "MilitaryBase"}:
                    owners.append(k)
                elif t.lower in _POSSESSIVE and owners:
                    # "of Iran's Supreme National Security Council": the name after the "'s" owns it;
                    # "of Kyiv's military administration": something no name stands for does
                    nxt = k + 1
                    if nxt < hi and self.named(nxt) is None and toks[nxt].pos in {"NOUN", "ADJ", "PROPN"}:
                        # a state's unnamed body is the state's ("for Kenya's foreign ministry")
                        if self.named(owners[-1]) == "State":
                            title.owner_after = owners
                        else:
                            title.unnamed_owner = True
                        title.end = nxt
                        return
                elif not owners and not words and t.lower == t.text and (t.tag in {"VBG", "VBN"} or t.lower in _DESCRIBING):
                    pass  # "spokesman for the ruling council", "the new council"
                elif t.pos in {"NOUN", "PROPN", "ADJ", "NUM"} and kind is None and t.text[:1].isalnum() \
                        and t.text not in ADDRESS_MARKS:  # "for Foreign Affairs HE X": the address opens the name
                    words.append(k)
                elif t.text in {",", "and"} and owners and title.plural and k + 1 < hi and (
                        self.named(k + 1) in OWNER_TYPES or toks[k + 1].lower == "and" and k + 2 < hi
                        and self.named(k + 2) in OWNER_TYPES):
                    pass  # "the prime ministers of A, B and C"
                elif t.lower in {"and", "&"} and words and k + 1 < hi and toks[k + 1].lower in w.portfolios:
                    words.append(k)  # "Minister of Foreign Affairs and Trade"
                elif t.lower in {",", "and", "&"} and words and self._listed_portfolio(k + 1, hi):
                    words.append(k)  # "Secretary of State for Foreign, Commonwealth and Development Affairs"
                else:
                    break
                k += 1
            if words and owners and not all(i < min(owners) for i in words):
                words = [i for i in words if i < min(owners)]
            if owners:
                title.owner_after = owners
                title.end = max(owners) + 1
                return
            cap_ok = toks[title.head].is_cap
            portfolio = words and toks[words[-1]].lower in w.portfolios | w.modifiers and all(
                toks[i].lower in w.portfolios | w.modifiers | {"and", "&", ","} or (cap_ok or toks[i].pos == "ADJ"
                                                                                 or self.named(i) == "Place") and toks[i].is_cap for i in words)
            if words and self.head_type(" ".join(toks[i].text for i in words)) in OWNER_TYPES:
                title.owner_words = words  # "Secretary of the Supreme National Security Council"
                title.end = k
                return
            if not portfolio and cap_ok and words and all(toks[i].is_cap or toks[i].pos == "NUM" for i in words):
                portfolio = True  # "Custodian of the Two Holy Mosques"
            if not portfolio:
                return
            title.title_end = title.end = k
            j = k

    def _listed_portfolio(self, k: int, hi: int) -> bool:
        """Do the words from k on go on a list of portfolios, capitalised title words up to one
        that ends a portfolio ("Commonwealth and Development Affairs"), no name among them?"""
        toks, w = self.toks, self.w
        if k < hi and toks[k].lower in {"and", "&"}:
            k += 1  # "Immigration, Citizenship, and Multicultural Affairs"
        while k < hi and self.named(k) is None and toks[k].is_cap and toks[k].pos in {"NOUN", "PROPN", "ADJ"}:
            if toks[k].lower in w.portfolios and not (k + 1 < hi and toks[k + 1].is_cap and self.named(k + 1) is None
                                                      and toks[k + 1].pos in {"NOUN", "PROPN", "ADJ"}):
                return True
            k += 1
            while k < hi and toks[k].lower in {"and", "&", ","}:
                k += 1
        return False

    def _comma_owner(self, title: Title, hi: int) -> None:
        """"X, Director, National Museum, said": a capitalised title set off by commas and
        followed by a body's or site's name alone (a caption's or signature's style) is that
        body's office."""
        toks = self.toks
        j = title.title_end
        if not (j + 1 < hi and toks[j].text == "," and toks[title.head].is_cap
                and title.title_start > 0 and toks[title.title_start - 1].text == ","):
            return
        k = j + 1 + (toks[j + 1].lower == "the")
        kind = self.named(k)
        if kind not in OWNER_TYPES - {"State"} and kind not in {"Facility", "MilitaryBase"}:
            return
        e = k
        while e < hi and self.named(e) is not None and self._same_name(k, e):
            e += 1
        if e >= hi or toks[e].text in {",", ".", ";", ")"}:
            title.owner_after = list(range(k, e))
            title.end = e

    def _destination(self, title: Title, hi: int) -> None:
        """"Ambassador to Chile", "Special Envoy to A and the B": an envoy's "to" complement
        names where the holder is sent; it ends the phrase but neither is the office nor owns it."""
        toks = self.toks
        if toks[title.head].lemma not in self.w.accredited and toks[title.head].lower not in self.w.accredited:
            return
        k = title.end
        if k >= hi or toks[k].lower != "to":
            return
        k += 1
        names: list[int] = []
        while k < hi:
            if toks[k].lower in _DETERMINERS:
                k += 1
            elif self.named(k) in OWNER_TYPES or self.named(k) in {"Place", "Facility"}:
                names.append(k)
                k += 1
            elif names and toks[k].lower in {"and", ","} and k + 1 < hi and (
                    self.named(k + 1) is not None or toks[k + 1].lower in _DETERMINERS):
                k += 1
            else:
                break
        while k > title.end and self.named(k - 1) is None:
            k -= 1  # no trailing "and the"
        if names:
            title.toward = names
            title.end = k
            title.generic = False  # an envoy sent to a state is a state's envoy

    def _left(self, title: Title, lo: int) -> None:
        """The words before the title: its owner, a possessive pronoun, "former", "the"."""
        toks, w = self.toks, self.w
        j = title.title_start - 1
        # "then-President", "ex-minister", "President-elect"
        for i in (j, j - 1):
            if i >= lo and toks[i].lower in w.former and (i == j or toks[j].text == "-"):
                title.former = True
        if j >= lo and toks[j].lower in {"late"} and j - 1 >= lo and toks[j - 1].lower == "the":
            title.former = True
        if any(toks[i].lower in w.incoming for i in range(title.title_start, title.title_end)):
            title.planned = True
        skipped = 0
        while j >= lo:
            t = toks[j]
            kind = self.named(j)
            if kind is not None and kind != "Person":
                if title.owner_before:
                    break  # the name nearest the title owns it: "Polish Sejm Speaker"
                first = j
                while first - 1 >= lo and self.named(first - 1) is not None and self._same_name(first - 1, j):
                    first -= 1
                title.owner_before = list(range(first, j + 1))
                j = first - 1
                title.start = first
                continue  # "the then US Treasury Secretary", "Russia's former president"
            if kind == "Person":
                break
            if title.owner_before and t.lower in _PRONOUNS and title.counterpart:
                title.pronoun = j  # "her Peruvian counterpart": whose counterpart, and the phrase's start
                title.start = j
                break
            if title.owner_before and t.lower not in _DETERMINERS | w.former | w.incoming | {"-", "late"} \
                    and not (t.pos == "ADJ" and t.lower == t.text):
                break
            if t.lower in _POSSESSIVE:
                if j - 1 >= lo and self.named(j - 1) is not None:  # (a person's: "President X's aide", X's officer)
                    title.principal, j = (j - 1 if self.named(j - 1) == "Person" else None), j - 1
                    continue  # the owner before the "'s"
                if not title.owner_before and j - 2 >= lo and toks[j - 2].lower == "the" and toks[j - 1].pos == "NOUN":
                    title.described = j - 1  # "the country's foreign minister": whose, the text says before
                    title.start = j - 2
                break
            if t.lower in _PRONOUNS:
                title.pronoun = j
                title.start = j
                break
            if t.lower in _DETERMINERS:
                title.start = j
                break
            if t.lower in w.former or t.text == "-" or (t.lower == "late" and title.former):
                title.former = title.former or t.lower in w.former
                j -= 1
                continue
            if t.lower in w.incoming:
                title.planned = True
                j -= 1
                continue
            if t.text in ADDRESS_MARKS:  # "HE Minister X": a form of address, no owner's acronym
                break
            if not title.owner_before and not title.owner_words and _acronym(t) and j == title.title_start - 1:
                title.owner_words = [j]  # "ABC Director": an organisation no entity stands for
                title.start = j
                j -= 1
                continue
            if (t.pos in {"ADJ", "ADV"} or t.tag == "VBN") and skipped < 3 and t.lower == t.text:
                if t.tag in {"JJS", "RBS"} or t.lower in {"first", "last", "only", "second", "third"}:
                    title.descriptive = True  # "the first Israeli minister to visit"
                skipped += 1  # "the newly appointed", "its new", "its first democratically-elected"
                j -= 1
                continue
            break

    def _same_name(self, i: int, j: int) -> bool:
        """Are tokens i and j inside one name (the reader's ``named`` gives its span)?"""
        return (span := getattr(self.named, "span", None)) is not None and span(i) == span(j)


def _acronym(t: Token) -> bool:
    """An acronym: two to six capitals ("ABC", "U.N." is a name the gazetteer knows)."""
    return 2 <= len(t.text) <= 6 and t.text.isalpha() and t.text.isupper() and t.pos in {"PROPN", "NOUN"}


def find_titles(words: TitleWords, toks: Sequence[Token], lo: int, hi: int, named, head_type=None) -> list[Title]:
    """The titles in tokens lo..hi; see :class:`TitleReader` (``head_type`` gives the entity type
    a phrase's head noun makes it, e.g. the lexicon's)."""
    return TitleReader(words, toks, named, head_type).titles(lo, hi)
