"""News organisations and credit lines: the outlets and agencies a page names as its sources, and
the photo credits that name an agency, a photographer and a source in one slash-joined run.

:func:`kg.extract.mentions.find_mentions` reads them in two passes:

* :func:`find_media`, before statistical NER, for names whose shape says what they are: a credit
  line ("AGENCY/Jane Doe/SOURCE": the agency and the source are organisations, the photographer
  a person, "File Photo" nothing), a dateline's agency ("CITY (Agency) -"), a byline ("By X"), a
  name closed by an outlet's head word ("<Name> TV", "<Name> Press"), a name beside a noun that
  describes an outlet ("the X newspaper", "broadcaster X") and a publication a citation names
  ("(<title>, THE NAME (<date>))");
* :func:`read_sources`, after it, for the source of an attribution ("X reported", "reported by
  X", "according to X", "told X", "X said in a report"): an organisation when nothing else typed
  it. Credit furniture ("License Photo") and a section's heading ("Latest News") name nothing,
  whoever found them.

The words (head words, describing nouns, attribution verbs, credit words) are data:
``data/lexicon.yaml`` ``media``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract.lexicon import Lexicon
from kg.extract.media_words import MediaWords, media_words
from kg.extract.name_bounds import ADDRESS_MARKS
from kg.extract.names import DATE_WORDS
from kg.extract.nlp import Token
from kg.extract.special_mentions import headline_sentences
from kg.extract.tree import Tree, document_tree
from kg.layout import dateline
from kg.model import Document, Mention

_NON_NAME_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "VERB", "ADV", "PART", "INTJ", "PUNCT", "NUM"}
# a run of capitalised words (initials included) joined by slashes: a credit line's candidates
_CAP_WORD = r"[^\W\d_][\w.'’&-]*"
_RUN = rf"{_CAP_WORD}(?: {_CAP_WORD})*"
_SLASHED = re.compile(rf"(?<![\w/]){_RUN}(?:\s?/\s?{_RUN})+")
_BYLINE = re.compile(r"^\s*by\s+(?P<name>[^\W\d_][^\W\d_.'’&-]*\.?(?: [^\W\d_][^\W\d_.'’&-]*\.?){0,5})", re.IGNORECASE)
_NAME_KEEPS = {"State", "Person", "InternationalOrganization", "Legislature", "ArmedForces", "Agreement", "Summit",
               "MilitaryBase", "Facility"}
_KNOWN_PLACES = {"State", "Place", "InternationalOrganization"}
_AGENCIES = {"Organization", "InternationalOrganization", "ArmedForces"}
_SOURCE_CREDIT = re.compile(r"\(\s*Sources?:\s*(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})\s*\)")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _guess(m: Mention) -> bool:
    """A name no gazetteer knows, typed a person or a place by a guess the outlet's noun beats."""
    return m.qid is None and m.kind == "name" and m.type in {"Person", "Place"}


def _replace(doc: Document, found: list[Mention], start: int, end: int, etype: str) -> bool:
    """Name ``[start, end)`` an ``etype`` over what lies inside it; a mention reaching outside it,
    or one the gazetteer found exactly there, wins."""
    inside = [f for f in found if f.start < end and start < f.end]
    if any(f.start < start or f.end > end for f in inside):
        return False
    exact = next((f for f in inside if f.span == (start, end) and f.qid), None)
    if exact is not None:
        return False
    for f in inside:
        found.remove(f)
    found.append(Mention(start, end, doc.text[start:end], etype, sentence=doc.sentence_index(start)))
    return True


def find_media(doc: Document, lexicon: Lexicon, toks: list[Token], found: list[Mention],
               add: Callable[[Mention], bool]) -> None:
    """Credit lines, datelines' agencies, bylines and outlets' names (see the module's docstring)."""
    media = media_words(lexicon)
    if not media.heads:
        return
    for offset, line in _lines(doc.text):
        _credit_lines(doc, media, offset, line, found)
        _agency_and_byline(doc, media, offset, line, found, add)
    _outlet_names(doc, media, toks, found)
    _described_outlets(doc, media, toks, found)
    _cited_publications(doc, found)


# a citation of a report: "(<title>, PUBLICATION NAME (<date>))", the periodical in capitals as
# citation styles set it in small capitals
_CITATION = re.compile(r",\s+(?P<name>(?:[^\W\d_][^\W\d_'’.&-]*\s+){0,5}?[^\W\d_][^\W\d_'’.&-]*)\s+\([^()\n]{0,30}\d{4}\)")


def _cited_publications(doc: Document, found: list[Mention]) -> None:
    """"…, EL SOL (May 3, 2019)", "(Source: Bloomberg)": the publication a citation or a credit names."""
    for m in [*_CITATION.finditer(doc.text), *_SOURCE_CREDIT.finditer(doc.text)]:
        name = m.group("name")
        if name.isupper() and sum(c.isalpha() for c in name) >= 2 or m.re is _SOURCE_CREDIT:
            _replace(doc, found, m.start("name"), m.end("name"), "Organization")


def _credit_lines(doc: Document, media: MediaWords, offset: int, line: str, found: list[Mention]) -> None:
    """"AGENCY/Jane Doe/SOURCE": each part its own entity, the credit's furniture words none."""
    if "/" not in line:
        return  # no credit; the pattern would first try every word's run to the line's end
    for match in _SLASHED.finditer(line):
        parts = _credit_parts(media, line, match)
        if parts is None:
            continue
        before = line[:parts[0][0]]
        cue = bool(re.search(r"(?:^|[^\w.])(?:" + "|".join(re.escape(w) for w in sorted(media.credit_words, key=len,
                                                                                       reverse=True))
                             + r")\W*$", before, re.IGNORECASE))
        named = [(a, b) for a, b in parts if not media.is_credit_furniture(line[a:b])]
        if any(media.lexicon.head_type(line[a:b]) in {"Agreement", "Summit", "MilitaryBase"} for a, b in named):
            continue  # "the G8/Africa Joint Declaration": a title, no credit
        cue = cue or len(named) < len(parts)
        person = any(media.type_of_part(line[a:b]) == "Person" for a, b in named)
        caps = any(line[a:b].isupper() and len(line[a:b]) >= 2 for a, b in named)
        outlet = any(media.outlet_named(line[a:b]) for a, b in named)
        if not named or not (cue or caps and (person or outlet)):
            continue
        spans = [(offset + a, offset + b) for a, b in named]
        if all(any(f.span == s and f.type in _KNOWN_PLACES for f in found) for s in spans):
            continue  # "US/NATO", "Kyiv/Moscow": names joined by a slash, no credit
        start, end = offset + parts[0][0], offset + parts[-1][1]
        # a gazetteer reading of a part stays when it is an agency's or a person's ("ANDA" is no town here)
        kept = {f.span: f for f in found if f.qid and f.span in spans
                and (f.type in _AGENCIES) == (media.type_of_part(f.text) == "Organization")
                and f.type in _AGENCIES | {"Person"}}
        found[:] = [f for f in found if not (f.start < end and start < f.end)]
        for s, e in spans:
            old = kept.get((s, e))
            found.append(old if old is not None else
                         Mention(s, e, doc.text[s:e], media.type_of_part(doc.text[s:e]), sentence=doc.sentence_index(s)))


def _credit_parts(media: MediaWords, line: str, match: re.Match[str]) -> list[tuple[int, int]] | None:
    """The parts of a slash-joined run, as spans of ``line``: the first part is the capitalised
    words after the caption's last sentence and its credit words ("... Jane Doe. Photo AGENCY/"),
    the last the capitalised words before the text goes on; a part in between is wholly capitalised."""
    pieces = [(match.start() + p.start(), match.start() + p.end()) for p in re.finditer(r"[^/]+", match.group(0))]
    parts = []
    for n, (a, b) in enumerate(pieces):
        words = [(a + w.start(), a + w.end()) for w in re.finditer(r"\S+", line[a:b])]
        caps = [line[x:y][:1].isupper() for x, y in words]
        if n == 0:
            k = len(words)
            furniture = k
            while furniture > 0 and media.is_credit_furniture(line[words[furniture - 1][0]:words[furniture - 1][1]]):
                furniture -= 1
            if 0 < furniture < k and line[words[furniture - 1][0]:words[furniture - 1][1]].isupper():
                k = furniture - 1  # "... AGENCY Photo/ Jane Doe": the agency is the capitals before the credit word
                while k > 0 and line[words[k - 1][0]:words[k - 1][1]].isupper():
                    k -= 1
                words = words[k:furniture]
            else:
                while k > 0 and caps[k - 1] and not media.is_credit_furniture(line[words[k - 1][0]:words[k - 1][1]]) \
                        and not (k < len(words) and line[words[k - 1][1] - 1] in ".:" and words[k - 1][1] - words[k - 1][0] > 2):
                    k -= 1
                words = words[k:]
        elif n == len(pieces) - 1:
            words = words[:caps.index(False)] if False in caps else words
        elif not all(caps):
            return None
        if not words:
            return None
        parts.append((words[0][0], words[-1][1]))
    return parts


def _agency_and_byline(doc: Document, media: MediaWords, offset: int, line: str, found: list[Mention],
                       add: Callable[[Mention], bool]) -> None:
    """"CITY (Agency) -": the agency; "By X": the outlet or the reporter."""
    m = dateline(line)
    group = "slashed" if m and m.group("slashed") else "source"
    source = m.group(group) if m else None
    if m is not None and source and source[:1].isupper() and not re.search(r"\d", source) and source.lower() not in DATE_WORDS:
        start = offset + m.start(group)
        end = start + len(source.rstrip())
        if not any(f.start < end and start < f.end for f in found):
            add(Mention(start, end, doc.text[start:end], "Organization", sentence=doc.sentence_index(start)))
    by = _BYLINE.match(line)
    if by and len(line.split()) <= 8:
        name = by.group("name").rstrip(".")
        words = name.split()
        while words and (words[-1].lower() in DATE_WORDS or not words[-1][:1].isupper()):
            words.pop()
        if not words or any(not w[:1].isupper() for w in words):
            return
        name = " ".join(words)
        etype = "Organization" if media.outlet_named(name) or len(words) == 1 else media.type_of_part(name)
        start = offset + by.start("name")
        _replace(doc, found, start, start + len(name), etype)


def _name_run(toks: list[Token], a: int, b: int) -> tuple[int, int]:
    """Widen ``toks[a:b]`` left over the capitalised words of the same sentence."""
    while a > 0 and toks[a - 1].sent == toks[a].sent and toks[a - 1].is_cap and toks[a - 1].pos not in _NON_NAME_POS \
            and toks[a - 1].lower not in DATE_WORDS:
        a -= 1
    return a, b


def _headline_name(doc: Document, toks: list[Token], a: int, b: int) -> bool:
    """In a Title Case headline every word is capitalised: a name there counts only if repeated."""
    phrase = doc.text[toks[a].start:toks[b - 1].end]
    return toks[a].sent in headline_sentences(doc) and doc.text.count(phrase) < 2


def _outlet_names(doc: Document, media: MediaWords, toks: list[Token], found: list[Mention]) -> None:
    """"KAAB TV", "Jiji Press", "Kyodo News": a capitalised name closed by an outlet's head word."""
    for k, t in enumerate(toks):
        if t.lower not in media.heads or not t.is_cap or t.pos in {"VERB", "AUX"}:
            continue
        if k + 1 < len(toks) and toks[k + 1].sent == t.sent and toks[k + 1].is_cap and toks[k + 1].pos not in _NON_NAME_POS:
            continue  # not the name's last word: "Saudi Press Agency" is the agency's
        a, b = _name_run(toks, k, k + 1)
        if a == k or not media.outlet_named(doc.text[toks[a].start:t.end]) \
                or not any(toks[i].pos == "PROPN" or toks[i].text.isupper() for i in range(a, k)):
            continue
        if _headline_name(doc, toks, a, b):
            continue
        _replace(doc, found, toks[a].start, t.end, "Organization")


def _described_outlets(doc: Document, media: MediaWords, toks: list[Token], found: list[Mention]) -> None:
    """"the X newspaper", "X news agency", "state broadcaster X": the name beside an outlet's noun."""
    for k in range(len(toks)):
        for words in media.descriptors_from.get(toks[k].text, ()):
            end = k + len(words)
            if end > len(toks) or tuple(t.text for t in toks[k:end]) != words or toks[end - 1].pos not in {"NOUN", "PROPN", "ADJ"}:
                continue
            noun = toks[end - 1].pos != "ADJ"  # "the daily X": read as an adjective, only a name after it
            sent = toks[k].sent
            # the name after the noun ("broadcaster X"), else the one before it ("the X newspaper")
            b = end
            while b < len(toks) and toks[b].sent == sent and toks[b].is_cap and toks[b].pos not in _NON_NAME_POS \
                    and toks[b].lower not in DATE_WORDS:
                b += 1
            a = k
            if b > end:
                a = end
            elif noun and k > 0 and toks[k - 1].sent == sent and toks[k - 1].is_cap and toks[k - 1].pos not in _NON_NAME_POS:
                a, b = _name_run(toks, k - 1, k)
            else:
                break
            start, stop = toks[a].start, toks[b - 1].end
            if not any(f.start < stop and start < f.end and f.type in _NAME_KEEPS and not _guess(f) for f in found) \
                    and not _headline_name(doc, toks, a, b):
                _replace(doc, found, start, stop, "Organization")
            break


def _is_rubric(text: str, f: Mention, rubrics: frozenset[str]) -> bool:
    """"Explainer: …", "ANALYSIS: …": a genre label opening a line before a colon names nothing."""
    line_start = text.rfind("\n", 0, f.start) + 1
    return not text[line_start:f.start].strip() and text[f.end:f.end + 1] == ":" and f.text.lower() in rubrics


def _byline_staff(text: str, f: Mention, media: MediaWords) -> bool:
    """"By Our Political Correspondent", "By Staff Reporter, Lima", "By Jane Doe, Nairobi Bureau | ...":
    a byline's desk or staff title names no one."""
    line_start = text.rfind("\n", 0, f.start) + 1
    words = f.text.split()
    return f.qid is None and bool(words) and words[-1].lower() in media.byline_staff \
        and re.match(r"\s*by\s", text[line_start:f.start + 1], re.IGNORECASE) is not None


def read_sources(doc: Document, lexicon: Lexicon, toks: list[Token], found: list[Mention],
                 add: Callable[[Mention], bool]) -> None:
    """The source of an attribution is an organisation when nothing else named it; credit
    furniture ("License Photo") and a section's heading ("Latest News") name nothing."""
    media = media_words(lexicon)
    if not media.heads:
        return
    found[:] = [f for f in found if not (media.is_credit_furniture(f.text) or f.qid is None and media.is_section_heading(f.text)
                                         or _is_rubric(doc.text, f, media.rubrics) or _byline_staff(doc.text, f, media))]
    tree = document_tree(doc) if toks is doc.annotations.get("tokens") else Tree(toks)
    for s, person_like in _sources(media, tree):
        a, b = s, s + 1
        while b < len(toks) and toks[b].sent == toks[s].sent and toks[b].is_cap and toks[b].dep in {"compound", "flat"} \
                and toks[b].head in range(s, b + 2):
            b += 1
        a, b = _name_run(toks, a, b)
        names = toks[a:b]
        if not all(t.is_cap for t in names) or toks[s].pos != "PROPN" and not toks[s].text.isupper() \
                or toks[s].lower in DATE_WORDS or toks[s].text in ADDRESS_MARKS:  # "signed by HE X"
            continue
        start, end = names[0].start, names[-1].end
        phrase = doc.text[start:end]
        acronym = len(names) == 1 and phrase.isupper() and len(phrase) >= 2
        if person_like and not (acronym or media.outlet_named(phrase) or len(names) == 1 and person_like == "named"):
            continue  # "according to Jane Doe", "told Sobral": people more often than outlets
        if not acronym and _persons_name(doc, lexicon, found, Mention(start, end, phrase, "Person")):
            continue
        if add(Mention(start, end, phrase, "Organization", sentence=toks[s].sent)):
            continue
        guess = next((f for f in found if f.span == (start, end) and _guess(f)), None)
        if guess is None:
            continue
        if guess.type == "Person" and person_like and not (len(names) == 1 and person_like == "named"):
            continue
        guess.type = "Organization"  # the recogniser's guess at a name it did not know: "Dnevnik reported"


def _persons_name(doc: Document, lexicon: Lexicon, found: list[Mention], m: Mention) -> bool:
    """Is ``m`` a person's: a word of a person named before, or a name after a title?"""
    words = {w for f in found if f.type == "Person" and f is not m and " " in f.text for w in f.text.split()}
    return m.text in words or bool(lexicon.office_at_end(doc.text[max(0, m.start - 40):m.start]))


def _sources(media: MediaWords, tree: Tree) -> Iterator[tuple[int, str]]:
    """Tokens heading the source of a report, and who else could be one there: "" (an outlet:
    "X reported", "reported by X", "X said in a report"), "named" (a person, unless named by one
    word: "according to X") or "person" (a person, unless an acronym or an outlet: "told X")."""
    toks = tree.toks
    for t in toks:
        if t.pos != "VERB" and t.lower != "according":
            continue  # (most words: asked of every token)
        lemma = t.lemma.lower()
        if t.pos == "VERB" and lemma in media.report_verbs:
            if tree.is_passive(t.i):
                for agent in tree.kids(t.i, "agent"):
                    yield from ((p, "") for p in tree.kids(agent, "pobj"))
            else:
                yield from ((c, "") for c in tree.kids(t.i, "nsubj"))
        elif t.pos == "VERB" and lemma in media.tell_verbs:
            yield from ((c, "person") for c in tree.kids(t.i, "dobj", "dative"))
        elif t.pos == "VERB" and lemma in media.say_verbs and any(
                toks[p].lemma.lower() in media.report_nouns
                for prep in tree.kids(t.i, "prep") if toks[prep].lower == "in" for p in tree.kids(prep, "pobj")):
            yield from ((c, "") for c in tree.kids(t.i, "nsubj"))
        elif t.lower == "according":
            for to in tree.kids(t.i, "prep"):
                if toks[to].lower == "to":
                    yield from ((p, "named") for p in tree.kids(to, "pobj"))
