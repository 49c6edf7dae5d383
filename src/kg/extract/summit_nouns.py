"""Which gathering nouns are a summit: "meeting", "retreat", "gathering" or "conference" are one
only when leaders meet at it, told before the noun ("the leaders' retreat", "the bloc's heads-of-
government meeting") or after it ("a meeting of the Nordic prime ministers", "a gathering of
heads of state", "the meeting between the two presidents"); and which descriptions tell no summit
apart from the one in view; where no summit is named, the kind words that tell one ("their annual
summit") and the "on" phrase that says what one is about ("a summit on water security"). Read by :mod:`kg.extract.description_phrases` and
:mod:`kg.extract.descriptions`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.complements import occasion
from kg.extract.description_text import type_at
from kg.extract.description_words import stems
from kg.extract.summit_editions import EDITION_TIMES, rank_of
from kg.extract.syntax import Tree

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from kg.extract.description_phrases import Description
    from kg.extract.nlp import Token
    from kg.model import Document, Entity

#: Nouns for a gathering that is a summit only when leaders are who meet there.
LEADERS_GATHERINGS = frozenset({"meeting", "retreat", "gathering", "conference"})
#: The name of a body where leaders sit: "the Supreme Council of X", "the Assembly of the X" (an
#: organisation's organ of heads of state, not a "General" or "Parliamentary Assembly"), "the Council
#: of Heads of State of X", "the Supreme State Council of X".
LEADERS_BODY = re.compile(r"\b(?:supreme(?: state)? council|heads? of (?:state|government)|(?<!general )(?<!parliamentary )"
                           r"assembly of)\b", re.IGNORECASE)


def leaders_session(doc: Document, tree: Tree, left: list[int], right: list[int], covered: set[int]) -> bool:
    """Is a "session" a summit: an edition (told by its rank or kind: "the 30th", "an
    extraordinary") "of" a named body where leaders sit ("the 30th session of the Supreme Council
    of X", "an ordinary session of the Assembly of the Y"), not one sitting of a summit ("Thursday's
    plenary session of the X Council of Heads of State") nor a session of any other body ("of the
    General Assembly", "of parliament")?"""
    toks = tree.toks
    if not any(rank_of(toks[i].text) or toks[i].lower in SUMMIT_KINDS for c in left for i in tree.subtree(c)):
        return False
    for c in right:
        span = tree.subtree(c)
        if toks[c].lower != "of" or not any(i in covered for i in span) or any(
                type_at(doc, toks[i]) == "Legislature" for i in span):
            continue
        if LEADERS_BODY.search(" ".join(toks[i].text for i in span)):
            return True
    return False


#: Who meets when a gathering is a summit: "a meeting of the two leaders", "between the presidents".
LEADERS = frozenset({"leader", "president", "premier", "chancellor", "head", "king", "emir", "monarch",
                     "sultan", "taoiseach"})


def _a_leader(tree: Tree, i: int) -> bool:
    """A word for leaders: "leaders", "presidents", "heads (of state)", "prime ministers"."""
    t = tree.toks[i]
    return t.lemma in LEADERS or t.lower in {"leaders'", "leaders’", "heads"} or t.lemma == "minister" and any(
        tree.toks[c].lower == "prime" for c in tree.children[i])


#: Words any summit's description may have, telling no summit from another ("of leaders", "the bloc's").
ANY_SUMMIT = frozenset({"leader", "leaders", "head", "heads", "state", "states", "government", "governments",
                        "president", "presidents", "minister", "ministers", "annual", "regular", "high-level", "leaders'",
                        "leaders’", "bloc", "group", "grouping", "alliance", "forum", "community", "union", "regional"})


def with_leaders(tree: Tree, c: int, type_of: Callable[[int], str | None]) -> bool:
    """"a summit with Nordic leaders", "with the leaders of five Central Asian states", "with
    Pacific island states": a "with" phrase at ``c`` naming leaders or states says who meets (not
    one a possessive pronoun ties to the one who acts beside a summit an "of" phrase or a name tells,
    "co-chaired the third summit of X with his Danish counterpart": whom that one met there)."""
    h = tree.toks[c].head
    if any(tree.toks[p].pos == "PRON" for o in tree.kids(c, "pobj") for p in tree.kids(o, "poss")) and (
            tree.toks[h].is_cap or any(tree.toks[p].lower == "of" for p in tree.kids(h, "prep"))):
        return False
    return any(_a_leader(tree, i) or type_of(i) in {"State", "InternationalOrganization"}
               or tree.toks[i].lemma in {"state", "country", "nation"} and tree.toks[i].tag == "NNS" for i in tree.subtree(c))


def who_meets_before(tree: Tree, k: int, span: list[int]) -> list[int]:
    """"The heads of state summit": the parser hangs the summit noun at ``k`` on "of" after "heads",
    leaving "state summit"; who meets is a word of its description, before its left ``span``."""
    toks, first = tree.toks, span[0] if span else k
    if first >= 2 and toks[k].head == first - 1 and toks[first - 1].lower == "of" and _a_leader(tree, first - 2):
        return [first - 2, first - 1, *span]
    return span


def their_summit_placed(doc: Document, tree: Tree, k: int, left: list[int]) -> list[int]:
    """"The two leaders held their summit in Mendoza", "postponed their summit in X": where no summit
    is named, a summit a possessive pronoun gives to those who hold it is told by the place the verb
    it is the object of puts it in (the "in" phrase the parse hangs on that verb)."""
    toks = tree.toks
    if toks[k].dep not in {"dobj", "nsubjpass"} or any(e.type == "Summit" for e in doc.entities.values()) \
            or not any(toks[c].dep == "poss" and toks[c].pos == "PRON" for c in left):
        return []
    return [p for p in tree.kids(toks[k].head, "prep") if toks[p].lower == "in" and p > k and any(
        toks[i].pos == "PROPN" and toks[i].ent_type not in {"DATE", "TIME"} for i in tree.subtree(p))]


def says_nothing_of_which(d: Description) -> bool:
    """Is every content word of this summit's description one any summit has ("of leaders",
    "two-day")?"""
    return all(w in ANY_SUMMIT or re.fullmatch(r"[\w]+-day", w) for w in d.content)


def named_by_it(doc: Document, d: Description) -> list[Entity]:
    """The named summits a summit description's words may name ("the annual BRICS summit" the named
    15th BRICS summit): those sharing a content word with it, not one it is placed apart from."""
    return [e for e in doc.entities.values() if e.type == "Summit" and not placed_apart(d, e)
            and d.content & stems(" ".join([e.label, *e.aliases])) | d.content & set(e.label.lower().split())]


def placed_apart(d: Description, named: Entity) -> bool:
    """"A BRICS meeting in Russia" beside "the BRICS summit in Rio": a description placing the summit
    where no name of the named summit does, while one of its names places it ("... in Y"), is
    another gathering of the same body, not a name of that one; so is a gathering of ministers
    ("the alliance's defence ministers' meeting in X") beside a summit no name of which is one."""
    names = [n.lower() for n in (named.label, *named.aliases)]
    if _of_ministers(d.label) and not any(_of_ministers(n) for n in names):
        return True
    # (its places, or the state its "in" phrase names: "a BRICS meeting in Russia")
    where = set(d.places) or ({d.label.lower().split(" in ", 1)[1]} if " in " in d.label else set())
    return bool(where) and any(" in " in n for n in names) and not any(p in n for p in where for n in names)


def _of_ministers(name: str) -> bool:
    return bool(set(re.findall(r"[\w'’]+", name.lower())) & _MINISTERS)


#: Words that make a gathering one of ministers, not of leaders: "the foreign ministers' meeting".
_MINISTERS = frozenset({"minister", "ministers", "ministers'", "ministers’", "ministerial"})


def leaders_meet(tree: Tree, head: int, left: list[int], right: list[int], covered: set[int],
                 doc: Document | None = None) -> bool:
    """Do leaders (or a named body: ``covered`` holds the tokens inside names) meet at the
    gathering headed at ``head``: in the modifiers before it or an "of"/"between" complement? (With
    ``doc``, also an edition of its series a city names: :func:`an_edition_in_a_city`.)"""
    toks = tree.toks
    if doc is not None and an_edition_in_a_city(doc, tree, head, left):
        return True
    if any(_a_leader(tree, i) for c in left for i in tree.subtree(c)):
        return True  # "the leaders' retreat", "the heads of government meeting"
    span = [i for c in left for i in tree.subtree(c)]
    if toks[head].lemma == "meeting" and any(i in covered for i in span) and (
            any(toks[c].dep == "det" and toks[c].lower == "the" for c in tree.children[head])
            or any(toks[c].dep == "poss" and any(toks[i].lemma in EDITION_TIMES for i in tree.subtree(c)) for c in left)
            or any(toks[i].lemma == "minister" for i in span)
            or doc is not None and any(type_at(doc, toks[i]) == "InternationalOrganization" for i in span)):
        return True  # "the ASEAN meeting", "this year's Forum meeting", "the SADC foreign ministers' meeting",
        # "attended a BRICS meeting in X": a named body's (an organisation's, whatever its article)
    if toks[head].lemma == "meeting" and any(toks[i].lemma == "minister" for i in span) and any(
            toks[i].dep == "poss" and toks[i].lemma in _GROUPINGS for i in span):
        return True  # "the club's energy ministers' meeting", "the bloc's defence ministers' meeting"
    return any(toks[c].lower in {"of", "between"} and any(
        i in covered and toks[head].lemma == "meeting" or _a_leader(tree, i) for i in tree.subtree(c)) for c in right)


#: Nouns by which news points back to an organisation of states: "the bloc's", "the group's".
_GROUPINGS = frozenset({"bloc", "group", "grouping", "alliance", "union", "organisation", "organization", "community"})
#: Who else meets at a gathering that is no summit: "a meeting of foreign ministers in X", "the officials' meeting".
_NOT_LEADERS = frozenset({"minister", "official", "envoy", "diplomat", "negotiator", "delegate", "expert", "aide",
                          "deputy", "secretary", "lawmaker", "parliamentarian", "sherpa", "staff", "senior", "foreign"})


def an_edition_in_a_city(doc: Document, tree: Tree, head: int, left: list[int]) -> bool:
    """"The Jakarta meeting", "the previous meeting in Malabo", "next year's meeting in Lima": in an
    article on an organisation's summits, a definite meeting a city names is an edition of its series,
    not when ministers or officials meet at it, nor two people ("held a meeting in X with Y")."""
    toks = tree.toks
    t = toks[head]
    if t.lemma not in {"meeting", "gathering"} or t.tag != "NN" or any(
            toks[c].lower in {"a", "an", "any", "no", "each", "every"} for c in tree.kids(head, "det")):
        return False
    # (a summit described before it, "the annual gathering of Gulf leaders", is one in view too)
    if not doc.annotations.get("summit described") and not any(m.type in {"InternationalOrganization", "Summit"} for m in doc.mentions):
        return False  # no organisation's summit in view ("the G20 summit" holds one): a meeting in a city is any meeting
    city = [i for c in left if toks[c].dep in {"compound", "poss"} for i in tree.subtree(c)
            if type_at(doc, toks[i]) == "Place"]
    city += [o for p in tree.kids(head, "prep") if toks[p].lower == "in" for o in tree.kids(p, "pobj")
             if type_at(doc, toks[o]) in {"Place", "State"}]  # ("last year's gathering in Oman": a host state)
    if not city:
        return False
    words = [i for c in tree.children[head] for i in tree.subtree(c)]
    if any(toks[i].lemma in _NOT_LEADERS or type_at(doc, toks[i]) == "Person" for i in words):
        return False  # "a meeting of foreign ministers in X", "the meeting in X with President Y"
    verb = t.head if t.dep in {"dobj", "pobj"} else None  # "X held a meeting in Y with Z": two people's
    return verb is None or not any(type_at(doc, toks[i]) == "Person" or toks[i].lemma in _NOT_LEADERS
                                   for c in tree.children[verb] if toks[c].dep in {"nsubj", "prep"} and c != head
                                   for i in tree.subtree(c))


def drop_headline_pointers(found: list, headline_end: int) -> list:
    """A headline's "the bloc's summit", "leaders' meeting" that says nothing of which summit it is,
    where the body describes one: the summit the body tells, not one more (its noun is then read
    as a bare "summit" pointing to the summit in view). ``headline_end``: where the headline line
    ends, -1 without one."""
    if not any(d.kind == "Summit" and d.core[0] > headline_end for d in found):
        return found
    return [d for d in found if not (d.kind == "Summit" and d.core[0] < headline_end and "edition" not in d.own
                                     and not d.names and not rank_of(d.label) and says_nothing_of_which(d))]


#: Adjectives that tell the kind of summit a text holds ("their annual summit", "an emergency summit"):
#: enough to tell it where no summit is named.
SUMMIT_KINDS = frozenset({"annual", "emergency", "extraordinary", "special", "informal", "biennial", "bilateral",
                          "trilateral", "inaugural", "ordinary", "virtual", "regional"})


def kind_words(doc: Document, toks: Sequence[Token], span: list[int]) -> set[str]:
    """The words of ``span`` that tell a summit's kind ("annual", "emergency"), where the text names
    no summit: then "their annual summit" is the one it tells, no pointer to a named one."""
    if any(e.type == "Summit" for e in doc.entities.values()):
        return set()
    return {toks[i].lower for i in span if toks[i].lower in SUMMIT_KINDS}


def topic(doc: Document, tree: Tree, p: int) -> bool:
    """Does the "on" phrase at ``p`` say what a summit is about ("a summit on regional security"),
    not when ("on Monday", "on 4 May") or at what occasion ("on the sidelines")? Where a summit is
    named, only an indefinite one is told apart so ("a summit on water" beside the named one)."""
    toks = tree.toks
    objects = tree.kids(p, "pobj")
    if any(e.type == "Summit" for e in doc.entities.values()) and not any(
            toks[c].lower in {"a", "an"} for c in tree.kids(toks[p].head, "det")):
        return False  # "spoke at the summit on trade", a summit being named: the one in view, what was said on
    return bool(objects) and not occasion(tree, p) and all(
        toks[i].ent_type not in {"DATE", "TIME"} for i in tree.subtree(p)) and all(
        toks[o].pos in {"NOUN", "PROPN"} for o in objects)
