"""Summits named by their words before "summit" ("16th BRICS summit", "2025 NATO summit", "the
Tianjin summit", "the ECOWAS heads of state summit"), found by :func:`kg.extract.mentions.find_mentions`."""
from __future__ import annotations

import re

from kg.extract.dates import MONTH
from kg.extract.nlp import Token
from kg.extract.number_words import TENS_WORDS
from kg.extract.special_mentions import ORDINAL, is_headline
from kg.extract.summit_editions import relative_rank
from kg.layout import WEEKDAY
from kg.model import Document, Mention

_SUMMIT_MODIFIERS = {"annual", "emergency", "extraordinary", "ordinary", "special", "informal", "leaders'", "leaders’",
                     "bilateral", "trilateral", "virtual", "in-person", "biennial"}
_YEAR = re.compile(r"^(19|20)\d\d$")


#: Who meets at a summit, told between its name and "summit": "heads of state and government".
_WHO_MEETS = re.compile(r"^(?:heads? of (?:state|government)(?: and (?:state|government))?|\([A-Z][A-Z\d]{1,5}\))$")


def _who_meets(toks: list[Token], i: int) -> int:
    """How many tokens before toks[i] say who meets ("heads of state", "heads of state and
    government") or give the name's acronym ("(AU)", "(G7)"), when a name comes before them ("the
    Group of 7 (G7) summit"); else 0."""
    for n in (5, 3):
        if i - n > 0 and all(toks[j].sent == toks[i].sent for j in range(i - n - 1, i)):
            words = " ".join(toks[j].text for j in range(i - n, i)).replace("( ", "(").replace(" )", ")")
            before = toks[i - n - 1]
            if _WHO_MEETS.match(words) and (before.is_cap or before.text == ")" or before.text.isdigit()):
                return n
    return 0


def find_summits(doc: Document, toks: list[Token], known: list[Mention] | None = None) -> list[Mention]:
    """"<name words> summit": a year, ordinal, or capitalised word before "summit" names one
    ("16th BRICS summit", "2025 NATO summit", "India-Russia annual summit", "the Tianjin summit"),
    as does "summit of <Cap> and <Cap> leaders" and a capitalised "Summit" a titled phrase follows
    ("the Summit on Ocean Health", "the Summit for Coastal Cities"); ``known``: the gazetteer's
    mentions, which tell a state inside such a name from the city it is held in."""
    out = []
    text = doc.text
    states = {m.start for m in known or () if m.type == "State"}
    bodies = {m.start: m.end for m in known or () if m.type in {"InternationalOrganization", "Organization"}}
    body_starts = {e: b for b, e in bodies.items()}
    for k, t in enumerate(toks):
        if t.lower not in {"summit", "summits"} or t.lower == "summits":
            continue
        i = k
        named = False
        while i > 0 and toks[i - 1].sent == t.sent:
            prev = toks[i - 1]
            skip = _who_meets(toks, i)
            if skip:
                i -= skip  # "the 30th African Union (AU) heads of state and government summit"
                continue
            opened = body_starts.get(prev.end)
            if opened is not None and opened < prev.start:  # "the Group of 20 summit": the body's whole name
                while i > 0 and toks[i - 1].start >= opened:
                    i -= 1
                named = True
                continue
            if prev.is_cap and prev.pos not in {"DET", "ADP", "PRON", "CCONJ", "VERB", "AUX"} or _YEAR.match(prev.text):
                named = True
            elif ORDINAL.match(prev.text) or prev.lower in _SUMMIT_MODIFIERS or prev.text in {"-", "–"} and i > 1 and toks[i - 2].is_cap:
                pass
            elif prev.text == "-" or (i >= 2 and toks[i - 2].text == "-" and toks[i - 2].end == prev.start
                                      or toks[i].text == "-" and prev.end == toks[i].start) and prev.text.isalpha():
                pass  # a hyphenated modifier: "in-person", "two-day" (not "A and B - the summit")
            elif prev.text in {"'", "’"} and i >= 2 and toks[i - 2].is_cap and toks[i - 2].lower.endswith("s") \
                    and toks[i - 2].end == prev.start:
                pass  # a plural possessive of who meets, "the X Leaders' Summit": a word of the name
            elif prev.text in {"'s", "’s"} and named:
                break
            else:
                break
            i -= 1
        start, end = toks[i].start, t.end
        tail = (re.match(r" of ((?:[A-Z][\w-]+)(?: and [A-Z][\w-]+)*) leaders", text[end:end + 60])
                or _body_tail(text, end, bodies)
                or re.match(r" of the ([A-Z][\w-]+(?: [A-Z][\w-]+)*)", text[end:end + 60])
                or t.text == "Summit" and _titled_tail(text, end, states))
        if tail:
            end += tail.end()
            named = True
            while i < k and toks[i].lower in _SUMMIT_MODIFIERS | {"an", "a", "the"}:
                i += 1
            start = toks[i].start if i < k else start
        while i < k and not (toks[i].is_cap or _YEAR.match(toks[i].text) or ORDINAL.match(toks[i].text)
                             or toks[i].lower in _SUMMIT_MODIFIERS or _compound_rank(toks, i, k)):
            i += 1
            start = toks[i].start
        rank = 3 if _compound_rank(toks, i, k) else 1 if ORDINAL.match(toks[i].text) else 0
        counted = None
        if rank and i + rank < k and relative_rank(toks, i, k):
            counted = _counted_by_a_place(toks, i, text, end)
            i += rank  # "his third Quad summit": the Quad summit, a rank of his summits, not its edition
            start = toks[i].start
        if named and toks[i].sent == 0 and is_headline(doc):
            # no mention (a headline's capitals are its style), but a name the summit goes by, read
            # once the summits are built (kg.extract.facts.summit_identity.headline_names)
            doc.annotations.setdefault("headline_summit_names", set()).add(text[start:end])
        elif named:
            out.append(Mention(start, end, text[start:end], "Summit", sentence=t.sent))
            if counted:  # a name for it once facts are read (kg.extract.description_fullest.spell_out)
                doc.annotations.setdefault("counted_summit_names", {})[(start, end)] = counted
    return out


def _counted_by_a_place(toks: list[Token], r: int, text: str, end: int) -> str | None:
    """"South America's first APEC summit", "the region's second X summit": the rank at ``r``
    counts the summits a place holds, no edition, but the words are the article's own name for it
    (not a person's count: "his third summit", "Biden's first summit")."""
    if r < 2 or toks[r - 1].text not in {"'s", "’s"} or toks[r - 2].ent_type == "PERSON" or toks[r - 2].pos == "PRON":
        return None
    j = r - 2
    while j > 0 and toks[j].is_cap and toks[j - 1].is_cap and toks[j - 1].sent == toks[r].sent:
        j -= 1  # the place's whole name: "South America"
    return text[toks[j].start:end]


#: Who meets, told after the organisation whose summit it is: "of ECOWAS heads of state and government".
_BODY_WHO = re.compile(r" (?:heads? of (?:state|government)(?: and (?:state|government))?|leaders)\b")


def _body_tail(text: str, end: int, bodies: dict[int, int]) -> re.Match | None:
    """" of the Organization for Security and Cooperation in Europe": the whole name of the body
    whose summit it is, as the gazetteer reads it, and who meets there if told after it."""
    m = re.match(r" of (?:the )?", text[end:end + 8])
    stop = bodies.get(end + m.end()) if m else None
    if stop is None:
        return None
    who = _BODY_WHO.match(text, stop)
    return re.match(r".{" + str((who.end() if who else stop) - end) + "}", text[end:], re.DOTALL)


#: A titled phrase after a capitalised "Summit": "on Peace in Ukraine", "for Democracy", "of the Future".
_WHEN = rf"(?!{WEEKDAY}\b|{MONTH})"
_TITLED = re.compile(r" (?:on|for|of) (?:the )?" + _WHEN + r"[A-Z][\w'’-]*(?: (?:(?:of|the|and|for|on|in|to|a) )*" + _WHEN
                     + r"[A-Z][\w'’-]*)*")  # (not "on Friday", "in May": a time, no word of the name)


def _titled_tail(text: str, end: int, states: set[int]) -> re.Match | None:
    """The titled phrase a capitalised "Summit" at ``end`` takes, cut before an "in" whose name is
    no state: "the Summit on Peace in Ukraine", but "the Summit on Ocean Health [in Lisbon]"."""
    window = text[end:end + 80]
    m = _TITLED.match(window)
    if m is None:
        return None
    for cut in re.finditer(r" in ", m.group()):
        if end + cut.end() not in states:
            return _TITLED.match(window[:cut.start()])
    return m


#: A series of meetings named by the states that hold it and a capitalised head: "the India-Kenya
#: Defence Ministers' Dialogue", "the Peru–Chile Strategic Dialogue", "the annual A-B Foreign
#: Ministers' Meeting" (a "Meeting" only of ministers or leaders: "the A-B Business Meeting" is none).
_SERIES = re.compile(r" ((?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)? |and )*?)(Dialogue|Meeting)\b")
_WHO_MEETS_WORD = re.compile(r"(?:Ministers['’]?|Ministerial|Leaders['’]?)$")


def find_series(doc: Document, known: list[Mention]) -> list[Mention]:
    """"The A-B Strategic Dialogue": two or more states joined by hyphens, then capitalised words
    ending in "Dialogue" (or "Meeting" after "Ministers'", "Ministerial", "Leaders'") name a meeting
    series of those states, a summit. (A name no state opens, "the Shangri-La Dialogue", is none.)
    And a body's series its acronym names (:func:`_body_series`)."""
    text = doc.text
    states = {m.start: m for m in known if m.type == "State"}
    out = []
    for first in sorted(states):
        end, n = states[first].end, 1
        while text[end:end + 1] in {"-", "–"} and end + 1 in states:
            end, n = states[end + 1].end, n + 1
        if n < 2 or first - 1 >= 0 and text[first - 1] in {"-", "–"}:
            continue
        m = _SERIES.match(text, end)
        if m is None or m.group(2) == "Meeting" and not _WHO_MEETS_WORD.search(m.group(1).strip()):
            continue
        start = first
        rank = re.search(r"(\S+) $", text[max(0, start - 30):start])
        if rank and ORDINAL.match(rank.group(1)):
            start -= len(rank.group(0))  # "the second A-B Dialogue": its edition, in the name as for a summit
        out.append(Mention(start, m.end(), text[start:m.end()], "Summit", sentence=states[first].sentence))
    return out + _body_series(doc, known) + _ranked_bodies(doc, known)


#: A rank word before a name: "50th", "Fifty-First", "second".
_RANK_BEFORE = re.compile(r"(?:\b(?:[A-Za-z]+-)?[A-Za-z]+|\b\d+(?:st|nd|rd|th))\s+$")


def _ranked_bodies(doc: Document, known: list[Mention]) -> list[Mention]:
    """"Chair of the 52nd Pacific Islands Forum", "before the 41st Gulf Cooperation Council":
    a body has no rank, its gatherings do; a rank before an organisation's name ending its phrase
    names an edition of its summit (not "the 50th X anniversary", "the second X member": a noun after
    it is what is counted; nor "X's")."""
    out = []
    for m in known:
        if m.type != "InternationalOrganization":
            continue
        r = _RANK_BEFORE.search(doc.text, max(0, m.start - 30), m.start)
        rank = r.group(0).strip() if r else ""
        if not r or not (ORDINAL.match(rank) or ORDINAL.match(rank.rsplit("-", 1)[-1])):
            continue
        if re.match(r"(?:['’]s\b|\s+[a-z])", doc.text[m.end:]) and not re.match(
                r"\s+(?:in|on|at|of|for|was|is|will|held|has|had|and|which|that|to)\b", doc.text[m.end:]):
            continue  # "the 50th X anniversary", "the 39th X's": what is counted follows
        if not re.search(r"\bthe\s+$", doc.text[max(0, r.start() - 5):r.start()], re.IGNORECASE):
            continue  # "its 50th X": no edition told as one
        out.append(Mention(r.start(), m.end, doc.text[r.start():m.end], "Summit", sentence=m.sentence))
    return out


#: A series a body's acronym names with who meets at it: "the 13th ABC Foreign Ministers' Meeting",
#: "the XYZ Leaders' Summit" (who meets told in capitals; "the ABC Business Meeting" is none).
_BODY_SERIES = re.compile(r"\b(?:(\d+(?:st|nd|rd|th)|[A-Z]?[a-z]+(?:st|nd|rd|th)) )?([A-Z]{2,6}) ((?:[A-Z][a-z]+ )*"
                          r"(?:Ministers['’]?|Ministerial|Leaders['’]?) (?:Meeting|Summit|Conference))\b")


def _body_series(doc: Document, known: list[Mention]) -> list[Mention]:
    """"The 13th ABC Foreign Ministers' Meeting": a body's acronym, capitalised words for who meets
    and "Meeting", "Summit" or "Conference" name an edition of that body's gatherings (its rank
    kept); not where the acronym is a state's ("the US-..." is :func:`find_series`')."""
    states = {(m.start, m.end) for m in known if m.type == "State"}
    out = []
    for m in _BODY_SERIES.finditer(doc.text):
        if m.span(2) in states or m.group(1) and not ORDINAL.match(m.group(1)):
            continue
        start = m.start(1) if m.group(1) else m.start(2)
        out.append(Mention(start, m.end(), doc.text[start:m.end()], "Summit", sentence=doc.sentence_index(start)))
    return out


def _compound_rank(toks: list[Token], i: int, k: int) -> bool:
    """"the forty-sixth summit": a tens word, a hyphen and an ordinal are one rank."""
    return i + 2 < k and toks[i].lower in TENS_WORDS and toks[i + 1].text in {"-", "\u2013"} \
        and bool(ORDINAL.match(toks[i + 2].text))
