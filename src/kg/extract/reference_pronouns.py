"""What "it", "its", "they" and "their" refer to, for :class:`kg.extract.reference.Resolver`:
"it" the nearest entity of a wanted type (an agreement: the one in view; an object "it" after a
coordinated clause: that clause's object), "they" the coordinated group named last."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.reference_groups import clause_people, count_of
from kg.extract.reference_scope import pair_states
from kg.extract.syntax import surface_subject
from kg.extract.tree import VERBAL
from kg.model import Entity

if TYPE_CHECKING:
    from kg.extract.reference import Resolver
    from kg.extract.tree import Tree

#: ("each" standing alone, "Each signed for his country", is every one of the group, as "they" is)
PRONOUN_THEY = frozenset({"they", "their", "them", "themselves", "theirs", "each"})


def pronoun_it(self: Resolver, k: int, types: frozenset[str]) -> list[Entity]:
    """The nearest entity of a wanted type before the pronoun (this sentence, then two back);
    for an agreement, the one the passage is about. "It" is never a person."""
    types = types - {"Person"}
    if not types:
        return []
    if (bound := _bound_to_agreement(self, k)) is not None:
        # "the accord takes effect after its ratification by X": the clause's agreement, no ratifier
        return [bound] if "Agreement" in types else []
    s = self.toks[k].sent
    continued = object_continued(self.tree, k)
    if continued is not None:
        return [e for e in self._one(continued, types, 1) if e.type in types]
    if "Agreement" in types and self.toks[k].dep != "poss":  # "its consent" is the giver's
        ref = self.agreements.in_view(k)
        if ref is not None:
            return [ref]
    for i in range(s, max(-1, s - 3), -1):
        found = [f for f in self.ctx.found(i, *types) if i < s or f.end <= self.toks[k].start]
        found = [f for f in found if f.mention.kind != "pronoun" and not (f.entity.type == "Agreement"
                                                                           and self.ctx.aside(f.mention))]
        if found:
            # the subject of the sentence before is what "it" most often continues
            subjects = [f for f in found if self._is_subject(f)]
            return [(subjects or found)[-1 if i == s else 0].entity]
    return []

def _bound_to_agreement(self: Resolver, k: int) -> Entity | None:
    """The agreement a possessive "its" is bound to: the subject of its own clause, when that
    subject is an agreement and the owned noun is no body that speaks for an owner ("the treaty
    awaits its approval", "the pact lapses unless its terms are met"; not "its parliament")."""
    tree = self.tree
    owned = tree.head(k)
    if self.toks[k].lower != "its" or self.toks[k].dep != "poss" or owned is None \
            or self.toks[owned].lemma.lower() in self.frames.representative:
        return None
    verb = next((a for a in tree.ancestors(k, 4) if self.toks[a].pos in VERBAL), None)
    subject = surface_subject(tree, verb) if verb is not None else []
    if len(subject) != 1 or k in tree.subtree(subject[0]):
        return None
    found = self.entities(subject[0], ("Agreement",))
    return found[0] if len(found) == 1 else None


def object_continued(tree: Tree, k: int) -> int | None:
    """"A passed the bill and B passed it", "Parliament adopted the law and the president signed
    it": an object "it" in a clause coordinated after another continues that clause's object
    (whatever it is: a bill is no treaty)."""
    if tree.toks[k].dep not in {"dobj", "nsubjpass"}:
        return None
    verb = tree.toks[k].head
    root = verb
    while tree.toks[root].dep == "conj" and tree.toks[root].head != root:
        root = tree.toks[root].head
    for v in sorted((v for v in tree.conjuncts(root) if v < verb), reverse=True):
        objects = [o for o in tree.kids(v, "dobj", "nsubjpass") if tree.toks[o].pos != "PRON"]
        if objects:
            return objects[0]
    # "A signed a similar accord with B, when their leaders concluded it": an adverbial clause's "it"
    # continues the object its main clause told before it
    main = tree.toks[verb].head if tree.toks[verb].dep == "advcl" and tree.toks[k].dep == "dobj" else None
    # (a phrase that refers, with its determiner or a name: not "take effect until X approves it")
    objects = [o for o in tree.kids(main, "dobj") if o < verb and (tree.toks[o].pos == "PROPN" or tree.kids(o, "det", "poss"))] \
        if main is not None else []
    return objects[0] if objects else None

def pronoun_they(self: Resolver, k: int, types: frozenset[str]) -> list[Entity]:
    """"they", "their": the group named last — coordinated names of a wanted type."""
    s = self.toks[k].sent
    # "the two ministers put their signatures to it": "their" is its clause's plural subject
    verb = next((a for a in self.tree.ancestors(k, 3) if self.toks[a].pos in VERBAL), None)
    subject = surface_subject(self.tree, verb) if self.toks[k].dep == "poss" and verb is not None else []
    if len(subject) == 1 and self.toks[subject[0]].tag == "NNS" and subject[0] not in self.at_token \
            and not any(self.toks[j].lower in PRONOUN_THEY for j in self.tree.subtree(subject[0])) \
            and (found := self._one(subject[0], types, 3)):  # deep: its own owners are not read again
        return found
    if "ArmedForces" in types and self.toks[k].dep in {"nsubj", "pobj"} and (forces := _forces_before(self, k)):
        return forces  # "Y's marines rotate through X. They train ...": the forces, not the story's pair
    for i in range(s, max(-1, s - 3), -1):
        if i == s - 1 and (counted := _counted_subject(self, i, types)):
            return counted  # "..., and the three signed X. They also adopted Y": the group its last clause was about
        groups = []
        for f in self.ctx.found(i, *types):
            if i == s and f.end > self.toks[k].start:
                continue
            head = self._token_of(f)
            if head is None:
                continue
            members = self.tree.conjuncts(head)
            if len(members) > 1 or self.toks[head].dep == "conj":
                root = head
                while self.toks[root].dep == "conj" and self.tree.head(root) is not None:
                    root = self.tree.head(root)  # type: ignore[assignment]
                ents = [self.at_token[m].entity for m in self.tree.conjuncts(root) if m in self.at_token
                        and self.at_token[m].entity.type in types]
                if len(ents) > 1:
                    groups.append(ents)
        if groups:
            return list(dict.fromkeys(groups[-1 if i == s else 0]))
        if i == s - 1 and "Person" in types and (met := clause_people(self, s, k) or clause_people(self, s - 1)):
            return met  # "A met B in Riga. They signed ...": the people the clause before brought together
    pair = pair_states(self.ctx, s) if "State" in types else []
    return pair


def _counted_subject(self: Resolver, s: int, types: frozenset[str]) -> list[Entity]:
    """The group a counted subject of sentence s's last clause stands for ("the three", "the two
    leaders", "both men"), when it stands for several of the wanted types."""
    subjects = [t.i for t in self.ctx.tokens(s) if t.dep == "nsubj" and self.toks[t.head].pos in VERBAL]
    if not subjects or not count_of(self, subjects[-1]):
        return []
    found = self.entities(subjects[-1], types)
    return found if len(found) > 1 else []


#: Plural nouns for forces a subject "they" goes on telling of ("Y's marines ... They train").
_FORCES = frozenset({"troop", "force", "soldier", "marine", "sailor", "airman", "unit", "contingent", "personnel"})


def _forces_before(self: Resolver, k: int) -> list[Entity]:
    """The forces a clause before the pronoun at k has as its plural subject: in its sentence ("Y's troops
    were ordered out, and the last of them flew home"), else the sentence before ("Y's marines rotate through X")."""
    s = self.toks[k].sent
    for i in (s, s - 1):
        verbs = [t.i for t in (self.ctx.tokens(i) if i >= 0 else ()) if t.dep in {"ROOT", "conj"} and t.pos in VERBAL and t.i < k]
        for v in sorted(verbs, reverse=True):
            for subj in surface_subject(self.tree, v):
                t, f = self.toks[subj], self.at_token.get(subj)
                if subj < k and t.tag in {"NNS", "NNPS"} and (
                        t.lemma in _FORCES or f is not None and f.entity.type == "ArmedForces"):
                    return self._one(subj, frozenset({"State", "ArmedForces"}), 3)
    return []
