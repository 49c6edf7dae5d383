"""How far a document's capitalised title runs where a name chunk would stop early: a word
joined by a hyphen to a lower-case part ("Defence Co-operation", "the Non-proliferation of X"), a
list set off by commas ("... of Troops, Aircraft, and other Equipment"), a capitalised participle
("Treaty between A and B Establishing their Border"). Read by
:func:`kg.extract.name_chunks.name_chunks`."""
from __future__ import annotations

from collections.abc import Callable

from kg.extract.names import DATE_WORDS
from kg.extract.nlp import Token

#: Dashes that join the parts of a compound written without spaces ("Co-operation").
_JOINERS = frozenset({"-", "\u2010", "\u2011"})
#: Tags of a participle after a hyphen: "US-led", "Kyiv-based" describe, they name nothing.
_PARTICIPLES = frozenset({"VBN", "VBD", "VBG"})
#: Words a title may put between its participle and its capitalised object ("Establishing their Border").
_TITLE_DETERMINERS = frozenset({"the", "their", "its", "a", "an"})
#: Lower-case words that may stand before a title list's last member ("and other Personnel").
_LIST_MODIFIERS = frozenset({"other", "all", "related", "associated"})
#: Participles that are a title's prepositions ("Agreement between A and B concerning the Status of ...").
_CONCERNING = frozenset({"concerning", "regarding"})
#: Prepositions after which a title's complement begins ("Agreement ... concerning the Status of ...").
_COMPLEMENT = frozenset({"on", "of", "for", "concerning", "regarding", "between", "to"})


def in_title(toks: list[Token], i: int, j: int, document_nouns: frozenset[str]) -> bool:
    """Does the chunk toks[i:j] hold a document's noun ("Agreement", "Treaty")?"""
    return any(t.lower in document_nouns for t in toks[i:j])


def hyphen_joined(toks: list[Token], i: int, j: int, document_nouns: frozenset[str]) -> bool:
    """Does a dash at j join the capitalised word before it to a lower-case noun or adjective, with
    no space on either side, inside a document's title or before more of a name ("the Co-operative
    Republic of X")? Not a participle: "the US-led Coalition"."""
    if j + 1 >= len(toks) or toks[j].text not in _JOINERS or toks[j].ws or toks[j - 1].ws or j - 1 < i:
        return False
    prev, part = toks[j - 1], toks[j + 1]
    if not prev.is_cap or not part.text.isalpha() or not part.text.islower() or part.tag in _PARTICIPLES \
            or part.pos not in {"NOUN", "ADJ", "PROPN"}:
        return False
    return in_title(toks, i, j, document_nouns) or j + 2 < len(toks) and toks[j + 2].is_cap


def capitalised_before(toks: list[Token], j: int) -> bool:
    """Is the word before j capitalised, or the lower-case end of a compound it opens ("Co-operation")?"""
    return toks[j - 1].is_cap or j >= 3 and toks[j - 2].text in _JOINERS and not toks[j - 2].ws and toks[j - 3].is_cap


def title_list_end(toks: list[Token], i: int, j: int, document_nouns: frozenset[str]) -> int:
    """Where a list of capitalised words that a comma at j opens inside a title's complement goes on
    to, when a comma stands before its "and"/"or" too: the index of its last member's first word ("of
    Troops, Aircraft, Vessels, and other Equipment"); 0 when no such list follows (a clause or an
    apposition after the title)."""
    if toks[j].text != "," or not capitalised_before(toks, j) or not in_title(toks, i, j, document_nouns) \
            or not any(t.lower in _COMPLEMENT for t in toks[i + 1:j]) or toks[j - 1].lower in document_nouns:
        return 0  # "the X Agreement, or XA, ...": a name's short form, no list of its title
    k, n, members = j, len(toks), 0
    while k < n and toks[k].text == ",":
        k += 1
        if k < n and toks[k].lower in {"and", "or"}:
            break
        if k >= n or not toks[k].is_cap or toks[k].pos in {"VERB", "AUX", "PRON", "DET"}:
            return 0
        while k < n and toks[k].is_cap:
            k += 1
        members += 1
    if k >= n or not members or toks[k].lower not in {"and", "or"} or toks[k - 1].text != ",":
        return 0  # (a list without a comma before "and" is read as the name's words already do)
    k += 1
    if k < n and toks[k].lower in _LIST_MODIFIERS:
        k += 1
    return k if k < n and toks[k].is_cap and toks[k].pos not in {"VERB", "AUX", "PRON", "DET"} else 0


def title_participle_end(toks: list[Token], i: int, j: int, document_nouns: frozenset[str],
                         sentence_case: bool) -> int:
    """Where a capitalised participle at j that goes on a document's title takes the title on to
    ("the Treaty between A and B Establishing their Maritime Border", "the Protocol Amending the
    X Agreement"): the index of its object's first capitalised word; 0 otherwise. Only in a
    sentence written in lower case, where a capital marks a name (a headline capitalises verbs)."""
    u = toks[j]
    if u.lower in _CONCERNING and u.tag == "VBG" and capitalised_before(toks, j) and in_title(toks, i, j, document_nouns) \
            and j + 2 < len(toks) and toks[j + 1].lower == "the" and toks[j + 2].is_cap:
        return j + 2  # "... concerning the Status of X": a preposition the parse read as a verb
    if not sentence_case or not u.is_cap or u.tag != "VBG" or not capitalised_before(toks, j) \
            or not in_title(toks, i, j, document_nouns):
        return 0
    k = j + 1
    if k < len(toks) and toks[k].lower in _TITLE_DETERMINERS:
        k += 1
    return k if k < len(toks) and toks[k].is_cap else 0


def in_sentence_case(toks: list[Token]) -> bool:
    """Does the sentence write some noun, verb or adjective in lower case (no headline's capitals)?"""
    return any(t.pos in {"NOUN", "VERB", "ADJ"} and t.text.islower() for t in toks)


#: Prepositions of a title's topic that take it on to a capitalised place ("... Visits of Warships into the
#: Territorial Sea of X", "... Return of Workers from Y Region").
_MOTION = frozenset({"into", "from"})


def motion_end(toks: list[Token], i: int, j: int, document_nouns: frozenset[str], is_body: Callable[[int], bool]) -> int:
    """Where "into"/"from" at j takes a title's topic on to ("the Agreement on Calls of Warships into
    the Territorial Sea"): the index of the capitalised word after it (past "the"); 0 when no
    topic preposition came before, or a body follows ("withdrew the Treaty on X from the Senate")."""
    if toks[j].lower not in _MOTION or not capitalised_before(toks, j) or not in_title(toks, i, j, document_nouns) \
            or not any(t.lower in _COMPLEMENT for t in toks[i + 1:j]):
        return 0
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].lower == "the")
    if k >= len(toks) or not toks[k].is_cap or toks[k].pos in {"VERB", "AUX", "PRON"} or toks[k].lower in DATE_WORDS \
            or is_body(k):
        return 0
    return k


#: Prepositions a title may say a second "what about" with ("... on X and on Y", "... for A and for B").
_ABOUT_AGAIN = frozenset({"on", "for", "concerning", "regarding"})


def second_topic_end(toks: list[Token], i: int, j: int, document_nouns: frozenset[str]) -> int:
    """Where a title's second topic, coordinated with its first by "and" and the same preposition
    ("the Agreement on the Use of X and on Visits of Y", "the Convention for A and for B"), takes it
    on to: the index of that topic's first capitalised word; 0 otherwise. The
    topics are both the head noun's modifiers, so the title ends after the second."""
    k = j + 1
    if toks[j].lower != "and" or k + 1 >= len(toks) or toks[k].lower not in _ABOUT_AGAIN \
            or not capitalised_before(toks, j) or not in_title(toks, i, j, document_nouns) \
            or not any(t.lower == toks[k].lower for t in toks[i + 1:j]):
        return 0
    if not toks[i].i <= toks[k].head < toks[j].i:
        return 0  # the parser hangs it on the clause: "... and on Tuesday Peru signed it", when
    first = k + 1 + (toks[k + 1].lower == "the")
    return first if first < len(toks) and toks[first].is_cap and toks[first].pos not in {"VERB", "AUX", "PRON"} \
        and toks[first].lower not in DATE_WORDS else 0


def opens_a_clause(toks: list[Token], j: int) -> bool:
    """Does the capitalised word after "and" at j open a clause of its own, the subject of a verb
    after it ("... signed the Agreement on X and Peru signed the Treaty on Y")? Then the title
    ends before "and"."""
    k, n = j + 1, len(toks)
    if k >= n or not toks[k].is_cap or any(t.lower in {"between", "among"} for t in toks[:j]):
        return False  # ("between A and B": the parties, inside the name)
    if toks[k].dep in {"nsubj", "nsubjpass"}:
        head = toks[k].head - toks[0].i
        return k < head < n and toks[head].pos in {"VERB", "AUX"}
    while k < n and toks[k].is_cap:
        k += 1
    # (the parser may hang the subject on the name as its conjunct: a finite verb after it without a subject of its own)
    return k < n and toks[k].tag in {"VBD", "VBZ", "VBP", "MD"} and toks[k].dep in {"conj", "ROOT"} \
        and not any(t.dep in {"nsubj", "nsubjpass"} and t.head == toks[k].i for t in toks)


def parallel_topic_end(toks: list[Token], i: int, j: int, document_nouns: frozenset[str],
                       is_body: Callable[[int], bool]) -> int:
    """Where a title's second topic, told as its first was, "the N of X", and joined to it by "and",
    takes the title on to ("the Agreement on the Opening of X and the Closing of Y"): the index of
    its noun; 0 otherwise. The parser makes it the first topic's conjunct and both nouns take an
    "of" phrase; a document's noun or a body after "and" opens another name ("the Treaty of X and
    the Treaty of Y", "the Convention on X and the Council of Y")."""
    n = len(toks)
    if toks[j].lower != "and" or not capitalised_before(toks, j) or not in_title(toks, i, j, document_nouns):
        return 0
    k = j + 1 + (j + 1 < n and toks[j + 1].lower in _TITLE_DETERMINERS)
    if k + 1 >= n or not toks[k].is_cap or toks[k].lower in document_nouns or toks[k].dep != "conj" \
            or toks[k].pos not in {"NOUN", "PROPN"} or is_body(k):
        return 0
    h = toks[k].head - toks[0].i
    if not i < h < j or not toks[h].is_cap or toks[h].lower in document_nouns \
            or not any(t.lower in _COMPLEMENT for t in toks[i + 1:h]):
        return 0
    return k if toks[h + 1].lower == "of" and toks[k + 1].lower == "of" else 0


def parties_of_end(toks: list[Token], i: int, j: int, document_nouns: frozenset[str]) -> int:
    """Where "and the" at j takes on a title that names its parties by "of" right after its noun and
    then its topic ("the Joint Statement of the Republic of A and the Kingdom of B on X"): the index of the
    second party's first word, when a topic preposition and a capitalised word follow its name; 0 otherwise
    (a document's noun after "and the" opens another name, "the Treaty of X and the Treaty of Y")."""
    n = len(toks)
    if toks[j].lower != "and" or j + 2 >= n or toks[j + 1].lower != "the" or not toks[j + 2].is_cap \
            or toks[j + 2].lower in document_nouns or not capitalised_before(toks, j):
        return 0
    d = next((d for d in range(i, j - 1) if toks[d].lower in document_nouns and toks[d + 1].lower == "of"), None)
    if d is None or any(t.lower in _COMPLEMENT and t.lower != "of" for t in toks[d + 2:j]):
        return 0
    e = j + 2
    while e < n and (toks[e].is_cap or toks[e].lower in {"of", "the"} or toks[e].text in {"'s", "\u2019s"}):
        e += 1
    return j + 2 if e + 1 < n and toks[e].lower in _ABOUT_AGAIN and toks[e + 1].is_cap else 0


def title_opens_person(toks: list[Token], i: int, j: int, document_nouns: frozenset[str],
                       heads: frozenset[str], modifiers: frozenset[str]) -> bool:
    """Does an office title naming a person open at j, after a document's title with a topic ("... Treaty
    on Fisheries Foreign Minister A B spoke")? Its words are title words up to an office noun and a
    capitalised name follows it: a headline or a run-on clause, no word of the document's title."""
    doc_at = next((k for k in range(i, j) if toks[k].lower in document_nouns), None)
    if doc_at is None or not any(toks[k].lower in _COMPLEMENT for k in range(doc_at + 1, j - 1)):
        return False  # (a title with no topic yet: "Treaty Minister ..." is none of this)
    m = j
    while m < len(toks) and m - j < 4 and toks[m].is_cap and toks[m].lower in modifiers and toks[m].lower not in heads:
        m += 1
    return m + 1 < len(toks) and toks[m].is_cap and toks[m].lower in heads and toks[m + 1].is_cap \
        and toks[m + 1].lower not in heads | modifiers | document_nouns
