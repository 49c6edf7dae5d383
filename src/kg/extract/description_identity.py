"""Whether two descriptions an article gives are one agreement or two: one added to the other
("an additional protocol to their treaty"), told apart by words of their own, or apposed ("a
second document, an agreement on rice trade,"); and what an indefinite after a name says that the
name may not. Read by :mod:`kg.extract.descriptions`."""
from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence

from kg.extract.description_phrases import Description, stems
from kg.extract.description_text import mentions_at
from kg.extract.nlp import Token
from kg.extract.number_words import YEAR
from kg.extract.summit_editions import rank_of
from kg.extract.tree import Tree
from kg.model import Document


def added_to(toks: Sequence[Token], a: Description, b: Description) -> bool:
    """"an additional protocol to their treaty": the treaty is another agreement than the protocol."""
    for x, y in ((a, b), (b, a)):
        k, seen = y.head, 0
        while toks[k].head != k and seen < 6:
            k, seen = toks[k].head, seen + 1
            if toks[k].lower == "to" and toks[k].head == x.head:
                return True
    return False


#: Words nearly every agreement's description has: one of these in common joins nothing.
_EVERY_AGREEMENTS = "cooperation collaboration partnership framework strategic friendship"


def told_apart(a: Description, b: Description) -> bool:
    """"the general cooperation agreement" beside "a memorandum on defence cooperation": only a
    word every agreement may have in common, and each with a word of its own the other lacks, so
    two agreements ("the customs convention" and "the convention on customs transit" are one); "the
    first peace summit" and "a second peace summit": two ranks, two editions."""
    if a.kind == b.kind == "Summit":
        if a.places and b.places and not a.places & b.places:
            return True  # "a summit in Salta" and "a summit in Rosario": two places, two summits
        times = [{w for w in d.content if w.startswith("edition:")} for d in (a, b)]
        if all(times) and not times[0] & times[1]:
            return True  # "last year's meeting in X" and "next year's meeting": two times, two editions
        ranks = {rank_of(a.label), rank_of(b.label)}
        return None not in ranks and len(ranks) == 2
    return a.kind == b.kind == "Agreement" and not (a.own & b.own) - stems(_EVERY_AGREEMENTS) \
        and bool(a.own - b.own) and bool(b.own - a.own)


def two_introduced(tree: Tree, a: Description, b: Description) -> bool:
    """"... signed a treaty that settles the river boundary" and, later, "... signed a treaty on the
    customs post": each indefinite brings in an agreement of its own when each is told by words the other
    lacks (a headline's indefinite is the body's; "the treaty" refers back)."""
    toks = tree.toks

    def indefinite(d: Description) -> bool:
        return d.sentence > 0 and any(toks[c].lower in {"a", "an"} for c in tree.kids(d.head, "det"))

    return a.kind == b.kind == "Agreement" and a.sentence != b.sentence and indefinite(a) and indefinite(b) \
        and bool(a.own) and bool(b.own) and not (a.own & b.own) - stems(_EVERY_AGREEMENTS)




def dated_there(doc: Document, a: Description, b: Description) -> bool:
    """"the 2011 protocol" and "the protocol to it which A and B signed in September 2011": one told by
    a year its own words give, the other by its clause (its sentence gives the year after it)."""
    for x, y in ((a, b), (b, a)):
        years = {w for w in x.own if YEAR.fullmatch(w)}
        if len(years) != 1 or x.own - years or y.own or x.core_text.split()[-1].lower() != y.core_text.split()[-1].lower():
            continue
        after = doc.text[y.core[1]:doc.sentences[y.sentence].end]
        if years.pop() in after and x.sentence > y.sentence:
            return True
    return False


def pointed_back(tree: Tree, t: Token, first_named: int | None) -> bool:
    """"that agreement which A and B signed": a demonstrative points back to an agreement already
    named, whatever clause follows it."""
    return first_named is not None and first_named < t.start and any(
        tree.toks[c].lower in {"that", "this"} for c in tree.kids(t.i, "det"))


def apposed(toks: Sequence[Token], a: Description, b: Description) -> bool:
    """"a second document, an agreement on rice trade,": one thing told twice side by side."""
    return any(toks[y.head].dep == "appos" and toks[y.head].head == x.head for x, y in ((a, b), (b, a)))


def new_words(tree: Tree, t: Token, covered: set[int]) -> set[str]:
    """The stems of the nouns an indefinite description tells its agreement by, in its modifiers
    and complements, not its parties' ("a missile defence agreement", "an agreement on troop cuts
    with X"). Said after an agreement's name, such a phrase introduces another agreement unless the
    name holds them all; an adjective only judges it ("a sensitive security pact")."""
    toks = tree.toks
    if not any(toks[c].lower in {"a", "an"} for c in tree.children[t.i]):
        return set()
    told = tree.kids(t.i, "compound") + [c for c in tree.kids(t.i, "prep") if toks[c].lower not in {"with", "between", "among"}]
    return stems(" ".join(toks[i].lower for c in told for i in tree.subtree(c)
                          if toks[i].pos in {"NOUN", "PROPN"} and i not in covered))


def another_introduced(tree: Tree, t: Token, apart: bool) -> bool:
    """Does an indefinite description bring in an agreement other than one named ("a separate
    fisheries pact", "an earlier safeguards accord", "an older deal with X")? Told apart
    (``apart``: "another", "a separate", "a similar") or compared ("earlier", "older", "broader"),
    it stands beside the named one, however many words they share."""
    toks = tree.toks
    return any(toks[c].lower in {"a", "an"} for c in tree.kids(t.i, "det")) and (
        apart or any(toks[i].tag == "JJR" for c in tree.kids(t.i, "amod", "compound") for i in tree.subtree(c)))  # (or on a compound)


#: Verbs whose subject and object may be one thing: "the accord is the X Treaty", "the pact, called the X".
_SAME_THING = frozenset({"be", "become", "remain", "call", "name", "dub", "know", "title", "rename", "constitute"})


def set_against_a_pointer(tree: Tree, start: int, heads: Collection[str]) -> bool:
    """Is the name starting at offset ``start`` an argument of a clause whose other argument is a bare
    "the pact" ("Chile and Peru signed a new pact. The pact updates the 1998 X Agreement")? That pact
    points back to another agreement than the name, so an earlier indefinite one is not the name's."""
    toks = tree.toks
    k = bisect.bisect_left(toks, start, key=lambda t: t.start)
    if k >= len(toks) or toks[k].start != start:
        return False
    while toks[k].dep in {"compound", "nmod", "amod"} or toks[k].dep == "pobj" and toks[toks[k].head].lower == "of" \
            and toks[toks[toks[k].head].head].pos == "PROPN":  # the name's own head word ("Status of Forces Agreement")
        k = toks[k].head if toks[k].dep != "pobj" else toks[toks[k].head].head
    verb = toks[k].head if toks[k].dep in {"dobj", "nsubj", "nsubjpass"} else \
        toks[toks[k].head].head if toks[k].dep == "pobj" and toks[toks[k].head].dep == "prep" else None
    if verb is None or toks[verb].pos not in {"VERB", "AUX"} or toks[verb].lemma in _SAME_THING:
        return False
    return any(toks[c].lemma in heads and toks[c].pos == "NOUN" and c not in tree.subtree(k)
               and any(toks[d].lower in {"the", "this", "that"} for d in tree.kids(c, "det"))
               and not tree.kids(c, "compound", "amod", "prep", "poss")
               for c in tree.kids(verb, "nsubj", "nsubjpass", "dobj"))


_PARTNER_PREPS = frozenset({"with", "between", "among"})
_PARTNER_TYPES = frozenset({"State", "InternationalOrganization"})


def named_partners(doc: Document, tree: Tree) -> dict[str, set[str]]:
    """The states each named agreement is told with where it is named ("the X Agreement with the
    United States", "A signed the X Treaty with B"): a description told with other partners ("a
    status of forces agreement with Australia") is another agreement, whatever words they share."""
    toks = tree.toks
    starts = [t.start for t in toks]
    out: dict[str, set[str]] = {}
    for m in doc.mentions:
        if m.type != "Agreement" or m.entity is None or m.kind == "description":
            continue
        k = bisect.bisect_left(starts, m.end) - 1  # the name's last word, then its head inside the name
        while k >= 0 and toks[k].head != k and m.start <= toks[toks[k].head].start < m.end:
            k = toks[k].head
        if k >= 0 and m.start <= toks[k].start < m.end:
            out.setdefault(m.entity, set()).update(clause_partners(doc, tree, k))
        # "the Agreement between Norway and the Republic of Chile Concerning ...": its name says whose
        out.setdefault(m.entity, set()).update(_named_inside(doc, m.start, m.end))
    return out


def _named_inside(doc: Document, start: int, end: int) -> set[str]:
    """The states and organisations whose names a name's own words hold ("between A and B")."""
    text = doc.text[start:end]
    return {e.key for e in doc.entities.values() if e.type in _PARTNER_TYPES
            and any(len(n) > 2 and n in text and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)
                    for n in (e.label, *e.aliases))}  # (the substring test first: no pattern for a name not there)


def clause_partners(doc: Document, tree: Tree, k: int, governing: bool = True) -> set[str]:
    """The states an agreement noun at ``k`` is told with: its own "with"/"between" phrase, and the
    subject and "with" phrase of the verb it is the object of ("A signed it with B") or of a relative
    clause on it ("the deal A had signed with B"). Not ``governing``: a definite description's verb
    ("B later signed the pact") may be told of the agreement in view, its own clause only says which."""
    toks = tree.toks
    spans = [p for p in tree.kids(k, "prep") if toks[p].lower in _PARTNER_PREPS]
    # the clause it is the object of, or a relative clause on it ("a deal A had signed with B")
    verbs = [toks[k].head] if governing and toks[k].dep == "dobj" and toks[k].head != k else []
    verbs += [c for c in tree.kids(k, "relcl") if toks[c].pos == "VERB"]
    subjects: list[int] = []
    for v in verbs:
        spans += [p for p in tree.kids(v, "prep") if toks[p].lower in _PARTNER_PREPS]
        subjects += [j for s in tree.kids(v, "nsubj") for j in (s, *tree.kids(s, "conj"))]  # the subject itself, a state
    found = mentions_at(doc, toks, [i for p in spans for i in tree.subtree(p)] + subjects)
    return {x.entity for x in found if x.entity and x.type in _PARTNER_TYPES}


def told_partners(doc: Document, tree: Tree, d: Description) -> set[str]:
    """The partners a description is told with: its own phrase's, and its clause's when it is indefinite."""
    indefinite = any(tree.toks[c].lower in {"a", "an"} for c in tree.kids(d.head, "det"))
    return set(d.keys) | clause_partners(doc, tree, d.head, governing=indefinite)


def other_partners(a: Collection[str], b: Collection[str]) -> bool:
    """Two agreements told with partners neither of whose sets holds the other's: "a pact between A
    and B" is not "an agreement between A and C"."""
    return bool(a) and bool(b) and not (set(a) <= set(b) or set(b) <= set(a))


def own_partners(partners: dict[str, set[str]], key: str, told: Collection[str]) -> set[str]:
    """The partners a description is told with, less those only other named agreements are told
    with: "a security agreement with A and B", after "the X Agreement with A and the Y Agreement with
    B", sums the two up and is no third agreement beside X."""
    others = set().union(*(v for k, v in partners.items() if k != key)) - partners.get(key, set())
    return set(told) - others


def named_later(doc: Document, t: Token, first_named: int | None) -> bool:
    """Is the indefinite agreement noun at ``t``, in the lede's line (the first body line), the
    agreement the article names first, after it and of its own kind, both told signed ("... signed
    a treaty that settles the border" ... "The Treaty on the X Border was signed in Y")? No other
    agreement noun comes between."""
    from kg.extract.description_fits import OWN, entity_fit, frames_data
    from kg.extract.special_mentions import is_headline

    body = doc.sentences[1 if is_headline(doc) else 0].start if len(doc.sentences) > 1 else 0
    if first_named is None or not body <= t.start < first_named or "\n" in doc.text[body:t.start] \
            or not any(c.lower in {"a", "an"} for c in doc.annotations["tokens"] if c.head == t.i and c.dep == "det"):
        return False
    first = next((m for m in doc.mentions if m.start == first_named and m.entity in doc.entities), None)
    between = [m for m in doc.mentions if m.type == "Agreement" and t.end < m.start < first_named]
    signing = {v for v in frames_data()["frames"]["sign"]["verbs"] if " " not in v}
    toks = doc.annotations["tokens"]
    return first is not None and not between and entity_fit(t.lemma, doc.entities[str(first.entity)]) == OWN and all(
        any(x.sent == s and x.lemma in signing for x in toks) for s in (t.sent, doc.sentence_index(first_named)))
