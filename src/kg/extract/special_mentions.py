"""Mentions no gazetteer entry or name chunk finds on its own, found after them by
:func:`kg.extract.mentions.find_mentions` (summits named by their words before "summit" in
:mod:`kg.extract.summit_mentions`): accession protocols named by their state, "the Philippine capital", armed services ("Indian Navy"),
acronyms ("Long Name (LN)", "Long Name, or LN," or "known as LN" define LN, used alone later; a
name's initials too) (the type a name takes from its context is
:mod:`kg.extract.context_types`'s).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract.acronym_names import spell_out_acronyms
from kg.extract.alternation import alternation
from kg.extract.context_types import (
    SUMMIT_AFTER,
    context_type,
    listed_kind,
    of_a_region,
)
from kg.extract.lexicon import Lexicon
from kg.extract.nlp import Token
from kg.extract.opener_scan import OpenerScan
from kg.extract.region_modifiers import drop_region_modifiers
from kg.extract.sea_parts import find_sea_parts, is_sea_part
from kg.extract.ship_names import name_ships
from kg.extract.state_bodies import name_state_ministries
from kg.model import Document, Mention

if TYPE_CHECKING:
    from kg.extract.gazetteer_index import GazetteerIndex

#: An ordinal ("16th", "second"), which may open a name.
ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$|^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.IGNORECASE)
_PROTOCOL = re.compile(
    r"\b(?:(?P<a>[A-Z][\w-]+(?: [A-Z][\w-]+)*)(?:'s|\u2019s) (?:accession|membership) protocol"
    r"|protocols? on (?P<b>[A-Z][\w-]+(?: [A-Z][\w-]+)*)(?:'s|\u2019s) (?:accession|membership))")


def find_accession_protocols(doc: Document, found: list[Mention]) -> list[Mention]:
    """Accession protocols named by their state: "Norway's accession protocol",
    "the protocol on Sweden's accession" (common nouns, so no capitalised chunk finds them)."""
    states = {m.text for m in found if m.type == "State"}
    out = []
    for match in _PROTOCOL.finditer(doc.text):
        state = match.group("a") or match.group("b")
        if state in states:
            start, end = match.span()
            out.append(Mention(start, end, doc.text[start:end], "Agreement", sentence=doc.sentence_index(start)))
    return out


def is_headline(doc: Document) -> bool:
    """Is the first sentence a headline (a line of its own, shaped like one: not a lede)?"""
    from kg.layout import has_headline

    return bool(doc.sentences) and "\n" in doc.text[:doc.sentences[0].end + 1] and has_headline(doc.text)


def headline_sentences(doc: Document) -> set[int]:
    """The sentences of the headline line, also where its label ("Explainer:", "Live:") was cut
    off as a sentence of its own; none when the text opens with no headline."""
    from kg.layout import has_headline

    line_end = doc.text.find("\n")
    return {i for i, s in enumerate(doc.sentences) if s.end <= line_end} if has_headline(doc.text) else set()


def noun_alias(doc: Document, lexicon: Lexicon, start: int, end: int, etype: str) -> None:
    """A name the lower-case noun after it types is named with that noun too ("the X treaty")."""
    noun = re.match(r"\s+([a-z][a-z-]+)", doc.text[end:end + 30])
    if noun and lexicon.head_type(noun.group(1)) == etype:
        doc.annotations.setdefault("noun_aliases", {})[(start, end)] = f"{doc.text[start:end]} {noun.group(1)}"


def retype_by_context(doc: Document, lexicon: Lexicon, found: list[Mention]) -> None:
    """An organisation or place the gazetteer does not know takes the type its context gives; a
    region's name modifying a noun names no place."""
    drop_region_modifiers(lexicon, doc.annotations["tokens"], found)
    typed: dict[str, str] = {}
    # a name the text also gives bare ("the fishermen of X") is no agreement's before "deal": "the X deal"
    bare = {m.text for m in found if m.qid is None and m.type in {"Organization", "Place"}
            and context_type(doc.text, m.start, m.end, lexicon) is None}
    for m in found:
        if m.qid is None and m.type in {"Organization", "Place"} and m.text.lower() not in lexicon.regions:
            if m.type == "Place" and (SUMMIT_AFTER.match(doc.text, m.end) or is_sea_part(m.text, lexicon)):
                continue  # "the Coral Islands summit", "the island states of the eastern Caribbean": regions
            etype = context_type(doc.text, m.start, m.end, lexicon)
            if etype == "InternationalOrganization" and of_a_region(m.text, lexicon):
                continue  # "Southeast Asian countries": a region's, no grouping
            if etype == "Agreement" and m.text in bare:
                continue
            if etype:
                m.type = etype
                typed.setdefault(m.text, etype)
                noun_alias(doc, lexicon, m.start, m.end, etype)  # "the Coral Island agreement"
    for m in found:  # statistical NER's people too: "air bases, including Puerto Talcan" are bases
        kind = listed_kind(doc.text, m.start, lexicon) if m.qid is None and m.type == "Person" else None
        if kind in {"MilitaryBase", "Facility"}:
            m.type = str(kind)
            typed.setdefault(m.text, m.type)
    for m in found:  # one name, one type: "BRICS leaders" is the grouping "the BRICS summit" shows
        if m.qid is None and m.type in {"Organization", "Place"} and m.text in typed:
            m.type = typed[m.text]
    # one word typed an agreement by the noun after it, "the X deal", that the text also gives bare
    # ("the fishermen of X"): what that bare mention is, everywhere
    plain = {m.text: m.type for m in found if m.qid is None and m.type in {"Organization", "Place"} and m.text in bare}
    for m in found:
        if m.qid is None and m.type == "Agreement" and " " not in m.text and m.text in plain:
            m.type = plain[m.text]


#: types an apposition may give a name the gazetteer does not know (never a person's or a state's)
_APPOSITION_TYPES = frozenset({"Agreement", "Summit", "InternationalOrganization", "MilitaryBase", "Organization",
                               "Legislature", "ArmedForces", "Facility"})


#: types a name's own words give loosely ("Union", "Council", "Dialogue"), which an apposition
#: overrides; a "Treaty", a "Summit", a person or a state keeps its type ("the X Treaty, their
#: first alliance" is a figure of speech)
_LOOSE_TYPES = frozenset({"Organization", "InternationalOrganization", "Place", "Facility"})


def retype_by_apposition(doc: Document, lexicon: Lexicon, toks: list[Token], found: list[Mention]) -> None:
    """A name the gazetteer does not know takes the type its apposition's common noun gives, over
    a loose one of its own words: "the X Union, a treaty that ..." is an agreement, "the Y Dialogue, an
    annual summit of ..." a summit. The same name elsewhere in the text takes it too."""
    ending = {t.end: t for t in toks}
    typed: dict[str, str] = {}
    for m in found:
        last = ending.get(m.end)
        if m.qid is not None or m.type not in _LOOSE_TYPES or last is None:
            continue
        for t in toks[last.i + 1:last.i + 12]:
            if t.head == last.i and t.dep == "appos" and t.pos == "NOUN" and t.i > last.i + 1 \
                    and toks[last.i + 1].text == ",":
                first = min((c.i for c in toks[max(0, t.i - 4):t.i] if c.head == t.i and c.dep in {"amod", "compound"}),
                            default=t.i)
                etype = lexicon.head_type(" ".join(c.text for c in toks[first:t.i + 1]))  # "upper house"
                if etype in _APPOSITION_TYPES:
                    typed[m.text] = etype
                    # a name the apposition gives too ("an annual summit of Pacific leaders") is
                    # this one's other name, not a second thing
                    for o in found:
                        if o is not m and o.qid is None and o.type == etype and o.start <= t.start < o.end:
                            doc.annotations.setdefault("same_as", {})[o.span] = m.span
                            o.kind = "alias"
                break
    for m in found:
        if m.qid is None and m.text in typed and m.type in _LOOSE_TYPES:
            m.type = typed[m.text]


def retype_by_coordination(toks: list[Token], found: list[Mention]) -> None:
    """A one-word name the gazetteer does not know, which the tagger took for a person or a body,
    is a place when it is coordinated with known places or states and no person ("bases in A, B
    and C", A and C cities the gazetteer lists: B is one too)."""
    first = {t.start: t.i for t in toks}
    last = {t.end: t.i for t in toks}
    owner: dict[int, Mention] = {}  # token -> the mention it is a word of
    for m in found:
        if m.start in first and m.end in last:
            owner.update(dict.fromkeys(range(first[m.start], last[m.end] + 1), m))
    lists: dict[int, set[int]] = {}  # the first conjunct's token -> the mentions coordinated with it
    for t in toks:
        if t.dep == "conj" and t.i in owner and t.head in owner:
            k = t.head
            while toks[k].dep == "conj" and toks[k].head < k and toks[k].head in owner:
                k = toks[k].head
            lists.setdefault(k, {id(owner[k])}).add(id(owner[t.i]))
    mentions = {id(m): m for m in found}
    for ids in lists.values():
        listed = [mentions[k] for k in ids]
        if any(m.type == "Person" and (m.qid or " " in m.text) for m in listed) \
                or not any(m.type in {"Place", "State"} and m.qid for m in listed):
            continue
        for m in listed:
            if m.qid is None and m.type in {"Person", "Organization"} and " " not in m.text:
                m.type = "Place"


def place_datelines(doc: Document, found: list[Mention]) -> None:
    """A dateline's place ("DIMAPUR, July 29 (Agency):") is a place, whatever the tagger took it
    for: an unlinked name there typed a body or a person is retyped (a name nothing read stays
    unread: a dateline's city is where the story was filed, not news of its own)."""
    from kg.layout import dateline

    offset = 0
    for line in doc.text.split("\n"):
        m = dateline(line)
        # a date or an agency tells a dateline from a label in capitals ("TOPICS: ...")
        place = m.group("place").strip() if m and ("," in m.group(0) or m.group("source")) else ""
        if m is not None and place and "/" not in place and len(place.split()) <= 3:
            start = offset + m.start("place")
            end = start + len(place)
            same = [f for f in found if f.start == start and f.end == end]
            if same and all(f.qid is None and f.type in {"Organization", "Person"} for f in same):
                for f in same:
                    f.type = "Place"
        offset += len(line) + 1


def name_capitals(doc: Document, found: list[Mention], index: GazetteerIndex | None,
                  compounds: frozenset[str] = frozenset()) -> None:
    """"the Philippine capital" names the state's capital city; so does "Angola's capital" (the
    word "capital" itself, the state named before it staying the state), unless the word goes on
    into a compound of money ("Chile's capital markets": ``lexicon.yaml`` ``capital_compounds``)."""
    if index is None:
        return
    _possessed_capitals(doc, found, index, compounds)
    for m in list(found):
        if m.type != "State" or not m.qid or not re.match(r"\s+capital\b", doc.text[m.end:m.end + 10]):
            continue
        entry = index.gazetteer.get(m.qid)
        capital = (entry.extra or {}).get("capital") if entry is not None else None
        city = index.gazetteer.get(capital) if capital else None
        if city is None or any(o.qid == city.qid and o.end <= m.start
                               and re.fullmatch(r",\s+(?:the\s+)?", doc.text[o.end:m.start]) for o in found):
            continue  # "Doha, the Qatari capital": the city is named right there; the demonym stays the state
        after = re.match(r"\s+capital", doc.text[m.end:])
        end = m.end + (after.end() if after else 0)
        found.remove(m)
        found.append(Mention(m.start, end, doc.text[m.start:end], "Place", kind="alias", qid=city.qid, sentence=m.sentence))


_POSSESSED_CAPITAL = re.compile(r"['\u2019]s\s+(capital)\b(?:\s+city\b)?\s*([A-Za-z-]*)")


def _possessed_capitals(doc: Document, found: list[Mention], index: GazetteerIndex, compounds: frozenset[str]) -> None:
    """"due in Angola's capital, Luanda", "flew to Peru's capital": the word "capital" is the
    state's capital city, a place of its own (not the state, which its possessive names)."""
    taken = [(f.start, f.end) for f in found]
    for m in [m for m in found if m.type == "State" and m.qid]:
        after = _POSSESSED_CAPITAL.match(doc.text, m.end)
        if after is None or after.group(2).lower() in compounds:
            continue
        entry = index.gazetteer.get(m.qid)
        capital = (entry.extra or {}).get("capital") if entry is not None else None
        city = index.gazetteer.get(capital) if capital else None
        start, end = after.start(1), after.end(1)
        if city is None or any(a < end and start < b for a, b in taken):
            continue
        found.append(Mention(start, end, doc.text[start:end], "Place", kind="alias", qid=city.qid, sentence=m.sentence))


_SERVICE_RE_CACHE: dict[int, re.Pattern[str]] = {}


def name_armed_services(doc: Document, lexicon: Lexicon, toks: list[Token], found: list[Mention],
                        add: Callable[[Mention], bool], gazetteer=None) -> None:
    """"<Demonym> <service>" and "<Demonym> and <Demonym> <services>" name armed forces; a ship's
    prefix names its navy's state ("USS X": :mod:`kg.extract.ship_names`)."""
    pattern = _SERVICE_RE_CACHE.get(id(lexicon))
    if pattern is None:
        words = "|".join(re.escape(w) for w in sorted(lexicon.services, key=len, reverse=True))
        pattern = re.compile(r"^\s*(?:and\s+\w+\s+)?(" + words + r")\b", re.IGNORECASE)
        _SERVICE_RE_CACHE[id(lexicon)] = pattern
    text = doc.text
    for m in [m for m in found if m.type == "State" and text.startswith(("'s ", "\u2019s "), m.end)]:
        match = pattern.match(text[m.end + 2:m.end + 40])  # "Sudan's armed forces": the state's, named by it
        after = text[m.end + 2 + match.end(1):m.end + 60].split()[:1] if match else []
        if match and not match.group(0).lstrip().lower().startswith("and ") \
                and not (after and (after[0].strip(",.").lower() in lexicon.titles.heads or after[0][:1].isupper())):
            # "Britain's Navy Secretary X", "Poland's Armed Forces Day": part of a title or a longer name
            start, end = m.end + 2 + match.start(1), m.end + 2 + match.end(1)
            mention = Mention(start, end, text[start:end], "ArmedForces", kind="service", sentence=m.sentence)
            if add(mention):
                doc.annotations.setdefault("service_labels", {})[(start, end)] = text[m.start:end]
    demonyms = [m for m in found if m.kind == "demonym" or (m.type == "State" and m.text.endswith(("n", "sh", "ese", "i", "ch")) and m.kind != "name")]
    at = {t.start: t for t in toks}
    for m in demonyms:
        match = pattern.match(text[m.end:m.end + 40])
        if not match:
            continue
        nxt = re.match(r"\s*", text[m.end + match.end():])
        word = at.get(m.end + match.end() + (nxt.end() if nxt else 0))
        if match.group(1).lower() == "military" and word is not None and word.pos in {"NOUN", "ADJ"}:
            continue  # "French military bases", "Russian military personnel": an adjective, no service
        service = match.group(1)
        label = f"{m.text} {service.title()}"
        start, end = m.start, m.end + match.end()
        if match.group(0).lstrip().lower().startswith("and "):
            end = m.end  # "Indian and Russian armed forces": this demonym's force is named at a distance
        found.remove(m)
        if m.qid:
            doc.annotations.setdefault("demonyms", []).append((m.text, m.qid))
        mention = Mention(start, end, text[start:end] if end > m.end else m.text, "ArmedForces", sentence=m.sentence)
        mention.kind = "service"
        doc.annotations.setdefault("service_labels", {})[(start, end)] = label
        found.append(mention)
    name_state_ministries(doc, found, add)  # "Chile's foreign ministry", read after the services
    name_ships(doc, lexicon, toks, found, gazetteer, add)


def initials(name: str) -> set[str]:
    """Acronyms a name may go by: initials of all its words, or of its capitalised words."""
    words = re.findall(r"[A-Za-z][\w']*", name.replace("-", " "))
    return {"".join(w[0].upper() for w in words), "".join(w[0] for w in words if w[0].isupper())}


#: An acronym defined without parentheses: "X, or XY,", "X, better known as XY", "X, referred to as the XY".
_DEFINED_AS = re.compile(r",\s+(?:or\s+([A-Z][A-Za-z0-9&\-]{1,11}),"
                         r"|(?:also |better |commonly )?(?:known as|referred to as|dubbed|called)\s+(?:the\s+)?"
                         r"([A-Z][A-Za-z0-9&\-]{1,11})(?=[,.;)]|\s+[a-z]))")


def read_acronyms(doc: Document, toks: list[Token], found: list[Mention], add: Callable[[Mention], bool]) -> None:
    """"Long Name (LN)", "Long Name, or LN," and "Long Name, known as LN" define LN, and so do a name's
    initials; LN alone later is the same entity."""
    text = doc.text
    spell_out_acronyms(doc, found)
    defined: dict[str, Mention] = {}
    for m in list(found):
        after = text[m.end:m.end + 40]
        match = re.match(r"\s*\(([A-Z][A-Za-z0-9&\-]{1,11})\)", after)
        if match is None and " " in m.text:
            match = _DEFINED_AS.match(after)
        acr = next((g for g in match.groups() if g), "") if match else ""
        if m.type == "Place" and acr not in initials(m.text):
            continue  # a dateline's "PARIS (AFP)": the agency that filed it, no name of the city
        if acr and acr.upper() == acr[:1].upper() + acr[1:] and sum(c.isupper() for c in acr) >= 2:
            defined[acr] = m
    # An acronym never defined in parentheses but made of a name's initials ("... signed the
    # Reciprocal Access Agreement ... the RAA will ...").
    named = [m for m in found if " " in m.text and m.type in {"Agreement", "InternationalOrganization", "Organization",
                                                               "ArmedForces", "Legislature", "State"}]
    for t in toks:
        if t.text in defined or not (2 <= len(t.text) <= 7 and t.text.isupper() and t.text.isalpha()):
            continue
        for m in named:
            if t.text in initials(m.text):
                defined[t.text] = m
                break
    # an acronym of a known name beats a statistical guess at the same spot ("PNG" is no company)
    for m in list(found):
        if m.text in defined and m.qid is None and m.kind != "acronym" and defined[m.text] is not m:
            found.remove(m)
    for t in toks:
        if t.text in defined:
            base = defined[t.text]
            add(Mention(t.start, t.end, t.text, base.type, kind="acronym", qid=base.qid, sentence=t.sent))
    doc.annotations["acronyms"] = {acr: (m.start, m.end) for acr, m in defined.items()}


_REGION_RE_CACHE: dict[int, OpenerScan] = {}


def find_regions(doc: Document, lexicon: Lexicon, toks: list[Token]) -> list[Mention]:
    """Continents and macro-regions ("Latin America", "the Sahel", "Indo-Pacific") are places the
    text names: candidates beside the gazetteer's (the longer wins: "Latin America" over the
    "America" inside it), found before a statistical tagger or a context ("Gulf nations") reads them."""
    pattern = _REGION_RE_CACHE.get(id(lexicon))
    if pattern is None:
        words = sorted({w.removeprefix("the ") for w in lexicon.regions} - lexicon.region_groupings, key=len, reverse=True)
        # tried only where a region's word begins (the whole text is scanned)
        # (grouped by first letter, kg.extract.alternation: the same matches, found faster)
        pattern = OpenerScan(re.compile(r"(?<![\w-])(" + alternation([re.escape(w) for w in words]) + r")(?![\w-])",
                                        re.IGNORECASE), words)
        _REGION_RE_CACHE[id(lexicon)] = pattern
    out = []
    at = {t.end: t for t in toks}
    for match in pattern.finditer(doc.text):
        t = at.get(match.end())  # the last word: "Indo-Pacific" is three tokens
        if " " not in match.group(0) and t is not None and t.dep in {"compound", "amod"} and t.head > t.i:
            continue  # "Pacific nations", "a Gulf state": one word modifying a noun, not the place named
        words = re.split(r"[ -]", match.group(0))
        if all(w[:1].isupper() for w in words[:-1] if w.lower() not in {"of", "the"}) \
                and (words[-1][:1].isupper() or len(words) > 1 and words[-1] == "peninsula"):  # "the Korean peninsula"
            start, end = match.span()  # "the gulf between them" is a common noun
            out.append(Mention(start, end, match.group(0), "Place", sentence=doc.sentence_index(start)))
    return out + find_sea_parts(doc, lexicon)  # "the eastern Mediterranean": a part of a sea, a region of its own


#: A port named by its place: "the port of X", "X port" (not "X's port city").
_PORT_AFTER = re.compile(r" (port|harbour|harbor)\b(?! (?:city|town|authority|authorities|state|states|call|of)\b)")
_PORT_BEFORE = re.compile(r"\b(port|harbour|harbor) of $")


def name_ports(doc: Document, found: list[Mention]) -> None:
    """A port is named by the place it is at: "the port of X" and "X port" are one facility, labelled
    "port of X", where X is no city the gazetteer knows (a known city is what its port stands for)."""
    text = doc.text
    places = {m.text for m in found if m.type == "Place"}
    # a city the gazetteer knows is the place its port is named for ("the Baltic port of X", X a known city)
    for m in [m for m in found if m.qid is None and (m.text in places or m.type == "Place")]:
        after, before = _PORT_AFTER.match(text, m.end), _PORT_BEFORE.search(text[max(0, m.start - 12):m.start])
        said = before or after
        if said is None:
            continue  # a name read as a place anywhere in the text is that place here too ("X port is...")
        start = m.start - (len(before.group(0)) if before else 0)
        end = after.end() if after and not before else m.end
        if any(o is not m and o.start < end and start < o.end for o in found):
            continue
        found.remove(m)
        port = Mention(start, end, text[start:end], "Facility", kind="service", sentence=m.sentence)
        doc.annotations.setdefault("service_labels", {})[(start, end)] = f"{said.group(1).lower()} of {m.text}"
        found.append(port)
