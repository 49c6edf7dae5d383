"""The words of the title grammar (``office_titles`` in ``data/lexicon.yaml``): office nouns,
modifiers, portfolios, words before and after a title; how an office is labelled, and a surface
pattern for titles in plain text. :mod:`kg.extract.titles` reads titles with them.

    >>> words = TitleWords.from_data({"heads": ["minister"], "modifiers": ["defense"],
    ...                               "spellings": {"defense": "defence"}})
    >>> words.label(["DEFENSE", "minister"]), words.label(["vice", "-", "president"])
    ('Defence Minister', 'Vice President')
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kg.extract.alternation import alternation
from kg.text import label_key

_FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "on", "to", "in", "&"})


def _words(phrase: str) -> tuple[str, ...]:
    """A phrase as the tokens spaCy makes of it ("secretary-general" -> secretary, -, general)."""
    return tuple(w for w in re.split(r"\s+|(-)", phrase.lower().strip()) if w)


@dataclass(frozen=True)
class TitleWords:
    """The title grammar's words (``office_titles`` in the lexicon)."""

    heads: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    modifiers: frozenset[str]
    modifier_phrases: tuple[tuple[str, ...], ...]
    after: frozenset[str]
    portfolios: frozenset[str]
    generic: frozenset[str]
    organisational: frozenset[str]
    counterparts: frozenset[str]
    former: frozenset[str]
    incoming: frozenset[str]
    grades: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    tenure: frozenset[str] = frozenset()
    legislative: frozenset[str] = frozenset()
    local: frozenset[str] = frozenset()
    seats: Mapping[str, str] = field(default_factory=dict)
    chambers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    former_after: tuple[tuple[str, ...], ...] = ()
    accredited: frozenset[str] = frozenset()
    hyphenated: tuple[str, ...] = ()
    expansions: Mapping[str, str] = field(default_factory=dict)
    spellings: Mapping[str, str] = field(default_factory=dict)
    portfolio_heads: frozenset[str] = frozenset()

    def splits(self, prev, nxt) -> bool:
        """Does the office noun ``nxt`` after the office noun ``prev`` begin an office of its own:
        one person's office after a group's plural ("G7 Leaders Prime Minister X"), any office
        after a counterpart ("her counterpart FM X")?"""
        if prev.lower in self.counterparts:
            return True
        group = self.singular(prev) is not None or prev.tag in {"NNS", "NNPS"} and prev.lemma.lower() in self.heads
        return group and nxt.is_cap and nxt.tag not in {"NNS", "NNPS"}  # (not "Foreign Affairs Minister")

    def joins(self, before, first, head) -> bool:
        """Is ``before`` a portfolio joined by "and" to ``first``, the first word of a singular
        office noun's title ("Trade and Industry Minister")? Written in the same case: a lower-case
        noun before a capitalised title is the sentence's ("discussed security and Defence Minister X")."""
        return head.tag not in {"NNS", "NNPS"} and before.lower in (self.modifiers | self.portfolios) - self.heads - {"state"} \
            and before.is_cap == first.is_cap

    @functools.cached_property
    def phrases_from(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The office-noun phrases by their first word, longest first."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for p in self.phrases:
            out.setdefault(p[0], []).append(p)
        return {k: tuple(v) for k, v in out.items()}

    @functools.cached_property
    def head_starts(self) -> frozenset[str]:
        """Every lower-case word an office noun or phrase can begin with (a head, a phrase's first
        word, a counterpart, a head's plural that ``singular`` reads): a word neither among these
        nor with a head for its lemma opens no office noun."""
        return frozenset([*self.heads, *self.phrases_from, *self.counterparts, *(h + "s" for h in self.heads)])

    @classmethod
    def from_data(cls, raw: Mapping) -> TitleWords:
        heads = [_words(h) for h in raw.get("heads", ())] + [_words(a) for a in raw.get("expansions", {})]
        mods = [_words(m) for m in raw.get("modifiers", ())]
        return cls(
            heads=frozenset(h[0] for h in heads if len(h) == 1),
            phrases=tuple(sorted((h for h in heads if len(h) > 1), key=len, reverse=True)),
            modifiers=frozenset(m[0] for m in mods if len(m) == 1),
            modifier_phrases=tuple(m for m in mods if len(m) > 1),
            after=frozenset(w.lower() for w in raw.get("after", ())),
            portfolios=frozenset(w.lower() for w in raw.get("portfolios", ())),
            generic=frozenset(label_key(w) for w in raw.get("generic", ())),
            organisational=frozenset(label_key(w) for w in raw.get("organisational", ())),
            counterparts=frozenset(w.lower() for w in raw.get("counterparts", ())),
            former=frozenset(w.lower() for w in raw.get("former", ())),
            incoming=frozenset(w.lower() for w in raw.get("incoming", ())),
            grades=frozenset(w.lower() for w in raw.get("grades", ())),
            honorifics=frozenset(w.lower() for w in raw.get("honorifics", ())),
            tenure=frozenset(w.lower() for w in raw.get("tenure", ())),
            legislative=frozenset(label_key(w) for w in raw.get("legislative", ())),
            local=frozenset(label_key(w) for w in raw.get("local", ())),
            seats={k.lower(): v for k, v in (raw.get("seats") or {}).items()},
            chambers={k: tuple(w.casefold() for w in v) for k, v in (raw.get("chambers") or {}).items()},
            former_after=tuple(_words(w) for w in raw.get("former_after", ())),
            accredited=frozenset(w.lower() for w in raw.get("accredited", ())),
            hyphenated=tuple("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in raw.get("hyphenated", ())),
            expansions={k.lower(): v for k, v in (raw.get("expansions") or {}).items()},
            spellings={k.lower(): v for k, v in (raw.get("spellings") or {}).items()},
            portfolio_heads=frozenset(w.lower() for w in raw.get("portfolio_heads", ())),
        )

    # -- words ------------------------------------------------------------------------------------
    def label(self, words: Sequence[str]) -> str:
        """The office's name: the text's words, abbreviations written out, British spelling,
        each word capitalised but the small ones ("Minister of State for Trade")."""
        out: list[str] = []
        if "to" in (w.lower() for w in words[1:]):  # "Ambassador to Chile": where the holder is sent
            words = words[:[w.lower() for w in words].index("to", 1)]
        lows = [w.lower() for w in words]
        for phrase, written in self.expansions.items():  # "top diplomat": the office the idiom names
            n = len(phrase.split())
            if n > 1 and " ".join(lows[-n:]) == phrase:
                words = [*words[:-n], *written.split()]
        for w in words:
            low = w.lower()
            if low in self.expansions:
                out += [x.capitalize() for x in self.expansions[low].split()]
                continue
            low = self.spellings.get(low, low)
            if low == "-":
                continue  # hyphens are the data's to set: "Vice-President" is "Vice President"
            if low in _FUNCTION_WORDS and out:
                word = low
            elif w.isupper() and 1 < len(w) <= 3 and w.isalpha():
                word = w  # "MP"
            else:
                word = low[:1].upper() + low[1:]
            out.append(word)
        label = " ".join(out).replace(" , ", ", ")  # "for Foreign, Commonwealth and ... Affairs"
        for spaced, joined in self._spaced:  # "Secretary General" is written "Secretary-General"
            label = spaced.sub(joined, label)
        return label

    @functools.cached_property
    def _spaced(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        """Each hyphenated title word as written with a space, compiled once (every label asks)."""
        return tuple((re.compile(rf"\b{re.escape(joined.replace('-', ' '))}\b", re.IGNORECASE), joined)
                     for joined in self.hyphenated)

    def singular(self, t) -> str | None:
        """"Ministers" tagged a proper noun ("Prime Ministers X and Y"): the office noun a
        capitalised word is the plural of, else None."""
        if t.lemma in self.heads or not t.is_cap or not t.lower.endswith("s") or t.lower in self.heads:
            return None
        return t.text[:-1] if t.lower[:-1] in self.heads else None

    def openers(self) -> frozenset[str]:
        """Every word a match of :meth:`pattern` can begin with (a modifier, an office noun or
        phrase, an envoy's noun): the title scan tries the pattern only where one begins."""
        phrases = [p[0] for p in (*self.phrases, *self.modifier_phrases)]
        return frozenset([*self.modifiers, *self.heads, *self.counterparts, *self.accredited, *phrases])

    def pattern(self) -> re.Pattern[str]:
        """A surface regex for titles in plain text (the name layer reads titles before names
        without a parse): modifiers and office nouns ending in an office noun. Whatever it may
        begin with, :meth:`openers` lists."""
        def alt(items, grouped: bool = True) -> str:
            forms = sorted({re.escape(" ".join(i)).replace(r"\ \-\ ", r"[\s-]?").replace(r"\ ", r"[\s-]+")
                            for i in items}, key=len, reverse=True)
            # grouped by first letter: the same matches, tried several times faster (case-insensitive only)
            return alternation(forms) if grouped else "|".join(forms)

        heads = alt([(h,) for h in self.heads | self.counterparts] + list(self.phrases))
        mods = alt([(m,) for m in self.modifiers | self.heads] + list(self.modifier_phrases))
        after = alt([(a,) for a in self.after])
        # "Secretary of the Treasury", "Minister of Foreign Affairs and Trade": a portfolio after
        # "of"/"for" is a word of the title (an owner is not: "President of Chile" stops before it)
        folio = alt([(p,) for p in self.portfolios])
        folio_words = alt([(w,) for w in self.portfolios | self.modifiers])
        # portfolios listed, the last word a portfolio's: "for Foreign, Commonwealth and Development Affairs"
        # (a capitalised word may stand in the list: "of Immigration, Citizenship, and Multicultural Affairs")
        # An item of the list is capitalised words no list knows and then portfolio words ("Northern
        # Services", "Multicultural Affairs"), never an unknown word after a portfolio word: that is a
        # name ("Minister for Transport Ana Lopez and Health Minister X": the title ends at "Transport")
        known = rf"(?:{folio_words})(?![\w-])"
        unknown = rf"(?!{known})(?-i:[A-Z][a-z][\w-]*)"
        item = rf"(?:{unknown}\s+)*(?:{unknown}|{known})(?:\s+{known})*"
        sep = r"(?:,\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)"
        portfolio = rf"(?:{item}{sep})*(?:{unknown}\s+)*(?:{known}\s+)*(?:{folio})"
        complement = rf"(?:\s+(?:of|for)\s+(?:the\s+)?{portfolio})?"
        # "the ambassador to Chile and Peru, X": an envoy's destination, set off by a comma from a name
        # (a title in lower case, as appositions write it: "Envoy to Chile Ana Sobral" is one name run)
        envoys = alt([(h,) for h in self.accredited], grouped=False)  # read case-sensitively
        name = r"(?:the\s+)?(?-i:[A-Z][\w.'\u2019-]*)(?:\s+(?-i:[A-Z][\w.'\u2019-]*))?"
        sent = rf"(?:(?:{mods})[\s-]+)*(?-i:{envoys})\s+to\s+{name}(?:\s+and\s+{name})*(?=,)"
        # "Prime Ministers X of A and Y of B": a plural office noun opens a list of names
        return re.compile(rf"(?<![\w-])(?:{sent}|(?:(?:{mods})[\s-]+)*(?:{heads})(?-i:s)?(?:[\s-](?:{after}))?{complement}"
                          rf"(?![\w-]))", re.IGNORECASE)

