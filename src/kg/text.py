"""Text compared up to how it is written: every normalisation kg compares names with, and why each.

Each key answers its own question, so each keeps or drops different things; they share one idea
of a dash (:data:`DASHES`), of an apostrophe (:data:`APOSTROPHES`) and of folding (:func:`fold`).

* :func:`surface_key` — a surface form as written, up to case, spacing, dash and apostrophe
  variants (hyphens, dots, accents and "the" kept). Extraction matches token spans against the
  gazetteer's forms with it, and it is *compositional*: a span's key is its tokens' keys joined by
  the tokens' own spacing, so the gazetteer is matched token by token (spaCy's PhraseMatcher over
  the tokens' keys).
* :func:`label_key` — FORMAT.md's comparison of labels: case, dash and apostrophe variants,
  spacing and a leading "the". Scoring compares labels with it, extraction the names that corefer
  within an article and the phrases of office titles.
* :func:`lookup_key` — the loosest: accents and punctuation go too ("The U.S." = "us"). The
  gazetteer is indexed by it, and linking compares names and contexts with it.
* :func:`spelling_key` — only case, spacing, dots and dashes: accents and letters count. Which
  of an item's aliases are mere spellings of its label ("russian" beside "Russian") and which are
  forms an article may write ("Türkiye" beside "Turkiye").
* :func:`normalise_name` — identity: one key for the ways articles write one name (accents and
  case folded, quotes and dashes unified, a leading "the" dropped, spelt-out ordinals as
  numbers: "Twelfth" = "12th"), so unlinked entities of two articles get one IRI.
* :func:`name_key` and :func:`compact_key` — search: identity's key in Latin letters from any
  script (anyascii), punctuation as word breaks; the compact one without spaces.
* :func:`slug` — ASCII words for ids and file names: accents transliterated ("Itaguaí" ->
  "itaguai").
* :func:`iri_slug` — the slug in minted IRIs: anything but ASCII letters and digits is a break.
  It differs from :func:`slug` only on letters without an ASCII base ("ø", "ł"), which it breaks
  on where :func:`slug` drops them; IRIs that earlier builds minted must not move, so it stays.

>>> surface_key("Guinea–Bissau"), label_key("The  Guinea–Bissau"), lookup_key("The U.S.")
('guinea-bissau', 'guinea bissau', 'us')
>>> normalise_name("Twelfth Nordic Summit"), slug("Itaguaí Naval Base"), iri_slug("Itaguaí")
('12th nordic summit', 'itaguai-naval-base', 'itagua')
"""
from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

#: The dash variants taken for a hyphen: hyphen, non-breaking hyphen, figure dash, en and em
#: dashes, horizontal bar, minus sign.
DASHES = "\u2010-\u2015\u2212"
#: Apostrophes and single quotes taken for ``'``.
APOSTROPHES = "\u2018\u2019\u201b\u2032"

_DASH = re.compile(f"[{DASHES}]")
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
_QUOTES = str.maketrans({**{c: "'" for c in APOSTROPHES}, "\u201c": '"', "\u201d": '"', "\u201e": '"',
                         "\u00ab": '"', "\u00bb": '"'})
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s]")
_LABEL_BREAKS = re.compile(f"[{DASHES}-]")
_SPELLING_BREAKS = re.compile(f"[.{DASHES}-]")
_SLUG_BREAKS = re.compile(r"[^a-z0-9]+")
#: Stray quotes and separators around a name (not "." — "Jr." — nor brackets — "(PFCA)").
_EDGE_PUNCT = "\",;: "
_POSSESSIVE = re.compile(r"['`\u2019]s\b")
_INNER_APOSTROPHE = re.compile(r"['`\u2019](?=\w)")

#: Spelt-out ordinals and their numbers ("Twelfth Nordic Summit" is the "12th").
ORDINALS = {
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
    "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th",
    "twelfth": "12th", "thirteenth": "13th", "fourteenth": "14th", "fifteenth": "15th",
    "sixteenth": "16th", "seventeenth": "17th", "eighteenth": "18th", "nineteenth": "19th",
    "twentieth": "20th",
}


#: Titles written before a person's name, which are no part of it: dropped when extraction tells
#: which person a name refers to, when identity keys and labels a person, and from search keys.
#: "Gen" and "Sen" without a full stop are left out: both are names too ("Gen Nakatani", "Hun Sen").
PERSON_TITLES = (
    "prime minister", "deputy prime minister", "foreign minister", "defence minister",
    "defense minister", "field marshal", "crown prince", "secretary of state", "secretary-general",
    "secretary general", "vice president", "president", "premier", "chancellor", "king", "queen",
    "prince", "princess", "sheikh", "emir", "general", "gen.", "admiral", "adm.", "adm", "senator",
    "sen.", "minister", "dr.", "dr", "professor", "prof.", "prof", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "dame",
)

def fold(text: str) -> str:
    """Case and accents folded ("Ísland" -> "island"); letters without an ASCII base stay ("ø").

    >>> fold("Côte d’Ivoire")
    'cote d’ivoire'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():
        return decomposed  # no accent to drop (ASCII has no combining marks)
    # only the runs outside ASCII are read a character at a time: a whole article folds in one pass
    return _NON_ASCII.sub(_without_marks, decomposed)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _without_marks(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 16)  # every word of every sentence is looked up by its key
def surface_key(text: str) -> str:
    """A surface as written, up to case, spacing, dash and apostrophe variants; compositional.

    >>> surface_key("Côte d’Ivoire") == surface_key("côte  d'ivoire")
    True
    """
    return _SPACES.sub(" ", _DASH.sub("-", _APOSTROPHE.sub("'", text))).strip().casefold()


@functools.lru_cache(maxsize=1 << 15)  # the same labels are compared again and again
def label_key(text: str) -> str:
    """A label as FORMAT.md compares it: case, hyphen and dash variants (as spaces), apostrophes,
    spacing and a leading "the" ignored.

    >>> label_key("The India–Russia  Summit") == label_key("india-russia summit")
    True
    """
    text = _APOSTROPHE.sub("'", _LABEL_BREAKS.sub(" ", text.casefold()))
    return " ".join(text.split()).removeprefix("the ")


def lookup_key(text: str) -> str:
    """A name as the gazetteer is looked up by: case, accents, dashes, punctuation and a leading
    "the" ignored.

    >>> lookup_key("The  U.S."), lookup_key("Côte d’Ivoire")
    ('us', 'cote divoire')
    """
    return _short_lookup_key(text) if len(text) <= 80 else _lookup_key(text)


def _lookup_key(text: str) -> str:
    text = _DASH.sub("-", fold(text)).replace("-", " ")
    return " ".join(_NON_WORD.sub("", text).split()).removeprefix("the ")


#: Names are looked up again and again (a country's forms for every place candidate): kept, when short.
_short_lookup_key = functools.lru_cache(maxsize=1 << 15)(_lookup_key)


def spelling_key(text: str) -> str:
    """A form up to case, spacing, dots and dashes; accents and letters count.

    >>> spelling_key("Türkiye") == spelling_key("Turkiye"), spelling_key("U.A.E") == spelling_key("u a e")
    (False, True)
    """
    return " ".join(_SPELLING_BREAKS.sub(" ", text.casefold()).split())


def tidy(text: str) -> str:
    """A name as displayed: Unicode-composed, straight quotes, ASCII hyphens, single spaces, no
    stray quotes or separators at its edges, no spaces around hyphens ("India - Russia")."""
    text = _DASH.sub("-", unicodedata.normalize("NFC", text).translate(_QUOTES))
    text = " ".join(text.split()).strip(_EDGE_PUNCT)
    return re.sub(r"\s*-\s*", "-", text)


def strip_the(text: str) -> str:
    """``text`` without a leading "the " (any case)."""
    return text[4:] if text[:4].casefold() == "the " else text


def normalise_name(text: str) -> str:
    """A name as a comparison key across articles: accents and case folded, no leading "the",
    one spelling.

    >>> normalise_name("the 12th Nordic Summit") == normalise_name("12th Nordic summit")
    True
    >>> normalise_name("Twelfth Nordic Summit")
    '12th nordic summit'
    >>> normalise_name("“Grand National Assembly of Türkiye”")
    'grand national assembly of turkiye'
    >>> normalise_name("India–Russia Annual Summit")
    'india-russia annual summit'
    """
    return " ".join(ORDINALS.get(word, word) for word in fold(strip_the(tidy(text))).split())


def name_key(text: str) -> str:
    """A search key: :func:`normalise_name` as lower-case ASCII words ("" for no letters), other
    scripts transliterated, punctuation as word breaks.

    >>> name_key("The National Assembly"), name_key("Национальное собрание")
    ('national assembly', 'natsionalnoe sobranie')
    >>> name_key("Sweden's accession"), name_key("Côte d'Ivoire")
    ('sweden accession', 'cote divoire')
    """
    folded = anyascii(normalise_name(text)).lower()
    # "Sweden's accession" and "accession of Sweden" share the word "sweden"; "O'Brien" is one word
    folded = _INNER_APOSTROPHE.sub("", _POSSESSIVE.sub("", folded))
    return " ".join(_SLUG_BREAKS.split(folded)).strip()


def compact_key(text: str) -> str:
    """:func:`name_key` without spaces, for names written as one word or with hyphens.

    >>> compact_key("EU–Andean") == compact_key("EU Andean")
    True
    """
    return name_key(text).replace(" ", "")


def slug(text: str) -> str:
    """ASCII words joined by ``-`` for ids and file names, accents transliterated ("" for none).

    >>> slug("Quipu Treaty Ratification (Dec 2025)")
    'quipu-treaty-ratification-dec-2025'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SLUG_BREAKS.sub("-", ascii_text.lower()).strip("-")


def iri_slug(text: str) -> str:
    """Case-folded, runs of anything but ASCII letters and digits as ``-`` ("x" for none)."""
    return _SLUG_BREAKS.sub("-", text.casefold()).strip("-") or "x"


#: Lower-case words a list of parties holds ("the Republic of X and the Y Federation").
_PARTY_WORDS = frozenset({"the", "of", "and", "de", "del", "du", "la"})


def title_without_parties(name: str) -> str | None:
    """The title of a document named with its parties after it ("Treaty of Amity between the
    Republic of X and Y" -> "Treaty of Amity"); None when the title is the bare noun
    ("Agreement between A and B") or more than names of parties follows.

    >>> title_without_parties("Treaty of Amity between the Republic of Zenda and Borduria")
    'Treaty of Amity'
    >>> title_without_parties("Agreement between Zenda and Borduria") is None
    True
    """
    if not name[:1].isupper():
        return None
    title, sep, parties = name.partition(" between ")
    words = parties.split()
    if not sep or len(title.split()) < 2 or " and " not in f" {parties} " \
            or not all(w[:1].isupper() or w in _PARTY_WORDS for w in words) or words[-1] in _PARTY_WORDS:
        return None
    return title



#: Letters one alphabet's sounds are written with in two ways in English (Cyrillic, Arabic,
#: Persian, Turkic): "Zhomart"/"Jomart", "Yevgeny"/"Evgeny", "Qasym"/"Kasym", "Aleksei"/"Alexei";
#: Turkish "ı", which has no accent to drop, is "i".
_SPELLINGS = {"dzh": "j", "zh": "j", "dj": "j", "kh": "h", "ye": "e", "yo": "o", "ou": "u", "ee": "i",
              "q": "k", "x": "ks", "y": "i", "ı": "i"}
_TRANSLITERATED = re.compile("|".join(sorted(_SPELLINGS, key=len, reverse=True)))
_DOUBLED = re.compile(r"(.)\1+")
#: Cyrillic's final "-ов"/"-ев" as German and Turkmen write it, "-ow"/"-ew" ("Berdimuhamedow" of
#: "Berdimuhamedov", "Meredow" of "Meredov"), in a word of seven letters or more: "Barlow" stays.
_FINAL_W = re.compile(r"(?<=\w{5})([oe])w$")
#: Arabic's article, written "al-", "el-", "Al " or not at all ("el-Rashidi", "al-Rashidi", "Rashidi").
_ARTICLES = frozenset({"al", "el"})
#: Words that join a compound name ("da Silva", "van der Berg", "bin Zayed") and name no one alone.
NAME_PARTICLES = frozenset({"of", "da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
                            "ter", "la", "le", "y", "e", "al", "el", "bin", "ibn", "bint", "ben", "abu"})
#: Particles before a father's name in a name ("Faisal bin Khalid"): what follows is not the person's own name.
DESCENT = frozenset({"bin", "ibn", "bint"})


@functools.lru_cache(maxsize=1 << 15)  # each word is folded once, however often it is compared
def spelling_fold(word: str) -> str:
    """A name's word (a :func:`lookup_key` word) up to how it was transliterated: the letters of
    :data:`_SPELLINGS`, then doubled letters once, so a final "-y", "-iy", "-yy" is one "i"; a long
    word's final "-ow"/"-ew" is "-ov"/"-ev". Vowels stay: "Ana" is not "Ann", "Marek" not "Mirek".

    >>> spelling_fold("zelenskyy") == spelling_fold("zelenskiy") == spelling_fold("zelensky")
    True
    >>> spelling_fold("berdimuhamedow") == spelling_fold("berdimuhamedov"), spelling_fold("barlow")
    (True, 'barlow')
    """
    folded = _DOUBLED.sub(r"\1", _TRANSLITERATED.sub(lambda m: _SPELLINGS[m.group(0)], word))
    return _FINAL_W.sub(r"\1v", folded)


@functools.lru_cache(maxsize=1 << 14)
def name_fold(name: str) -> str:
    """A person's name up to transliteration: :func:`lookup_key` (accents, hyphens), Arabic's
    article dropped before a word, each word :func:`spelling_fold`-ed.

    >>> name_fold("Omar Fattah al-Rashidi") == name_fold("Omar Fatah el-Rashidi"), name_fold("Park Min-jun")
    (True, 'park min jun')
    """
    words = lookup_key(name).split()
    words = [w for i, w in enumerate(words) if w not in _ARTICLES or i == len(words) - 1]
    return " ".join(spelling_fold(w) for w in words)
