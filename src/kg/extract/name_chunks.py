"""Capitalised name chunks within a sentence: where a name that its head noun may type begins and
ends ("the X Treaty and the Y Accord" are two; "Minister Ana Ruiz and ..." ends at "and"; a
document's title runs on through "of the", "with", "in" a region but not into a city). Read by
:func:`kg.extract.mentions.mention_steps`."""
from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.gazetteer_index import (
    GazetteerIndex,
    ends_a_known_name,
    is_place,
    starts_place,
)
from kg.extract.name_bounds import ADDRESS_MARKS, possessor_follows, sent_to
from kg.extract.names import DATE_WORDS
from kg.extract.ner_spans import particle_run, titled_name
from kg.extract.nlp import Token
from kg.extract.number_words import COUNT_WORDS
from kg.extract.special_mentions import ORDINAL
from kg.extract.title_extent import (
    capitalised_before,
    hyphen_joined,
    in_sentence_case,
    motion_end,
    opens_a_clause,
    parallel_topic_end,
    parties_of_end,
    second_topic_end,
    title_list_end,
    title_opens_person,
    title_participle_end,
)

CONNECTORS = {"of", "the", "for", "and", "on", "in", "de", "al", "bin", "el", "von", "van", "da", "du", "la", "between", "to",
               "within", "concerning", "amending"}
# Head nouns that end a name: a following "and" starts another name.
_NAME_ENDS = {"treaty", "agreement", "accord", "pact", "convention", "protocol", "memorandum", "charter",
              "declaration", "summit", "organisation", "organization", "council", "union", "forces", "navy", "army"}
_NON_NAME_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "VERB", "ADV", "PART", "INTJ", "PUNCT"}
#: Words after a document's opening noun that make what follows its title ("Convention on ...").
_TITLE_PREPS = frozenset({"on", "of", "for", "concerning", "regarding", "against"})

#: Words of quantity that open a sentence before "of" ("Most of the X members", "Some of Y's allies").
_QUANTITIES = frozenset({"most", "some", "all", "many", "several", "few", "half", "each", "both", "none", "majority",
                         "rest", "much"}) | frozenset(COUNT_WORDS)


def name_chunks(toks: list[Token], index_places: GazetteerIndex | None = None,
            document_nouns: frozenset[str] = frozenset(),
            name_type: Callable[[str], str | None] | None = None, title_heads: frozenset[str] = frozenset(),
            title_modifiers: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Maximal capitalised name chunks (token index ranges) within one sentence's tokens. A
    document's title (holding one of ``document_nouns``) runs on through "at"/"in" and a
    capitalised place when the parse hangs that phrase on a noun of the title ("Memorandum ... on
    Transport Facilities at X Island"), not on the verb ("signed the Treaty of Y in X"). A site's name (``name_type`` says a base or
    facility) ends before "in"/"at": "Camp X in Y" is the camp, in Y."""
    out = []
    i, n = 0, len(toks)
    sentence_case = in_sentence_case(toks)
    while i < n:
        t = toks[i]
        sentence_initial_noun = i == 0 and t.pos == "NOUN"  # "Ratification of the X Accord came ...": a common noun
        starts = (t.is_cap and t.pos not in _NON_NAME_POS and t.text not in {"I"} and not sentence_initial_noun) or (
            ORDINAL.match(t.text) and i + 1 < n and toks[i + 1].is_cap)
        if t.is_cap and t.pos == "DET" or t.is_cap and i > 0 and toks[i - 1].text in {"\u201c", '"'}:
            starts = starts or (t.pos not in _NON_NAME_POS)
        if starts and t.lower in _QUANTITIES and i + 1 < n and toks[i + 1].lower == "of":
            starts = False  # "Most of the X leaders": a quantity of what the name names, no part of it
        if starts and t.pos == "NUM" and i + 1 < n and not toks[i + 1].is_cap:
            starts = False  # "Fifteen agreements were signed": a count opening the sentence, no name
        if not starts or t.text in ADDRESS_MARKS:
            i += 1
            continue
        j = i + 1
        while j < n:
            u = toks[j]
            if hyphen_joined(toks, i, j, document_nouns):
                j += 2  # "Defence Co-operation", "the Co-operative Republic of X": one word of the name
                continue
            if (k := title_list_end(toks, i, j, document_nouns) or
                    title_participle_end(toks, i, j, document_nouns, sentence_case) or
                    second_topic_end(toks, i, j, document_nouns) or
                    motion_end(toks, i, j, document_nouns, lambda k: _a_body_or_city(toks, k, index_places, name_type)) or
                    parallel_topic_end(toks, i, j, document_nouns, lambda k: _a_body_or_city(toks, k, index_places, name_type)) or
                    parties_of_end(toks, i, j, document_nouns)):
                j = k  # "... of Troops, Aircraft, and other Equipment", "... Establishing their Border", "... and on Y",
                #       "... of X and the Closing of Y", "Statement of A and the Republic of B on X"
                continue
            if u.is_cap and title_opens_person(toks, i, j, document_nouns, title_heads, title_modifiers):
                break  # "... Treaty on Fisheries Foreign Minister A B said": a person's title ends the document's
            if u.lower == "and" and opens_a_clause(toks, j):
                break  # "the Agreement on X and Peru signed ...": the next clause's subject, no word of the name
            if u.is_cap and u.lower in _TITLE_PREPS and j + 1 < n and (toks[j + 1].is_cap or toks[j + 1].lower == "the") \
                    and any(x.lower in document_nouns for x in toks[i:j]):
                j += 1  # "Agreement between A and B Regarding the Status of ...": a title's capitalised preposition
                continue
            if u.pos in {"VERB", "AUX"} and u.tag not in {"NNP", "NNPS"} or u.text in ADDRESS_MARKS:
                break
            if u.text[:1].isdigit() and j + 1 < n and toks[j + 1].tag == "NNS" and not toks[j + 1].is_cap:
                break  # "the ECOWAS 15 heads of state", "NATO's 32 allies": a count of what follows
            if u.is_cap or (u.text[:1].isdigit() and u.text.isalnum() and j > i):
                j += 1
            elif u.text in {"-", "\u2013", "'s", "\u2019s", "'", "&"} and j + 1 < n and toks[j + 1].is_cap and not toks[j].ws and toks[j].text != "'s" or u.text in {"'s", "\u2019s"} and j + 1 < n and toks[j + 1].is_cap and toks[j - 1].lower in {"people", "workers", "peoples"}:
                j += 2
            elif u.text in {"'", "\u2019"} and toks[j - 1].lower.endswith("s") and j + 1 < n and toks[j + 1].is_cap:
                j += 2  # a plural's possessive inside a name: "the X Leaders' Meeting"
            elif u.lower in CONNECTORS and not particle_run(toks, j) and titled_name(toks, i, j, title_heads, name_type) \
                    and not (u.lower in {"of", "on", "for"} and _a_title_runs_to(toks, j + 1, document_nouns)) or u.lower == "and" and (
                    toks[j - 1].lower in _NAME_ENDS or name_type is not None and name_type(" ".join(t.text for t in toks[i:j])) == "Place"):
                break  # "the X Treaty and the Y Accord", "Minister Ana Ruiz and/of/to ...": two names
            elif u.lower == "and" and toks[j - 1].lower in title_heads and name_type is not None \
                    and not any(t.lower in CONNECTORS for t in toks[i:j]) \
                    and name_type(" ".join(t.text for t in toks[i:j])) is None:
                break  # "Vietnamese President and Communist Party chief X": two titles, no body's name
            elif u.lower == "the" and j + 1 < n and toks[j + 1].lower in document_nouns:
                break  # "signed in Bucharest the Agreement between ...": a title starts a name of its own
            elif u.lower in CONNECTORS and (j + 1 < n and toks[j + 1].lower in DATE_WORDS or toks[j - 1].lower in DATE_WORDS):
                break  # "the X Agreement on Monday", "on Saturday for the Y summit"
            elif u.lower == "and" and possessor_follows(toks, j + 1):
                break  # "the X Department of Defence and Y's Ministry of Z": a possessive opens a new phrase
            elif u.lower in {"in", "at"} and any(x.lower in document_nouns for x in toks[i:j]) and j + 1 < n and toks[j + 1].is_cap \
                    and toks[i].i < u.head < u.i and toks[u.head - toks[0].i].pos in {"NOUN", "PROPN"} \
                    and not ends_a_known_name(toks, u.head - toks[0].i, index_places) \
                    and not (index_places is not None and _a_city_at(toks, j + 1, index_places)
                             and not any(_a_site(x, name_type) for x in toks[i:j])):
                j += 2  # (a city after it is where the document was signed, "the Accord on X in Lima",
                #         unless it is where a site of the title is: "... Port Facilities in Y")
            elif u.lower in {"in", "at", "near", "on"} and name_type is not None \
                    and name_type(" ".join(t.text for t in toks[i:j])) in {"MilitaryBase", "Facility"}:
                break  # "Camp Hansen in Okinawa": the camp, and where it is
            elif u.lower in {"in", "at"} and index_places is not None and starts_place(toks, j + 1, index_places):
                break  # "Joint Base Harbor Point in Oregon": a place follows, not more name
            elif u.lower in {"for", "in", "at", "to", "on", "between"} and index_places is not None \
                    and is_place(toks[i:j], index_places):
                break  # "met in Lima for the Andean Summit": a place so far, then a phrase of the clause
            elif u.lower == "to" and sent_to(toks, u, i, j):
                break  # "sent the Treaty of X to Congress": whom it goes to, not more of its name
            elif u.lower == "with" and toks[i].lower in document_nouns and toks[j - 1].is_cap and j + 1 < n \
                    and toks[j + 1].is_cap and toks[j + 1].pos != "DET" and toks[j + 1].lower not in title_heads \
                    and any(x.lower in _TITLE_PREPS for x in toks[i + 1:j]) \
                    and not (index_places is not None and starts_place(toks, j + 1, index_places)):
                j += 2  # "Convention on the Rights of Persons with Disabilities" (not "the Treaty with Peru")
            elif u.lower in {"of", "for", "on"} and _an_indefinite_title_part(toks, i, j, document_nouns):
                j += 2  # "Agreement for the Establishment of a Strategic Partnership": the title goes on
            elif u.lower in CONNECTORS and capitalised_before(toks, j) and (
                    j + 1 < n and (toks[j + 1].is_cap or particle_run(toks, j) > 1) or
                    (u.lower != "and" or any(x.lower == "between" for x in toks[i:j]))
                    and j + 2 < n and toks[j + 1].lower in {"the"} and (toks[j + 2].is_cap or _an_ordinal_name(toks, j + 2))):
                j += 1 + (particle_run(toks, j) or (1 if toks[j + 1].is_cap else 2))  # "van der Molen", "of the X"
            else:
                break
        if not _opener_before_states(toks, i, j, index_places):
            out.append((ratified_title(toks, i, j, document_nouns), j))
        i = j
    return out


def _opener_before_states(toks: list[Token], i: int, j: int, index: GazetteerIndex | None) -> bool:
    """"Separate US memoranda ...", "Fresh Chilean-Peruvian accords ...": a common adjective
    capitalised only by opening the sentence, before nothing but states' names, is no name's word
    (the states keep their own mentions)."""
    if i != 0 or j - i < 2 or toks[i].tag != "JJ" or index is None:
        return False
    rest = [p for p in re.split(r"\s*[-\u2013\u2014/]\s*", " ".join(t.text for t in toks[i + 1:j])) if p]
    return bool(rest) and all(any(e.type == "State" for _, e, _ in index.match(p)) for p in rest)


#: Words of an enactment that may open "Law on the Ratification of ...", "Bill for the Ratification of ...".
_ENACTING = frozenset({"law", "act", "bill", "decree", "draft", "federal", "on", "for", "the", "ratification", "of",
                       "confirmation"})
#: The nouns of such a law that name the agreement after "of" ("Law on the Confirmation of the X Treaty").
_RATIFYING = frozenset({"ratification", "confirmation"})


def ratified_title(toks: list[Token], i: int, j: int, document_nouns: frozenset[str]) -> int:
    """Where an agreement's title begins in a chunk that a law ratifying it, or its ratification,
    opens ("the Law on Ratification of the X Agreement", "Ratification of the Y Treaty"): the law
    is no name of the agreement; the title after "of" is."""
    k = next((k for k in range(i, min(j - 2, i + 4)) if toks[k].lower in _RATIFYING and toks[k + 1].lower == "of"), None)
    if k is None or any(t.lower not in _ENACTING for t in toks[i:k]):
        return i
    start = k + 2 + (toks[k + 2].lower == "the")
    return start if any(t.lower in document_nouns for t in toks[start:j]) else i


def _a_title_runs_to(toks: list[Token], k: int, document_nouns: frozenset[str]) -> bool:
    """Does the capitalised run opening at token k end in a document's noun? Then a title word before
    "of" ("General Security of Zendan Information Agreement") opens a document's title, no
    person's ("General Ana Ruiz of the Army")."""
    k += 1 if k < len(toks) and toks[k].lower == "the" else 0
    start = k
    while k < len(toks) and toks[k].is_cap:
        k += 1
    return k > start and toks[k - 1].lower in document_nouns


def _an_indefinite_title_part(toks: list[Token], i: int, j: int, document_nouns: frozenset[str]) -> bool:
    """Does "a"/"an" and two or more capitalised words follow the connector at j inside a title that
    a document's noun opens with its preposition ("Agreement for the Establishment of a Joint
    Framework")? Not one capitalised word, "the Treaty of X for a Zendan port"."""
    return toks[i].lower in document_nouns and any(x.lower in _TITLE_PREPS for x in toks[i + 1:j]) \
        and j + 3 < len(toks) and toks[j + 1].lower in {"a", "an"} and toks[j + 2].is_cap and toks[j + 3].is_cap


def _an_ordinal_name(toks: list[Token], k: int) -> bool:
    """Does a written ordinal and a capitalised word open at k ("in the 21st Century")?"""
    return k + 1 < len(toks) and toks[k].text[:1].isdigit() and bool(ORDINAL.match(toks[k].text)) and toks[k + 1].is_cap


def _a_site(t: Token, name_type: Callable[[str], str | None] | None) -> bool:
    """Is the word a site's noun ("Port Facilities", "the Naval Base"), whose place a title names?"""
    word = t.text.capitalize()
    forms = {word, word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")}
    return name_type is not None and any(name_type(w) in {"Facility", "MilitaryBase"} for w in forms)


def _a_body_or_city(toks: list[Token], k: int, index: GazetteerIndex | None,
                    name_type: Callable[[str], str | None] | None) -> bool:
    """Does a city or a body's name open at token k ("from Lima", "from the Senate"): where a document
    goes or comes from, no place its title names?"""
    end = k
    while end < len(toks) and toks[end].is_cap:
        end += 1
    body = name_type is not None and name_type(" ".join(t.text for t in toks[k:end])) in {
        "Legislature", "Organization", "InternationalOrganization", "Person", "ArmedForces"}
    return body or index is not None and _a_city_at(toks, k, index)


def _a_city_at(toks: list[Token], k: int, index: GazetteerIndex) -> bool:
    """Does a city the gazetteer knows (a place of some country, no region or state) open at
    token k? A title names regions and states ("... Armed Forces in Europe", "... Peace in Bosnia
    and Herzegovina"); a city after it is where things happen."""
    for n in (3, 2, 1):
        span = " ".join(t.text for t in toks[k:k + n])
        if k + n <= len(toks) and any(e.type == "Place" and e.country for _, e, _ in index.match(span)):
            return True
    return False




def after_a_title_of(toks: list[Token], a: int, b: int, title_heads: frozenset[str]) -> int:
    """Where a body's name begins in a chunk a title "of" opens ("Speaker of the Chamber of Deputies",
    "President of the Senate"): the office is the person's, the name after it the body's."""
    k = a
    while k < b - 2 and toks[k].lower in title_heads:
        k += 1
    if k == a or toks[k].lower != "of" or any(
            toks[m].lower == "and" and toks[m + 1].lower in title_heads for m in range(k, b - 1)):
        return a  # "Member of the X and Director of the Y": a chain of titles, read as one
    k += 1
    return k + 1 if k < b - 1 and toks[k].lower == "the" else k


def shorter_end(stoks: list[Token], a: int, b: int, index: GazetteerIndex | None,
                head_type: Callable[[str], str | None]) -> int:
    """Where a capitalised run that names nothing as a whole may end instead: before "of" and a
    state's name of two words or more after a chamber's name ("the Parliament of the Czech Republic":
    a state's legislature, its state part of the name), else before its last connector and word ("the
    X Treaty of Monday's")."""
    if b - a <= 2:
        return b
    last_of = next((j for j in range(b - 3, a, -1) if stoks[j].lower == "of"), None)
    if last_of is not None and index is not None \
            and head_type(" ".join(t.text for t in stoks[a:last_of])) == "Legislature":
        k = last_of + 1 + (stoks[last_of + 1].lower == "the")
        if k < b - 1 and any(e.type == "State" for _, e, _ in index.match(" ".join(t.text for t in stoks[k:b]))):
            return last_of
    if stoks[b - 2].lower not in CONNECTORS:
        return b
    return b - (3 if b - a > 3 and stoks[b - 2].lower == "the" and stoks[b - 3].lower in CONNECTORS else 2)
