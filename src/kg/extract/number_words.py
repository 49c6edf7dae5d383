"""Numbers and ranks written as words, one table each for every reader that counts or ranks."""
from __future__ import annotations

import re

#: A year written in figures, 1800-2099 ("the 2011 accord"), matched whole against a token.
YEAR = re.compile(r"(?:1[89]|20)\d\d")

#: Cardinal words to their number ("the ten countries", "a three-day visit").
COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "twelve": 12}

#: Cardinal words from eleven to nineteen ("fifteen years ago today").
TEEN_WORDS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
              "seventeen": 17, "eighteen": 18, "nineteen": 19}

#: Ordinal words to the rank they give ("its twelfth summit" 12).
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                 "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
                 "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
                 "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
                 "ninetieth": 90, "hundredth": 100}

#: Tens, alone or opening a compound ("twenty-five years", "twenty-sixth" 26, "fifty-fourth" 54).
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90}

_ORDINAL = re.compile(r"\b(?:(" + "|".join(TENS_WORDS) + r")\s*[-‐–]?\s*)?(" + "|".join(ORDINAL_WORDS) + r")\b",
                      re.IGNORECASE)


def ordinal_in(text: str) -> int | None:
    """The first rank written in words in text, a compound one whole: "the twenty-sixth summit" 26
    (not 6), "its fifth meeting" 5."""
    m = _ORDINAL.search(text)
    if not m:
        return None
    return TENS_WORDS.get((m.group(1) or "").lower(), 0) + ORDINAL_WORDS[m.group(2).lower()]


def ordinal_at(words: list[str], i: int) -> int | None:
    """The rank the word at i gives, with the tens before it when it closes a compound the
    tokenizer split ("fifty", "-", "fourth" at the last is 54)."""
    unit = ORDINAL_WORDS.get(words[i].lower())
    if unit is None:
        return None
    if unit < 10 and i >= 2 and words[i - 1] in {"-", "‐", "–"} and words[i - 2].lower() in TENS_WORDS:
        return TENS_WORDS[words[i - 2].lower()] + unit
    if unit < 10 and i >= 1 and words[i - 1].lower() in TENS_WORDS:
        return TENS_WORDS[words[i - 1].lower()] + unit
    return unit
