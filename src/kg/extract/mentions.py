"""Mentions: the stretches of text that name an entity, found three ways and merged.

1. the gazetteer (names, aliases, demonyms, acronyms of Wikidata items), longest match first;
2. capitalised name chunks typed by their head noun ("... Agreement", "... Summit", "Camp ...");
3. spaCy's statistical named entities for the rest (people, places, organisations), read only
   around the proper nouns that :mod:`kg.extract.names` leaves unexplained.
Summits, accession protocols, capitals, armed services, acronyms and the type a name takes from
its context are :mod:`kg.extract.special_mentions`' to find.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context_types import called_a_place_after, context_type, of_a_region
from kg.extract.demonym_names import names_after_demonyms
from kg.extract.document_heads import designation_only
from kg.extract.gazetteer_index import (
    GazetteerEntry,
    GazetteerIndex,
    acronym_as_word,
    after_a_states_possessive,
    best_reading,
    choose_by_country,
    generic_legislature,
    inside_longer_name,
    states_only,
)
from kg.extract.hardware import drop_machines
from kg.extract.hereafter_names import name_hereafter
from kg.extract.joined_names import joined_names
from kg.extract.lexicon import Lexicon
from kg.extract.media import find_media, read_sources
from kg.extract.name_chunks import after_a_title_of, name_chunks, shorter_end
from kg.extract.names import (
    names_after_titles,
    surnames,
    titled_people,
    unexplained,
)
from kg.extract.ner_spans import (
    THE,
    UNIT,
    bare_head,
    before_their_state,
    ner_spans,
    personal_name,
    tidy_tail,
    unknown_place,
)
from kg.extract.nlp import Token, recognise, tokens
from kg.extract.number_words import COUNT_WORDS, ORDINAL_WORDS, YEAR
from kg.extract.party_names import name_parties
from kg.extract.party_phrases import cut_before_parties
from kg.extract.people_by_shape import (
    people_after_possessive_states,
    people_after_their_states,
    people_before_titles,
    people_listed_by_state,
)
from kg.extract.person_company import names_by_company
from kg.extract.site_names import name_sites
from kg.extract.special_mentions import (
    find_accession_protocols,
    find_regions,
    headline_sentences,
    name_armed_services,
    name_capitals,
    noun_alias,
    place_datelines,
    read_acronyms,
    retype_by_apposition,
    retype_by_context,
    retype_by_coordination,
)
from kg.extract.state_fits import drop_state_modifiers
from kg.extract.styled_names import courtesy_only
from kg.extract.summit_mentions import find_series, find_summits
from kg.extract.summit_nouns import LEADERS_BODY
from kg.model import Document, Mention

_LIST_TAIL = re.compile(r"(?:, [A-Z][\w-]+(?: [A-Z][\w-]+)?)+,? and [A-Z][\w-]+(?: [A-Z][\w-]+)?")
_REGION_WORDS = {"north", "south", "east", "west", "central", "latin", "northern", "southern", "eastern",
                 "western", "sub-saharan", "pan"}
_ORGANISATIONS = frozenset({"Organization", "InternationalOrganization"})
_SPACES = str.maketrans(dict.fromkeys("\n\u00a0\u2009\u202f\u2007", " "))
#: What a one-word given name may also name: a state's or a body's one-word name.
_GIVEN_NAME_TYPES = frozenset({"State", "Legislature", "Organization", "InternationalOrganization"})
_NER_TYPES = {"PERSON": "Person", "GPE": "Place", "LOC": "Place", "FAC": "Facility", "ORG": "Organization",
              "LAW": "Agreement", "EVENT": "Summit"}
_NAMED_OF_A_STATE = {"Legislature", "Organization", "ArmedForces"}  # "Parliament of Malaysia"


#: Counts and ranks in words: capitalised only when they open a sentence.
_NUMBER_WORDS = frozenset(COUNT_WORDS) | frozenset(ORDINAL_WORDS)


def _listed_title_runs_on(chunks: list[tuple[int, int]], b: int) -> int:
    """Where a title whose listed words end at token b ends: the end of the chunk the list's last
    word opened, when it runs on ("Treaty on Friendship, Peace and Cooperation for the X")."""
    return max([b, *(y for x, y in chunks if x < b < y)])


def find_mentions(doc: Document, lexicon: Lexicon, index: GazetteerIndex | None) -> Document:
    """Fill ``doc.mentions`` from the gazetteer, name chunks, acronyms and spaCy NER."""
    steps = mention_steps(doc, lexicon, index)
    recognise(doc, next(steps))
    return next(steps)


def mention_steps(doc: Document, lexicon: Lexicon, index: GazetteerIndex | None) -> Iterator:
    """:func:`find_mentions` in two steps, so that one NER pass serves a batch of documents: yields
    the words NER must read (the caller runs it), then, resumed, the document with its mentions."""
    text = doc.text
    toks = tokens(doc)
    found: list[Mention] = []

    def add(m: Mention) -> bool:
        start, end = m.start, m.end
        for f in found:  # written out: this runs for every candidate against every mention
            if f.start < end and start < f.end:
                return False
        found.append(m)
        return True

    def over_places(m: Mention) -> bool:
        """Add a person's name after a title even over places or states the gazetteer found inside it
        ("Minister Ana Sobral-Teixeira": Sobral is also a Brazilian city; "Minister Dominique X":
        Dominique is also a state's name in French)."""
        inside = [f for f in found if f.start < m.end and m.start < f.end]
        if inside and all((f.type == "Place" or f.type in _GIVEN_NAME_TYPES and f.start == m.start and " " not in f.text
                           and f.end < m.end)  # a one-word given name before a surname, though it names a body too
                          and m.start <= f.start and f.end <= m.end for f in inside):
            for f in inside:
                found.remove(f)
        return add(m)

    by_sentence: dict[int, list[Token]] = {}
    for t in toks:
        by_sentence.setdefault(t.sent, []).append(t)
    headline = headline_sentences(doc)  # every sentence of the line: "Kicker: Headline In Title Case"

    # 1. capitalised chunks whose head noun types them (longest, most specific first)
    documents = frozenset(p.split()[0] for p in lexicon.prefix_heads.get("Agreement", ()))
    chunk_mentions: list[Mention] = []
    for sent, stoks in by_sentence.items():
        chunks = name_chunks(stoks, index, documents, lambda phrase: _name_type(lexicon, phrase), lexicon.titles.heads | lexicon.rank_words, lexicon.titles.modifiers)
        for a, b in chunks:
            a, b = _trim(stoks, a, b)
            a += a == 0 and b > 2 and stoks[0].lower in COUNT_WORDS and not (index and index.match(text[stoks[0].start:stoks[b - 1].end]))  # "Four EU states met": no word of the name
            a = after_a_title_of(stoks, a, b, lexicon.titles.heads)
            if a >= b:
                continue
            start, end = stoks[a].start, stoks[b - 1].end
            phrase = text[start:end]
            more = _LIST_TAIL.match(text, end) if re.search(r" (?:of|on|for) ", phrase) else None
            if more:
                end = more.end()  # "Treaty of Friendship, Good-Neighbourliness and Cooperation"
                while b < len(stoks) and stoks[b].end <= end:
                    b += 1
                b = _listed_title_runs_on(chunks, b)  # "... and Cooperation for the Development of X"
                end = stoks[b - 1].end
                phrase = text[start:end]
            etype = _name_type(lexicon, phrase) or (lexicon.head_type(re.split(r" (?:of|on|for) ", phrase)[0])
                                                    if more else None)  # "Committee on A, B and C"
            if etype in {"Agreement", "Summit"} and a > 0 and stoks[a - 1].text.isdigit() and stoks[a - 1].ws \
                    and not (etype == "Agreement" and YEAR.fullmatch(stoks[a - 1].text)):
                a -= 1  # "the 100 Year Partnership": a number opening a document's name is part of it (a year
                #         before it, "the 1949 North Atlantic Treaty", dates it)
                start = stoks[a].start
                phrase = text[start:end]
            full, qid = (b, end, phrase), None
            while etype is None and (shorter := shorter_end(stoks, a, b, index, lexicon.head_type)) < b:
                b = shorter
                end = stoks[b - 1].end  # "the X Treaty of Monday's..." -> try "the X Treaty"
                phrase = text[start:end]
                etype = lexicon.head_type(phrase)
            rest = stoks[b + 1:full[0]] if b < full[0] and stoks[b].lower == "of" else []
            rest = rest[1:] if rest and rest[0].lower == "the" else rest  # "of Cambodia", "of the Philippines"
            if etype in _NAMED_OF_A_STATE and rest and index is not None \
                    and any(e.type == "State" for _, e, _ in index.match(" ".join(t.text for t in rest))):
                if etype == "Organization" and THE.sub("", phrase).split()[0].lower() == "government":
                    continue  # "the Government of Kenya signed": the state acts; its own name names it
                owner = {e.qid for _, e, _ in index.match(" ".join(t.text for t in rest)) if e.type == "State"}
                body = {e.qid for _, e, _ in index.match(text[start:end]) if e.type == etype and e.country in owner}
                qid = body.pop() if len(body) == 1 else None  # "National Assembly of Cambodia": Cambodia's
                b, end, phrase = full  # "National Assembly of Cambodia": the state is part of the name
            if etype in _NAMED_OF_A_STATE and qid is None and b - a > 1 and index is not None:
                qid = _demonym_owned(index, stoks[a].text, text[stoks[a + 1].start:end], etype)  # "the Ruritanian Chamber of Deputies"
            if etype is None:
                etype = context_type(text, start, end, lexicon)
                if etype is not None and b - a == 1 and stoks[a].pos == "ADJ" \
                        or etype == "InternationalOrganization" and of_a_region(phrase, lexicon):
                    etype = None  # "the Western alliance", "Central Asian countries": an adjective, no name
                if etype is not None and states_only(phrase, index) or etype == "Agreement" and phrase.lower() in lexicon.regions:
                    etype = None  # "the US-Omani deal", "a Pacific deal": whom or where it binds, not its name
                if etype is not None and " " not in phrase and a == 0 and phrase[1:].islower() \
                        and re.search(rf"\b{re.escape(phrase.lower())}\b", text):
                    etype = None  # "Maritime pact ..." opening a line: a word the text writes in lower case too
                if etype is not None and " " not in phrase and phrase.lower() in _NUMBER_WORDS:
                    continue  # "Three protocols were signed": a count opening a sentence, no name
                if etype is not None and " " not in phrase and lexicon.office_at_end(phrase):
                    continue  # "joined the President": a title, not a grouping's name
                if etype is not None and " " not in phrase:
                    unit = UNIT.match(text, end) if etype == "Place" and unknown_place(phrase, lexicon, index) else None
                    if unit:  # "the Amur region": an administrative unit is named with its noun
                        end, phrase = unit.end(), text[start:unit.end()]
                    chunk_mentions.append(Mention(start, end, phrase, etype, sentence=sent))  # "the BRICS group"
                    noun_alias(doc, lexicon, start, end, etype)  # "the ANZUS treaty"
                    continue
            if etype is None:
                continue
            if sent in headline and text.count(phrase) < 2:
                continue  # Title Case headlines capitalise every word: trust only names repeated below
            if " " not in phrase and etype not in {"Legislature"} and not (index and index.match(phrase)) \
                    and not (etype in _NAMED_OF_A_STATE and after_a_states_possessive(stoks, a, index)):
                # a bare head word ("Summit", "Navy") names nothing by itself; a state's ("Peru's Navy") does
                continue
            if etype == "Agreement" and designation_only(phrase.split(), lexicon.heads["Agreement"]):
                continue  # "a Memorandum of Understanding on X": no name, a description reads it
            if etype == "Agreement":  # "the X Agreement [between A and B]": the fuller form an alias
                end, phrase = cut_before_parties(doc, start, end, phrase, documents)
            chunk_mentions.append(Mention(start, end, phrase, etype, qid=qid, sentence=sent))
    # 2. gazetteer, longest match first
    gaz_mentions: list[Mention] = []
    namesakes: dict[int, list[GazetteerEntry]] = {}  # a mention's index -> items of its type bearing its name
    if index is not None:
        for sent, stoks in by_sentence.items():
            for i, j, span, matches in index.find(text, stoks):
                _surface, entry, kind = best_reading(matches)
                if inside_longer_name(stoks, i, j, entry):
                    continue
                if kind == "demonym" and i > 0 and stoks[i - 1].is_cap and stoks[i - 1].pos in {"PROPN", "ADJ"} \
                        and stoks[i - 1].ws != "" and stoks[i - 1].lower in _REGION_WORDS:
                    continue  # "South American", "Central Asian": a region's adjective, not a state's
                rivals = {e.qid: e for _, e, _ in matches if e.type == entry.type}
                if len(rivals) > 1 or entry.type == "Legislature" and generic_legislature(span):
                    # "the House of Representatives", "Congress": which state's, the article tells
                    namesakes[len(gaz_mentions)] = list(rivals.values())
                gaz_mentions.append(Mention(stoks[i].start, stoks[j - 1].end, span, entry.type, kind=kind,
                                            qid=entry.qid, sentence=sent))
        choose_by_country(gaz_mentions, namesakes, index.gazetteer, lexicon.shared_state_names)
    _named_with_their_noun(text, lexicon, chunk_mentions, gaz_mentions)
    # a typed chunk beats a gazetteer match it strictly contains ("Indian Armed Forces" > "Indian")
    candidates = find_summits(doc, toks, gaz_mentions) + find_series(doc, gaz_mentions) + find_accession_protocols(doc, gaz_mentions) + chunk_mentions + gaz_mentions \
        + find_regions(doc, lexicon, toks)
    for m in sorted(candidates, key=lambda m: (-(m.end - m.start), m.qid is None)):
        add(m)
    # 3. what special_mentions reads: context types, capitals, armed services, acronyms ("Long Name
    #    (LN)" defines LN; LN alone later is the same entity); then names after titles
    retype_by_context(doc, lexicon, found)
    name_capitals(doc, found, index, lexicon.capital_compounds)
    name_armed_services(doc, lexicon, toks, found, add, index.gazetteer if index is not None else None)
    read_acronyms(doc, toks, found, add)
    names_after_titles(doc, lexicon, toks, over_places, {m.start: m.end for m in found if m.type == "State"})
    names_after_demonyms(doc, lexicon, toks, found, add)
    find_media(doc, lexicon, toks, found, add)  # credit lines, datelines' agencies, outlets' names
    # 4. spaCy's named entities for what is left; a person's full name beats a place inside it
    #    ("Lloyd Austin" is no city). NER runs only where proper nouns are still unexplained.
    yield unexplained(doc, lexicon, toks, found)
    toks = tokens(doc)
    for a, b, label in ner_spans(toks):
        if label == "PERSON" and b - a >= 2:
            start, end = toks[a].start, toks[b - 1].end
            inside = [m for m in found if start <= m.start and m.end <= end and (m.type == "Place" or m.type in _GIVEN_NAME_TYPES
                      and m.start == start and m.kind == "alias" and " " not in m.text)]  # a given name, not the body of that name
            if inside and all(start <= m.start and m.end <= end for m in found if m.start < end and start < m.end):
                for m in inside:
                    found.remove(m)
    states = {m.start: m.end for m in found if m.type == "State"}
    for ent in ner_spans(toks):
        a, b, label = ent
        if label == "PERSON":
            b = before_their_state(toks, a, b, states)  # "X Y of Chile": the name, and Chile its own
        start, end = toks[a].start, toks[b - 1].end
        phrase = text[start:end]
        if label == "ORG" and not lexicon.head_type(phrase) and not lexicon.prefix_type(THE.sub("", phrase)) and (
                lexicon.office_at_end(phrase + " " + (text[end:end + 12].split() or [""])[0])
                or lexicon.office_at_end(text[max(0, start - 120):end])):
            continue  # "Defense" in "Defense Secretary", "State" in "Secretary of State": part of a title
        if label == "ORG" and (o := lexicon.office_at_end(phrase + " " + (text[end:end + 12].split() or [""])[0])) \
                and o[1] < len(phrase) and phrase.split()[-1] in o[0].split():
            continue  # "Defence Cabinet" of "Defence Cabinet Secretary X": the title's words
        etype = _NER_TYPES.get(label)
        if etype is None:
            continue
        if label != "PERSON" and b - a == 1 and (lexicon.office_at_end(phrase) or bare_head(lexicon, phrase)):
            continue  # "Oman's Sultan X", "the House will vote": a title or a head noun names nothing alone
        if label == "LAW" and re.match(r"(Article|Section|Chapter|Clause|Paragraph)\b", phrase):
            continue  # a provision of an agreement, not an agreement
        if label == "PERSON" and (not personal_name(toks, a, b) or toks[b - 1].lower in lexicon.titles.heads):
            continue  # "the Quartet", "president pro tempore", "BNP Chairperson": no one's name
        if label == "PERSON" and called_a_place_after(text, end, lexicon):
            label = "LOC"  # "Abu Musa island", "the Kandahar province": a place, whatever it sounds like
            unit = UNIT.match(text, end) if unknown_place(phrase, lexicon, index) else None
            if unit:  # "the Amur region": an administrative unit is named with its noun
                end, phrase = unit.end(), text[start:unit.end()]
        if label in {"LAW", "EVENT"}:
            # a law or an event is an agreement or a summit only by its head word: "World War II",
            # "Cold War", a party's name are neither
            etype = lexicon.head_type(phrase) or lexicon.prefix_type(phrase)
            if label == "EVENT" and etype != "Summit" or label == "LAW" and etype != "Agreement":
                continue
            if etype == "Agreement" and designation_only(THE.sub("", phrase).split(), lexicon.heads["Agreement"]):
                continue  # "the Framework Agreement on X": a designation, read as a description
        elif label in {"ORG", "FAC", "GPE", "LOC"}:
            core = tidy_tail(THE.sub("", phrase))
            if (lexicon.head_type(core) or lexicon.prefix_type(core)) == "Agreement" \
                    and designation_only(core.split(), lexicon.heads["Agreement"]):
                continue  # "a Memorandum of Understanding (MoU)": a document's designation, no body's name
            etype = lexicon.head_type(phrase) or etype
        if phrase.lower().startswith("the "):
            start += 4
            phrase = phrase[4:]
        phrase = tidy_tail(phrase)  # "X Committee (XC", "the Centre for Y of": the tagger ran on
        end = start + len(phrase)
        rank = lexicon.rank_at_start(phrase) if label == "PERSON" else 0
        if rank and phrase[rank:].strip():
            cut = len(phrase) - len(phrase[rank:].lstrip())
            start, phrase = start + cut, phrase[cut:]  # "Field Marshal Omar Haddad": the name
        if label in {"GPE", "LOC"} and phrase.isupper() and etype == "Place":
            etype = "Organization"  # an acronym the gazetteer does not know is no place name
        if etype is not None:
            add(Mention(start, end, phrase, etype, sentence=toks[a].sent))
    name_sites(doc, lexicon, found)  # "the port of X", "X port", "X airport": the site, not the place
    name_parties(doc, toks, found)  # "the ruling X party": the party X
    read_sources(doc, lexicon, toks, found, add)  # "X reported", "according to X"; no credit furniture
    retype_by_context(doc, lexicon, found)
    retype_by_apposition(doc, lexicon, toks, found)
    name_hereafter(doc, found)  # "X, hereafter the Y": one thing
    retype_by_coordination(toks, found)  # "bases in A, B and C": B a place too, if A and C are
    place_datelines(doc, found)  # "DIMAPUR, July 29 -": a place
    for m in found:  # "Nato", "Asean": an organisation's acronym written as a word
        if m.qid is None and m.type in _ORGANISATIONS and (entry := acronym_as_word(index, m.text)) is not None:
            m.type, m.qid, m.kind = entry.type, entry.qid, "acronym"
    titled_people(doc, lexicon, found)
    names_by_company(doc, lexicon, found)
    people_listed_by_state(doc, toks, found, add)  # "Presidents A of Chile, B C of Peru": B C too
    people_after_their_states(doc, toks, found, add)  # "the presidents of Chile, A, and Peru, B C"
    people_after_possessive_states(doc, lexicon, toks, found, add)  # "A's X Y and B's Z W"
    people_before_titles(doc, lexicon, toks, found, add)  # "A B, Minister of Defence of Chile,"
    drop_machines(doc, found)  # "Harrier jets", "aboard X": a model's or a craft's name
    drop_state_modifiers(toks, found)  # "the Red Sea nation": a state described, no mention of the sea
    surnames(doc, toks, found, add)
    for m in found:  # a name a hard wrap broke over two lines, or a no-break space joined, is one name
        m.text = m.text.translate(_SPACES)
        if m.type == "Agreement" and m.span not in doc.annotations.get("noun_aliases", {}):
            noun_alias(doc, lexicon, m.start, m.end, m.type)  # "the first START treaty", "the CFE treaty"
    # "President Ayatollah Seyyed" + a listed name: courtesy words alone name no one
    found = joined_names(text, [m for m in found if m.type != "Person" or not courtesy_only(m.text)])
    found.sort(key=lambda m: m.start)
    doc.mentions = found
    yield doc


def _demonym_owned(index: GazetteerIndex, first: str, rest: str, etype: str) -> str | None:
    """The listed body a state's demonym and a name of that state's body make ("Ruritanian" +
    "Chamber of Deputies"): the demonym says whose, the rest is its name."""
    owner = {e.qid for _, e, kind in index.match(first) if e.type == "State" and kind == "demonym"}
    body = {e.qid for _, e, _ in index.match(rest) if e.type == etype and e.country in owner} if owner else set()
    return body.pop() if len(body) == 1 else None


def _named_with_their_noun(text: str, lexicon: Lexicon, chunks: list[Mention], gaz: list[Mention]) -> None:
    """"the ANZUS Treaty", "the Five Eyes Alliance": a listed pact or body named with a head noun
    of its own type is that item (the chunk takes the gazetteer's item)."""
    listed = {m.start: m for m in gaz if m.qid and m.type in {"Agreement", "InternationalOrganization"}}
    for c in chunks:
        g = listed.get(c.start)
        if g is not None and c.qid is None and c.type == g.type and g.end < c.end \
                and re.fullmatch(r"\s+\S+", text[g.end:c.end]) and lexicon.head_type(text[g.end:c.end].strip()) == c.type:
            c.qid = g.qid


def _name_type(lexicon: Lexicon, phrase: str) -> str | None:
    """The type a name's words give it: a document's opening noun first ("Agreement concerning
    Support between the Navies" is an agreement, not a navy), then its closing head noun ("Camp
    David Accords" are accords), then a name-opening word ("Camp Lemonnier", "Fort X")."""
    prefix = lexicon.prefix_type(phrase)
    if prefix == "Agreement":
        return prefix
    gathering = _GATHERING.match(phrase)
    if gathering and (gathering.group(1).lower() == "summit" or LEADERS_BODY.search(phrase, gathering.end())):
        return "Summit"  # "the 35th Ordinary Session of the Assembly of the X Union": an edition of its summit
    return lexicon.head_type(phrase) or prefix or lexicon.body_with_its_topic(phrase)


#: A gathering's name opening with its noun, after a rank or kind: "35th Ordinary Session of ...",
#: "Summit of the ...". A session or a meeting is a summit when the body it is of is where leaders sit
#: ("Regular Meeting of the Conference of Heads of Government of X").
_GATHERING = re.compile(r"(?:the\s+)?(?:(?:\d+|[a-z]+)(?:st|nd|rd|th)\s+)?(?:(?:ordinary|extraordinary|special|annual|regular|consultative)\s+)*"
                        r"(session|summit|meeting)\s+(?:of|on|for)\b", re.IGNORECASE)


def _trim(stoks: list[Token], a: int, b: int) -> tuple[int, int]:
    while a < b and (stoks[a].pos in {"DET"} or stoks[a].lower in {"the", "a", "an"}):
        a += 1
    while b > a and (stoks[b - 1].text in {"'s", "\u2019s", "-", "'"} or stoks[b - 1].lower in {"of", "and", "for", "the"}):
        b -= 1  # "the Centre for Islamic Studies of Saudi Arabia": no name ends on "of"
    return a, b
