"""The words of a complement that describe what a head noun means ("accord [on fisheries]"), and
those that do not: an occasion ("on the sidelines"), an agent or an event the parser hung low, a
parenthesised acronym; the "to" phrase of a protocol or amendment, which tells which
agreement it adds to."""
from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from kg.extract.clause_dates import date_tokens
from kg.extract.nlp import Token
from kg.extract.number_words import YEAR
from kg.extract.tree import Tree
from kg.model import Document

#: What an "on" phrase after an agreement noun may name that says when, not what about.
OCCASIONS = frozenset({"sidelines", "sideline", "margins", "margin", "fringes", "eve", "occasion", "anniversary",
                       "day", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"})
#: What an "on" phrase may name that says for whom someone acts ("on behalf of X", "on the part of
#: Y"): the signer's errand, never what a document is about nor which one it is.
AGENCIES = frozenset({"behalf", "part"})
#: Verbs whose clause tells what happened to an agreement, not which one it is ("signed on Monday").
EVENT_VERBS = frozenset({"sign", "reach", "ink", "announce", "conclude", "seal", "agree", "negotiate", "strike",
                         "say", "expect", "approve", "ratify", "describe", "call", "hail"})


def occasion(tree: Tree, p: int) -> bool:
    """Does the "on" phrase at ``p`` name an occasion ("on the sidelines", "on the eve of") or whom
    someone acts for ("on behalf of X")? Either is the clause's, not the document's."""
    return any(tree.toks[o].lemma in OCCASIONS or tree.toks[o].lower in OCCASIONS or tree.toks[o].lower in AGENCIES
               for o in tree.kids(p, "pobj"))


def complement(tree: Tree, c: int, nested: bool = True) -> list[int]:
    """The tokens of a complement, without what is coordinated with it ("in X and at Y") or, when
    not ``nested``, the complements of its own object ("at Gull Cove [on Isla Verde]")."""
    toks = tree.toks
    out, todo = [], [c]
    while todo:
        k = todo.pop()
        out.append(k)
        for j in tree.children[k]:
            dep = toks[j].dep
            if k == c and dep in {"conj", "cc"}:
                continue
            if dep in {"appos"} or toks[j].text in {"(", ")"} or dep == "punct" and toks[j].text != "-":
                continue
            if not nested and k != c and (dep in {"prep", "relcl", "acl"} or dep == "npadvmod" and toks[k].pos in {"NOUN", "PROPN"}):
                continue  # ("for 24 jets [last Tuesday]": a bare time phrase is the clause's, hung low by the parser)
            if k != c and dep == "relcl":
                continue  # "between Chile and Peru, which critics deem ...": a clause about the name
            if k != c and dep == "acl" and toks[j].lemma in EVENT_VERBS:
                continue  # "on training of police, signed in Lima": what happened to it, hung low by the parser
            if k != c and dep == "prep" and toks[j].lower == "on" and occasion(tree, j):
                continue  # "an accord on fisheries on the sidelines of the talks": when, hung low
            if k != c and (dep == "agent" or dep == "prep" and toks[j].lower == "by"):
                continue  # "the signing of an accord on trade by X and Y": who signed it, hung low by the parser
            if dep == "advcl" and toks[min(tree.subtree(j)) - 1].text == ",":
                continue  # "a pact that lets X dock at Y, as Z sought trade": why or while it was made, not which
            if k != c and dep in {"conj", "cc"} and _another_document(tree, k, j):
                continue  # "a memorandum on investment and an air services agreement": two documents
            todo.append(j)
    # a parenthesised acronym inside ("the X Agreement (XA)") is left out of the description
    return sorted(k for k in out if not _in_parentheses(toks, k))


def _another_document(tree: Tree, k: int, j: int) -> bool:
    """Is ``j`` (a conjunct of ``k``, or the "and" before one) a document noun with a determiner
    of its own ("... and an air services agreement"), a second document the parser hung inside
    the first one's complement?"""
    toks = tree.toks
    nouns = document_nouns()
    conjuncts = [j] if toks[j].dep == "conj" else [c for c in tree.children[k] if toks[c].dep == "conj" and c > j]
    # the noun may stand after a name set off by a dash ("and the Baltic -- 2030 concept": the concept)
    return any(any(toks[d].dep == "det" for d in tree.children[c]) and any(
        toks[h].lemma in nouns for h in [c] + tree.kids(c, "appos")) for c in conjuncts)


@functools.cache
def document_nouns() -> frozenset[str]:
    """The nouns that head an agreement's description, always or in some phrases."""
    from kg.extract.document_heads import CONDITIONAL_HEADS
    from kg.extract.frames import load_frames

    return frozenset(load_frames().descriptions.get("Agreement", frozenset())) | CONDITIONAL_HEADS


def _in_parentheses(toks: Sequence[Token], k: int) -> bool:
    return 0 < k < len(toks) - 1 and toks[k - 1].text == "(" and toks[k + 1].text == ")"


#: Documents that add to another agreement: "a protocol to the 1997 treaty" is the protocol.
_ADDITIONS = frozenset({"protocol", "amendment", "annex", "addendum", "supplement", "memorandum"})
_AGREEMENT_NOUNS = frozenset({"agreement", "treaty", "pact", "accord", "convention", "charter", "deal", "protocol",
                              "memorandum", "declaration", "compact", "statute", "arrangement"})


def without_where(tree: Tree, c: int, tokens: list[int], is_place: Callable[[int], bool]) -> list[int]:
    """"a protocol to their treaty in Mendoza": the place the parser hung inside the "to" phrase is
    where the protocol was signed, not part of which treaty it adds to."""
    toks = tree.toks
    if toks[c].lower != "to":
        return tokens
    where = {i for p in tokens if p != c and toks[p].dep == "prep" and toks[p].lower in {"in", "at"}
             and any(is_place(o) for o in tree.kids(p, "pobj"))
             for i in tree.subtree(p)}
    # "a protocol to the treaty allowing power to flow": what the protocol does, hung on the treaty
    where |= {i for a in tokens if toks[a].dep == "acl" and toks[a].tag == "VBG" for i in tree.subtree(a)}
    return [i for i in tokens if i not in where]


def adds_to_an_agreement(tree: Tree, t: Token, c: int) -> bool:
    """"an additional protocol to their treaty on X": the "to" phrase says which agreement the
    document adds to, so it tells which document this is (not "sent the pact to parliament")."""
    toks = tree.toks
    return t.lemma in _ADDITIONS and any(toks[o].lemma in _AGREEMENT_NOUNS or toks[o].is_cap for o in tree.kids(c, "pobj"))


def term_of(tree: Tree, t: Token, left_span: list[int], procedures: frozenset[str]) -> list[int]:
    """"a status of forces agreement", "the law of the sea convention": the parser hangs a bare
    agreement phrase off the noun before "of"; with no determiner of its own the phrase is the
    rest of one term ("the text of the agreement", "approval of the pact" are not).
    The outer noun and "of", to put before the head's modifiers, or nothing."""
    toks = tree.toks
    of = t.head
    if t.dep != "pobj" or of >= t.i or toks[of].lower != "of" or toks[of].dep != "prep":
        return []
    outer = toks[of].head
    first = left_span[0] if left_span else t.i
    if outer != of - 1 or first != of + 1 or toks[outer].pos != "NOUN" or toks[outer].tag != "NN":
        return []
    if toks[outer].lemma in procedures or toks[outer].lemma in _transparent() \
            or any(toks[i].dep in {"det", "poss"} for i in left_span):
        return []
    return [outer, of]


def _transparent() -> frozenset[str]:
    from kg.extract.frames import load_frames

    return frozenset(load_frames().transparent)


#: Prepositions of a phrase that says what a document is about.
_ABOUT = frozenset({"on", "concerning", "regarding", "covering"})


def hung_on_the_verb(tree: Tree, t: Token, set_off: bool = False) -> list[int]:
    """"signed a letter of intent [on a joint depot]": an "on" phrase right after a document noun
    that the parser hung on the verb acting on it says what the document is about (not one that
    says when, "on Monday", "on the sidelines": the caller drops those with its dates)."""
    toks = tree.toks
    if t.dep not in {"dobj", "nsubjpass"}:
        return []
    end = max(tree.subtree(t.i)) + 1
    end += set_off and end < len(toks) and toks[end].text == ","  # "two agreements, on X and on Y"
    about = [p for p in tree.kids(t.head, "prep") if p == end and toks[p].lower in _ABOUT and not occasion(tree, p)]
    # "signed a pact [to protect the reef]": an infinitive right after it, hung on the verb
    return about + [v for v in tree.kids(t.head, "advcl") if toks[v].tag == "VB" and any(
        toks[a].lower == "to" and a == end for a in tree.kids(v, "aux"))] + _granting_after(tree, t, end)


#: Verbs whose participle says what a document lets someone do: "a deal [allowing X to ...]".
_GRANTING = frozenset({"allow", "let", "permit", "enable", "authorise", "authorize", "grant", "give"})


def _granting_after(tree: Tree, t: Token, end: int) -> list[int]:
    """"signed a deal with Peru on Monday [allowing its ships to dock]": a participle of granting the
    parser hung on the verb, after the document's phrase and only the verb's own phrases between,
    says what the document allows."""
    toks = tree.toks
    between = {i for p in tree.kids(t.head, "prep", "npadvmod") if p >= end for i in tree.subtree(p)}  # "last week"
    return [v for v in tree.kids(t.head, "advcl") if toks[v].tag == "VBG" and toks[v].lemma in _GRANTING
            and v >= end and all(i in between for i in range(end, v))]


def infinitive(tree: Tree, c: int) -> bool:
    """Is ``c`` an infinitive clause on the noun ("an agreement [to build a railway]")?"""
    return tree.toks[c].dep in {"acl", "relcl", "advcl"} and tree.toks[c].tag == "VB" and any(
        tree.toks[a].lower == "to" for a in tree.kids(c, "aux"))


def without_dates(doc: Document, tree: Tree, idx: list[int]) -> list[int]:
    """The tokens without the phrases inside them that only say when ("in July", "on 4 May")."""
    dated = date_tokens(doc, tree.toks)
    when = {j for i in idx if tree.toks[i].dep == "prep" and any(o in dated for o in tree.kids(i, "pobj"))
            for j in tree.subtree(i)}  # "in July", "in early May", "on 4 June"
    return [i for i in idx if i not in when and i not in dated]


#: Relative words a clause telling what an agreement does opens with.
_RELATIVES = frozenset({"that", "which"})


def says_what_it_does(tree: Tree, c: int) -> bool:
    """Is ``c`` a relative clause telling what an agreement does or provides ("that allows X to
    ...", "under which X will ...")? Not one telling what was done to it ("which X signed",
    "that was ratified") nor what it is ("which is the first")."""
    toks = tree.toks
    if toks[c].dep != "relcl" or toks[c].lemma in EVENT_VERBS or toks[c].lemma in {"be", "become", "remain"} \
            or tree.kids(c, "auxpass"):
        return False
    return any(toks[s].lower in _RELATIVES for s in tree.kids(c, "nsubj")) or any(
        toks[p].lower in {"under", "by", "through"} and any(toks[o].lower == "which" for o in tree.kids(p, "pobj"))
        for p in tree.kids(c, "prep"))


def _earlier_years(doc: Document, tree: Tree, idx: list[int]) -> bool:
    """Do the tokens ``idx`` hold a date, every year of them before the year of writing and not told
    before in the story (a year told before may be the one the agreement in view was made in)?"""
    toks, dated = tree.toks, date_tokens(doc, tree.toks)
    years = [toks[i].text for i in idx if i in dated and toks[i].text.isdigit() and len(toks[i].text) == 4]
    if not years:
        return False
    published, start = doc.article.published, min(toks[i].start for i in idx)
    return all((published is None or int(y) < published.year) and doc.text.find(y, 0, start) < 0 for y in years)


def of_a_date(doc: Document, tree: Tree, c: int) -> bool:
    """Is ``c`` an "of" phrase whose object is a date of an earlier year ("the agreement of 2004",
    "the statement of 10 November 2020")? It tells which agreement, the older one made then, as
    "the 2004 agreement" does; a date of the year of writing may be the agreement in view's."""
    toks, dated = tree.toks, date_tokens(doc, tree.toks)
    objs = tree.kids(c, "pobj") if toks[c].lower == "of" and toks[c].dep == "prep" else []
    return bool(objs) and all(o in dated for o in objs) and _earlier_years(doc, tree, [i for o in objs for i in tree.subtree(o)])


#: Verbs of making an agreement: a clause of one dated to an earlier year tells an older agreement.
_MAKING = frozenset({"sign", "reach", "ink", "conclude", "seal", "agree", "strike", "negotiate", "adopt"})


def made_earlier(doc: Document, tree: Tree, c: int) -> bool:
    """Is ``c`` a clause telling an agreement made in an earlier year ("the agreement concluded in
    1995", "the treaty Moscow signed with X in 1999")? It tells which agreement: not the one in view."""
    return tree.toks[c].dep in {"acl", "relcl"} and tree.toks[c].lemma in _MAKING and _earlier_years(doc, tree, tree.subtree(c))


def tells_an_older_one(doc: Document, tree: Tree, c: int, bare: bool = True) -> bool:
    """Does complement ``c`` tell an agreement made in an earlier year, so not the one in view? Not
    when its phrase is set beside a name ("the X Treaty, the pact signed in 1951": the named one),
    however the parser hung it. A relative clause of making tells it only of a ``bare`` head ("the
    pact Chile signed in 1995"): "the energy pact they signed in 2015" is told by its own words; a
    participle's tells it of any ("the intergovernmental agreement signed in X on 15 January 2008")."""
    if _beside_a_name(tree, tree.toks[c].head):
        return False
    return of_a_date(doc, tree, c) or (bare or tree.toks[c].dep == "acl") and made_earlier(doc, tree, c)


#: Words that set an agreement apart from the one in view: "a similar pact", "its own agreement".
_APART = frozenset({"another", "other", "separate", "different", "similar", "own"})


def sets_apart(tree: Tree, k: int) -> bool:
    """Is noun ``k`` told as another than the one in view: "a similar pact", "its own agreement", "a
    separate deal"?"""
    return any(tree.toks[c].lower in _APART for c in tree.kids(k, "amod", "det", "advmod"))


def told_aside(tree: Tree, t: Token, c: int) -> bool:
    """Is clause ``c`` set off by a comma from the definite noun ``t`` it hangs on? Such a clause
    adds to a thing already known, it does not tell which one: "the accord, drafted in 2017, lets
    X ..." and "the treaty, which both ministers signed, ..." are the accord and treaty in view."""
    toks = tree.toks
    first = min(tree.subtree(c))
    comma = first if toks[first].text == "," else first - 1  # (the parser may hang the comma on the clause)
    return (toks[c].dep in {"acl", "relcl"} and comma > t.i and toks[comma].text == ","
            and all(toks[i].dep != "conj" for i in range(t.i + 1, comma))
            and any(toks[d].lower in {"the", "this", "that"} or toks[d].dep == "poss" for d in tree.kids(t.i, "det", "poss")))


def _beside_a_name(tree: Tree, head: int) -> bool:
    """Is the phrase headed at ``head`` set beside a name, "the X Treaty, the pact signed in 1951"
    (however the parser hung it)? It tells of the named one."""
    toks, first = tree.toks, min(tree.subtree(head))
    return toks[head].dep == "appos" or first > 1 and toks[first - 1].text == "," and toks[first - 2].pos == "PROPN"


def made_before(doc: Document, tree: Tree, t: Token) -> bool:
    """Is the definite agreement noun ``t`` told as made in an earlier year the story has not given
    before, by a year in front of its own words ("the 2011 fisheries pact") or by a clause of making
    right after them ("the fisheries pact A signed with B in 2011")? That tells which: the older
    agreement, not the one named in view (a clause set off by commas only adds to that one)."""
    toks = tree.toks
    if not any(toks[c].lower == "the" or toks[c].dep == "poss" for c in tree.kids(t.i, "det", "poss")) \
            or _beside_a_name(tree, t.i):
        return False  # ("that pact A signed in 2011": a demonstrative points back, whatever follows)
    # (a year in front is no date mention of its own: read here as the dates' years are); with words of its
    # own beside the year, "the 2011 fisheries pact": a bare "the 2011 accord" may be the named one's year
    front = tree.kids(t.i, "nummod", "compound", "amod")
    years = [toks[c] for c in front if YEAR.fullmatch(toks[c].text)]
    published = doc.article.published
    if years and any(toks[c].pos == "NOUN" for c in front) and all(
            (published is None or int(y.text) < published.year) and doc.text.find(y.text, 0, y.start) < 0 for y in years):
        return True
    return any(made_earlier(doc, tree, c) and not told_aside(tree, t, c) for c in tree.kids(t.i, "relcl", "acl"))
