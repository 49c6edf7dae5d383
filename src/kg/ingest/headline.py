"""Is a text's first line its headline, or already the lede? Decided by the line's shape.

A headline is short, rarely ends with a full stop, and often capitalises most of its words. A
lede is a full sentence: it ends with sentence punctuation, is long (more than 12 words), is not
in Title Case and has a finite verb. The thresholds are those of the extractor's own reading of
a page's first line (``kg/extract/layout.py``), so the two agree; the finite verb only makes
ingest the more cautious. Only closed-class words (auxiliaries, modals, common irregular past
forms) and English morphology are used, never words taken from an article.

    >>> is_lede("Chile and Peru Sign Andean Water Compact")
    False
    >>> is_lede("Chile and Peru signed the Andean Water Compact in Lima on Monday, ending a decade of talks.")
    True
    >>> is_lede("LIMA, May 8 (Reuters) - Chile and Peru signed a water pact on Monday after years of talks.")
    True
    >>> is_lede("Peru ratifies water pact.")   # a headline with a full stop: too short for a lede
    False
"""
from __future__ import annotations

import re

#: Most words a headline has when it ends like a sentence; a lede has more.
MAX_HEADLINE_WORDS = 12
#: Share of the longer words (over 3 letters) capitalised above which a line is in Title Case.
TITLE_CASE_SHARE = 0.7

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# sentence punctuation, then closing quotes or brackets; not an ellipsis ("…", "...")
_SENTENCE_END = re.compile(r"(?<![.…])[.!?][\"'”’)\]]*\s*$")
# finite forms English marks without a suffix: auxiliaries, modals, copulas, irregular pasts
_FINITE = frozenset(["is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "does", "did", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said", "says", "told", "met", "took", "gave", "made", "held", "left", "came", "went", "won", "began", "sent", "led", "set", "put", "saw", "became", "brought", "kept", "found", "thought", "paid", "spoke", "wrote", "rose", "fell", "struck", "drew", "chose", "sought", "fought", "bought", "stood", "ran"])


def is_lede(line: str) -> bool:
    """True when ``line`` reads as a sentence of body text rather than a headline."""
    line = line.strip()
    if not _SENTENCE_END.search(line):
        return False
    words = _WORD.findall(line)
    if len(words) <= MAX_HEADLINE_WORDS:
        return False
    long_words = [w for w in words if len(w) > 3]
    if long_words and sum(w[0].isupper() for w in long_words) / len(long_words) > TITLE_CASE_SHARE:
        return False
    return any(_finite(w) for w in words[1:] if w[0].islower())


def _finite(word: str) -> bool:
    word = word.lower().rstrip(".")
    # regular past tense ("signed", "agreed"); "-eed" nouns ("need", "speed") are not verbs here
    past = word.endswith("ed") and (not word.endswith("eed") or word.endswith("reed"))
    return word in _FINITE or (len(word) > 4 and past)
