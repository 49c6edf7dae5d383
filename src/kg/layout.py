"""The shape of a page's lines: a headline or a lede, and page furniture that is not the story.

One module for what both ingest (is the first line a title?) and extraction (is the first
sentence a headline, which lines are the story?) ask, so the two never disagree.

* A **headline** is short, rarely ends with a full stop, and often capitalises most of its words;
  a **lede** is a full sentence: it ends with sentence punctuation, is long (more than 12 words),
  is not in Title Case and has a finite verb. Only closed-class words (auxiliaries, modals,
  common irregular past forms) and English morphology are used, never words taken from an article.
* A **furniture** line is a line repeated verbatim (a caption or headline printed twice) or a
  short widget line ("Advertisement", "Read more about:", "Follow us on ...", "For Daily
  Alerts"). Bylines, credits and captions are kept: they name the people and agencies behind the
  story, which a reader records too.

    >>> is_lede("Chile and Peru Sign Andean Water Compact")
    False
    >>> is_lede("Chile and Peru signed the Andean Water Compact in Lima on Monday, ending a decade of talks.")
    True
    >>> is_lede("LIMA, May 8 (Reuters) - Chile and Peru signed a water pact on Monday after years of talks.")
    True
    >>> is_lede("Peru ratifies water pact.")   # a headline with a full stop: too short for a lede
    False
    >>> [is_furniture(line) for line in ["Advertisement", "Follow us on Facebook", "By Jane Doe", "Chile signed it."]]
    [True, True, False, False]
    >>> [is_furniture(line) for line in ["3 MIN READ", "Reading time: 4 minutes", "He read it in 3 minutes."]]
    [True, True, False]
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


_WIDGET = re.compile(r"\b(?:advertisement|share (?:this|on)|follow us|subscribe|read more|related|"
                     r"license photo|sign up|newsletter|allow notifications|for (?:quick|daily) alerts|"
                     r"\d+\s*(?:min|mins|minutes?)\.? read|reading time)\b", re.IGNORECASE)


def is_headline(first_line: str) -> bool:
    """Is this first line a headline (rather than the story's first sentence)?"""
    return bool(first_line.strip()) and not is_lede(first_line)


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
    words = _WORD.findall(text)
    if words and sum(w.lower() in _SHARING for w in words) >= max(3, 0.6 * len(words)):
        return True  # "Share | Tweet | Email | WhatsApp | Print": the sharing buttons
    return len(words) <= 8 and bool(_WIDGET.search(text))  # (the count first: most lines are longer)


#: the words of a page's sharing buttons
_SHARING = frozenset({"share", "this", "article", "tweet", "email", "e-mail", "print", "facebook", "twitter", "x",
                      "whatsapp", "telegram", "linkedin", "reddit", "copy", "link", "on", "via", "save"})


def story_lines(paragraphs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The paragraphs that are the story: the first line (headline or lede) and every later line
    that is not furniture. A line a hard wrap broke off the one before is read with it (the line
    break as a space, so offsets stay the text's): "the Association of" / "Southeast Asian Nations"."""
    seen: set[str] = set()
    out: list[tuple[int, str]] = []
    for n, (offset, line) in enumerate(paragraphs):
        if n == 0:
            seen.add(" ".join(line.lower().split()))
            out.append((offset, line))
        elif not is_furniture(line, seen):
            if len(out) > 1 and _wrapped(out[-1], (offset, line)):
                prev_offset, prev = out[-1]
                out[-1] = (prev_offset, prev + " " * (offset - prev_offset - len(prev)) + line)
            else:
                out.append((offset, line))
    return out


_UNFINISHED = re.compile(r"[\w,]$")


def _wrapped(before: tuple[int, str], after: tuple[int, str]) -> bool:
    """Does ``after`` go on the sentence ``before`` left unfinished? Only across one line break, after
    a line of running text (eight words or more, no closing punctuation), into a line that does not
    open a new one (a dateline, a bullet)."""
    (offset, line), (next_offset, nxt) = before, after
    return (next_offset == offset + len(line) + 1 and bool(_UNFINISHED.search(line.rstrip()))
            and len(_WORD.findall(line)) >= 8 and nxt[:1].isalnum() and dateline(nxt) is None)


#: A dateline opening a story line: a place in capitals, optionally a date or an agency (the
#: group ``source``), then a dash ("ASTANA -", "KYIV, May 2 (Reuters) —", "HARGEISA (KAAB TV) –", "Muscat, Mar 25:"),
#: or the agency between slashes (group ``slashed``: "MOSCOW, May 2. /Agency/."); the day may come
#: first, "4 May, Lima:", "May 4, Lima -".
DATELINE = re.compile(r"^\s*(?:(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),\s*)?(?P<place>[A-Z][A-Z .'’/-]{2,40}?|[A-Z][a-z]+)(?:,[^—–\n]{0,40}?)?(?:\s*\((?P<source>[^)\n]{1,40})\))?"
                      r"\s*(?:[—–]|--|-(?=\s|$)|:(?=\s|$)|\.\s*/(?P<slashed>[A-Za-z][^/\n]{1,20})/\.?)\s*")


#: A live report's headline ("LIVE: Leaders meet in X", "Live | Summit in X"): the place it names after
#: "in" is where the report is filed from as its events happen.
LIVE_HEADLINE = re.compile(r"^\s*LIVE\b\s*[:|\u2013\u2014-]", re.IGNORECASE)


#: A byline closed by the place the story is filed from: "By our Parliamentary Correspondent, ACCRA",
#: "By a Staff Writer, Nairobi"; or naming it as its writer's post: "By our Lima bureau", "By our Lima
#: correspondent". (The caller keeps the place only where a place is found there.)
BYLINE_PLACE = re.compile(r"By [^,\n]{2,60},\s*(?P<place>[A-Z][A-Za-z .'’-]{2,40}?)\s*$"
                          r"|By (?:our|the|a) (?P<post>[A-Z][^\W\d_]*(?: [A-Z][^\W\d_]*){0,2})"
                          r" (?i:newsroom|bureau|correspondent|desk|office)\s*$")


def dateline(line: str) -> re.Match[str] | None:
    """The dateline opening ``line``, if any: a place in capitals, or any place with a date or a
    colon after it ("Tokyo, May 2 (Jiji) --").

    >>> dateline("SYDNEY (Wirecast) - Talks began.").group("place", "source")
    ('SYDNEY', 'Wirecast')
    >>> dateline("SYDNEY, May 2. /Wirecast/. Talks began.").group("place", "slashed")
    ('SYDNEY', 'Wirecast')
    >>> dateline("Buenos Aires, Jan 22 (Wirecast) Talks began.").group("place", "source")
    ('Buenos Aires', 'Wirecast')
    >>> dateline("4 May, Lima: Talks began.").group("place")
    'Lima'
    """
    m = DATELINE.match(line)
    if not m or not (m.group("place").isupper() or ":" in m.group(0) or "," in m.group(0)):
        return DATED_SOURCE.match(line)
    return m


#: A dateline closed by its agency's name alone, the story running on: "Buenos Aires, Jan 22 (Prensa
#: Latina) Brazil's president ..." (a place of up to three words, a day, the agency in parentheses).
DATED_SOURCE = re.compile(r"^\s*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[A-Z][A-Z .'’-]{2,40}?),\s*"
                          r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\s*\((?P<source>[^)\n]{1,40})\)(?P<slashed>(?!))?\s+(?=[A-Z])")


#: A weekday's name, as datelines and day headings write it in full.
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

#: A dateline standing as a line of its own, a place and a full date and nothing after but the
#: service it came from: "Quito, 3 May 2024", "SANTIAGO, May 3, 2024", "Lima, Friday 3 May 2024
#: (from our Spanish service)" (press releases and state media file so). The place is its capitalised
#: words alone: "A and B, 3 May 2024" is issued from two places, no scene.
DATED_LINE = re.compile(r"^\s*(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}),\s*"
                        r"(?:" + WEEKDAY + r",?\s+)?"
                        r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"
                        r"\.?\s*(?:\((?P<source>[^)\n]{1,60})\))?\s*$")


#: A page's date stamp opening its text, as crawlers and search tools print it ("date 2024-03-12");
#: the page's date where the article came without one (it stays in the first sentence: the news it
#: opens is of that day).
DATE_STAMP = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b\s*")


def split_dateline(offset: int, line: str) -> list[tuple[int, str]]:
    """A story line with its dateline cut off as a line of its own, offsets kept: the parser
    would take "HARGEISA (KAAB TV) – X signed ..." for a sentence whose subject is Hargeisa.

    >>> split_dateline(10, "HARGEISA (KAAB TV) – Somaliland's president signed it.")
    [(10, 'HARGEISA (KAAB TV) –'), (31, "Somaliland's president signed it.")]
    >>> split_dateline(0, "Chile and Peru signed it.")
    [(0, 'Chile and Peru signed it.')]

    """
    m = dateline(line)
    if not m or m.end() >= len(line):
        return split_long(offset, line)
    head = line[:m.end()].rstrip()
    return [(offset, head), *split_long(offset + m.end(), line[m.end():])]


#: Longest piece of a line the parser is given: spaCy refuses a text of a million characters
#: (E088), and a paragraph that long is no paragraph a reporter wrote.
MAX_PIECE = 100_000
_PIECE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\s+")


def split_long(offset: int, line: str, limit: int = MAX_PIECE) -> list[tuple[int, str]]:
    """``line`` in pieces of at most ``limit`` characters, offsets kept: cut after the last
    sentence end before the limit, else the last space, else at the limit.

    >>> split_long(5, "One. Two. Three.", limit=10)
    [(5, 'One. Two. '), (15, 'Three.')]
    """
    pieces = []
    while len(line) > limit:
        sentence = space = 0
        for m in _PIECE_END.finditer(line, 0, limit):
            if m.group()[0].isspace():
                space = m.end()
            else:
                sentence = m.end()
        cut = sentence or space or limit
        pieces.append((offset, line[:cut]))
        offset, line = offset + cut, line[cut:]
    pieces.append((offset, line))
    return pieces


def has_headline(text: str) -> bool:
    """Does the article's text open with a headline line?"""
    first = next((line for line in text.split("\n") if line.strip()), "")
    return "\n" in text.strip() and is_headline(first)
