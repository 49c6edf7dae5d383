"""The words of a description as a label: which modifiers classify an agreement ("defence",
"2012", "second"), the contiguous ones before its head, and the text they render
(:mod:`kg.extract.description_phrases`)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.description_words import GENERIC
from kg.extract.frames import pair_word
from kg.extract.nlp import Token
from kg.extract.syntax import Tree
from kg.model import Document


def type_at(doc: Document, t: Token) -> str | None:
    return next((m.type for m in doc.mentions if m.start <= t.start < m.end), None)


def render(toks: Sequence[Token], idx: list[int]) -> str:
    idx = sorted(set(idx))
    # a comma between two words of the phrase is a list's ("on trade, energy and water"): kept
    idx = sorted(set(idx) | {i + 1 for n, i in enumerate(idx[:-1]) if idx[n + 1] == i + 2 and toks[i + 1].text == ","})
    out = ""
    for n, i in enumerate(idx):
        out += toks[i].text
        if n + 1 < len(idx):
            out += toks[i].ws if idx[n + 1] == i + 1 else " "
    return tidy(out)


ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def classifies(toks: Sequence[Token], tree: Tree, i: int) -> bool:
    """Does a modifier tell which agreement ("defence", "2012", "second"), rather than point at
    it or praise it ("the", "very bad", "strongest")?"""
    t = toks[i]
    if t.lower in GENERIC or not (t.lower.isalpha() or t.lower.isdigit() or "-" in t.lower):
        return False
    if pair_word(toks, tree.children, i):
        return False  # "the two countries' pact": whose it is, told by a pair, not which
    if t.pos in {"NOUN", "PROPN", "NUM"} or t.lower in ORDINAL_WORDS or re.fullmatch(r"\d+(st|nd|rd|th)", t.lower):
        return True
    if t.pos == "ADJ" and t.tag == "JJ" and not tree.kids(i, "advmod"):
        h = t.head
        # an adjective classifies when a noun modifier follows it ("mutual security treaty")
        return any(toks[j].pos in {"NOUN", "PROPN"} and j != h and toks[j].head == h for j in range(i + 1, h))
    return False


def contiguous_left(span: list[int], head: int, toks: Sequence[Token] | None = None) -> list[int]:
    """The modifiers right before the head; never past a verb of signing or ratifying the parser
    took for a noun (a headline's "A and B sign trade pact": the description is "trade pact")."""
    out: list[int] = []
    k = head - 1
    verbs = event_verbs() if toks is not None else frozenset()
    for i in sorted(span, reverse=True):
        if i != k or toks is not None and toks[i].lower in verbs:
            break
        out.insert(0, i)
        k -= 1
    return out


def event_verbs() -> frozenset[str]:
    """The bare and -s forms of the signing and ratifying verbs (``data/frames.yaml``)."""
    from kg.extract.frames import load_frames

    base = load_frames().verbs_of("signing", "ratification")
    return frozenset(base) | {v + "s" for v in base} | {v[:-1] + "ies" for v in base if v.endswith("y")}


def tidy(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:")
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


def spell_out(doc: Document) -> None:
    """Give each unnamed agreement or summit its fullest descriptions as aliases, once facts are read (they
    name it for a reader, and tell nothing the facts' readers should match on); and a named one
    its title as the article runs it on in lower case (:func:`_titles_run_on`)."""
    for ent in doc.entities.values():
        fullest = ent.attributes.pop("fullest", ())
        if isinstance(fullest, list | tuple):
            ent.aliases.update(str(f) for f in fullest if f != ent.label)
    _titles_run_on(doc)


#: Words that carry an official title on past its capitalised part.
_TITLE_RUNS_ON = frozenset({"on", "concerning", "regarding", "for", "of", "between", "relating"})


def _titles_run_on(doc: Document) -> None:
    """"the Agreement between A and B on the status of the C base": an official title often runs
    on in lower case after its capitalised words; the whole, up to a comma, is a name for it too."""
    from kg.extract.complements import without_dates
    from kg.extract.tree import document_tree

    toks = doc.annotations.get("tokens")
    if not toks:
        return
    tree = document_tree(doc)
    at = {t.start: t.i for t in toks}
    for m in doc.mentions:
        ent = doc.entities.get(m.entity) if m.entity else None
        if ent is None or ent.type not in {"Agreement", "Summit"} or m.kind == "description" or m.start not in at:
            continue
        last = next((t.i for t in toks[at[m.start]:] if t.end >= m.end), None)
        if last is None or last + 1 >= len(toks) or toks[last + 1].lower not in _TITLE_RUNS_ON:
            continue
        head = toks[last + 1].head
        if not toks[head].start < m.end or head == last + 1:
            continue  # the phrase hangs on no word of the name: it says something else
        end = max(tree.subtree(last + 1))
        stop = next((i for i in range(last + 1, end + 1) if toks[i].text in {",", ";", "(", ":", "\u2014", "\u2013"}), end + 1)
        more = without_dates(doc, tree, list(range(last + 1, stop)))  # "the X Accord [on Monday]"
        if len(more) > 1 and all(toks[i].sent == toks[last].sent for i in more):
            ent.aliases.add(render(toks, list(range(at[m.start], last + 1)) + more))
