"""Nouns a clause says its subject is: "the deal is a bad one", "the text amounts to a treaty",
"it does not constitute a pact". Such a noun describes the subject; it introduces nothing."""
from __future__ import annotations

from kg.extract.nlp import Token
from kg.extract.syntax import Tree
from kg.model import Document


def said_of_an_agreement(doc: Document, tree: Tree, verb: int, heads: frozenset[str]) -> bool:
    """Is the subject of this copula an agreement (named, described, or a pronoun), so that its
    complement says what the agreement is ("the deal is a bad one")? "The legal basis was an
    agreement dating from 2012" and "there is the pact that X signed" introduce one."""
    toks = tree.toks
    if tree.kids(verb, "expl"):
        return False  # "there is an older accord that ...": the copula brings a thing in, says nothing of one
    # "called the accord a bad deal": said of the object; "the deal is a bad one": of the subject
    for s in tree.kids(verb, "dobj") or tree.kids(verb, "nsubj", "nsubjpass"):
        return toks[s].pos == "PRON" or toks[s].lemma in heads or toks[s].lemma in {"text", "document"} \
            or agreement_at(doc, toks[s])
    return True  # no subject to read: take it as said of the one in view


#: Verbs whose object says what their subject is: "constitutes a pact", "amounts to a treaty".
_PREDICATING = frozenset({"constitute", "represent", "amount", "form"})


def predicated_of_an_agreement(doc: Document, tree: Tree, t: Token, heads: frozenset[str]) -> bool:
    """Is ``t`` what a predicating verb says its subject, an agreement, is ("the deal does not
    constitute a defence pact", "a text that amounts to a treaty")?"""
    toks = tree.toks
    if what_it_answers(doc, tree, t) is not None:
        return True
    if t.dep == "dobj" and toks[t.head].lemma in _PREDICATING - {"amount"}:
        verb = t.head
    elif t.dep == "pobj" and toks[t.head].lower == "to" and toks[toks[t.head].head].lemma == "amount":
        verb = toks[t.head].head
    else:
        return False
    while toks[verb].dep == "conj" and not tree.kids(verb, "nsubj", "nsubjpass") and toks[verb].head != verb:
        verb = toks[verb].head  # "signs X and does not form a pact": the first verb's subject
    return any(toks[s].pos == "PRON" or toks[s].lemma in heads or agreement_at(doc, toks[s])
               for s in tree.kids(verb, "nsubj", "nsubjpass"))


def what_it_answers(doc: Document, tree: Tree, t: Token) -> int | None:
    """The agreement's token in "What is X?" asked just before an answer ``t`` opens ("What is the
    VFA? A treaty signed in 1998 that ..."): the answer says what X is, no agreement of its own."""
    toks = tree.toks
    opening = [c for c in tree.kids(t.i, "det") if toks[c].lower in {"a", "an"}]
    if not opening or opening[0] == 0 or toks[opening[0] - 1].sent == t.sent:
        return None  # (the answer opens with it: "A treaty signed in 1998 that ...")
    asked = [k for k in range(opening[0] - 1, max(-1, opening[0] - 30), -1) if toks[k].sent == t.sent - 1]
    if not asked or toks[asked[0]].text != "?" or toks[asked[-1]].lower not in {"what", "so"}:
        return None
    return next((k for k in asked if toks[k].dep in {"nsubj", "attr"} and agreement_at(doc, toks[k])), None)


def agreement_at(doc: Document, t: Token) -> bool:
    return any(m.start <= t.start < m.end and m.type == "Agreement" for m in doc.mentions)



#: Verbs of coming to agree: "reached agreement", "found agreement", "came to an agreement".
_REACHING = frozenset({"reach", "find", "achieve", "secure"})


def consent_to_an_agreement(tree: Tree, t: Token, heads: frozenset[str]) -> bool:
    """Is ``t`` "agreement" in the sense of consent, reached on a document that is named after it
    ("reached broad agreement on their defence pact", "agreement on the treaty was reached")? The
    document is the thing; the consent is none."""
    toks = tree.toks
    if t.lower != "agreement":
        return False
    head = toks[t.head]
    reached = t.dep == "dobj" and head.lemma in _REACHING or t.dep == "nsubjpass" and head.lemma in _REACHING \
        or t.dep == "pobj" and head.lower == "to" and toks[head.head].lemma == "come"
    return reached and any(toks[o].lemma in heads
                           for p in tree.kids(t.i, "prep") if toks[p].lower in {"on", "over", "about"}
                           for o in tree.kids(p, "pobj"))


def gives_a_name(tree: Tree, v: int, naming: frozenset[str]) -> bool:
    """Does verb ``v`` give its noun a name ("known as X", "dubbed X", "referred to as X")? A naming
    verb with neither "as" nor a name after it does something else ("referred to Parliament")."""
    toks = tree.toks
    return toks[v].lemma in naming and any(
        toks[c].lower == "as" or toks[c].dep in {"oprd", "attr"} or toks[c].dep == "dobj" and toks[c].is_cap
        for c in tree.children[v])
