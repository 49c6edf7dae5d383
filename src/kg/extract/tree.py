"""The dependency parse as a tree: each token's children, conjuncts, ancestors, a preposition's
objects, time phrases, partitive words, and the voice of a verb (tokens themselves know only their
head)."""
from __future__ import annotations

from collections.abc import Sequence

from kg.extract.nlp import Token

VERBAL = frozenset({"VERB", "AUX"})
#: Nouns of time, and the words that point one out ("the following year", "last month").
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "decade", "spring", "summer", "autumn", "winter",
                         "weekend", "morning", "evening", "night", "quarter"})
_TIME_POINTERS = frozenset({"following", "last", "next", "this", "that", "same", "previous", "preceding"})


def document_tree(doc) -> Tree:
    """The tree of a document's tokens, built once and shared by the readers that walk it (the
    tokens do not change after parsing)."""
    toks = doc.annotations["tokens"]
    tree = doc.annotations.get("tree")
    if tree is None or tree.toks is not toks:
        tree = doc.annotations["tree"] = Tree(toks)
    return tree


class Tree:
    """Children of every token of a document, built once (tokens know only their head)."""

    def __init__(self, toks: Sequence[Token]) -> None:
        self.toks = toks
        #: Answers readers keep per document, by question (the tokens, hence answers, never change).
        self.memo: dict[str, dict] = {}
        self._conjuncts: dict[int, list[int]] = {}
        self._subtrees: dict[int, tuple[int, ...]] = {}
        #: Each token's relation, read for nearly every token by every reader (as ``children``, the
        #: parse is final when the tree is built).
        self.deps: list[str] = [t.dep for t in toks]
        self.children: list[list[int]] = [[] for _ in toks]
        for t in toks:
            if t.head != t.i:
                self.children[t.head].append(t.i)

    def kids(self, i: int, *deps: str) -> list[int]:
        """Children of token ``i`` with one of these relations (all children without any)."""
        children = self.children[i]
        if not children:
            return []  # a leaf: half the tokens, asked as often as the rest
        if not deps:
            return list(children)
        dep = self.deps  # read for nearly every token by every reader: kept to the bare loop
        out = []  # a plain loop: a list comprehension is a function call of its own (Python 3.11)
        for c in children:
            if dep[c] in deps:
                out.append(c)
        return out

    def is_time(self, k: int) -> bool:
        """Is token k the head of a time phrase ("the following year"), whatever the parser made of it?"""
        return self.toks[k].lemma in _TIME_NOUNS and any(self.toks[c].lower in _TIME_POINTERS for c in self.children[k])

    def prep_objects(self, p: int) -> list[int]:
        """The objects of a preposition, through "of" pairs such as "ahead of", "on behalf of"."""
        out = self.kids(p, "pobj", "pcomp")
        for c in self.kids(p, "prep"):
            if self.toks[c].lower == "of" and self.toks[p].lower in {"ahead", "because", "out", "instead"} \
                    or self.toks[c].lower == "with" and self.toks[p].lower in {"along", "together"}:
                out += self.kids(c, "pobj", "pcomp")
        return out or self._stranded(p)

    def _stranded(self, p: int) -> list[int]:
        """"the protocol, which both are party to", "the bloc X belongs to": a preposition left at
        the end of a relative clause has the noun the clause describes as its object."""
        nxt = self.toks[p + 1] if p + 1 < len(self.toks) else None
        if self.kids(p) or nxt is not None and nxt.sent == self.toks[p].sent and nxt.pos != "PUNCT":
            return []
        k = p
        for _ in range(3):
            h = self.head(k)
            if h is None:
                return []
            if self.toks[h].dep == "relcl" and h < p:
                g = self.head(h)
                if g is None or g > h:
                    return []
                # "a protocol on fishing, which both are party to": the parser may hang the clause on
                # the last noun of the phrase; the noun that phrase qualifies is as likely meant
                out = [g]
                while len(out) < 5 and self.toks[out[-1]].dep == "pobj":
                    q = self.head(out[-1])
                    above = self.head(q) if q is not None else None
                    if above is None or self.toks[above].pos not in {"NOUN", "PROPN"}:
                        break
                    out.append(above)  # "a protocol on the sharing of water from the river, which ..."
                return out
            k = h
        return []

    def head(self, i: int) -> int | None:
        t = self.toks[i]
        return None if t.head == t.i else t.head

    def conjuncts(self, i: int) -> list[int]:
        """``i`` and the words coordinated with it ("A, B and C"; "A as well as B")."""
        known = self._conjuncts.get(i)  # asked of the same words by many readers
        if known is None:
            known = self._conjuncts[i] = self._coordinated(i)
        return list(known)

    def _coordinated(self, i: int) -> list[int]:
        out, todo = [], [i]
        while todo:
            k = todo.pop(0)
            if k in out:
                continue
            out.append(k)
            todo += self.kids(k, "conj")
            # "A as well as B": spaCy hangs B off "as" (cc "as" + advmod "well" + prep "as")
            for c in self.kids(k, "cc", "prep"):
                if self.toks[c].lower == "as" and any(self.toks[w].lower == "well" for w in self.children[c]):
                    todo += self.kids(c, "pobj", "conj")
        return out

    def subtree(self, i: int) -> list[int]:
        known = self._subtrees.get(i)  # asked of the same phrases by many readers
        if known is None:
            out, todo = [], [i]
            while todo:
                k = todo.pop()
                out.append(k)
                todo += self.children[k]
            known = self._subtrees[i] = tuple(sorted(out))
        return list(known)  # the caller's own list: it may change it

    def ancestors(self, i: int, limit: int = 40):
        k = self.head(i)
        while k is not None and limit:
            yield k
            k = self.head(k)
            limit -= 1

    def is_passive(self, i: int) -> bool:
        t = self.toks[i]
        if any(self.toks[c].dep in {"auxpass", "nsubjpass"} for c in self.children[i]):
            return True
        if t.dep == "conj" and t.tag in {"VBN", "VBD"} and not self.kids(i, "nsubj") and t.head != t.i \
                and self.toks[t.head].pos in VERBAL and self.is_passive(t.head):
            return True  # "must be approved by X and ratified by Y": the auxiliaries are shared
        if t.tag == "VBD" and t.dep == "acl" and not self.kids(i, "nsubj", "aux"):
            return True  # "the accord signed between them": a reduced relative the tagger took for a past tense
        # (not a tally the parser took for an agent: "voted it down by 48 votes to 30")
        return t.tag == "VBN" and t.dep in {"acl", "amod"} or any(not self.is_tally(a) for a in self.kids(i, "agent"))

    def is_tally(self, p: int) -> bool:
        """Is the "by" phrase at ``p`` a vote's count ("by 48 votes to 30", "by a vote of 60-38")?"""
        objs = self.kids(p, "pobj")
        return bool(objs) and all(self.toks[o].lemma in {"vote", "ballot", "margin"} and (
            self.kids(o, "nummod") or self.toks[o].lemma == "vote" and self.kids(o, "prep")) for o in objs)


def clause_of(tree: Tree, i: int) -> int:
    """The verb heading the clause a token is in (the token itself if it is a verb)."""
    k: int | None = i
    while k is not None:
        if tree.toks[k].pos in VERBAL and tree.toks[k].dep not in {"aux", "auxpass", "amod"}:
            return k
        k = tree.head(k)
    return i


def phrase_owner(tree: Tree, h: int) -> list[int]:
    """"the agreement between A and B, which X ratified": the parser may hang the relative clause
    on the last name of a noun's complement; the noun the complement hangs off is the other
    antecedent the clause may be about (the caller's types choose)."""
    toks = tree.toks
    while toks[h].dep == "conj" and tree.head(h) is not None:
        h = tree.head(h)  # type: ignore[assignment]
    p = tree.head(h)
    if toks[h].dep != "pobj" or p is None or toks[p].dep != "prep":
        return []
    owner = tree.head(p)
    return [owner] if owner is not None and toks[owner].pos in {"NOUN", "PROPN"} else []


#: Words that pick some out of a set: "one of the members", "the last of its allies".
PARTITIVE = frozenset({"one", "two", "three", "some", "each", "all", "any", "none", "most", "many", "few", "several", "first", "last", "second", "third", "latest", "newest", "oldest", "only", "both"})


def is_partitive(t: Token) -> bool:
    """Does the word pick some out of the set its "of" phrase names?"""
    return t.lower in PARTITIVE or t.pos == "NUM" or t.tag in {"JJS", "CD"}
