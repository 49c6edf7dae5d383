"""Which agreement a reference means: "it" or a "ratification bill" read as the agreement in view,
an agreement noun no name covers ("the pact", "a long-debated agreement"), and an accession
("Sweden's accession") read as that state's accession protocol. :class:`kg.extract.reference.Resolver`
asks here when a role wants an agreement.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from kg.extract.agreement_sets import PLURALS
from kg.extract.alongside import alongside_phrase, verb_of
from kg.extract.backdrop_agreements import backdrop
from kg.extract.context import Context, Found
from kg.extract.document_heads import purchase_told
from kg.extract.frames import FrameLexicon
from kg.extract.nlp import Token
from kg.extract.predicate_nouns import what_it_answers
from kg.extract.syntax import Tree
from kg.model import Entity

_OTHER = frozenset({"another", "other", "separate", "different", "earlier", "previous", "similar"})
#: Verbs whose subject and object (or complement) may be one thing: "the accord is the X Treaty".
_SAME_THING = frozenset({"be", "become", "remain", "call", "name", "dub", "know", "title", "rename", "constitute",
                         "represent", "mean"})
#: Verbs that give a thing its name ("dubbed", "known as", "called").
_NAMING = frozenset({"know", "call", "dub", "name", "title", "label", "term", "refer", "brand", "style"})
#: Relations below a verb that open another clause, whose agreements are no arguments of its own.
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "parataxis", "conj", "xcomp", "csubj"})
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


class AgreementReferences:
    """The agreements agreement references mean, for one document (the resolver's tokens, parse
    and names by token)."""

    def __init__(self, ctx: Context, frames: FrameLexicon, toks: list[Token], tree: Tree,
                 at_token: dict[int, Found]) -> None:
        self.ctx = ctx
        self.frames = frames
        self.toks = toks
        self.tree = tree
        self.at_token = at_token

    def in_view(self, k: int) -> Entity | None:
        """The agreement a passage is about at token k: among those named in this sentence (before
        k) and the two before, the one a clause was last about as its subject — "the treaty" read
        as a reference counts — else the one the article names most."""
        s = self.toks[k].sent
        recent: list[Entity] = []
        along: list[Entity] = []  # "ratified X together with Y": Y came along, X is what the clause is about
        for i in range(s, max(-1, s - 3), -1):
            for f in reversed(self.ctx.found(i, "Agreement")):
                if (i < s or f.end <= self.toks[k].start) and f.entity not in recent and not backdrop(self.ctx.doc, f.mention):
                    if (beside := self._alongside(f)) is None:
                        recent.append(f.entity)
                        continue
                    along.append(f.entity)
                    recent += [e for e in self._object_beside(beside) if e not in recent]
            if i == s and not recent and not along and (told := self._spoken_of_before(k)) is not None:
                recent.append(told)
        recent += [e for e in along if e not in recent]
        # "A and B signed a joint declaration, and C added his signature": one told just now in the
        # sentence outweighs a subject of the sentences before
        found = self._last_subject(k, s, 1) or self._spoken_of_before(k) or self._last_subject(k, s)
        found = found or (recent[0] if recent else self.ctx.nearest_agreement(s, told=True))
        story = self.ctx.story_agreement()
        if found is None or story is None or story is found or story.key not in self._named_before(k):
            return found
        if self.toks[k].pos == "PRON" and story.attributes.get("unnamed") and self._told_just_before(found, s) \
                and not self._told_just_before(story, s) and not self._it_led(s - 1):
            return found  # "... surprised the region with the X Agreement. Later A tore it up": a name just told
            # outweighs a story's agreement the article only describes
        # the story's agreement against one named since: the one the passage is more about
        counts: dict[str, int] = {}
        for m in self.ctx.doc.mentions:  # (as far as the reader has read: not what is told after k)
            if m.entity in (found.key, story.key) and m.start < self.toks[k].start:
                counts[m.entity] = counts.get(m.entity, 0) + 1
        here = any(f.entity is found and f.end <= self.toks[k].start for f in self.ctx.found(s, "Agreement"))
        return story if self.ctx.salience(story, counts, story in recent, here) > self.ctx.salience(found, counts, True) \
            else found

    def _alongside(self, f: Found) -> int | None:
        """The phrase a name or description is told in alongside its clause's object ("together with Y")."""
        k = bisect.bisect_left([t.start for t in self.toks], f.end) - 1
        return alongside_phrase(self.tree, k) if k >= 0 else None

    def _object_beside(self, k: int) -> list[Entity]:
        """The agreement of the object the phrase at k is told beside ("ratified [the treaty] together with ...")."""
        verb = verb_of(self.tree, k)
        objects = self.tree.kids(verb, "dobj", "nsubjpass") if verb is not None else []
        return [e for o in objects for e in ([self.at_token[o].entity] if o in self.at_token else self.described(o)
                                             if self.toks[o].lemma in self.frames.descriptions.get("Agreement", ()) else [])
                if e.type == "Agreement"]

    def _it_led(self, s: int) -> bool:
        """Is sentence s about "it" ("It supersedes the 2001 X Accord"): a name it tells is no new topic."""
        return s >= 0 and any(t.dep in {"nsubj", "nsubjpass"} and t.lower == "it" for t in self.ctx.tokens(s))

    def _told_just_before(self, e: Entity, s: int) -> bool:
        """Is the agreement told in sentence s or the one before, outside an aside?"""
        return any(f.entity is e and not self.ctx.aside(f.mention) for i in (s - 1, s) if i >= 0 for f in self.ctx.found(i, "Agreement"))

    def _last_subject(self, k: int, s: int, back: int = 3) -> Entity | None:
        for i in range(s, max(-1, s - back), -1):
            for t in self.ctx.tokens(i):  # (the sentence's tokens only)
                if (i == s and t.i >= k) or t.dep not in {"nsubj", "nsubjpass"}:
                    continue
                if t.i in self.at_token:
                    e = self.at_token[t.i].entity
                    if e.type == "Agreement":
                        return e
                elif t.lemma in self.frames.descriptions.get("Agreement", ()):
                    ref = self.described(t.i)
                    if ref:
                        return ref[0]
        return None

    def _named_before(self, k: int) -> set[str]:
        at = self.toks[k].start
        return {m.entity for m in self.ctx.doc.mentions if m.entity and m.start < at}

    def described(self, k: int) -> list[Entity]:
        """An agreement noun no name covers: "the pact", or a lede's "a long-debated agreement"
        that the article names later, is the agreement the article means; "another accord", or an
        indefinite one sharing no word with any named agreement, is none of them."""
        t = self.toks[k]
        mods = [self.toks[c] for c in self.tree.children[k] if self.toks[c].dep in {"amod", "det", "compound"}]
        if any(m.lower in _OTHER for m in mods) or not purchase_told(self.ctx.doc, t.lemma):
            return []  # ("the contract" where the article tells of no contract buying arms: some other business)
        if (t.tag in {"NNS", "NNPS"} or t.lower in PLURALS) and not any(e.type == "Agreement" and e.label.lower().endswith(t.lower)
                                                for e in self.ctx.doc.entities.values()):
            # "agreements with A, B and C": several, none in particular; "two agreements": the two in view
            n = max((_NUMBERS.get(self.toks[c].lower, 0) for c in self.tree.children[k]), default=0)
            if not n and any(m.lower in {"the", "these", "both"} for m in mods):
                return self._told_together(k)  # "the documents were signed by ...": those just told
            return self._several(k, n) if n else []
        named = self._named_there(k)
        if named:  # "the accord, dubbed the X Accord,", "a deal called the Y Pact": the name given right there
            return named
        if (asked := what_it_answers(self.ctx.doc, self.tree, t)) is not None and asked in self.at_token:
            return [self.at_token[asked].entity]  # "What is the X? A treaty that ...": the X
        phrase = " ".join(self.toks[i].text for i in self.tree.subtree(k) if i <= k)
        if any(m.lower in {"a", "an"} for m in mods) and self.ctx.other_indefinite(t.sent, phrase, t.start):
            return []
        if any(self.toks[c].lower == "whose" for c in self.tree.children[k]):
            # "the protocol, whose text was signed by ...": the noun the relative clause is on
            antecedent = self._relative_antecedent(k)
            if antecedent is not None:
                return antecedent
        if any(m.lower in {"the", "this", "that"} for m in mods) and all(m.dep == "det" for m in mods):
            # a bare "the text", "the pact": the agreement its sentence already spoke of ("the
            # signing of the protocol took place ..., when the text was signed")
            earlier = self._spoken_of_before(k)
            if earlier is not None:
                return [earlier]
        ref = self.ctx.best_agreement(t.sent, phrase, t.start, besides=self._co_arguments(k))
        return [ref] if ref is not None else []

    def _named_there(self, k: int) -> list[Entity]:
        """The agreement a naming participle or clause on the noun at k names ("dubbed X", "known as X")."""
        from kg.extract.predicate_nouns import gives_a_name

        clauses = [c for c in self.tree.kids(k, "acl", "relcl") if gives_a_name(self.tree, c, _NAMING)]
        return list(dict.fromkeys(f.entity for c in clauses for i in self.tree.subtree(c)
                                  if (f := self.at_token.get(i)) is not None and f.entity.type == "Agreement"))[:1]

    def _co_arguments(self, k: int) -> set[Entity]:
        """The agreements named elsewhere in the clause whose subject or object the noun at k is:
        "the agreement, signed by X, updates the 1998 SOFA" is not the SOFA (what a copula or a
        naming verb says of it is: "the accord is the X Treaty")."""
        t = self.toks[k]
        if t.dep not in {"nsubj", "nsubjpass", "dobj"} or t.head == k or self.toks[t.head].lemma in _SAME_THING:
            return set()
        phrases = [c for c in self.tree.children[t.head] if c != k and self.toks[c].dep not in _OTHER_CLAUSES]
        return {f.entity for c in phrases for i in self.tree.subtree(c)
                if (f := self.at_token.get(i)) is not None and f.entity.type == "Agreement"}

    def _several(self, k: int, n: int) -> list[Entity]:
        """"the two agreements", "both protocols": the n agreements the passage tells of, nearest
        first (the sentence, then those after and before it), not those named in an aside."""
        s, out = self.toks[k].sent, []
        for d in (0, 1, -1, 2, -2, 3, -3, 4, 5, 6):  # a lede's "two agreements" are told further on
            for f in self.ctx.found(s + d, "Agreement"):
                if f.entity not in out and not self.ctx.aside(f.mention):
                    out.append(f.entity)
            if len(out) >= n:
                return out[:n]
        return []

    def _told_together(self, k: int) -> list[Entity]:
        """A definite plural with no number ("the documents", "these accords"): the agreements the
        nearest sentence (this one before k, then the two before) tells of together, if several."""
        s = self.toks[k].sent
        for i in range(s, max(-1, s - 3), -1):
            found = list(dict.fromkeys(f.entity for f in self.ctx.found(i, "Agreement")
                                       if (i < s or f.end <= self.toks[k].start) and not self.ctx.aside(f.mention)))
            if len(found) > 1:
                return found
            if found:
                return []
        return []

    def _relative_antecedent(self, k: int) -> list[Entity] | None:
        """The agreement a relative clause holding token k is said of, if it is one."""
        i: int | None = k
        while i is not None and self.toks[i].dep != "relcl":
            i = self.tree.head(i)
        head = None if i is None else self.tree.head(i)
        if head is None:
            return None
        f = self.at_token.get(head)
        if f is not None:
            return [f.entity] if f.entity.type == "Agreement" else None
        if self.toks[head].lemma in self.frames.descriptions.get("Agreement", ()):
            return self.described(head)
        return None

    def _spoken_of_before(self, k: int) -> Entity | None:
        """The agreement named or described last before token k in its sentence."""
        s = self.toks[k].sent
        for i in range(k - 1, -1, -1):
            t = self.toks[i]
            if t.sent != s:
                break
            f = self.at_token.get(i)
            if alongside_phrase(self.tree, i) is not None:
                continue  # "Along with protocols on X, the treaty was approved": what came along is no topic
            if f is not None and f.entity.type == "Agreement":
                return f.entity
            if f is None and t.pos == "NOUN" and t.lemma in self.frames.descriptions.get("Agreement", ()):
                ref = self.described(i)
                if ref:
                    return ref[0]
        return None

    def accession(self, k: int, states: list[Entity]) -> list[Entity]:
        """"Sweden's accession", "Finland's membership" (``states``: the owners the phrase names):
        the accession protocol of that state, when the article names one."""
        for c in self.tree.kids(k, "compound", "amod"):
            f = self.at_token.get(c)
            if f is not None and f.entity.type == "Agreement":
                return [f.entity]
        for state in states:
            names = [n for n in (state.label, *state.aliases) if len(n) > 2]
            for e in self.ctx.doc.entities.values():
                if e.type == "Agreement" and re.search(r"accession|membership|joining", e.label, re.IGNORECASE) \
                        and any(n in e.label or any(n in a for a in e.aliases) for n in names):
                    return [e]
        return []


def renamed(tree: Tree, k: int, one: Callable[[int], list[Entity]]) -> list[Entity]:
    """"the previous amendment of the X Treaty, the first protocol,": a document set beside a noun read
    through, or beside its "of" object as another agreement (one said twice is one entity), is the one
    meant (``one`` resolves a token)."""
    toks = tree.toks
    objs = [o for p in tree.kids(k, "prep") if toks[p].lower in {"of", "to"} for o in tree.kids(p, "pobj")]
    own = {e for o in objs for e in one(o)}
    return list(dict.fromkeys(e for c in tree.kids(k, "appos") + [a for o in objs for a in tree.kids(o, "appos")]
                              for e in one(c) if e.type == "Agreement" and e not in own))
