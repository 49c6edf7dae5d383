"""The summit an article tells only by the bare noun: "the summit", "a summit", "a founding summit",
"a summit at a military airfield outside X", "the summit Japan will host in May". Where the article names
no summit and describes none apart but other editions ("the previous summit"), such nouns speak of one summit, the one in view: FORMAT.md
counts it as an entity, labelled with the article's own words ("summit", "founding summit"), its
fullest phrases ("summit at an air base outside X") as aliases. Read by
:mod:`kg.extract.descriptions` after every other description."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.denied_things import denied
from kg.extract.description_fullest import spelled_out
from kg.extract.description_phrases import Description
from kg.extract.description_text import render
from kg.extract.document_heads import opening_word
from kg.extract.summit_editions import rank_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.extract.nlp import Token
    from kg.extract.syntax import Tree
    from kg.model import Document

#: Determiners that speak of no summit in particular: "any summit", "no summit", "every summit".
_NONE_IN_PARTICULAR = frozenset({"any", "no", "every", "each", "another"})
#: Verbs whose complement says what their subject is ("it was a summit in all but name").
_COPULAS = frozenset({"be", "become", "remain", "call", "consider", "deem", "describe"})
#: Modifiers a bare summit's label keeps: what kind of summit the article tells ("founding",
#: "annual", "emergency", "trilateral"), not words that only point ("the", "this", "their").
_POINTERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "such"})


def summit_in_view(doc: Document, tree: Tree, toks: Sequence[Token], covered: set[int],
                   found: Sequence[Description]) -> list[Description]:
    """One description per bare "summit" noun, all of one summit (same core), where the article
    names no summit and no other description tells one."""
    # (a description of another edition, "the previous summit", "last year's summit", is no summit in view)
    editions = [d for d in found if d.kind == "Summit" and "edition" in d.own]
    if any(e.type == "Summit" for e in doc.entities.values()) or any(d.kind == "Summit" and d not in editions for d in found):
        return []
    told = {d.head for d in editions}
    out = []
    for t in toks:
        if t.i in told or not _a_bare_summit(tree, toks, t, covered) or _gone_by(doc, tree, t):
            continue
        left = [c for c in tree.children[t.i] if c < t.i and toks[c].dep in {"amod", "compound", "nmod"}]
        # (a rank left here is a person's or of late, "her second summit as chair": no edition, no word of it)
        core = sorted(i for c in left for i in tree.subtree(c) if toks[i].lower not in _POINTERS and not rank_of(toks[i].text)
                      and toks[i].ent_type not in {"DATE", "TIME"} and toks[i].pos != "PRON") + [t.i]
        core = core if core == list(range(core[0], t.i + 1)) else [t.i]  # only words right before it
        label = render(toks, core)
        out.append(Description("Summit", t.sent, t.i, (toks[core[0]].start, t.end), label, "summit",
                               fullest=frozenset(spelled_out(doc, tree, t, core) - {label})))
    return out


def _a_bare_summit(tree: Tree, toks: Sequence[Token], t: Token, covered: set[int]) -> bool:
    """A lower-case singular "summit" noun no name covers, that speaks of a summit that is (not
    "any summit", not what something else is said to be, not one denied)."""
    if t.lemma != "summit" or t.pos != "NOUN" or t.tag != "NN" or t.is_cap and not opening_word(toks, t) or t.i in covered:
        return False
    if t.i + 1 < len(toks) and toks[t.i + 1].text == "-" and toks[t.i + 1].start == t.end:
        return False  # a word of a compound adjective, "summit-level talks": no summit
    if any(toks[c].lower in _NONE_IN_PARTICULAR for c in tree.children[t.i]) or denied(tree, t.i):
        return False
    return not (t.dep in {"attr", "oprd"} and toks[t.head].lemma in _COPULAS) or told_again(tree, t.i)


#: Words for talks that a copula may say were a summit: "The talks were their second summit".
MET = frozenset({"talk", "meeting", "it", "this", "that"})


def told_again(tree: Tree, k: int) -> bool:
    """"It was their first summit since 2019", "The talks were the leaders' second summit": a
    copula's complement with a rank or an owner, said of talks or of "it", tells a particular summit,
    the talks themselves (not "it was a summit in all but name", what something is like)."""
    toks = tree.toks
    v = toks[k].head
    subjects = tree.kids(v, "nsubj")
    return toks[k].dep == "attr" and toks[v].lemma == "be" and bool(subjects) and toks[subjects[0]].lemma in MET \
        and any(toks[c].dep == "poss" or rank_of(toks[c].text) for c in tree.kids(k, "poss", "amod"))


def _gone_by(doc: Document, tree: Tree, t: Token) -> bool:
    """"The visit would build on the summit held in X in May": a summit its own phrase dates wholly
    before the day of writing is one gone by, told as background, not the summit in view (unless
    its clause is about it)."""
    published = doc.article.published
    if t.dep in {"nsubj", "nsubjpass", "ROOT"}:
        # "The summit, held in X on Sunday, drew ...", "A summit opened in X on Monday" (read as a
        # noun phrase): what the sentence is about, not background
        return False
    span = tree.subtree(t.i)
    lo, hi = tree.toks[min(span)].start, tree.toks[max(span)].end
    since = {tree.toks[o].start for p in span if tree.toks[p].lower == "since" for o in tree.subtree(p)}
    return published is not None and any(lo <= d.start < hi and (d.end_date or d.start_date) < published
                                         and d.start not in since  # "their first summit since 2019": counted from, not held
                                         for d in doc.annotations.get("dates", []))
