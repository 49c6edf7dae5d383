"""Person names the rules can read without statistical NER, and what is left for NER.

A title of office or rank before two to four proper nouns ("Defence Minister Ana Sobral"), a
lower-case title after them ("Ana Sobral, spokesperson for ..."), a later word of a name already
read ("Sobral" of "Ana Maria Sobral Pires"); and, once these and the gazetteer have been read,
which proper nouns are still unexplained (:func:`unexplained`: NER reads only around those).
"""
from __future__ import annotations

import bisect
import re

from kg.extract.gazetteer_index import generic_legislature
from kg.extract.given_names import given_names
from kg.extract.joined_names import runs_on
from kg.extract.lexicon import Lexicon
from kg.extract.name_bounds import ADDRESS_MARKS, COURTESY, POSTNOMINALS, courtesy_run
from kg.extract.ner_spans import SURNAME_PARTICLES, bare_head, particle_run
from kg.extract.nlp import Token
from kg.model import Document, Mention

#: Capitalised words that are dates, not names.
DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
              "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
              "nov", "dec"}

_COUNTERPART = re.compile(r"\bcounterparts?,?\s+$")  # "her Tanzanian counterpart, Ana Sobral"


def titled_people(doc: Document, lexicon: Lexicon, found: list[Mention]) -> None:
    """"President Sauli Niinisto", "his counterpart, Ana Sobral", "Ana Sobral, Chile's foreign
    minister": a name right before or after a title is a person, whatever NER said."""
    _portfolios(doc.text, found)
    _bodies_in_titles(doc.text, lexicon, found)
    for m in found:
        if m.qid is None and m.type in {"Organization", "Place", "Facility"} and 2 <= len(m.text.split()) <= 5:
            before = doc.text[max(0, m.start - 40):m.start]
            titled = lexicon.office_at_end(before.rstrip() + " ") or _COUNTERPART.search(before) \
                or title_follows(doc.text, m.end, lexicon) or _title_of_owner_before(doc.text[max(0, m.start - 90):m.start], lexicon)
            if (titled or _listed_with_people(doc.text, m, found)) and not lexicon.head_type(m.text):
                m.type = "Person"


#: "X Minister": an unlisted body's name before it is the minister's portfolio ("Armed Forces
#: Minister", "Pacific Minister"); an armed service's before "Secretary" too ("Navy Secretary")
_MINISTER_AFTER = re.compile(r"[ -](?:[Mm]inister|(?P<sec>[Ss]ecretary))\b")


def _portfolios(text: str, found: list[Mention]) -> None:
    """A name the gazetteer does not know is no entity when it names a minister's portfolio: the
    title reads it then ("Armed Forces Minister Ana Sobral" holds the office "Armed Forces Minister")."""
    for m in list(found):
        after = _MINISTER_AFTER.match(text, m.end) if m.qid is None and m.kind == "name" else None
        if after and m.type in {"ArmedForces", "Organization"} and (not after.group("sec") or m.type == "ArmedForces"):
            found.remove(m)


def _bodies_in_titles(text: str, lexicon: Lexicon, found: list[Mention]) -> None:
    """"Crown Prince of X and Deputy Commander of the Y Armed Forces" read as one name is a title
    phrase: the body it names is what follows its last "of"."""
    for m in list(found):
        head, of, _ = m.text.partition(" of ")
        title = lexicon.office_at_end(head + " ") if of and m.qid is None and m.type != "Person" else None
        if title is None or title[1] != 0:
            continue  # the name opens with no title that runs to its "of"
        # the first "of" whose rest is a body's name with no title in it ("of the House of X"; not
        # "of Abu Dhabi and Deputy Commander of ...")
        for at in [k.start() for k in re.finditer(" of ", m.text)]:
            body = m.text[at + 4:]
            body = body[4:] if body.lower().startswith("the ") else body
            etype = lexicon.head_type(body)
            if generic_legislature(body):
                break  # "of the National Assembly": whose assembly, the gazetteer's namesakes decide elsewhere
            if etype and body[:1].isupper() and not lexicon.title_spans(body):
                found.remove(m)
                found.append(Mention(m.end - len(body), m.end, body, etype, sentence=m.sentence))
                break


#: A title's owner before the name set beside it: " of Chile, ", " of the Republic of Korea, ".
_OWNER_PHRASE = r"\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'\u2019-]*){0,5},"
_OF_OWNER = re.compile(_OWNER_PHRASE + r"\s*$")  # read back from a name
_OWNER_THEN_NAME = re.compile(_OWNER_PHRASE + r"\s")  # read on from a title


def _title_of_owner_before(before: str, lexicon: Lexicon) -> bool:
    """"the secretary-general of the Gulf Council, X": a title with its owner, then the name in
    apposition."""
    m = _OF_OWNER.search(before)
    return m is not None and lexicon.office_at_end(before[:m.start()] + " ") is not None


def _listed_with_people(text: str, m: Mention, found: list[Mention]) -> bool:
    """"Kristina Rand, Evika Ozola and Rasa Kaune": a name in a list of three or more whose other
    items are all people's names is a person's name too."""
    items = sorted(found, key=lambda f: f.start)
    i = items.index(m)
    run = [m]
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(items):
            a, b = (items[j], run[0]) if step < 0 else (run[-1], items[j])
            if items[j].type != "Person" or not re.fullmatch(r"\s*(?:,|,?\s+and)\s+", text[a.end:b.start]):
                break
            run.insert(0, items[j]) if step < 0 else run.append(items[j])
            j += step
    return len(run) >= 3


#: What may stand between a name's comma and its appositive title: ", the", ", Chile's", ", the Chilean".
_APPOSITIVE_START = re.compile(r",\s+(?:(?:the|a|an)\s+)?")
_OWNER_WORDS = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}(?:[A-Z][\w.-]*['\u2019]s\s+)?")


def title_follows(text: str, at: int, lexicon: Lexicon) -> bool:
    """Does a title of office follow the name ending at ``at`` in apposition?"""
    m = _APPOSITIVE_START.match(text, at)
    if not m:
        return False
    rest = text[m.end():m.end() + 80]
    return any(_OWNER_WORDS.fullmatch(rest[:a]) for a, _ in lexicon.title_spans(rest))


def _name_words(found: list[Mention]) -> set[str]:
    """Words a person named in full may later go by alone: the surname, and any later word of a
    longer name that no other person's name shares ("Sobral" of "Ana Maria Sobral Pires")."""
    owners: dict[str, set[str]] = {}
    for m in found:
        if m.type == "Person" and " " in m.text:
            words = m.text.split()
            for w in words[1:]:
                if w == words[-1] or len(w) >= 4 and w[:1].isupper() and w.lower() not in SURNAME_PARTICLES:
                    owners.setdefault(w, set()).add(m.text if w != words[-1] else w + "\0")
    return {w for w, names in owners.items() if len(names) == 1 or any(n.endswith("\0") for n in names)}


def surnames(doc: Document, toks: list[Token], found: list[Mention], add) -> None:
    """A person named in full is later named by surname (or another word of a long name) alone
    ("... Ardern said", "Sobral is expected to")."""
    surnames = _name_words(found)
    for m in list(found):
        if m.type == "Place" and m.text in surnames:
            found.remove(m)  # "Austin arrived" after "Lloyd Austin": the person, not the city
    for t in toks:
        if t.text in surnames and t.is_cap and not runs_on(doc.text, found, t.start, t.end):
            add(Mention(t.start, t.end, t.text, "Person", kind="alias", sentence=t.sent))
    _particle_surnames(doc, toks, found, add)
    given_names(doc, toks, found, add)  # "Abiy" after "Abiy Ahmed"


def _particle_surnames(doc: Document, toks: list[Token], found: list[Mention], add) -> None:
    """"Von der Leyen said", "Van der Berg met", "Mensah-Boateng said": a surname its particles
    open, or a hyphenated one, after the full name, is the person, capitalised or not, over a place
    or body read inside it ("Van")."""
    surnames = {_from_particle(m.text) for m in found if m.type == "Person"}
    for phrase in sorted(p for p in surnames if p):
        pattern = rf"(?<![\w-])[{phrase[0].upper()}{phrase[0]}]{re.escape(phrase[1:])}(?![\w-])"
        for hit in re.finditer(pattern, doc.text):
            a, b = hit.span()
            inside = [m for m in found if m.start < b and a < m.end]
            if any(m.start < a or m.end > b for m in inside) or not inside and runs_on(doc.text, found, a, b):
                continue  # the full name itself, or a longer name holding it
            for m in inside:
                found.remove(m)
            sent = next((t.sent for t in toks if t.start == a), None)
            if sent is not None:
                add(Mention(a, b, hit.group(0), "Person", kind="alias", sentence=sent))


def _from_particle(name: str) -> str | None:
    """The surname of a name whose particles open it ("von der Leyen" of "Ursula von der Leyen"),
    or a hyphenated one, which is more than one token ("Mensah-Boateng")."""
    words = name.split()
    k = next((i for i in range(1, len(words) - 1) if words[i] in SURNAME_PARTICLES), None)
    if k is not None:
        return " ".join(words[k:])
    return words[-1] if len(words) >= 2 and "-" in words[-1].strip("-") else None




def names_after_titles(doc: Document, lexicon: Lexicon, toks: list[Token], add,
                       states: dict[int, int] | None = None) -> None:
    """"Defence Minister Ana Sobral", "Secretary of State Leo Varga": two to four proper nouns
    right after a title of office are a person's name (without asking statistical NER), also after
    the state the title's "of" names ("President of Chile Ana Sobral"; ``states``: where each state's
    name the gazetteer found starts and ends, in characters)."""
    starts = {t.start: t.i for t in toks}
    ends = {t.end: t.i for t in toks}
    for i, sent in enumerate(doc.sentences):
        titles = _title_spans(doc, lexicon, i)
        for _, end in titles:
            at = sent.start + end
            owner = _OWNER_THEN_NAME.match(doc.text, at)  # "the president of Chile, Ana Sobral"
            if owner and _state_then_name(doc.text, at, owner.end(), states or {}):
                owner = None  # "President of Chile Ana Sobral, who ...": the name before the comma
            gap = len(owner.group(0)) if owner else 2 if doc.text[at:at + 2] == ", " else 1  # "his counterpart, X Y"
            k = starts.get(sent.start + end + gap)
            if k is None or doc.text[sent.start + end + gap - 1] != " " or any(a <= end + gap < b for a, b in titles):
                continue  # "General Secretary To Lam": the name follows the last title word
            while k + 1 < len(toks) and toks[k].text in ADDRESS_MARKS:
                k += 1  # "Foreign Minister HE X": the form of address is no part of the name
            k += courtesy_run(toks, k) if gap == 2 else 0  # "the Defence Minister, the Hon X MP"
            if gap == 1 and toks[k].lower == "of":
                k = _after_body(lexicon, toks, k, states or {})  # "Speaker of the National Assembly X Y"
            elif gap == 1 and k + 2 < len(toks) and lexicon.head_type(toks[k].text) in _BODIES \
                    and bare_head(lexicon, toks[k].text):
                k += 1  # "Secretary of the Security Council X Y": the title's portfolio ran on into its body
            j = name_run(toks, k)
            if any(toks[k].start < sent.start + a < toks[j - 1].end
                   and doc.text[sent.start + a:sent.start + b].lower() not in lexicon.rank_words for a, b in titles):
                continue  # "its chairperson, Comoros President X Y": another title, whose name it is
            names = [t for t in toks[k:j] if t.is_cap]
            if len(names) == 1 and j == k + 1 and gap == 1 and _surname_after_office(doc, lexicon, sent, titles, end, toks, k):
                names.append(names[0])  # "President Ruto said": a surname after an office written before it
            if not 2 <= len(names) <= 4:
                continue  # one word may be a surname or no name at all ("General Motors")
            start, end_ = toks[k].start, toks[j - 1].end
            phrase = doc.text[start:end_]
            if lexicon.head_type(phrase) or lexicon.prefix_type(phrase):
                continue  # "King Abdulaziz Air Base": a named place, not a person
            add(Mention(start, end_, phrase, "Person", sentence=toks[k].sent))
        _names_before_titles(doc, sent, titles, toks, ends, add)
    _styled_names(doc.text, lexicon, toks, add)


def _state_then_name(text: str, at: int, end: int, states: dict[int, int]) -> bool:
    """Does the owner phrase at ``at`` (" of the Republic of X Y Z, ") hold a state's name and then
    words of another name before its comma?"""
    of = re.match(r"\s+of\s+(?:the\s+)?", text[at:end])
    start = at + of.end() if of else None
    return start in states and _NAME_WORDS.fullmatch(text, states[start], end - 2) is not None


#: two to four capitalised words, as a person's name is written (" Ana Sobral Vidal")
_NAME_WORDS = re.compile(r"(?:\s+[A-Z][\w'\u2019-]*){2,4}")


#: the bodies whose names a title's "of" phrase may give before the holder's name
_BODIES = frozenset({"Legislature", "Organization", "InternationalOrganization", "ArmedForces"})


def _after_body(lexicon: Lexicon, toks: list[Token], k: int, states: dict[int, int]) -> int:
    """Where a name starts after "of the <body>" or "of <state>" right after a title, with no comma
    between ("Speaker of the National Assembly X Y", "President of the Russian Federation X Y"):
    after the state's name, or the shortest run of capitalised words a head noun makes a body, when
    two to four proper nouns follow; else ``k`` itself."""
    a = k + 1 + (k + 1 < len(toks) and toks[k + 1].lower == "the")
    if a < len(toks) and toks[a].start in states:
        p = a
        while p < len(toks) and toks[p].start < states[toks[a].start]:
            p += 1
        run = name_run(toks, p) if p < len(toks) and toks[p].sent == toks[a].sent else p
        if 2 <= run - p <= 4 and lexicon.head_type(" ".join(t.text for t in toks[p:run])) is None:
            return p
    run = name_run(toks, a) if a < len(toks) else a
    for p in range(a + 1, run - 1):
        if lexicon.head_type(" ".join(t.text for t in toks[a:p])) in _BODIES and 2 <= run - p <= 4 \
                and lexicon.head_type(" ".join(t.text for t in toks[p:run])) is None:
            return p
    return k


def name_run(toks: list[Token], k: int) -> int:
    """Where a name opening at token ``k`` ends: its proper nouns, hyphens and particles."""
    j = k
    while j < len(toks) and toks[j].sent == toks[k].sent:
        t = toks[j]
        if t.text in POSTNOMINALS and j > k:
            break  # "X MP": a seat, no word of the name
        if t.pos == "PROPN" and t.is_cap and (t.lower not in DATE_WORDS or j == k and j + 1 < len(toks)
                                              and (toks[j + 1].is_cap or toks[j + 1].text == "-")):
            j += 1  # a given name may be a month's ("Admiral Jan Molen", "Minister April Lee")
        elif t.text == "-" and j > k and not toks[j - 1].ws and not t.ws and j + 1 < len(toks) \
                and toks[j + 1].text.isalpha():
            j += 2  # "Jin-feng", "Sobral-Teixeira"
        elif j > k and particle_run(toks, j):
            j += particle_run(toks, j) + 1  # "bin Z", "da Z", "von der Z", whatever Z was tagged
        elif t.lower in SURNAME_PARTICLES and j > k and j + 2 < len(toks) and toks[j + 1].text == "-" \
                and not t.ws and not toks[j + 1].ws and toks[j + 2].is_cap:
            j += 3  # "al-Sharif", "el-Sisi"
        else:
            break
    return j


def _styled_names(text: str, lexicon: Lexicon, toks: list[Token], add) -> None:
    """"The Honourable X Y said", "the Hon X Y MP": two to four proper nouns after a courtesy style
    are a person's name, with no title of office before them."""
    for k, t in enumerate(toks):
        if t.text not in COURTESY or not t.text.startswith("Hon") or not t.is_cap:
            continue
        j = name_run(toks, k + 1)
        if not 2 <= j - k - 1 <= 4 or lexicon.head_type(" ".join(x.text for x in toks[k + 1:j])):
            continue
        add(Mention(toks[k + 1].start, toks[j - 1].end, text[toks[k + 1].start:toks[j - 1].end], "Person",
                    sentence=toks[k + 1].sent))


def _surname_after_office(doc: Document, lexicon: Lexicon, sent, titles, end: int, toks: list[Token], k: int) -> bool:
    """"President Ruto thanked", "Prime Minister Varga, who": one proper noun after a capitalised
    title of office (not a rank: "General Motors"), that no gazetteer entry or head noun claims and
    that ends the name (a verb, a comma or the sentence's end follows), is a surname."""
    start = next(a for a, b in titles if b == end)
    title = sent.text[start:end]
    word = toks[k]
    after = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == word.sent else None
    last = title.split()[-1] if title.split() else ""
    if not last[:1].isupper() or lexicon.rank_at_start(title) or not lexicon.office_at_end(title + " ") \
            or last.lower() in lexicon.titles.generic:
        return False  # "North Korean leader Kim", "Member States": no office of its own before the name
    if re.search(r"\b(?:the|a|an)\s+$", sent.text[max(0, start - 5):start], re.IGNORECASE):
        return False  # "the President Hotel": a title with an article before it opens a name, not a person's
    if after is not None and (after.is_cap or after.text in {"'s", "\u2019s", "-"} or after.pos in {"NOUN", "PROPN"}):
        return False  # "President Hotel", "Minister Ruto's", "Premier League"
    return len(word.text) > 2 and word.text[1:].islower() and not lexicon.head_type(word.text) \
        and not lexicon.prefix_type(word.text)


def _title_spans(doc: Document, lexicon: Lexicon, s: int) -> list[tuple[int, int]]:
    """Titles of office and rank in sentence ``s`` (sentence offsets), read once per sentence."""
    cache = doc.annotations.setdefault("title_spans", {})
    if s not in cache:
        cache[s] = lexicon.title_spans(doc.sentences[s].text)
    return cache[s]


def _names_before_titles(doc: Document, sent, titles, toks: list[Token], ends: dict[int, int], add) -> None:
    """"Ana Sobral, spokesperson for the ministry, said": two or three proper nouns opening a
    phrase and followed by ", <title in lower case>" are a person's name."""
    for a, _ in titles:
        if not sent.text[a:a + 1].islower():
            continue  # "In Kuala Selangor, Prime Minister X said": a capitalised title starts a name
        comma = sent.text.rfind(",", 0, a)
        m = _APPOSITIVE_START.match(sent.text, comma) if comma >= 0 else None
        if m is None or not _OWNER_WORDS.fullmatch(sent.text[m.end():a]):
            continue  # ", the", ", Brazil's", ", the Chilean" may stand between name and title
        j = ends.get(sent.start + m.start())
        if j is None:
            continue
        k, words = j, 0
        while k >= 0 and toks[k].sent == toks[j].sent:
            if (h := _hyphenated_from(toks, k)) is not None:
                k = h - 1  # "Sung-ho", "Mensah-Boateng": one word of three tokens
            elif toks[k].pos == "PROPN" and toks[k].is_cap and toks[k].lower not in DATE_WORDS:
                k -= 1
            else:
                break
            words += 1
        names = toks[k + 1:j + 1]
        # the name opens its phrase: not "in Kuala Selangor, ..." nor "the Ruby Coast, ..."
        opens = k < 0 or toks[k].sent != toks[j].sent or toks[k].pos not in {"DET", "ADP"} \
            or toks[k].lower in {"by", "with"}  # "signed by Ana Sobral, the Chilean minister": the agent
        if 2 <= words <= 3 and opens:
            start, end = names[0].start, names[-1].end
            add(Mention(start, end, doc.text[start:end], "Person", sentence=names[0].sent))


def _hyphenated_from(toks: list[Token], k: int) -> int | None:
    """Where a hyphenated name word ending at token ``k`` starts ("Sung-ho": at "Sung"), if one does."""
    if k >= 2 and toks[k - 1].text == "-" and not toks[k - 2].ws and not toks[k - 1].ws \
            and toks[k - 2].is_cap and toks[k].text.isalpha() and toks[k - 2].sent == toks[k].sent:
        return k - 2
    return None


def unexplained(doc: Document, lexicon: Lexicon, toks: list[Token], found: list[Mention]) -> set[int]:
    """Proper nouns (token indices) that nothing read so far explains: not inside a mention, not
    a date word, not part of a title ("Prime Minister"), not the surname of a person already named."""
    covered = sorted(m.span for m in found)
    starts = [a for a, _ in covered]
    surnames = _name_words(found) | {m.text for m in found if m.type == "Person" and " " not in m.text}
    titles: dict[int, list[tuple[int, int]]] = {}
    out: set[int] = set()
    for t in toks:
        if t.pos != "PROPN" or t.lower.rstrip(".") in DATE_WORDS or t.text in surnames:
            continue
        k = bisect.bisect_right(starts, t.start) - 1
        if k >= 0 and covered[k][0] <= t.start < covered[k][1]:
            continue
        if t.sent not in titles:
            sent = doc.sentences[t.sent]
            titles[t.sent] = [(sent.start + a, sent.start + b) for a, b in _title_spans(doc, lexicon, t.sent)]
        if not any(a <= t.start < b for a, b in titles[t.sent]):
            out.add(t.i)
    return out
