"""What an argument of a frame refers to: names, pronouns, descriptions, pairs and owners.

A role's filler is a phrase headed by one token. :class:`Resolver` turns that token into the
entities it means:

* a name (any mention covering the token), with the words coordinated with it ("A, B and C");
* a pronoun: "it"/"its" is the nearest entity of the type the role wants, "they"/"their" the
  coordinated group named last, "he"/"she" the person :mod:`kg.extract.pronouns` found;
* a noun read through ("the bill ratifying the treaty") or standing for its owner ("the Indian side");
* a title ("the Indian prime minister", "his guest") is the person the article gives that office;
* a definite description ("the kingdom", "the bloc", "the pact") is the entity of its type the
  text speaks of at that point; "the two countries", "both sides" the pair it is about.
Which agreement an agreement noun, "it" or an accession means is :mod:`kg.extract.agreement_references`' to say.
"""
from __future__ import annotations

from collections.abc import Iterable

from kg.extract import hung_clauses as hung
from kg.extract import listing
from kg.extract import reference_groups as groups
from kg.extract import reference_hosts as hosts
from kg.extract import reference_people as people
from kg.extract.agreement_aliases import told_as
from kg.extract.agreement_references import AgreementReferences, renamed
from kg.extract.context import Context, Found
from kg.extract.description_fits import OTHER, entity_fit
from kg.extract.frames import FrameLexicon
from kg.extract.nlp import Token
from kg.extract.owned_bodies import owned_body
from kg.extract.reference_pronouns import PRONOUN_THEY, pronoun_it, pronoun_they
from kg.extract.reference_scope import (
    SERVING,
    capital_acting,
    clause_subjects,
    noun_of_states,
    pair_states,
    state_served,
    taken_as_member,
)
from kg.extract.state_fits import PLACE_NOUNS, fitting_codes, state_code
from kg.extract.state_groups import group_states
from kg.extract.tree import document_tree
from kg.model import Entity

_PRONOUN_IT = frozenset({"it", "its", "itself"})
_POINTING = frozenset({"the", "this", "that", "these", "those", "both", "its", "their", "his", "her", "our", "whose"})
_ACCESSION = frozenset({"accession", "membership", "bid", "entry", "application", "admission"})
_OWNER_DEPS = ("poss", "amod", "compound", "nmod", "appos")


class Resolver:
    """Entities behind argument tokens, for one document (see the module docstring)."""

    def __init__(self, ctx: Context, frames: FrameLexicon) -> None:
        self.ctx = ctx
        self.frames = frames
        self.toks: list[Token] = ctx.doc.annotations["tokens"]
        self.tree = document_tree(ctx.doc)
        self.at_token: dict[int, Found] = {}
        self._index_mentions()
        self.agreements = AgreementReferences(ctx, frames, self.toks, self.tree, self.at_token)
        #: (person key, office words, owner key), filled once offices are read
        self.offices: list[tuple[str, str, str]] = []
        self._memo: dict[tuple[int, frozenset[str]], list[Entity]] = {}

    def _index_mentions(self) -> None:
        import bisect

        starts = [t.start for t in self.toks]
        for founds in self.ctx.by_sentence.values():
            for f in founds:
                k = bisect.bisect_left(starts, f.start)
                while k < len(self.toks) and self.toks[k].start < f.end:
                    # a pronoun mention is one token; a name keeps its longest claim
                    self.at_token.setdefault(k, f)
                    k += 1

    # -- the one entry point -----------------------------------------------------------------
    def entities(self, i: int, types: Iterable[str], *, frame=None, sentence: int | None = None) -> list[Entity]:
        """The entities of these types the phrase headed by token ``i`` refers to."""
        wanted = frozenset(types)
        key = (i, wanted)
        if key in self._memo:
            return list(self._memo[key])
        out = self._memo[key] = self._entities(i, wanted)
        return list(out)

    def _entities(self, i: int, wanted: frozenset[str]) -> list[Entity]:
        out: list[Entity] = []
        for k in listing.heads_once(self.tree, self.at_token, i, wanted):
            found = self._one(k, wanted, 0)
            # "the president of Chile, Ana Ruiz,": the name the parser hung on "Chile" is the president
            beside = listing.apposition_in_phrase(self.tree, self.at_token, k, wanted) if k not in self.at_token else []
            if "Person" in wanted and k not in self.at_token:  # "the signing by the ministers, X and Y,"
                beside += listing.apposition_after_object(self.tree, self.at_token, k, wanted)
            if "Person" in wanted and k not in self.at_token:
                beside += listing.names_beside_title(self.tree, self.at_token, k)  # "India's Defence Minister X": X too
                if not found and not beside and self.ctx.lexicon.office(self.toks[k].lower) is not None:
                    beside += listing.name_after_title(self.tree, self.at_token, k)  # "the Secretary for X, Y,"
            if not found:  # "the first of them, the General Security Agreement": the apposition
                beside += self.tree.kids(k, "appos")
            if k not in self.at_token and self.toks[k].tag == "NNS":  # "his guests, including X and Y": X and Y
                beside += [c for p in self.tree.kids(k, "prep") if self.toks[p].lower == "including"
                           for c in self.tree.kids(p, "pobj")]
            for a in beside:
                found += [e for c in self.tree.conjuncts(a) for e in self._one(c, wanted, 0) if e not in found]
            for e in found:
                if e not in out:
                    out.append(e)
        return out

    def found_at(self, k: int) -> Found | None:
        return self.at_token.get(k)

    def _one(self, k: int, types: frozenset[str], depth: int) -> list[Entity]:
        if depth > 3:
            return []
        t = self.toks[k]
        f = self.at_token.get(k)
        if f is not None and f.mention.kind == "description" and f.entity.type not in types and t.dep == "poss":
            f = None  # "the bloc's trade deal": an owner inside a description refers by itself
        if f is not None:
            e = f.entity
            if e.type in types:
                return [e]
            if e.type == "State" and "Agreement" in types and taken_as_member(self.tree, k):
                # "approved Bolivia as a member": the accession of that state, when the article names it
                return self.agreements.accession(k, [e])
            if f.mention.kind != "demonym" or e.type != "State":
                return self._inside_name(k, f, types)
        if f is None and t.pos == "PROPN":
            # "Abiy Ahmed Ali" where the name known is "Abiy Ahmed": the name inside the phrase
            inner = [c for c in self.tree.kids(k, "compound") if c in self.at_token]
            if inner:
                return self._one(inner[-1], types, depth + 1)
        low, lemma = t.lower, t.lemma
        subject = people.predicate_subject(self, k, depth) if f is None and "Person" in types else []
        if subject:  # "X is the first leader to visit Y"
            return subject
        if (t.pos == "PRON" or t.tag == "WP$") and (antecedent := hung.relative_antecedent(self.tree, k)):
            # "the protocol, which both states are party to": the noun the clause describes; "A and
            # B, whose pact ...": all the owners
            whose = t.tag == "WP$"
            found = [e for a in antecedent for e in (self._one_conj if whose else self._one)(a, types, depth + 1)
                     if e.type in types]
            return found if whose else found[:1]
        if low in _PRONOUN_IT or low == "this" and t.pos == "PRON" and t.dep in {"nsubj", "nsubjpass", "dobj"}:
            # "This was signed by X": a demonstrative standing alone is "it" (for a wanted agreement only)
            return pronoun_it(self, k, types if low != "this" else types & {"Agreement"})
        if low in PRONOUN_THEY:
            return pronoun_they(self, k, types)
        if low in {"former", "latter"} and t.dep not in {"amod", "compound"} \
                and any(self.toks[c].lower == "the" for c in self.tree.children[k]):
            return listing.former_or_latter(self.ctx, self.toks[k], types, low == "latter")
        if t.pos not in {"NOUN", "PROPN", "ADJ", "NUM"} and not t.tag.startswith("NN"):
            return []
        out: list[Entity] = []
        if lemma in self.frames.transparent or low in self.frames.transparent:
            out += (renamed(self.tree, k, lambda c: self._one(c, types, depth + 1)) if "Agreement" in types else []) \
                or self._through(k, types, depth)
            if out:
                return out
        role = hosts.by_role(self, k, types) if types & {"Person", "State"} else []
        if role:  # "his host", "the visiting minister", "the host nation"
            return role
        if "Person" in types:  # "the Kenyan leader": the one person leading that state
            out += people.leader(self, k) if low == "leader" else people.head_of(self, k) if low == "head" \
                else people.title_holder(self, k)
            if out:
                return out
        pair = group_states(self.ctx, self.toks, k) if "State" in types else []
        pair = pair or groups.listed_after(self, k, types) or self._pair(k, types)  # "the Baltic states": the group's; "the two countries": the text's
        if pair:
            return pair
        led = people.led_or_carried(self, k, depth) if "Person" in types and (lemma in self.frames.representative
                                                                              or low in self.frames.representative) else []
        if led:  # "a delegation led by X", "the plane carrying X"
            return led
        if lemma in self.frames.representative or low in self.frames.representative:
            # "their ministers" of two leaders: the people's states, not the people themselves
            # ("the president's plane" is still the president)
            serving = lemma in SERVING
            out += [state_served(self.ctx, self.offices, e) or e if serving and e.type == "Person" else e
                    for e in self._owners(k, types, depth)]
            out = [e for e in dict.fromkeys(out) if e.type in types]
            if out:
                return out
        beside = [self.at_token[j].entity for c in self.tree.kids(k, "appos") for j in self.tree.conjuncts(c)
                  if j in self.at_token and self.at_token[j].entity.type in types]  # "ally Peru", "the two, A and B"
        if beside:
            return list(dict.fromkeys(beside))
        found = self._description(k, types)
        if found or "State" not in types:
            return found
        named = [self.at_token[c].entity for c in self.tree.kids(k, "compound")  # "India gains": a verb taken for a noun
                 if c in self.at_token and self.at_token[c].entity.type == "State"]
        # (not a noun of states, whose state is what it is told by: "both U.S. partners")
        return named[:1] if not self.tree.kids(k, "det", "poss") and t.lemma not in self.frames.descriptions.get(
            "State", ()) else []

    # -- names -------------------------------------------------------------------------------
    def _inside_name(self, k: int, f: Found, types: frozenset[str]) -> list[Entity]:
        """A name of another type standing for what the role wants: a leader for his state is
        not read here (the fact builders decide); a state's forces or parliament is its state, as
        is its capital acting ("talks with Washington") or named for it ("the Philippine capital")."""
        e = f.entity
        c = None
        if "State" in types and e.type in {"ArmedForces", "Legislature"}:
            c = self.ctx.country_of(e)
        elif "State" in types and "Place" not in types and e.type == "Place":
            c = self.ctx.country_of(e) if f.mention.kind in {"capital", "alias"} else None
            c = c or capital_acting(self.ctx, self.tree, k, e)
        return [c] if c is not None else []

    def _token_of(self, f: Found) -> int | None:
        for k, g in self.at_token.items():
            if g is f and (self.toks[k].head == k or self.at_token.get(self.toks[k].head) is not f):
                return k
        return None

    def _is_subject(self, f: Found) -> bool:
        return (k := self._token_of(f)) is not None and self.toks[k].dep in {"nsubj", "nsubjpass"}

    # -- nouns read through, owners, titles ---------------------------------------------------
    def _through(self, k: int, types: frozenset[str], depth: int) -> list[Entity]:
        out: list[Entity] = []
        for c in self.tree.children[k]:
            dep = self.toks[c].dep
            if dep == "prep" and self.toks[c].lower in {"of", "on", "for", "to", "concerning", "regarding"}:
                for o in self.tree.kids(c, "pobj", "pcomp"):
                    out += [e for e in self._one_conj(o, types, depth + 1) if e not in out]
            elif dep in {"acl", "relcl"}:
                for o in self.tree.kids(c, "dobj"):
                    out += [e for e in self._one_conj(o, types, depth + 1) if e not in out]
            elif dep in {"compound", "amod", "poss"}:
                f = self.at_token.get(c)
                if f is not None and f.entity.type in types and f.entity not in out:
                    out.append(f.entity)
        if not out and "Agreement" in types and any(
                self.toks[c].lemma in {"ratification", "ratify", "accession", "implementation"}
                for c in self.tree.kids(k, "compound", "amod")):
            ref = self.agreements.in_view(k)  # "passed the ratification bill": of the agreement in view
            out += [ref] if ref is not None else []
        return out

    def _one_conj(self, k: int, types: frozenset[str], depth: int) -> list[Entity]:
        return list(dict.fromkeys(e for c in self.tree.conjuncts(k) for e in self._one(c, types, depth)))

    def _owners(self, k: int, types: frozenset[str], depth: int) -> list[Entity]:
        """"the leaders of A and B", "the Indian side", "Poland's government": the owners."""
        owner_types = types | {"State"} if types & {"State", "InternationalOrganization"} else types
        out: list[Entity] = []
        # "the Chilean and Peruvian delegations", "both houses, the X and the Y": each coordinated one
        owners = [j for c in self.tree.children[k] for j in
                  (self.tree.conjuncts(c) if self.toks[c].dep in {"amod", "compound", "nmod", "appos"} else [c])]
        for c in owners:
            dep = self.toks[c].dep if self.toks[c].dep != "conj" else "amod"
            if dep in _OWNER_DEPS:
                f = self.at_token.get(c)
                if f is not None:
                    e = f.entity
                    if e.type in owner_types and e.type in types:
                        out.append(e)
                    elif "State" in types and e.type in {"Place", "ArmedForces", "Legislature"}:
                        country = self.ctx.country_of(e)
                        if country is not None:
                            out.append(country)
                elif self.toks[c].lower in PRONOUN_THEY | _PRONOUN_IT:
                    out += pronoun_they(self, c, types) if self.toks[c].lower in PRONOUN_THEY else pronoun_it(self, c, types)
                elif dep == "poss" and self.toks[c].pos == "NOUN":  # "the two countries' ministers"
                    out += self._one_conj(c, types, depth + 1)
            elif dep == "prep" and self.toks[c].lower in {"of", "from", "for"}:
                for o in self.tree.kids(c, "pobj"):
                    found = self._one_conj(o, types, depth + 1) if self.toks[c].lower != "for" else []  # a portfolio
                    if not found and o not in self.at_token:  # "the Minister of Defence of X": the portfolio's "of"
                        found = [e for j in self.tree.conjuncts(o) for p in self.tree.kids(j, "prep")
                                 if self.toks[p].lower == "of" for oo in self.tree.kids(p, "pobj")
                                 for e in self._one_conj(oo, types, depth + 1)]
                    out += found
        if self.toks[k].lemma in self.ctx.lexicon.place_nouns and any(  # "the Black Sea port of Odesa": Odesa's port
                e.type == "Place" for p in self.tree.kids(k, "prep") if self.toks[p].lower == "of"
                for o in self.tree.kids(p, "pobj") for e in self._one_conj(o, types, depth + 1)):
            out = [e for e in out if e.type != "Place" or not any(f is not None and f.entity is e for f in (
                self.at_token.get(c) for c in self.tree.children[k] if self.toks[c].dep in _OWNER_DEPS))]
        return list(dict.fromkeys(out))

    def set_offices(self, offices: list[tuple[str, str, str]]) -> None:
        self.offices = offices
        self._memo.clear()  # answers read before the offices were known
    # -- descriptions and pairs ----------------------------------------------------------------
    def _pair(self, k: int, types: frozenset[str]) -> list[Entity]:
        """"the two countries", "both sides", "the three leaders": the states the text pairs."""
        t = self.toks[k]
        n = groups.count_of(self, k)  # "the two countries", "both sides", "the pair"
        if not n:  # "the presidents signed": every holder the passage names, and their states
            holders = people.uncounted_holders(self, k) if types & {"Person", "State"} else []
            return [e for e in holders + (people.states_held(self, holders) if holders else []) if e.type in types]
        f = self.frames
        group = t.lower in groups.GROUP_NOUNS or groups.bare_count(self, k)  # "the pair", "the three"
        plural_state = t.lemma in f.descriptions.get("State", ()) or t.lemma in f.representative or t.lower in f.state_roles \
            or group
        # "the two U.S. allies", "both Russian neighbours": a state modifying a noun of states is
        # what the pair is told by, never one of the pair ("the two Chilean delegations" is owned)
        told_by = frozenset(e.key for e in self._owners(k, frozenset({"State"}), 0)) if noun_of_states(t) else frozenset()
        held: list[Entity] = []
        if "Person" in types and (people.noun_of(self, k) in {"leader", "man", "president", "minister", "head", "counterpart"}
                                  or group):
            held = people.pair_holders(self, k, pair_states(self.ctx, t.sent, n))[:n] if not group else []
            # "A hosted B. The two men ...": the people a clause before brought together, offices or not
            held = held if len(held) == n else groups.people_pair(self, k, n) or people.office_group(self, k, n) or held
        if "State" in types and plural_state:
            # "the two leaders will meet at the summit": the people and their states ("the two countries, A and B,": those apposed)
            apposed = [self.at_token[j].entity for c in self.tree.kids(k, "appos") for j in self.tree.conjuncts(c)
                       if j in self.at_token and self.at_token[j].entity.type == "State"]
            owned = self._owners(k, frozenset({"State"}), 0) if "Person" not in types and t.lemma in f.representative \
                and not noun_of_states(t) else []  # one state's own forces, "two Chilean frigates"; else the people's states
            states = list(dict.fromkeys(apposed)) if len(set(apposed)) == n else owned \
                or (len(held) == n and people.states_held(self, held)) or pair_states(self.ctx, t.sent, n, told_by, t.start)
            return held + states if len(held) == n else states
        return held

    def _description(self, k: int, types: frozenset[str]) -> list[Entity]:
        t = self.toks[k]
        if "Agreement" in types and t.lemma in self.frames.descriptions.get("Agreement", ()):
            return told_as(self.ctx.doc, self.tree, k, self.agreements.described(k))
        if "Agreement" in types and t.lemma in _ACCESSION:
            states = [e for e in self._owners(k, frozenset({"State"}), 0) if e.type == "State"]
            found = self.agreements.accession(k, states)
            if found:
                return found
        pointing = [c for c in self.tree.children[k] if self.toks[c].dep in {"det", "poss"}
                    and self.toks[c].lower in _POINTING]
        # a bare plural speaks of a group the text has in view: "lawmakers approved it"
        bare_plural = t.tag in {"NNS", "NNPS"} and not any(self.toks[c].dep == "det" for c in self.tree.children[k])
        if not pointing and not bare_plural:
            return []
        for etype in ("Agreement", "Summit", "State", "InternationalOrganization", "Legislature", "Place", "MilitaryBase"):
            words = self.frames.descriptions.get(etype, ())
            if etype not in types or (t.lemma not in words and t.lower not in words):  # "lawmakers": a listed plural
                continue
            if etype == "Agreement":
                phrase = " ".join(self.toks[i].text for i in self.tree.subtree(k) if i <= k)
                ref = self.ctx.best_agreement(t.sent, phrase, t.start)
                return [ref] if ref is not None else []
            if etype == "State" and (bare_plural and not pointing or t.tag in {"NNS", "NNPS"} and any(
                    self.toks[c].dep == "nummod" for c in self.tree.children[k])):
                # "with many partners", "allies": a set the text does not name; "the 54 member
                # states": so many (a pair is read before), never one state of them
                return []
            owners = [e for e in self._owners(k, frozenset({"State"}), 0) if e.type == "State"]
            if etype != "State" and (owned := owned_body(self, k, etype, types, owners)) is not None:
                return owned  # "Peruvian lawmakers": Peru's body, not another state's in view
            codes = fitting_codes(t.lemma, [self.toks[i].text for i in self.tree.subtree(k) if i < k]) \
                if etype == "State" else None
            ref = self._antecedent(k, etype) if codes is None else self._fitting_state(k, codes)
            return [ref] if ref is not None else []
        return []

    def _region(self, e: Entity) -> bool:
        """A region is no city, town or port a description names ("the city where ..." is not the Indo-Pacific)."""
        return e.type == "Place" and e.label.lower() in self.ctx.lexicon.regions

    def _fitting_state(self, k: int, codes: frozenset[str]) -> Entity | None:
        """The one state of those codes the text speaks of at token k ("the kingdom", "the Red Sea
        nation"): the one in this sentence before k or the three before, else the one the article
        names (unless the noun may name a place: "the island"); none when two fit."""
        s, own = self.toks[k].sent, clause_subjects(self.tree, self.at_token, k)

        def fits(e: Entity) -> bool:
            return e.key not in own and state_code(self.ctx.gazetteer, e) in codes

        window = [f.entity for i in range(s, max(-1, s - 4), -1) for f in self.ctx.found(i, "State")
                  if (i < s or f.end <= self.toks[k].start) and f.mention.kind != "pronoun" and fits(f.entity)]
        if not window and self.toks[k].lemma not in PLACE_NOUNS:  # "the small island": maybe no state at all
            window = [self.ctx.doc.entities[m.entity] for m in self.ctx.doc.mentions if m.entity
                      and self.ctx.doc.entities[m.entity].type == "State" and fits(self.ctx.doc.entities[m.entity])]
        found = list(dict.fromkeys(window))
        return found[0] if len(found) == 1 else None

    def _antecedent(self, k: int, etype: str) -> Entity | None:
        """The entity of that type the text speaks of at token k, of a kind the noun may name
        (:mod:`kg.extract.description_fits`: "the union" is no bank): named last in this sentence
        before k or in the three before, else the one the article names most."""
        s, noun = self.toks[k].sent, self.toks[k].lemma
        own = clause_subjects(self.tree, self.at_token, k)
        window: list[Entity] = []  # nearest first
        for i in range(s, max(-1, s - 4), -1):
            window += [f.entity for f in reversed(self.ctx.found(i, etype)) if (i < s or f.end <= self.toks[k].start)
                       and f.mention.kind != "pronoun" and f.entity.key not in own and not self._region(f.entity)]
        best = max(window, key=lambda e: entity_fit(noun, e), default=None)
        if best is not None and entity_fit(noun, best) > OTHER:
            return best
        counts: dict[str, int] = {}
        for m in self.ctx.doc.mentions:
            if m.entity and (e := self.ctx.doc.entities[m.entity]).type == etype and entity_fit(noun, e) > OTHER \
                    and not self._region(e):
                counts[m.entity] = counts.get(m.entity, 0) + 1
        # nothing of a kind the noun may name: "the bank" is none of the blocs the article names
        return self.ctx.doc.entities[max(counts, key=counts.__getitem__)] if counts else None
