"""Agreements told as a set: "two agreements on power trade and rail links", "a package of
documents on energy, transport and education", "three memoranda, on health and on tourism".

A plural agreement noun is none in particular ("agreements with many states") unless the text
counts it or gives it as a thing signed, and says what the set is about. Counted, with as many
topics as the count, it is that many agreements, one per topic ("agreement on power trade",
"agreement on rail links"); else it is one entity, the set, labelled with its description.
:mod:`kg.extract.descriptions` adds the entities; the "two agreements" of a clause then refer to
the ones this sentence tells of (:mod:`kg.extract.agreement_references`).
"""
from __future__ import annotations

import dataclasses
import functools
import re

from kg.extract.clause_dates import date_tokens
from kg.extract.description_acronyms import spellings
from kg.extract.description_phrases import Description, describe, stems
from kg.extract.description_text import mentions_at, names_parties, tidy
from kg.extract.nlp import Token
from kg.extract.number_words import COUNT_WORDS, ORDINAL_WORDS
from kg.extract.ranked_members import ranked_members, told_one_by_one
from kg.extract.syntax import Tree
from kg.model import Document

#: Words that only tell how many: "more than 20 documents", "eleven deals", "several texts".
_HOW_MANY = frozenset({"more", "than", "over", "some", "about", "nearly", "around", "at", "least", "eleven",
                       "dozen", "dozens", "several", "numerous", "various", "a", "an", "the"})
#: Nouns that say only that a thing is a paper: "a second document", "the third text".
_PAPERS = frozenset({"document", "text", "paper", "instrument"})
#: Nouns for a set of documents: "a package of agreements", "a raft of deals".
COLLECTIVES = frozenset({"package", "set", "series", "raft", "slew", "batch", "bundle", "string", "number", "host",
                         "range", "clutch", "suite", "pair", "trio", "couple"})
#: Irregular plurals of agreement nouns (the parser may leave them as their own lemma).
_SINGULAR = {"memoranda": "memorandum", "memorandums": "memorandum", "mous": "MoU", "accords": "accord"}
#: Plural agreement nouns the parser may tag as singular.
PLURALS = frozenset({"memoranda", "memorandums"})
#: Words that make the set none in particular ("any deals", "all agreements", "previous pacts").
_NONE_IN_PARTICULAR = frozenset({"any", "no", "all", "every", "such", "previous", "past", "earlier", "future",
                                 "many", "most", "other", "existing",
                                 # ones like another's ("similar deals with X and Y"): a kind, not a set told
                                 "similar", "comparable", "analogous", "like"})


def described_sets(doc: Document, tree: Tree, t: Token, covered: set[int]) -> list[Description]:
    """The agreements a plural agreement noun ``t`` counts or gives as signed: one per topic when
    the count matches the topics, else the set as one; none for a plural in general."""
    toks = tree.toks
    mods = [toks[c] for c in tree.children[t.i] if c < t.i]
    if any(m.lower in _NONE_IN_PARTICULAR for m in mods) or ranked_members(tree, t.i):
        return []  # (a set whose members are ranked after it is those members: kg.extract.listing)
    count = next((COUNT_WORDS.get(m.lower) or (int(m.text) if m.text.isdigit() and len(m.text) < 3 else 0)
                  for m in mods if m.dep == "nummod"), 0)  # (not a year: "the 2020 agreements")
    collective = t.dep == "pobj" and toks[t.head].lower == "of" and toks[toks[t.head].head].lemma in COLLECTIVES
    held = toks[t.head].head if collective else t.i
    signed = toks[held].dep in {"dobj", "nsubjpass"} and toks[toks[held].head].lemma in _signing_verbs() \
        or _done_beside(tree, held)
    partners = _partners(doc, tree, t, covered)
    if len(partners) > 1 and count in (0, len(partners)) and not collective:
        return _one_per_partner(doc, tree, t, covered, partners)
    if not (count > 1 or collective or signed):
        return []  # "agreements on trade are often delayed": the kind, none in particular
    d = describe(doc, tree, t, "Agreement", covered, plural=True)
    each = told_one_by_one(tree, t, count) if count > 1 else []  # "two accords: one on X, the other on Y"
    if each:  # (each told on its own: the plural needs no words of its own)
        d = d or _bare(tree, t)
    elif d is None or d.label.lower() == d.core_text.lower():
        # "signed seven documents", "two new protocols were signed": a count is no description
        # (FORMAT.md labels an unnamed agreement by what the text says it is)
        return []
    topics = each or _topics(tree, t, date_tokens(doc, toks))
    # ("... and on Y" the parser hung on the preposition the plural is the object of)
    stray = [p for p in tree.kids(t.head, "conj") if p > t.i and topics and toks[p].lower == toks[topics[0][0]].lower]
    if not count and len(by_prep := _by_preposition(topics + [(p, [i for i in tree.subtree(p) if i != p]) for p in stray])) > 1:
        count, topics = len(by_prep), by_prep  # "accords on fishing and on tourism": one per "on" phrase
    if count < 2 or len(topics) != count:
        if any(toks[c].dep in {"relcl", "acl"} for c in tree.children[t.i]):
            return []  # "the twelve agreements that X signed": a clause, told by describe() or none
        # the set, labelled with its words from the first modifier to its last complement
        first = next((i for i in range(min(tree.subtree(t.i)), t.i) if toks[i].dep not in {"det", "nummod", "poss"}
                      and toks[i].lower not in COUNT_WORDS), t.i)
        # (the description's last word: its complements end there, without a date or place after)
        tail = d.label.split()[-1]
        last = max([t.i, *(i for i in [*tree.subtree(t.i), *(j for p, _ in topics for j in tree.subtree(p))]
                           if toks[i].text == tail)])
        label = tidy(doc.text[toks[first].start:toks[last].end])
        if " " not in label:
            return []
        held_from = min(tree.subtree(held)) if collective else first
        start = next((i for i in range(held_from, t.i + 1) if toks[i].dep not in {"det", "nummod"}), t.i)
        return [dataclasses.replace(d, label=label, variants=d.variants | {d.label}, core=(toks[start].start, d.core[1]))]
    head = _SINGULAR.get(t.lower) or (t.lemma if t.lemma != t.lower else t.lower.removesuffix("s"))
    core = " ".join(w for w in [*d.core_text.split()[:-1], head] if w.lower() not in COUNT_WORDS and not w.isdigit())
    out = []
    for prep, words in topics:
        label = f"{core}{_of_phrase(tree, t)} {toks[prep].lower} {doc.text[toks[words[0]].start:toks[words[-1]].end]}"
        span = (toks[words[0]].start, toks[words[-1]].end)
        own = stems(" ".join(toks[i].lower for i in words))
        out.append(dataclasses.replace(d, core=span, label=label, core_text=core, own=own, content=own | {toks[i].lower for i in words},
                                       variants=set(), another=True))
    return out


def _partners(doc: Document, tree: Tree, t: Token, covered: set[int]) -> list[list[int]]:
    """"agreements with Peru, Chile and Japan": the partners of the noun's one "with" phrase, each
    a name of its own (a state or an organisation), in text order; none when any noun is no name."""
    toks = tree.toks
    withs = [p for p in tree.kids(t.i, "prep") if toks[p].lower == "with"] or _with_beside(tree, t)
    if len(withs) != 1 or not names_parties(toks, tree, withs[0], tree.subtree(withs[0]), covered):
        return []
    heads = []
    # "with A and with B": each repeated preposition brings its own partner
    for o in [o for w in tree.conjuncts(withs[0]) if toks[w].lower == "with" for o in tree.kids(w, "pobj")]:
        heads.append(o)
        while (nxt := tree.kids(heads[-1], "conj")):
            heads.append(nxt[0])
    out = []
    for h in heads:
        words = [i for i in tree.subtree(h) if i == h or toks[i].dep in {"compound", "det", "amod"} and i < h]
        found = mentions_at(doc, toks, words)
        if not found or not all(m.type in {"State", "InternationalOrganization"} for m in found):
            return []
        out.append(words)
    return out


def _with_beside(tree: Tree, t: Token) -> list[int]:
    """The "with" phrase the parser hung beside a plural object rather than on it: on its verb ("signed
    SOFAs with A and B") or on "place" ("has ACSAs in place with A, B and C")."""
    toks = tree.toks
    if t.dep != "dobj":
        return []
    places = [o for p in tree.kids(t.i, "prep") if toks[p].lower == "in" for o in tree.kids(p, "pobj") if toks[o].lower == "place"]
    return [p for h in (t.head, *places) for p in tree.kids(h, "prep") if toks[p].lower == "with" and p > t.i]


def acronym_set(doc: Document, toks: list[Token], t: Token, nouns: tuple[str, ...]) -> bool:
    """Is ``t`` an acronym in the plural ("ACSAs", "SOFAs") whose singular is an agreement's: the acronym
    of one the article names, or spelled by the words it writes before an agreement's noun
    ("acquisition and cross-servicing agreement": ACSA)? Such a plural is read as a plural noun of agreements."""
    if not _PLURAL_ACRONYM.fullmatch(t.text):
        return False
    one, heads = t.text[:-1], frozenset(nouns)
    if any(one in (e.label, *e.aliases) for e in doc.entities.values() if e.type == "Agreement"):
        return True
    ends = [k for k in toks if k.lower in heads and k.i != t.i]
    return any(one in spellings(doc.text[toks[j].start:k.end], heads)
               for k in ends for j in range(max(0, k.i - 6), k.i) if toks[j].sent == k.sent)


#: An acronym in capitals with a plural "s": "ACSAs", "SOFAs", "FTAs".
_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}s")


def _one_per_partner(doc: Document, tree: Tree, t: Token, covered: set[int], partners: list[list[int]]) -> list[Description]:
    """A plural agreement noun with partners ("X has logistics pacts with A, B and C"): one
    agreement with each, its parties the partner and whoever the clause says made or holds them."""
    d = describe(doc, tree, t, "Agreement", covered, plural=True)
    if d is None and _PLURAL_ACRONYM.fullmatch(t.text):  # "ACSAs" alone: the acronym tells which
        d = Description("Agreement", t.sent, t.i, (t.start, t.end), t.text[:-1], t.text[:-1], {t.text[:-1].lower()})
    if d is None:
        return []
    toks = tree.toks
    head = _SINGULAR.get(t.lower) or (t.lemma if t.lemma != t.lower else t.lower.removesuffix("s"))
    if t.text.isupper() or t.text[:-1].isupper():
        head = t.text.removesuffix("s")  # "ACSAs": one ACSA each
    core = " ".join(w for w in [*d.core_text.split()[:-1], head] if w.lower() not in COUNT_WORDS and not w.isdigit())
    out = []
    for words in partners:
        named = mentions_at(doc, toks, words)
        text = doc.text[toks[words[0]].start:toks[words[-1]].end]
        # (its own words are its modifiers', not a clause's on the set: "agreements ..., both of which are in force")
        out.append(dataclasses.replace(d, label=f"{core} with {text}", core_text=core, variants={core},
                                       own=stems(" ".join(core.split()[:-1])) or d.own,
                                       parties={m.text.lower() for m in named}, keys={m.entity for m in named if m.entity},
                                       weak=False, another=True, split_from=(t.sent, t.i)))
    return out


def counted_only(doc: Document, tree: Tree, d: Description | None, covered: set[int]) -> Description | None:
    """"seven documents exchanged at X": a plural whose label is a count and its noun says no
    more than "documents" (the clause after it is where, not what); none. "A second document, a
    joint declaration,": a rank and a paper noun only point; the apposition says what it is."""
    if d is None:
        return d
    toks = tree.toks
    if toks[d.head].lemma in _PAPERS and all(w in ORDINAL_WORDS or w in _HOW_MANY for w in d.label.lower().split()[:-1]):
        beside = [a for a in tree.kids(d.head, "appos") if toks[a].pos == "NOUN"]
        told = describe(doc, tree, toks[beside[0]], "Agreement", covered) if beside else None
        if told is not None and " " in told.label:
            # "a second document, a joint declaration": one more than the first, not the article's one
            later = any(ORDINAL_WORDS.get(w, 0) > 1 for w in d.label.lower().split())
            return dataclasses.replace(told, another=True) if told.weak and later else told
    if not d.label.split()[-1].lower().endswith("s"):
        return d
    words = [w for w in d.label.lower().split() if w not in COUNT_WORDS and not w.isdigit() and w not in _HOW_MANY]
    return None if len(words) < 2 and len(d.label.split()) > 1 else d


def _of_phrase(tree: Tree, t: Token) -> str:
    """"memoranda of understanding": the designation kept on each one."""
    toks = tree.toks
    return "".join(f" of {toks[o].text}" for p in tree.kids(t.i, "prep") if toks[p].lower == "of"
                   for o in tree.kids(p, "pobj") if toks[o].lower in {"understanding", "intent", "cooperation"})


def _topics(tree: Tree, t: Token, dated: set[int]) -> list[tuple[int, list[int]]]:
    """The topics of the set's "on" (or "for", "in") complement, split at "and" and commas:
    "on power trade and rail links" -> ("on", power trade), ("on", rail links); "on X and on Y"
    -> ("on", X), ("on", Y). Each topic keeps its own words in text order."""
    toks = tree.toks
    # on the noun, on its designation ("memoranda of understanding [on X]"), or hung on the verb
    holders = [t.i, *(o for p in tree.kids(t.i, "prep") if toks[p].lower == "of" for o in tree.kids(p, "pobj"))]
    preps = [p for h in holders for p in tree.kids(h, "prep") if toks[p].lower in {"on", "for", "in", "covering"}]
    preps += [p for p in tree.kids(toks[t.i].head, "prep") if p > t.i and toks[p].lower == "on"
              and all(toks[j].pos == "PUNCT" for j in range(max(tree.subtree(t.i)) + 1, p))]  # hung on the verb
    preps = [p for p in preps if not any(o in dated for o in tree.kids(p, "pobj"))]  # "on Monday": when
    if len(preps) != 1:
        return []
    p = preps[0]
    words = sorted(i for i in tree.subtree(p) if i != p)
    out: list[tuple[int, list[int]]] = []
    piece: list[int] = []
    prep = p
    for i in words:
        if toks[i].dep == "cc" or toks[i].text == ",":
            if piece:
                out.append((prep, piece))
            piece = []
        elif toks[i].pos == "ADP" and not piece and toks[i].dep in {"conj", "prep"}:
            prep = i  # "and on vocational training": its own preposition
        else:
            piece.append(i)
    if piece:
        out.append((prep, piece))
    return out


#: Nouns telling one agreement of a set: "two deals, a trade pact and a visa accord".
_ONE_AGREEMENT = frozenset({"agreement", "treaty", "pact", "accord", "deal", "memorandum", "mou", "protocol",
                            "convention", "arrangement", "charter", "declaration"})


def _told_one_by_one(doc: Document, tree: Tree, t: Token) -> bool:
    """Does this sentence or the next tell of another agreement (a name or an agreement noun)?"""
    toks = tree.toks
    near = range(max(0, t.i - 60), min(len(toks), t.i + 80))
    if any(toks[i].sent in (t.sent, t.sent + 1) and i != t.i and toks[i].lemma in _ONE_AGREEMENT for i in near):
        return True
    return any(m.type == "Agreement" and doc.sentence_index(m.start) in (t.sent, t.sent + 1) for m in doc.mentions)


def _by_preposition(topics: list[tuple[int, list[int]]]) -> list[tuple[int, list[int]]]:
    """The topics a repeated preposition sets apart ("on fishing and on the use of rail and ports"
    -> roads; access to water and power), each preposition's words as one; none when the
    preposition is said once."""
    out: list[tuple[int, list[int]]] = []
    for prep, words in topics:
        if out and out[-1][0] == prep:
            out[-1] = (prep, out[-1][1] + words)
        else:
            out.append((prep, words))
    return out if len(out) == len({p for p, _ in out}) > 1 else []


def _done_beside(tree: Tree, held: int) -> bool:
    """Is the plural joined to what a signing or ratifying verb did: "ratified the treaty,
    together with agreements on X and on Y", "signed the pact along with accords on A and on B"?"""
    toks = tree.toks
    w = toks[held].head
    if toks[held].dep != "pobj" or toks[w].lower != "with":
        return False
    verb = toks[w].head if toks[toks[w].head].lower not in {"together", "along"} else toks[toks[w].head].head
    if toks[verb].pos == "NOUN" and toks[verb].dep in {"dobj", "nsubjpass"}:
        verb = toks[verb].head  # (hung on the verb's object: "ratified [the treaty together with ...]")
    return toks[verb].pos == "VERB" and toks[verb].lemma in _signing_verbs() | _ratifying_verbs()


@functools.cache
def _ratifying_verbs() -> frozenset[str]:
    from kg.extract.frames import load_frames

    return frozenset(w for f in load_frames().frames if f.name == "ratify" for w in f.verbs if " " not in w)


@functools.cache
def _signing_verbs() -> frozenset[str]:
    from kg.extract.frames import load_frames

    frames = load_frames()
    return frozenset(frames.verbs_of("signing")) | {"conclude", "reach", "ink", "seal", "exchange", "adopt", "agree"}


def _bare(tree: Tree, t: Token) -> Description:
    """The plural's own words, its modifiers to its noun ("two new fisheries accords": fisheries accords)."""
    toks = tree.toks
    first = min([t.i, *(c for c in tree.kids(t.i, "compound", "amod") if c < t.i)])
    text = " ".join(k.text for k in toks[first:t.i + 1])
    return Description("Agreement", t.sent, t.i, (toks[first].start, t.end), text, text)
