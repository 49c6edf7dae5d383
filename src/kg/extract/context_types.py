"""The type a name takes from its context: "the pact, known as X", "the X pact", "Iran joined
BRICS", "a summit of the X", "countries including X"; never a date's ("the October 18 summit")."""
from __future__ import annotations

import functools
import re

from kg.extract.document_heads import UNNAMING_HEADS
from kg.extract.lexicon import Lexicon

_NAMED_AS = re.compile(r"\b(known as|called|dubbed|named|titled|formally|officially)\s+(the\s+)?$", re.IGNORECASE)


#: "<kind noun(s)>, including / such as / notably" right before a name (or before the names listed
#: ahead of it in the same list).
_LISTED_KIND = re.compile(r"\b(?P<kind>[a-z]+(?: [a-z]+)?),? (?:including|such as|notably|among them)"
                          r"(?: (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:,| and))*\s+(?:the\s+)?$")


def listed_kind(text: str, start: int, lexicon: Lexicon) -> str | None:
    """"air bases, including X and Y", "summits such as X": the type of the kind the list is of."""
    if not _last_word(text[max(0, start - 80):start]).endswith(_LISTED_ENDS):
        return None  # (the pattern's last word is none of these: not worth a search)
    kind = _LISTED_KIND.search(text, max(0, start - 80), start)
    if kind is None:
        return None
    words = kind.group("kind")
    etype = lexicon.head_type(words) or lexicon.head_type(words[:-1]) if words.endswith("s") else lexicon.head_type(words)
    return etype if etype in {"MilitaryBase", "Facility", "Agreement", "Summit", "InternationalOrganization",
                              "Legislature"} else None


#: A day or month written as a capitalised phrase ("October 18", "18 Oct.", "Monday"): a date names nothing.
_A_DATE = re.compile(r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                     r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
                     re.IGNORECASE)
#: The last word of each cue before a name (what :class:`_Last` tests before a search): "known as
#: [the]", "members of the", "joined [the]", "bases, including [A, B and]", "his wife[,]".
_NAMED_AS_ENDS = ("as", "called", "dubbed", "named", "titled", "formally", "officially", "the")
_JOINED_ENDS = ("joined", "join", "joins", "joining", "to", "of", "in", "the")
_LISTED_ENDS = ("including", "as", "notably", "them", ",", "and", "the")
_KIN_ENDS = ("wife", "husband", "spouse", "widow", "widower", "daughter", "son", "-in-law", "brother", "sister",
             "mother", "father", "grandson", "granddaughter", "nephew", "niece", "cousin", "fiance", "fiancé",
             "fiancee", "fiancée", "lady", "gentleman")


def _last_word(before: str) -> str:
    """The word before the spacing that ends ``before`` ("" when no spacing ends it): each cue
    pattern searched before a name ends with a word and ``\\s+$``, so a search is worth making only
    where this word can end the pattern (name after name is asked: most are not)."""
    stripped = before.rstrip()
    if len(stripped) == len(before) or not stripped:
        return ""
    return stripped.rsplit(None, 1)[-1]


class _Last:
    """:func:`_last_word` of a text, and whether a case-insensitive pattern's last word may be it."""

    __slots__ = ("word",)

    def __init__(self, before: str) -> None:
        self.word = _last_word(before)

    def ends(self, words: tuple[str, ...]) -> bool:
        """May a case-insensitive pattern whose last word ends with one of ``words`` end here? (A word
        outside ASCII is left to the pattern: under IGNORECASE "ſ" is an "s".)"""
        word = self.word
        return bool(word) and (not word.isascii() or word.lower().endswith(words))


# context_type's cues, compiled once: it is asked of every name found
_GROUPING_AFTER = re.compile(r"\s+(?:brings together|groups|grouping|comprises|is made up of|consists of|has \w+ members)\b")
_GROUPING_BEFORE = re.compile(r"\b(?:summit|summits|members?|membership|member states|secretariat|chair(?:manship)?) of the\s+$")
_JOINED_BEFORE = re.compile(r"\b(?:joined|join|joins|joining|accession to|admitted to|membership (?:of|in))\s+(?:the\s+)?$")
_WORD_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?([a-z][a-z-]+)")
_NOUN_AFTER = re.compile(r" ([a-z]+)\b")


def context_type(text: str, start: int, end: int, lexicon: Lexicon) -> str | None:
    """The type a name takes from its context: "the pact, known as X" or "the X pact"."""
    if _A_DATE.fullmatch(text, start, end):
        return None  # "the October 18 summit": when, not whose
    if kin_before(text, start):
        return "Person"  # "his daughter X": a kinsman's name the tagger did not know
    before = text[max(0, start - 90):start]
    last = _Last(before)  # each cue before the name ends with a word and spacing: its word tried first
    if last.ends(_NAMED_AS_ENDS) and _NAMED_AS.search(before):
        clause = re.split(r"[.;]", before)[-1]
        for word in reversed(re.findall(r"[A-Za-z-]+", clause)):
            etype = lexicon.head_type(word)
            if etype:
                return etype
    # "the X brings together A, B and C", "a summit of the X", "members of the X": a grouping
    if _GROUPING_AFTER.match(text[end:end + 30]):
        return "InternationalOrganization"
    if last.word == "the" and _GROUPING_BEFORE.search(before):
        return "InternationalOrganization"
    if last.word.endswith(_JOINED_ENDS) and _JOINED_BEFORE.search(before) \
            and not lexicon.title_spans(text[start:end]):  # "will join US President X in Y": a person joined
        return "InternationalOrganization"  # "Iran joined BRICS"
    etype = listed_kind(text, start, lexicon)
    if etype is not None and not lexicon.title_spans(text[start:end]):  # "among them UN Secretary-General X"
        return etype
    if _called_a_place(text[max(0, start - 60):start], text[end:end + 60], lexicon) \
            or last.ends(("in",)) and _HELD_IN.search(before):
        return "Place"  # (or where a gathering is held: "a summit in X", "the meeting held in Y")
    if _GROUP_AFTER.match(text, end):
        return "InternationalOrganization"  # "the BRICS summit", "SCO member states", "G7 countries"
    after = _WORD_AFTER.match(text[end:end + 40])
    if after and after.group(1) not in UNNAMING_HEADS:  # "a Defence Ministry statement": no agreement's name
        etype = lexicon.head_type(after.group(1))
        if etype in {"Agreement", "Summit", "InternationalOrganization"}:
            return etype
    if called_a_place_after(text, end, lexicon):
        return "Place"
    return None


#: A noun of kin or household right before a name: "his wife X", "her son-in-law, X", "the First Lady, X".
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|the|whose|a)\s+(?:(?:elder|eldest|younger|youngest|late|former)\s+)?"
                         r"(?:wife|husband|spouse|widow|widower|daughter|son|sons?-in-law|daughters?-in-law|"
                         r"brother|sister|mother|father|grandson|granddaughter|nephew|niece|cousin|"
                         r"fianc[ée]e?|first lady|first gentleman),?\s+$", re.IGNORECASE)


#: A gathering's place right before a name: "a summit in X", "the meeting held in Y".
_HELD_IN = re.compile(r"\b(?:summits?|meetings?|gatherings?|conferences?)\s+(?:(?:held|hosted|staged)\s+)?in\s+$",
                      re.IGNORECASE)


def kin_before(text: str, start: int) -> bool:
    """"his daughter X", "the First Lady, X": the name after a noun of kin is a person's."""
    last = _Last(text[max(0, start - 40):start])
    if not last.word or last.word.isascii() and not last.word.lower().rstrip(",").endswith(_KIN_ENDS):
        return False  # (no noun of kin right before: not worth a search)
    return _KIN_BEFORE.search(text, max(0, start - 40), start) is not None


def called_a_place_after(text: str, end: int, lexicon: Lexicon) -> bool:
    """"X island", "X province", "the X region": a name a settlement or area noun follows."""
    noun = _NOUN_AFTER.match(text[end:end + 20])
    return noun is not None and noun.group(1) in lexicon.place_nouns and noun.group(1) not in {"capital", "port"}


# Nouns after a name that make it a grouping of states: its summits, its member states.
_GROUP_AFTER = re.compile(r"\s+(?:summits?|member[- ](?:states?|countries|nations)|countries|nations|"
                          r"foreign ministers|heads of state|bloc|grouping)\b")


#: "summit" after a name: a place's name before it names the region the summit is of.
SUMMIT_AFTER = re.compile(r"\s+summits?\b")


def of_a_region(name: str, lexicon: Lexicon) -> bool:
    """"Southeast Asian", "West African", "Pacific": a region's name or adjective ("the Pacific
    summit", "Southeast Asian leaders"), never a grouping's name."""
    low = name.lower()
    return low in lexicon.regions and low not in lexicon.region_groupings or any(
        low != r and low.startswith(r) and len(low) - len(r) <= 2 and low.endswith("n") for r in lexicon.regions)


def _called_a_place(before: str, after: str, lexicon: Lexicon) -> bool:
    """"X, a coastal town", "the port city of X": a name the text calls a settlement or area."""
    if not lexicon.place_nouns:
        return False
    place_of, place_after = _place_patterns(lexicon.place_nouns)
    return bool(_Last(before).ends(("of",)) and place_of.search(before) or place_after.match(after))


@functools.lru_cache(maxsize=4)
def _place_patterns(place_nouns: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"the port city of X" and ", a coastal town": compiled once (re's own cache, full of
    per-name patterns, would compile them again and again)."""
    nouns = "|".join(re.escape(n) for n in sorted(place_nouns, key=len, reverse=True))
    # the noun must head its phrase: "an island nation" is a state, "a city council" a body
    head = rf"(?:{nouns})(?![\w-]|\s+(?:nation|state|country|council|government|authorit|official|police)\w*)"
    return (re.compile(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?{head}\s+of\s+$", re.IGNORECASE),
            re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{head}", re.IGNORECASE))
