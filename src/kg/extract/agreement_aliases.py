"""More names a reader gives an unnamed agreement, added as aliases once facts are read (they tell
a reader which agreement it is, and nothing the facts' readers should match on):

* its description without the rank that opens it: "their first accord on fisheries" is the
  "accord on fisheries" (a rank tells it is the first of its kind, not what it is; the ranked
  form stays a name too);
* the words another description calls it by its signing place: "the Tarsk accord", where the
  article tells of one agreement signed or reached in Tarsk, is that agreement;
* the words of a definite description a fact's reader resolved to it, "the five-year accord"
  (:func:`told_as`; not one that only points, "the pact", "the new deal");
* its description with the complement the parser hung on the verb after it, "signed a contract
  with X for forty jets": "contract for forty jets".
A named summit keeps its rank: "the third X Summit" named "X Summit" would be every other edition's name too.
"""
from __future__ import annotations

import re

from kg.extract.complements import without_dates
from kg.extract.description_fullest import APART, TITLE_RUNS_ON
from kg.extract.description_text import render
from kg.extract.description_words import POINTING
from kg.extract.lexicon import Lexicon
from kg.extract.number_words import ORDINAL_WORDS, TENS_WORDS
from kg.extract.tree import Tree, document_tree
from kg.model import Document, Entity

#: A rank opening a name, with an owner before it ("Peru's first ..."): its words, then the rest.
_RANKED = re.compile(r"^(?:\S+['\u2019]s\s+)?(?:(?:" + "|".join(TENS_WORDS) + r")[-\u2010\u2013 ]?)?(?:"
                     + "|".join(ORDINAL_WORDS) + r"|\d+(?:st|nd|rd|th))\s+(?P<rest>.+)$", re.IGNORECASE)
#: Words opening the phrase that says where an agreement was signed or reached.
_WHERE = ("in", "at")


def name_more(doc: Document, lexicon: Lexicon) -> None:
    """Give each unnamed agreement its unranked names and the names its signing place gives it."""
    unnamed = [e for e in doc.entities.values() if e.type == "Agreement" and e.attributes.get("unnamed")]
    for ent in unnamed:
        ent.aliases |= unranked({ent.label, *ent.aliases}) - {ent.label}
    for key, names in doc.annotations.pop(_TOLD_AS, {}).items():
        if key in doc.entities:
            doc.entities[key].aliases |= names - {doc.entities[key].label}
    _by_place(doc, frozenset(w for w in lexicon.heads.get("Agreement", ()) if " " not in w), unnamed)
    _hung_on_the_verb(doc, unnamed)


def unranked(names: set[str]) -> set[str]:
    """Each name without the rank that opens it, where more than its head noun is left."""
    out = set()
    for name in names:
        m = _RANKED.match(name)
        if m and len(m.group("rest").split()) > 1:
            out.add(m.group("rest"))
    return out


#: Where the descriptions a reader resolved are kept, by the agreement's key, until facts are read.
_TOLD_AS = "agreement_told_as"
#: Relations of the words before a noun that tell which thing it is ("the five-year accord", "the Tarsk deal").
_MODIFIERS = frozenset({"amod", "compound", "nmod", "nummod", "npadvmod"})


def told_as(doc: Document, tree: Tree, k: int, found: list[Entity]) -> list[Entity]:
    """Keep the words of the definite description at k as a name of the one agreement it was resolved to
    (returned unchanged): its modifiers and noun, "the five-year accord", "the MoU"; none that only
    point or praise ("the pact", "the landmark deal") and none set against another ("the earlier deal")."""
    toks = tree.toks
    t = toks[k]
    if len(found) != 1 or found[0].type != "Agreement" or not any(
            toks[c].lower in {"the", "this", "that"} for c in tree.kids(k, "det")):
        return found
    left = sorted(i for c in tree.children[k] if c < k and toks[c].dep in _MODIFIERS for i in tree.subtree(c))
    words = [*left, k]
    told = [i for i in left if toks[i].lower not in POINTING and toks[i].pos in {"ADJ", "NOUN", "PROPN", "NUM", "VERB"}]
    acronym = not t.text.islower() and not t.text.istitle()  # "the MoU"
    if words == list(range(words[0], k + 1)) and (told or acronym) and not any(toks[i].tag in {"JJR", "RBR"} for i in left):
        doc.annotations.setdefault(_TOLD_AS, {}).setdefault(found[0].key, set()).add(render(toks, words))
    return found


def _by_place(doc: Document, heads: frozenset[str], unnamed: list[Entity]) -> None:
    """"The Tarsk deal", "the Tarsk accords": a place's name written before an agreement noun names the
    one unnamed agreement the article tells as signed or reached in that place, if there is one."""
    toks = doc.annotations.get("tokens")
    if not toks or not unnamed:
        return
    at = {t.start: t for t in toks}
    told: dict[str, set[str]] = {}
    elsewhere: dict[str, set[int]] = {}  # the sentences naming the place otherwise
    for m in doc.mentions:
        place = doc.entities.get(m.entity or "")
        if place is None or place.type not in {"Place", "Facility"} or m.kind == "description":
            continue
        head = at.get(m.end + 1) if doc.text[m.end:m.end + 1] == " " else None
        if head is not None and head.lower in heads and head.text.islower():  # (lower case: no name's word)
            told.setdefault(m.text, set()).add(doc.text[m.start:head.end])
        else:
            elsewhere.setdefault(m.text, set()).add(m.sentence)
    agreements: dict[int, set[str]] = {}
    for m in doc.mentions:
        if m.entity in doc.entities and doc.entities[m.entity].type == "Agreement":
            agreements.setdefault(m.sentence, set()).add(m.entity)
    for place_name, names in told.items():
        there = [e for e in unnamed if e.label not in names and _tells_place(e, place_name)]
        # (and no other agreement told in a sentence naming the place: "A in P. B in P.")
        if len(there) == 1 and all(agreements.get(s, set()) <= {there[0].key} for s in elsewhere.get(place_name, ())):
            there[0].aliases |= names - {there[0].label}


def _tells_place(ent: Entity, place: str) -> bool:
    """Whether one of the agreement's descriptions says it was made in the place ("... signed in Tarsk")."""
    words = "|".join(_WHERE)
    return any(re.search(rf"\b(?:{words})\s+{re.escape(place)}\b", n) for n in {ent.label, *ent.aliases})


#: Entity types a complement names when it says for whom or on whose behalf, not what the agreement is about.
_WHOSE = frozenset({"State", "Person", "Organization", "InternationalOrganization"})


def _hung_on_the_verb(doc: Document, unnamed: list[Entity]) -> None:
    """"A signed a contract with B for forty jets", "... an accord with C on fisheries": a complement the
    parser hung on the verb right after its object says what the agreement is for or about, and
    FORMAT.md keys name it so ("contract for forty jets"); not one that says when, for whom or in
    which setting ("on Monday", "on behalf of C", "on the sidelines of the summit")."""
    toks = doc.annotations.get("tokens")
    keys = {e.key: e for e in unnamed}
    if not toks or not keys:
        return
    tree = document_tree(doc)
    ends = {t.end: t.i for t in toks}
    whose = [(m.start, m.end) for m in doc.mentions if m.entity in doc.entities and doc.entities[m.entity].type in _WHOSE]
    for m in doc.mentions:
        ent = keys.get(m.entity or "")
        k = ends.get(m.end)
        if ent is None or m.kind != "description" or k is None or toks[k].dep != "dobj":
            continue
        p = max(tree.subtree(k)) + 1
        if p >= len(toks) or toks[p].head != toks[k].head or toks[p].dep != "prep" or toks[p].lower not in TITLE_RUNS_ON:
            continue
        pp = tree.subtree(p)
        objects = tree.kids(p, "pobj")
        if not objects or any(toks[o].pos != "NOUN" or tree.is_time(o) for o in objects) or without_dates(doc, tree, pp) != pp \
                or any(toks[i].text in APART or any(s <= toks[i].start < e for s, e in whose) for i in pp) \
                or any(toks[c].lower in _DEFINITE for o in objects for c in tree.kids(o, "det", "poss")):
            continue
        j = k
        while j > 0 and toks[j - 1].start >= m.start:  # (back to the mention's first word)
            j -= 1
        core = list(range(j, k + 1))
        own = [i for i in tree.subtree(k) if i > k]
        ent.aliases |= {render(toks, core + pp), render(toks, core + own + pp)} - {ent.label}


#: Determiners that make a complement's object a thing already known ("on the sidelines"), no topic.
_DEFINITE = frozenset({"the", "this", "that", "its", "their", "his", "her"})
