"""What tells one summit from another in the words that describe it: its edition (a rank,
"its 12th summit"; a time, "next year's summit", "the last summit") and whether a copula's
subject is a summit already. Read by :mod:`kg.extract.description_phrases` and
:mod:`kg.extract.descriptions`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.clause_modality import parse_modality
from kg.extract.lexicon import load_lexicon
from kg.extract.number_words import ordinal_in
from kg.extract.syntax import Tree

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from kg.extract.description_phrases import Description
    from kg.extract.nlp import Token
    from kg.model import Document

#: Time words whose possessive makes a summit another edition: "next year's summit".
EDITION_TIMES = frozenset({"year", "month", "week", "yesterday", "today", "tomorrow", "spring", "summer", "autumn",
                           "winter", "fall"})
#: Adjectives that make a summit another edition than the one in view: "the next summit".
OTHER_EDITION = frozenset({"next", "previous", "last", "preceding", "following"})
#: Words of a summit's name that tell an edition after the one in view: "the following summit". (Not
#: "last": "the last summit" may be the one the article reports, just ended.)
LATER_EDITION = frozenset({"next", "following", "upcoming"})

#: Possessives whose rank counts a person's summits, not the summit's editions: "his third summit".
_PERSONS = frozenset({"his", "her", "my", "your"})
#: Words after a ranked summit that count from a time or a place, not the editions: "since 2021", "ever held".
_COUNTED_SINCE = frozenset({"since", "ever"})
#: What a "since" counts from when it counts every edition: "since the bloc was founded".
_FOUNDING = frozenset({"found", "founding", "creation", "inception", "establish", "establishment", "birth"})
#: A stretch of time an "in" phrase after a ranked summit counts over: "the first summit in six years".
_SPANS = frozenset({"year", "years", "decade", "decades", "months"})
_SPAN_OPENERS = frozenset({"a", "more", "over", "nearly", "almost"})
#: Nouns of a place whose possessive counts the summits held there: "the continent's first summit".
_PLACE_NOUNS = frozenset({"continent", "region", "subcontinent", "hemisphere", "soil"})
#: Participles after a first summit that count it among those held somewhere: "the first summit hosted in X".
_HELD = frozenset({"held", "hosted", "staged", "convened"})


def edition_word(tree, c: int, left: Sequence[int]) -> bool:
    """Does modifier ``c`` of a summit noun make it another edition ("the last summit", "the next
    summit")? Not beside a person's possessive: "her last summit before she retires" is the last
    she attends, no edition before the one in view."""
    toks = tree.toks
    return toks[c].dep == "amod" and toks[c].lower in OTHER_EDITION and not any(
        toks[o].dep == "poss" and (toks[o].lower in _PERSONS or toks[o].ent_type == "PERSON") for o in left)


def relative_rank(toks: Sequence[Token], r: int, k: int) -> bool:
    """Does the rank at ``r`` before the summit noun at ``k`` count something else than the
    summit's editions: a person's summits ("his third Quad summit", "X's fifth summit", "her second
    summit as chair") or those since a time or ever ("the first US-Russian summit since 2021", "the
    first APEC summit ever held in Russia", "their first summit in six years")? "The 15th BRICS
    summit", "the bloc's 44th summit" count the summits themselves."""
    sent = toks[k].sent
    before = toks[r - 1] if r > 0 and toks[r - 1].sent == sent else None
    if before is not None and (before.lower in _PERSONS or before.text in {"'s", "’s"} and r > 1
                               and (toks[r - 2].ent_type == "PERSON" or _a_place_owns(toks, r - 2, r, k))):
        return True
    after = [t for t in toks[k + 1:k + 8] if t.sent == sent]
    if toks[r].lower == "first" and _where_held(after):
        return True  # "the first G7 summit held on Asian soil", "the first such summit in Oceania"
    if after and after[0].lower in _COUNTED_SINCE:  # (but "the 44th summit since its founding" counts them all)
        return not any(t.lemma in _FOUNDING for t in after)
    # "the first summit in six years", "in a decade", "in more than two years"
    return len(after) >= 3 and after[0].lower == "in" and (after[1].pos == "NUM" or after[1].lower in _SPAN_OPENERS) \
        and any(t.lower in _SPANS for t in after[1:5])


def counted_ranks(toks: Sequence[Token], span: Sequence[int], k: int) -> tuple[list[int], list[int]]:
    """``span`` without the ranks before the summit noun at ``k`` that count something else than its
    editions (:func:`relative_rank`), and those ranks: no edition, but words of the article's name
    for it ("Africa's first G20 summit", a name of the 20th)."""
    counted = [i for i in span if rank_of(toks[i].text) and relative_rank(toks, i, k)]
    return [i for i in span if i not in counted], counted


def _a_place_owns(toks: Sequence[Token], owner: int, r: int, k: int) -> bool:
    """"Oceania's first G7 summit", "the continent's first summit": a place's count of the summits held in it,
    a region's always, a state's where a series name stands between ("Brazil's first BRICS summit"; not
    "the bloc's 44th summit", nor "Chile's first summit with Oceania", the first of a series it holds)."""
    place = _a_region(toks, owner) or toks[owner].lower in _PLACE_NOUNS
    return place or toks[owner].ent_type == "GPE" and any(t.is_cap for t in toks[r + 1:k])


def _where_held(after: Sequence[Token]) -> bool:
    """A first summit counted among those held somewhere: "held in X", "on Asian soil", "in Oceania"."""
    if not after:
        return False
    if after[0].lower in _HELD:
        return True
    words = after[:4]
    return after[0].lower in {"in", "on", "outside"} and any(
        t.lower in _PLACE_NOUNS or _a_region(after, i) for i, t in enumerate(words) if i)


def _a_region(toks: Sequence[Token], i: int) -> bool:
    """A continent or macro-region the lexicon lists ends at ``i``: "Africa", "Latin America"."""
    regions = load_lexicon().regions
    return toks[i].is_cap and (toks[i].lower in regions or i > 0 and f"{toks[i - 1].lower} {toks[i].lower}" in regions)


def rank_of(label: str) -> int | None:
    """The edition a summit's words give: "its 12th summit" 12, "a second summit" 2."""
    m = re.search(r"\b(\d+)(?:st|nd|rd|th)\b", label)
    if m:
        return int(m.group(1))
    return ordinal_in(label)


def said_of_a_summit(tree: Tree, verb: int, covered: set[int]) -> bool:
    """Is the subject of this copula a summit already (a pronoun, a summit noun, a name), so that
    its complement says what that summit is? "Wednesday's talks were the second summit between
    the two men" tells a summit of talks no summit noun named."""
    toks = tree.toks
    for s in tree.kids(verb, "nsubj", "nsubjpass"):
        return toks[s].pos == "PRON" or toks[s].lemma in {"summit", "meeting", "gathering"} or s in covered
    return True


def another_time(tree: Tree, c: int) -> bool:
    """"Next year's", "last week's": a time that makes a summit another edition; "this year's",
    "today's" are the one in view."""
    words = [tree.toks[i] for i in tree.subtree(c)]
    return any(t.lemma in EDITION_TIMES - {"today"} for t in words) and not any(
        t.lower in {"this", "current"} for t in words)


def this_time(tree: Tree, c: int) -> bool:
    """"This year's Forum meeting": a possessive time that means the one in view, no word of its name."""
    return tree.toks[c].dep == "poss" and not another_time(tree, c) and any(
        tree.toks[i].lemma in EDITION_TIMES for i in tree.subtree(c))


def a_further_one(tree: Tree, k: int, rank: int | None) -> bool:
    """"a second peace summit", "a third summit": an indefinite summit with a rank past the first
    is a further edition, not the named one whose words it shares."""
    return (rank or 0) > 1 and any(tree.toks[c].lower in {"a", "an"} for c in tree.kids(k, "det"))


def another_rank(doc: Document, d: Description, found: list[Description], in_view: Collection[int] = ()) -> bool:
    """"its 47th summit ... the 46th summit": a rank no summit told so far has is another edition
    ("the first summit" beside a numbered one is a first of a kind: "its first summit since ...").
    The ranks told are those of the summits' names and other names, and ``in_view``, those the
    summit in view was told by ("the X summit ... their 45th summit ... the 46th summit")."""
    rank = rank_of(d.label)
    if rank == 1:
        return False
    told = {rank_of(x) for x in [*(n for e in doc.entities.values() if e.type == "Summit" for n in [e.label, *e.aliases]),
                                 *(f.label for f in found if f.kind == "Summit")]} - {None}
    told |= set(in_view)
    return rank is not None and bool(told) and rank not in told


def a_city_of_its_own(doc: Document, tree: Tree, d: Description) -> bool:
    """"Since the Jakarta meeting", "the Kathmandu meeting in 2014": a summit a city tells, where the city
    is named nowhere else in the article or the phrase has a year of its own, is another edition; the
    host of the summit in view is named elsewhere too ("met in X ... the X meeting")."""
    if not d.places:
        return False
    if not any(m.type == "Place" and m.sentence != d.sentence and set(doc.text[m.start:m.end].lower().split()) & d.places
               for m in doc.mentions):
        return True
    toks, now = tree.toks, doc.article.published
    words = [toks[i] for c in tree.children[d.head] if c > d.head and toks[c].dep in {"prep", "npadvmod", "advmod"}
             for i in tree.subtree(c)]  # "in 2014", "last year", "two years ago"
    return any(re.fullmatch(r"(?:19|20)\d\d", t.text) and (now is None or int(t.text) != now.year) or t.lower == "ago"
               or t.lemma == "year" and any(toks[c].lower in {"last", "next"} for c in tree.children[t.i]) for t in words)


def another_edition(doc: Document, tree: Tree, d: Description, found: list[Description], in_view: Collection[int] = ()) -> bool:
    """Does its rank, its city or a name of its own (not a headline's capitals) tell this summit
    description from the one in view?"""
    return another_rank(doc, d, found, in_view) or a_city_of_its_own(doc, tree, d) \
        or d.sentence > 0 and a_name_of_its_own(tree.toks, d)


def a_name_of_its_own(toks: Sequence[Token], d: Description) -> bool:
    """"The Quad leaders' summit", "a hastily called Visegrad summit": a capitalised word no name
    covers, inside the sentence, tells which summit it is (a body or series the gazetteer lacks):
    never the one in view told only by its rank or kind."""
    return any(t.is_cap and t.pos == "PROPN" and t.lower in d.own and t.i > 0 and toks[t.i - 1].sent == t.sent
               for t in toks[d.head - 6:d.head] if t.start >= d.core[0])




#: Nouns for one meeting of a series: "the third round of the X Dialogue", "the 12th edition of the Y summit"
#: (not "session": "the second session of the X summit" is one sitting of it).
_ONE_OF_A_SERIES = frozenset({"round", "edition"})


def round_rank(tree: Tree, heads: list[int]) -> int | None:
    """"The third round of the X Dialogue": a ranked round or edition "of" the summit's name is
    the edition it is."""
    toks = tree.toks
    for k in heads:
        p = toks[k].head
        if toks[k].dep != "pobj" or toks[p].lower != "of" or toks[toks[p].head].lemma not in _ONE_OF_A_SERIES:
            continue
        for c in tree.kids(toks[p].head, "amod"):
            rank = rank_of(toks[c].text)
            if rank and c + 1 == toks[p].head:
                return rank
    return None


#: A relative clause right after a summit that puts it (or its next edition) ahead: ", which will",
#: ", the next of which is to" (the parser often hangs such a clause on the main verb).
_WHICH_AHEAD = re.compile(r",? (?:the (?:next|first) (?:one )?of )?which (?:will|is to|is due to|is set to|is scheduled to)\b")


def told_ahead(tree: Tree, k: int, text: str) -> bool:
    """Does a relative clause on the summit put it ahead: "the X Dialogue, which will be held in
    Y", "the annual X meeting, the next of which is to be held in Z"?"""
    return any(parse_modality(tree, v) == "planned" for v in tree.kids(k, "relcl")) \
        or bool(_WHICH_AHEAD.match(text, tree.toks[k].end))


def which_verb(tree: Tree, k: int, text: str) -> list[int]:
    """The verbs of the relative clause ``told_ahead`` reads right after the summit at ``k`` ("...,
    the next of which is due to open in X": "is", "due", "open"), wherever the parser hung that clause."""
    toks = tree.toks
    if not _WHICH_AHEAD.match(text, toks[k].end):
        return []
    w = next((i for i in range(k + 1, min(k + 7, len(toks))) if toks[i].lower == "which"), None)
    verb = next((g for g in tree.ancestors(w) if toks[g].pos in {"VERB", "AUX"}), None) if w is not None else None
    # with the verbs it governs: "is due to open in X", "is to be held in X"
    return [g for g in tree.subtree(verb) if toks[g].pos in {"VERB", "AUX", "ADJ"}] if verb is not None else []
