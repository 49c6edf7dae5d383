"""The fullest names of agreements and summits: an unnamed one's whole phrase with its
restrictive complements and clauses ("the agreement reached with X in May"), given as aliases once
facts are read, and a named one's title as the article runs it on in lower case ("the Agreement
between A and B on the status of the C base"). FORMAT.md keys label unnamed entities with their
fullest description."""
from __future__ import annotations

import re

from kg.extract.complements import complement, without_dates
from kg.extract.description_text import render
from kg.extract.nlp import Token
from kg.extract.tree import Tree, document_tree
from kg.model import Document


def spelled_out(doc: Document, tree: Tree, t: Token, core: list[int]) -> set[str]:
    """The phrase with all its restrictive complements and clauses: "agreement reached with X in
    May", "treaty Y signed with Z", "agreement under which A's forces used the B air base". What
    follows a comma is said of the thing, not which it is ("the pact, which lets ...")."""
    toks = tree.toks
    kids = [c for c in tree.children[t.i] if c > t.i and toks[c].dep in {"prep", "acl", "relcl"}
            and not any(toks[i].text in APART for i in range(t.i + 1, min(tree.subtree(c))))]
    if not kids:
        return set()
    out = set()
    for nested in (True, False):  # (and without what hangs on their objects: "the X air base [outside Y]")
        right = [i for c in kids for i in complement(tree, c, nested)]
        out |= {render(toks, core + right), render(toks, core + without_dates(doc, tree, right))}
    # and all the phrase says up to a comma, clauses the parser hung low included ("the summit of
    # the X Community [held in Y]": on "Community")
    stop = next((i for i in range(t.i + 1, max(tree.subtree(t.i)) + 1) if toks[i].text in APART), None)
    whole = [i for i in tree.subtree(t.i) if i > t.i and (stop is None or i < stop)]
    out |= {render(toks, core + whole), render(toks, core + without_dates(doc, tree, whole))}
    return out


#: Marks after which a phrase says something of the thing, not which it is.
APART = frozenset({",", ";", "(", "\u2014", "\u2013", ":"})


def spell_out(doc: Document) -> None:
    """Give each unnamed agreement or summit its fullest descriptions as aliases, once facts are read (they
    name it for a reader, and tell nothing the facts' readers should match on); and a named one
    its title as the article runs it on in lower case (:func:`_titles_run_on`)."""
    for ent in doc.entities.values():
        fullest = ent.attributes.pop("fullest", ())
        if isinstance(fullest, list | tuple):
            ent.aliases.update(str(f) for f in fullest if f != ent.label)
        if ent.type == "Summit":
            ent.aliases |= cut_at_asides({ent.label, *ent.aliases}) - {ent.label}
    counted = doc.annotations.get("counted_summit_names", {})  # "Asia's first G7 summit" (kg.extract.summit_mentions)
    for m in doc.mentions:
        told = doc.entities.get(m.entity or "")
        if told is not None and told.type == "Summit" and (m.start, m.end) in counted:
            told.aliases |= {counted[(m.start, m.end)]} - {told.label}
    _titles_run_on(doc)


def cut_at_asides(names: set[str]) -> set[str]:
    """A summit's name up to its first aside: what follows a comma, dash or bracket ("the second
    summit of the X Forum, or XF, with the host at the palace") says something of it, not which it
    is, so the words before are a name for it too."""
    out = set()
    for name in names:
        cut = _ASIDE.split(name, maxsplit=1)[0].strip()
        if cut != name and len(cut.split()) > 1:
            out.add(cut)
    return out


#: A mark opening an aside in a name: a comma, semicolon, bracket or a spaced dash (not the hyphen of "A-B").
_ASIDE = re.compile(r"[,;(]|\s[\u2014\u2013-]\s")


#: Words that carry an official title on past its capitalised part.
TITLE_RUNS_ON = frozenset({"on", "concerning", "regarding", "for", "of", "between", "relating"})


def _titles_run_on(doc: Document) -> None:
    """"the Agreement between A and B on the status of the C base": an official title often runs
    on in lower case after its capitalised words; the whole, up to a comma, is a name for it too."""
    toks = doc.annotations.get("tokens")
    if not toks:
        return
    tree = document_tree(doc)
    at = {t.start: t.i for t in toks}
    for m in doc.mentions:
        ent = doc.entities.get(m.entity) if m.entity else None
        if ent is None or ent.type not in {"Agreement", "Summit"} or m.kind == "description" or m.start not in at:
            continue
        last = next((i for i in range(at[m.start], len(toks)) if toks[i].end >= m.end), None)  # (no copy of the rest)
        if ent.type == "Summit" and last is not None:
            ent.aliases |= _summit_told_whole(doc, tree, toks, at[m.start], last) - {ent.label}
        if last is None or last + 1 >= len(toks) or toks[last + 1].lower not in TITLE_RUNS_ON:
            continue
        head = toks[last + 1].head
        if not toks[head].start < m.end or head == last + 1:
            continue  # the phrase hangs on no word of the name: it says something else
        end = max(tree.subtree(last + 1))
        stop = next((i for i in range(last + 1, end + 1) if toks[i].text in APART), end + 1)
        more = without_dates(doc, tree, list(range(last + 1, stop)))  # "the X Accord [on Monday]"
        if len(more) > 1 and all(toks[i].sent == toks[last].sent for i in more):
            ent.aliases.add(render(toks, list(range(at[m.start], last + 1)) + more))


#: Modifiers of a summit noun a name may leave out before it ("the regular summit of X").
_BEFORE = frozenset({"amod", "compound", "nmod", "nummod"})


def _summit_told_whole(doc: Document, tree: Tree, toks: list[Token], first: int, last: int) -> set[str]:
    """"The regular summit of X held in Y", "the summit of the Group of Eight industrial powers": a
    summit named by its lower-case noun with a body's name ("summit of X") is told by the whole
    phrase too, its modifiers before the noun and its restrictive complements after it."""
    k = next((i for i in range(first, last + 1) if toks[i].lower == "summit"), None)
    if k is None:
        return set()
    left = [c for c in tree.children[k] if c < first and toks[c].dep in _BEFORE]
    start = min([first, *(i for c in left for i in tree.subtree(c))])
    core = [i for i in range(start, k + 1) if toks[i].lower not in {"a", "an", "the"} and toks[i].pos != "DET"]
    return spelled_out(doc, tree, toks[k], core)
