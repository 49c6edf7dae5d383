"""The shape of a page's lines: a headline or a lede, and page furniture that is not the article.

Text as a crawler returns it starts with a headline — or straight with the lede, the first
sentence of the story — and carries furniture around the story: bylines, photo captions and
credits, share and alert widgets, "Advertisement", a headline repeated. These are told by
shape, not by any site's wording:

* a **headline** is a short first line that does not end like a sentence (no final full stop),
  or one written in Title Case; a long first line ending with a full stop is a **lede**;
* a **furniture** line is a line repeated verbatim (a caption or headline printed twice) or a
  short widget line ("Advertisement", "Read more about:", "Follow us on ...", "For Daily
  Alerts"). Bylines, credits and captions are kept: they name the people and agencies behind the
  story, which a reader records too.

    >>> is_headline("Chile and Peru sign water pact")
    True
    >>> is_headline("Chile and Peru on Monday signed a water-sharing pact that ends a decade of disputes over the Lauca river.")
    False
    >>> [is_furniture(line) for line in ["Advertisement", "Follow us on Facebook", "By Jane Doe", "Chile signed it."]]
    [True, True, False, False]
"""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
_WIDGET = re.compile(r"\b(?:advertisement|share (?:this|on)|follow us|subscribe|read more|related|"
                     r"license photo|sign up|newsletter|allow notifications|for (?:quick|daily) alerts)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def is_headline(first_line: str) -> bool:
    """Is this first line a headline (rather than the story's first sentence)?"""
    words = _WORD.findall(first_line)
    if not words:
        return False
    long_words = [w for w in words if len(w) > 3]
    title_case = bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.7
    ends_like_sentence = bool(_SENTENCE_END.search(first_line))
    return title_case or not ends_like_sentence or len(words) <= 12


def is_furniture(line: str, seen: set[str] | None = None) -> bool:
    """Is this line page furniture rather than the story (``seen``: lines already read)?"""
    text = line.strip()
    if not text:
        return True
    if seen is not None:
        key = " ".join(text.lower().split())
        if key in seen:
            return True  # a caption or headline printed twice
        seen.add(key)
    # bylines, credits and agency names stay: they name the people and agencies behind the story
    return bool(_WIDGET.search(text)) and len(_WORD.findall(text)) <= 8


def story_lines(paragraphs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The paragraphs that are the story: the first line (headline or lede) and every later line
    that is not furniture."""
    seen: set[str] = set()
    out = []
    for n, (offset, line) in enumerate(paragraphs):
        if n == 0:
            seen.add(" ".join(line.lower().split()))
            out.append((offset, line))
        elif not is_furniture(line, seen):
            out.append((offset, line))
    return out


def has_headline(text: str) -> bool:
    """Does the article's text open with a headline line?"""
    first = next((line for line in text.split("\n") if line.strip()), "")
    return "\n" in text.strip() and is_headline(first)
