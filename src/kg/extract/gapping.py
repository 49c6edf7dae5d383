"""Clauses that leave out the verb they share with the first: gapping and elided verb phrases.

"Samoa ratified the treaty in 2017 and Fiji in 2018", "Chile signed the accord in Lima and Peru in
Quito", "Minister A signed for Chile and Minister B for Peru": the second clause is a subject and
the phrases that differ, its verb gapped. The parser has no word to hang them on and scatters them
(the subject made a conjunct of a place, its phrases hung on the first verb). Two steps mend it:

* :func:`mend` (at parse time) finds such a remnant — after the verb's clause, "and", a noun
  phrase and prepositional phrases, no verb of its own, at least one preposition the first clause
  also has — and hangs it together: its head on the verb with the relation ``gap``, its
  prepositional phrases on that head. Readers that know nothing of ``gap`` leave the remnant
  alone, so the first clause no longer takes its place or its date.
* :func:`remnant_args` (at frame time) reads the remnant as the verb's clause again: the first
  clause's arguments, with the remnant's noun phrase as the subject (or, when that is where it
  fits, the object) and its prepositional phrases in place of the same prepositions'.

An elided verb phrase keeps an auxiliary or "do so" ("as did B", "and so did B", "but B has not",
"B is expected to do so") or says "follow" ("followed by B", "B is expected to follow"); it needs no
mending, :func:`gapped_readings` finds it under the verb. Either clause is read at a word standing
for the missing verb (the remnant's head, the auxiliary) with the verb's lemma, so its own date and
modality are the ones read: "but B has not" is negated, "B is expected to do so" planned.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from kg.extract.nlp import Token
from kg.extract.syntax import Args, Tree

GAP = "gap"
_NP = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"})
_CLAUSE_END = frozenset({".", ";", ":", "!", "?"})


def mend(doc) -> None:
    """Hang each gapped clause's remnant together on the verb it shares (see the module)."""
    from kg.extract.nlp import sentence_bounds, tokens

    toks = tokens(doc)
    for s in range(len(doc.sentences)):
        lo, hi = sentence_bounds(doc, s)
        for c in range(lo + 2, hi - 2):
            if toks[c].lower == "and":
                _mend_at(toks, lo, hi, c)


def _mend_at(toks: list[Token], lo: int, hi: int, c: int) -> None:
    # a relative clause's remnant ends at the comma after which its main clause's verb comes back
    # ("A, which joined X in 2004 and Y in 2013, borders B")
    end = next((j for j in range(c + 1, hi) if toks[j].text in _CLAUSE_END
                or toks[j].text == "," and j + 1 < hi and toks[j + 1].tag in {"VBZ", "VBP", "VBD", "MD"}), hi)
    span = range(c + 1, end)
    if not span or any(toks[j].pos in {"VERB", "AUX"} or toks[j].tag.startswith("VB") for j in span):
        return
    verb = next((j for j in range(c - 1, lo - 1, -1) if toks[j].pos == "VERB" and toks[j].tag in {"VB", "VBD", "VBZ", "VBP", "VBN"}), None)
    if verb is None or not any(toks[j].dep in {"nsubj", "nsubjpass"} and toks[j].head == verb for j in range(lo, verb)):
        return
    j = c + 1
    while j < end and toks[j].text == ",":
        j += 1
    subject = _noun_phrase(toks, j, end)
    if subject is None:
        return
    # a coordinated subject ("and A and B by envoys"): its other conjuncts, each a noun phrase
    others: list[tuple[int, list[int]]] = []  # (the "and" or comma before it, the phrase)
    k = subject[-1] + 1
    while k + 1 < end and (toks[k].lower == "and" or toks[k].text == "," and toks[k + 1].pos != "ADP"):
        np = _noun_phrase(toks, k + 2 if toks[k + 1].lower == "and" else k + 1, end)
        if np is None:
            return
        others.append((k, np))
        k = np[-1] + 1
    phrases = []  # (preposition, its noun phrase)
    while k < end:
        if toks[k].text == ",":
            k += 1
            continue
        if toks[k].pos != "ADP":
            return
        np = _noun_phrase(toks, k + 1, end)
        if np is None:
            return
        phrases.append((k, np))
        k = np[-1] + 1
    # parallel: a preposition of the first clause comes back with the same kind of phrase (a date
    # for a date: "in 2017 ... in 2018", a name for a name), not "visits to A ... from May 1 to May 6"
    # (a preposition of the verb's own or of its object's: not one deep in a phrase, "by the Minister
    # of Foreign Affairs and Trade of Finland")
    first = {(toks[p].lower, _datelike(toks, [p + 1])) for p in range(verb + 1, c) if toks[p].pos == "ADP" and p + 1 < c
             and (toks[p].head == verb or toks[toks[p].head].dep in {"dobj", "nsubjpass", "attr"} and toks[toks[p].head].head == verb)}
    if any(toks[j].dep == "nsubjpass" and toks[j].head == verb for j in range(lo, verb)):
        # a passive's remnant may give its agent where the first clause gave a manner ("X was
        # represented at ministerial level, and Y by an envoy"): "by" comes back as the agent
        first.add(("by", False))
    if not phrases or not any((toks[p].lower, _datelike(toks, np)) in first for p, np in phrases):
        return
    if toks[c - 1].dep == "conj" and toks[toks[c - 1].head].pos in {"PROPN", "NOUN"} \
            and any(toks[j].text == "," for j in range(toks[c - 1].head, c)):
        return  # "to A, B and C from ...": the end of a list, not a clause
    head = _np_head(toks, subject)
    _hang(toks, subject, head, head=verb, dep=GAP)
    for joint, np in others:
        _hang(toks, np, _np_head(toks, np), head=head, dep="conj")
        for j in range(joint, np[0]):
            toks[j] = toks[j]._replace(head=head, dep="cc" if toks[j].lower == "and" else "punct")
    toks[c] = toks[c]._replace(head=verb, dep="cc")
    for p, np in phrases:
        toks[p] = toks[p]._replace(head=head, dep="prep")
        _hang(toks, np, _np_head(toks, np), head=p, dep="pobj")
    for j in span:
        if toks[j].text == ",":
            toks[j] = toks[j]._replace(head=head, dep="punct")


def _noun_phrase(toks: Sequence[Token], j: int, end: int) -> list[int] | None:
    """The noun phrase starting at ``j``: determiners, names, nouns, numbers ("Oct. 30"), a possessive."""
    out: list[int] = []
    while j < end and (toks[j].pos in _NP or toks[j].text == "." and out) and toks[j].text != ",":
        out.append(j)
        j += 1
    if not any(toks[k].pos in {"PROPN", "NOUN", "NUM"} for k in out):
        return None
    return out


_CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.", "sep.",
                       "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})


def _datelike(toks: Sequence[Token], np: list[int]) -> bool:
    """Does the phrase start as a date does (a number, a month, a weekday)?"""
    j = np[0]
    while j < len(toks) and toks[j].pos == "DET":
        j += 1
    return j < len(toks) and (toks[j].pos == "NUM" or toks[j].lower in _CALENDAR)


def _np_head(toks: Sequence[Token], np: list[int]) -> int:
    """The phrase's head: its last noun, name or number before a possessive ending."""
    return next(k for k in reversed(np) if toks[k].pos in {"PROPN", "NOUN", "NUM"})


def _hang(toks: list[Token], np: list[int], root: int, *, head: int, dep: str) -> None:
    toks[root] = toks[root]._replace(head=head, dep=dep)
    for k in np:
        if k == root:
            continue
        if not (toks[k].head in np and toks[k].head != k):
            t = toks[k]
            toks[k] = t._replace(head=root, dep="det" if t.pos == "DET" else "case" if t.pos == "PART" else "compound")


def remnants(tree: Tree, i: int) -> list[int]:
    """The heads of the gapped clauses that share verb ``i``."""
    return tree.kids(i, GAP)


def remnant_args(tree: Tree, args: Args, r: int, as_subject: bool) -> Args:
    """The first clause's arguments with the remnant headed by ``r`` in place of the subject (or
    the object) and its prepositional phrases in place of the same prepositions'."""
    out = dataclasses.replace(args, subject=list(args.subject), object=list(args.object),
                              preps={w: list(ks) for w, ks in args.preps.items()}, possessor=list(args.possessor),
                              modifiers=list(args.modifiers), dative=list(args.dative), copula=list(args.copula))
    if as_subject:
        out.subject = [r]
    else:
        out.object = [r]
    for p in tree.kids(r, "prep"):
        word = tree.toks[p].lower
        out.preps[word] = tree.kids(p, "pobj")
    return out


def gapped_readings(tree: Tree, resolver, i: int, args: Args) -> list[tuple[Token, Args]]:
    """Each clause that leaves out verb ``i`` read as that verb's: a gapped remnant ("... and B in
    2018") and an elided verb phrase ("as did B", "and so did B", "but B has not", "B is expected
    to do so", "followed by B"). Each comes with the token that stands for the missing verb — the
    remnant's head, the auxiliary — carrying the verb's lemma, so the clause's own dates and
    modality ("has not", "is expected to") are read where it is."""
    def kind(k: int) -> str | None:
        found = resolver.found_at(k)
        return found.entity.type if found is not None else None

    toks = tree.toks
    verb = toks[i]
    out: list[tuple[Token, Args]] = []
    for r in remnants(tree, i):
        object_kinds = {kind(k) for k in args.object} - {None}
        as_subject = kind(r) not in object_kinds or kind(r) in {kind(k) for k in args.subject}
        stand_in = toks[r]._replace(lemma=verb.lemma, pos=verb.pos, tag=verb.tag)
        out.append((stand_in, remnant_args(tree, args, r, as_subject)))
    anchor = i if not args.nominal else args.governor
    # "confirmed her attendance, as has B": the object's owner is who does it again
    owned = args.nominal and bool(args.possessor) and verb.dep == "dobj" and anchor is not None and not tree.is_passive(anchor)
    if anchor is None or args.nominal and not (args.copula or owned):
        return out
    for e, doer in _elided(tree, anchor):
        if doer in args.subject or doer in args.copula or kind(doer) is None:
            continue
        reading = remnant_args(tree, args, e, True)
        if args.nominal and not args.copula:
            reading.possessor = [doer]
        elif args.nominal:
            reading.copula, reading.subject = [doer], []
        else:
            reading.subject = [doer]
        reading.preps.pop("by", None)
        out.append((toks[e]._replace(lemma=verb.lemma), reading))
    return out


_STAND_INS = frozenset({"do", "have", "be", "follow"})


def _elided(tree: Tree, anchor: int) -> list[tuple[int, int]]:
    """:func:`_find_elided`, once per clause: every frame matched in a clause asks it again."""
    memo = tree.memo.setdefault("elided", {})
    if anchor not in memo:
        memo[anchor] = _find_elided(tree, anchor)
    return memo[anchor]


def _find_elided(tree: Tree, anchor: int) -> list[tuple[int, int]]:
    """(stand-in, its subject) for each clause under ``anchor`` whose verb phrase is left out: a bare
    auxiliary or "do so" ("as did B", "B has not", "B will do so") or an objectless "follow"
    ("followed by B", "B is expected to follow")."""
    toks = tree.toks
    out = []
    for e in tree.subtree(anchor):
        t = toks[e]
        h = toks[t.head]
        if t.dep == "aux" and t.tag == "MD" and h.pos == "PROPN" and h.dep in {"conj", "advcl"} and h.head == anchor \
                and any(toks[c].lower in {"so", "as"} for c in tree.children[h.i]):
            out.append((e, h.i))  # "and so will B", "as will B": the parser hung the auxiliary on the name
            continue
        if e == anchor or t.dep in {"aux", "auxpass"} or not (t.lemma in _STAND_INS or t.tag == "MD"):
            continue
        if t.pos not in {"VERB", "AUX"} or tree.kids(e, "dobj", "attr", "acomp", "xcomp", "ccomp", "oprd"):
            continue
        if t.lemma == "follow":
            doers = [o for a in tree.kids(e, "agent") for o in tree.kids(a, "pobj")]
        elif t.lemma == "do" and any(toks[c].lower == "so" for c in tree.subtree(e) if c != e):
            doers = []  # "B did so", "B is expected to do so": the subject read below
        elif t.lemma == "be" and any(toks[c].dep == "prep" or toks[c].lower in {"there", "here"} for c in tree.children[e]):
            continue  # "but B was not there": a clause of its own
        elif t.lemma == "do" or tree.kids(e, "neg") or any(toks[c].lower == "as" for c in tree.kids(e, "mark")):
            doers = tree.kids(e, "nsubj")  # "as did B", "so did B", "B did not", "B has not", "as has B", "as are B and C"
        else:
            continue
        if not doers and (t.lemma == "follow" or t.lemma == "do"):
            from kg.extract.syntax import surface_subject

            doers = [d for d in surface_subject(tree, e) if d != e]
        # ("as has X's head of government, Y": the name set beside the title)
        doers = [next((a for a in tree.kids(d, "appos") if toks[a].pos == "PROPN"), d) for d in doers[:1]]
        out += [(e, d) for d in doers + [c for d in doers for c in tree.kids(d, "conj")] if toks[d].pos in {"PROPN", "NOUN"}]
    return out
