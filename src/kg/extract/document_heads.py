"""Nouns that head an agreement's description only in some phrases: "a letter of intent on a
joint depot" is a document, "a letter to the editor" none; "a framework on gas deliveries" or "the
framework the two ministers signed" is an agreement, "within the framework of the talks" or "a
legal framework" none."""
from __future__ import annotations

import functools
from collections.abc import Collection, Sequence

from kg.extract.nlp import Token
from kg.extract.tree import Tree

#: Head noun -> the objects of its "of" phrase that make it a document ("letter of intent").
_OF_WHAT = {"letter": frozenset({"intent", "intention", "understanding", "agreement", "cooperation"}),
            "exchange": frozenset({"note", "letter"}),  # "signed an exchange of notes on X", not "an exchange of fire"
            "statement": frozenset({"intent", "intention"}),  # "signed a statement of intent": made by two, as a letter
            "declaration": frozenset({"intent", "intention"})}
#: Heads of :data:`_OF_WHAT` that are a document only as made or told what about, never by their "of" alone
#: ("signed a statement of intent on X", "signed a declaration of intent to build Y"; not "gave a statement of
#: intent about his reforms", "made a declaration of intent to run for office": one speaker's word).
_OF_WHAT_MADE = frozenset({"exchange", "statement", "declaration"})
#: Heads of :data:`_OF_WHAT` read as any other text when no "of" says what ("a joint statement", "the declaration").
_OTHERWISE_READ = frozenset({"statement", "declaration"})
#: Heads that are an agreement when a complement says what about, or a verb signs them.
_ABOUT_WHAT = frozenset({"framework"})
_ABOUT = frozenset({"on", "covering", "concerning", "regarding", "governing"})
#: Heads that are an agreement only as what is signed or agreed: "signed an action plan on X",
#: "agreed a roadmap for Y", "signed a development concept" ("plans to visit", "a plan for the city",
#: "the concept of deterrence" are none).
_MADE_ONLY = frozenset({"plan", "roadmap", "programme", "program", "charter", "lease", "annex", "exchange", "concept"})
# ("signed a charter", "adopted a permanent charter", "signed a lease for the base", "agreed an annex", "an
#  exchange of notes the two governments signed": documents states make; "a charter flight", "enters into
#  force upon the exchange of notes": none)
#: Heads that are an agreement only when issued together ("a joint statement on X"), and then
#: when a complement says what about or a verb signs or issues them ("said in a joint statement": none).
_JOINT = frozenset({"statement", "communique", "communiqué"})
_TOGETHER = frozenset({"joint", "bilateral", "trilateral"})

#: Heads that are an agreement only as a purchase of arms: "a contract for 24 jets", "a contract under
#: which X will buy drones", "a contract to supply tanks" ("a contract to build a road" is none).
_PURCHASE = frozenset({"contract"})

#: The heads read here (lemmas), added to the agreement nouns of :mod:`kg.extract.descriptions`.
CONDITIONAL_HEADS = frozenset(_OF_WHAT) | _ABOUT_WHAT | _MADE_ONLY | _JOINT | _PURCHASE
#: The heads after a name that make it no agreement's name ("a Defence Ministry statement"; but "the Lima declaration").
UNNAMING_HEADS = CONDITIONAL_HEADS - {"declaration"}


def heads_a_document(tree: Tree, t: Token, headline: Collection[int] = ()) -> bool:
    """Does the phrase around this conditional head make it an agreement? (A headline that is
    only "Joint statement on X" titles the text itself.)"""
    toks = tree.toks
    if t.lemma in _JOINT and t.sent in headline and t.dep == "ROOT":
        return False
    if t.lemma in _PURCHASE:
        return buys_arms(tree, t) or t.i > 0 and toks[t.i - 1].lower in {"the", "this"} and any(
            u.lemma in _PURCHASE and buys_arms(tree, u) for u in toks[:t.i])  # "the contract": the one told before
    if t.lemma in _OF_WHAT:
        of_what = any(toks[o].lemma in _OF_WHAT[t.lemma] for p in tree.kids(t.i, "prep") if toks[p].lower == "of"
                      for o in tree.kids(p, "pobj"))
        if not of_what and t.lemma in _OTHERWISE_READ:
            pass  # "a joint statement": read below as a text issued together
        elif not of_what or t.lemma not in _OF_WHAT_MADE:
            return of_what
        elif any(toks[p].lower in _ABOUT for p in tree.kids(t.i, "prep", "acl")):
            return True  # "an exchange of notes on how X's troops are treated": what it settles
        else:
            return _made(tree, t, _AGREEING)
    if t.lemma in _JOINT and not any(toks[c].lower in _TOGETHER for c in tree.children[t.i]):
        return False
    if t.lemma in _ABOUT_WHAT | _JOINT and any(toks[p].lower in _ABOUT for p in tree.kids(t.i, "prep", "acl")):
        return True
    if t.lemma in _ABOUT_WHAT | _JOINT | _MADE_ONLY:
        return _made(tree, t, _ISSUING if t.lemma in _JOINT else _AGREEING)
    return True


def _made(tree: Tree, t: Token, agreeing: Collection[str]) -> bool:
    """Is the text at ``t`` what a signing or agreeing verb acts on ("signed the gas framework", "a
    framework ... would be signed", "agreed on a roadmap"), or signed in a clause on it? (Not "debated".)"""
    toks = tree.toks
    verbs = _signing_verbs() | frozenset(agreeing)
    if signed_in_a_clause(tree, t):
        return True
    # one of a list of what is signed: "signed a memorandum and a charter", "will sign two texts: a charter and a plan"
    # and one of the documents a list names: "signed three documents, including a plan and a concept"
    # and one of the documents a list names: "signed three documents, including a plan and a concept"
    while t.dep in {"conj", "appos"} and toks[t.head].pos in {"NOUN", "PROPN"} or _listed_in(tree, t):
        t = toks[toks[t.head].head] if t.dep == "pobj" else toks[t.head]
    if t.dep == "pobj" and toks[t.head].lower in {"on", "to", "upon"}:  # "agreed on a framework"
        t = toks[t.head]
    # (the parser may take "agreed an annex" for a clause: a noun with no subject of its own is what was agreed)
    made = t.dep in {"dobj", "nsubjpass", "prep"} or t.dep == "ccomp" and t.pos == "NOUN" and not tree.kids(t.i, "nsubj")
    return made and toks[t.head].lemma in verbs or signed_in_a_clause(tree, t)


def made_by_someone(tree: Tree, t: Token) -> bool:
    """Is the text at ``t`` signed or agreed by someone the clause names: "the pact was inked by
    A", "A and B signed the accord" (not "the accord was signed", "signing the deal is hard")?"""
    if t.dep not in {"dobj", "nsubjpass"} or not _made(tree, t, _AGREEING):
        return False
    return bool(tree.kids(t.head, "nsubj", "agent"))


#: Words that hang a list's members on the noun for all of them: "documents, including a plan".
_LISTING = frozenset({"including", "include", "like", "namely"})


def _listed_in(tree: Tree, t: Token) -> bool:
    """Is ``t`` a member of a list hung on a noun ("three texts, including a concept")?"""
    toks = tree.toks
    h = toks[t.head]
    return t.dep == "pobj" and h.lower in _LISTING and h.dep == "prep" and toks[h.head].pos in {"NOUN", "PROPN"}


#: Nouns of the deed that signs a text: "the signing of the joint communique".
_SIGNING_NOUNS = frozenset({"signing", "signature"})


def signed_in_a_clause(tree: Tree, t: Token) -> bool:
    """Is the text at ``t`` told as signed by a clause on it or a signing noun over it: "the
    statement, signed by A and B,", "the statement they signed", "the signing by A of a joint
    declaration"? (Not "a statement issued after the talks said": one that speaks.)"""
    toks = tree.toks
    verbs = _signing_verbs()
    clauses = tree.kids(t.i, "acl", "relcl")
    # "the statement that ended the war, signed by X": the parser may hang the participle on the relative's verb
    # or on its last noun ("that ended the war on May 4, signed by X")
    clauses += [p for c in tree.kids(t.i, "relcl") for p in tree.subtree(c) if toks[p].dep in {"advcl", "acl"}
                and toks[p].tag == "VBN" and p > 0 and toks[min(tree.subtree(p)) - 1].text == ","]
    if any(toks[c].lemma in verbs and toks[c].tag in {"VBN", "VBD"} for c in clauses):
        return True
    h = toks[t.head]
    return t.dep == "pobj" and h.lower == "of" and toks[h.head].lemma in _SIGNING_NOUNS


def joint_word(tree: Tree, i: int) -> bool:
    """Is token ``i`` the word that makes its head a text issued together ("the joint statement",
    "the trilateral communique")? Such a text is a kind of document, not one in view only."""
    t = tree.toks[i]
    return t.lower in _TOGETHER and t.head != i and tree.toks[t.head].lemma in _JOINT


#: Verbs that make a text agreed between parties (with the signing verbs): "adopted a roadmap".
_AGREEING = frozenset({"adopt", "agree", "conclude", "reach", "finalise", "finalize", "seal", "clinch", "strike",
                       "ink", "endorse"})
#: Verbs that put out a joint text: "issued a joint statement".
_ISSUING = _AGREEING | {"issue", "release", "publish", "sign"}


@functools.cache
def _signing_verbs() -> frozenset[str]:
    from kg.extract.frames import load_frames

    return frozenset(load_frames().verbs_of("signing"))


#: Words of a document's designation that name no particular document ("a Memorandum of
#: Understanding", "the Framework Agreement", "a Letter of Intent"), with the agreement nouns.
_DESIGNATION = frozenset({"of", "understanding", "intent", "intention", "framework", "letter", "joint", "a", "an",
                          "the", "bilateral", "cooperation", "mou", "mou's"})


def designation_only(words: list[str], kind_words: Collection[str]) -> bool:
    """Are these capitalised words only a document's designation, no name ("Memorandum of
    Understanding", "Framework Agreement")? The description after them tells which document."""
    lowered = [w.lower() for w in words]
    return bool(lowered) and any(w in kind_words for w in lowered) and all(
        w in _DESIGNATION or w in kind_words for w in lowered)


def in_designation(toks: list[Token], i: int, kind_words: frozenset[str]) -> bool:
    """Is the capitalised word at ``i`` inside a designation ("signed a Memorandum of
    Understanding on X"), the run of capitalised words around it naming no document?"""
    def part(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].sent == toks[i].sent and (
            toks[k].is_cap or toks[k].lower == "of" and 0 < k + 1 < len(toks) and toks[k + 1].is_cap)

    a, b = i, i + 1
    while part(a - 1):
        a -= 1
    while part(b):
        b += 1
    return designation_only([toks[k].text for k in range(a, b)], kind_words)


def abbreviated(t: Token) -> bool:
    """"an MoU", "the MOU": a kind word abbreviated in capitals (a capitalised "Agreement" no name
    covers is a headline's or a quotation's word)."""
    return len(t.text) <= 4 and not t.text[1:].islower()


def capital_head(toks: list[Token], t: Token, headline: set[int], kind_words: frozenset[str], *, opening: bool = False) -> bool:
    """May a capitalised kind word head a description: an abbreviation ("an MoU"), outside the
    headline a designation's word ("a Memorandum of Understanding on X"), or (``opening``) a word
    capitalised only by opening its sentence?"""
    return abbreviated(t) or t.sent not in headline and in_designation(toks, t.i, kind_words) or opening and opening_word(toks, t)



def opening_word(toks: Sequence[Token], t: Token) -> bool:
    """Is the word capitalised only by opening its sentence ("Summit of Andean leaders ends in X"),
    the next word lower-case, so no name?"""
    return (t.i == 0 or toks[t.i - 1].sent != t.sent) and t.i + 1 < len(toks) and toks[t.i + 1].sent == t.sent \
        and toks[t.i + 1].text[:1].islower()


def a_joint_text_of_its_own(tree: Tree, t: Token, own: Collection[str], named: Collection[Collection[str]]) -> bool:
    """Is the description at ``t`` a joint text ("the trilateral statement") whose own words ``own`` (stems)
    share nothing with any named agreement's (``named``)? Then it is no other way of naming one: a
    statement the leaders signed is not the declaration named before it."""
    return t.lemma in _JOINT and any(joint_word(tree, c) for c in tree.children[t.i]) \
        and not any(set(own) & set(stems) for stems in named)


#: Words of arms besides the craft of :data:`kg.extract.hardware.HARDWARE`, and the modifiers that make a
#: thing a weapon ("armoured vehicles", "patrol boats").
_ARMS = frozenset({"weapon", "arm", "munition", "ammunition", "artillery", "warplane"})
_MILITARY = frozenset({"armoured", "armored", "combat", "military", "patrol", "attack", "naval", "air-defence",
                       "air-defense"})
#: Verbs that say what a contract provides: "the contract covers the supply of 20 jets".
_COVERING = frozenset({"cover", "include", "provide", "involve", "foresee", "envisage"})
#: Verbs of a purchase: "a contract under which X will buy", "to supply".
_BUYING = frozenset({"buy", "purchase", "procure", "acquire", "supply", "sell", "deliver", "provide", "order"})


def buys_arms(tree: Tree, t: Token) -> bool:
    """Does the phrase of the noun at ``t`` buy arms: "for 24 jets", "under which X will buy drones",
    "to supply tanks" (a weapon its object, :data:`kg.extract.hardware.HARDWARE`)?"""
    from kg.extract.hardware import HARDWARE

    toks = tree.toks

    def arms(i: int) -> bool:
        return any(toks[k].lower in HARDWARE or toks[k].lemma in _ARMS or any(
            toks[m].lower in _MILITARY for m in tree.kids(k, "amod", "compound")) for k in tree.subtree(i) if toks[k].pos in {"NOUN", "PROPN"})

    fors = tree.kids(t.i, "prep")
    if t.dep == "dobj":  # "signed a contract with X for 24 jets": the parser may hang the phrase on the verb
        fors += [p for p in tree.kids(t.head, "prep") if p > t.i]
    if any(toks[p].lower == "for" and arms(p) for p in fors):
        return True
    if t.dep == "nsubj" and toks[t.head].lemma in _COVERING and any(arms(o) for o in tree.kids(t.head, "dobj")):
        return True  # "the contract covers the supply of 20 jets"
    return any(toks[c].lemma in _BUYING and arms(c) for c in tree.kids(t.i, "acl", "relcl"))


def purchase_told(doc, noun: str) -> bool:
    """May "the <noun>" point back to an agreement: yes, unless the noun is one that is an
    agreement only as a purchase (a "contract") and the article describes no such agreement."""
    return noun.lower() not in _PURCHASE or any(
        e.type == "Agreement" and any(n.split(" ", 1)[0].lower() in _PURCHASE for n in [e.label, *e.aliases])
        for e in doc.entities.values())
