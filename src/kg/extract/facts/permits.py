"""What an agreement covers: activities (``lexicon.yaml`` activities) said of the agreement.

An activity word counts for an agreement when the parse ties it to one: walking up from the word,
a clause is reached whose subject is the agreement ("the pact allows refuelling", "it will let
their navies train together", "the accord covers port calls"), or a phrase "under" it ("under
the treaty, the forces may refuel"), or the agreement noun itself ("an agreement on intelligence
sharing", "the defence pact for joint exercises"). Activities in a negated clause ("does not
allow", "nothing in the text provides for an American base") are not covered.
"""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.backdrop_agreements import backdrop
from kg.extract.clause_modality import parse_modality
from kg.extract.context import Context
from kg.extract.denied_things import denied
from kg.extract.facts.access_terms import practised
from kg.extract.facts.common import make_fact
from kg.extract.facts.permits_carried import carried_agreement
from kg.extract.frames import Match
from kg.extract.syntax import VERBAL
from kg.model import Entity, Fact

_NEGATORS = frozenset({"nothing", "none", "neither", "no"})


def permits(ctx: Context, matches: list[Match]) -> Iterator[Fact]:
    r = ctx.resolver
    granted = _granted(ctx, matches)
    yield from _pairs(ctx, granted)
    for s in range(len(ctx.doc.sentences)):
        text = ctx.sentence(s)
        if not ctx.lexicon.any_activity.search(text):
            continue
        base = ctx.doc.sentences[s].start
        for activity, pattern in ctx.lexicon.activities.items():
            for m in pattern.finditer(text):
                k = _token_at(r, s, base + m.start())
                if k is None or _inside_name(r, k):
                    continue
                agreement = _agreement_over(ctx, k, granted)
                if agreement is not None:
                    yield make_fact(ctx, "permits", s, agreement=agreement.key, activity=activity)
                    break


def _pairs(ctx: Context, granted: dict[int, Entity]) -> Iterator[Fact]:
    """Activities a predicate and its argument tell ("the transfer of French submarine
    technology", "pool technology"): the argument's head, then its predicate one or two steps up
    (through "of" or "by"), governed by an agreement as any activity word is."""
    r = ctx.resolver
    pairs = ctx.lexicon.activity_pairs
    every = frozenset().union(*(arguments for _, arguments in pairs.values()))
    candidates = [t for t in r.toks if t.lemma in every or t.lower in every]  # one pass over the words, not one a pair
    for activity, (predicates, arguments) in pairs.items():
        for t in candidates:
            if t.lemma not in arguments and t.lower not in arguments or _of_agreement(r, t.i):
                continue
            a = t.i
            while r.toks[a].dep == "conj" and r.tree.head(a) is not None:
                a = r.tree.head(a)  # type: ignore[assignment]  # "move troops and equipment": each conjunct's predicate
            p = r.tree.head(a)
            if p is not None and r.toks[p].lower in {"of", "by"} and r.toks[a].dep == "pobj":  # "visits by its warships"
                of, p = r.toks[p].lower == "of", r.tree.head(p)
                if of and p is not None and r.toks[p].lemma in ctx.lexicon.collective_nouns:
                    a, p = p, r.tree.head(p)  # "acquire a fleet of frigates": the fleet's things are bought
            said = [q for q in _predicates(r, a, p) if r.toks[q].lemma in predicates or r.toks[q].lower in predicates]
            agreement = _agreement_over(ctx, said[0], granted) if said and said[0] != t.i else None
            if agreement is None and p is not None and r.toks[p].lower == "for" and r.toks[a].dep == "pobj":
                agreement = _bought_for(r, r.tree.head(p), predicates)  # "a contract for 24 jets"
            if agreement is not None:
                yield make_fact(ctx, "permits", ctx.doc.sentence_index(t.start), agreement=agreement.key, activity=activity)


def _of_agreement(r, k: int) -> bool:
    """Is the word an agreement's own ("the accord's provisions", "the provisions of the pact"):
    its text, no goods?"""
    owners = [*r.tree.kids(k, "poss"), *(o for p in r.tree.kids(k, "prep") if r.toks[p].lower == "of"
                                         for o in r.tree.kids(p, "pobj"))]
    return any(r.entities(o, ("Agreement",)) for o in owners)


def _bought_for(r, h: int | None, predicates: frozenset[str]) -> Entity | None:
    """The agreement an agreement noun heads whose "for" phrase names what the act is of: "a
    contract for 24 jets" buys them (the noun a predicate of the act: ``lexicon.yaml`` ``activity_pairs``)."""
    if h is not None and r.toks[h].pos in VERBAL:  # "signed a contract with X for 30 jets": hung on the verb
        h = next((d for d in r.tree.kids(h, "dobj")), None)
    if h is None or r.toks[h].lemma not in predicates:
        return None
    f = r.found_at(h)
    return f.entity if f is not None and f.entity.type == "Agreement" else None


def _predicates(r, a: int, p: int | None) -> list[int]:
    """The predicates an argument may be of: its head, and, for a subject, the verb it controls
    ("troops are permitted to cross", "lets troops enter": the doer's act is the activity)."""
    if p is None:
        return []
    if r.toks[a].dep not in {"nsubj", "nsubjpass"}:
        return [p]
    return [p, *r.tree.kids(p, "xcomp")]


def _token_at(r, s: int, offset: int) -> int | None:
    from kg.extract.nlp import sentence_bounds

    lo, hi = sentence_bounds(r.ctx.doc, s)
    for k in range(lo, hi):
        if r.toks[k].start <= offset < r.toks[k].end + 1:
            return k
    return None


def _inside_name(r, k: int) -> bool:
    """An activity word inside a name ("Joint Exercise Command") is part of the name; in an agreement's
    description ("a refuelling pact", "the training and cooperation deal") it says what the agreement is for."""
    f = r.found_at(k)
    if f is not None and f.mention.kind == "description" and f.entity.type == "Agreement":
        return False
    return f is not None and f.mention.kind in {"name", "description"} and f.entity.type not in {"State", "Place"}


def _granted(ctx: Context, matches: list[Match]) -> dict[int, Entity]:
    """The triggers of access granted under an agreement ("would gain access to the ports for
    refuelling"), each with that agreement: what the access is for, the agreement covers."""
    under: dict[int, Entity] = {}
    for f in ctx.doc.annotations.get("facts", []):
        if f.cq == "access" and f.modality != "negated" and f.fields.get("agreement") and not practised(ctx, f):
            under.setdefault(ctx.doc.sentence_index(f.evidence.start), ctx.doc.entities[f.fields["agreement"]])
    return {m.trigger.i: under[m.sentence] for m in matches if m.fact == "access" and m.sentence in under}


def _agreement_over(ctx: Context, k: int, granted: dict[int, Entity]) -> Entity | None:
    """The agreement governing the clause an activity word is in, if the parse shows one."""
    r = ctx.resolver
    toks = r.toks
    node: int | None = k
    steps = clauses = 0
    while node is not None and steps < 12:
        t = toks[node]
        if node in granted:
            return granted[node]  # "may refuel at its ports": a service used under the agreement is one it covers
        # "gained access ... for refuelling", "will be open to X for repairs": the purpose phrase
        # hangs on the verb whose object or complement the access is; "may refuel and resupply at its
        # ports": a verb coordinated with the use shares its phrase
        held = [c for c in r.tree.kids(node, "dobj", "acomp", "attr", "conj") if c in granted] if t.pos in VERBAL else []
        if held:
            return granted[held[0]]
        if t.pos in VERBAL:
            if parse_modality(r.tree, node) == "negated" or _negated_subject(r, node):
                return None
            for c in r.tree.kids(node, "nsubj", "nsubjpass", "csubj"):
                described = r.tree.head(node)
                if toks[c].lower in {"which", "that"} and t.dep == "relcl" and described is not None:
                    c = described  # "the accord, which allows X": the noun the clause describes
                # "the pact's provisions include ...": the owner of the subject's provisions
                found = r.entities(c, ("Agreement",)) or [e for d in r.tree.kids(c, "poss") if toks[c].lemma in _THROUGH
                                                          for e in r.entities(d, ("Agreement",))]
                if not found and not clauses:  # "areas of cooperation under the accord include X" (its own clause)
                    found = [e for q in _subject_phrases(r, c) if (e := _agreement_of_phrase(r, q)) is not None]
                if found:
                    return found[0]
                if t.lemma == "agree" and (ag := _agreed_by_parties(ctx, node, c)) is not None:
                    return ag  # "the two sides also agreed to hold joint exercises": the pact they made
                if not clauses and _provision_listed(ctx, node, c):
                    return _meant(ctx, c)  # "the support could include repairs": the pact's
            if not clauses and (given := _permitted_user(ctx, node)) is not None:
                return given  # "X's forces may use the ports. X's crews may refuel there": the access's pact
            for p in r.tree.kids(node, "prep"):
                under = _agreement_of_phrase(r, p)
                if under is not None:
                    return under
                if toks[p].lower == "in" and any(toks[o].lemma in ctx.lexicon.permission.get("bargain", ())
                                                 for o in r.tree.kids(p, "pobj")):
                    return _in_view(ctx, toks[node].sent)  # "in return, X will train Y's officers"
            told = _told_by_colon(r, node, k) or _purpose_of_object(r, node)
            if told is not None:
                return told
        elif t.pos in {"NOUN", "PROPN"} and denied(r.tree, node):
            return None  # "it stops short of a mutual defence commitment", "rather than joint drills"
        elif t.pos in {"NOUN", "PROPN"} and node != k:
            found = r.entities(node, ("Agreement",))
            f = r.found_at(node)
            if found and (f is None or f.entity.type == "Agreement"):
                # "an agreement on intelligence sharing"; "it is not a mutual defence pact": not that one
                return None if _denied_noun(r, node) else found[0]
        if r.tree.head(node) is None:
            return _fronted_under(ctx, node) or carried_agreement(ctx, node, _fronted_under)
        clauses += t.pos in VERBAL
        node = _list_item_head(r, node)
        steps += 1
    return None


def _list_item_head(r, node: int) -> int | None:
    """The word a walk goes up to: the head, but for a list item the parser hung on the comma
    before it ("allows X work, medical support for Y and Z, an official said"), the item that comma
    closes: an item of a list is governed as the list's first one is."""
    h = r.tree.head(node)
    if h is None or r.toks[h].text != "," or r.toks[node].pos not in {"NOUN", "PROPN"} or not 0 < h < node:
        return h
    before = h - 1
    return before if r.toks[before].pos in {"NOUN", "PROPN"} and r.toks[before].sent == r.toks[node].sent else h


def _agreement_at(r, i: int) -> Entity | None:
    f = r.found_at(i)
    return f.entity if f is not None and f.entity.type == "Agreement" else None


def _told_by_colon(r, node: int, k: int) -> Entity | None:
    """"announced a purchase agreement: X will buy jets": a clause after a colon that follows an
    agreement's words tells what the agreement is."""
    colons = [c for c in r.tree.children[node] if r.toks[c].text == ":" and 0 < c < k]
    return _agreement_at(r, colons[-1] - 1) if colons and r.toks[colons[-1] - 1].sent == r.toks[k].sent else None


def _purpose_of_object(r, node: int) -> Entity | None:
    """"signed a deal to buy frigates", "reached an agreement to train pilots": an infinitive the parser
    hung on the verb, right after the agreement it acts on, says what the agreement is for."""
    h = r.tree.head(node)
    if h is None or r.toks[node].dep not in {"advcl", "xcomp"} or not any(r.toks[a].lower == "to" for a in r.tree.kids(node, "aux")):
        return None
    objects = [d for d in r.tree.kids(h, "dobj") if d < node and max(r.tree.subtree(d)) == min(r.tree.subtree(node)) - 1]
    return _agreement_at(r, objects[0]) if objects else None


def _denied_noun(r, node: int) -> bool:
    """Is this noun the object or predicate of a negated verb ("does not constitute a defence
    pact", "is not a mutual defence treaty")?"""
    head = r.tree.head(node)
    if head is not None and r.toks[head].lower in {"to", "as"} and r.toks[node].dep == "pobj":
        head = r.tree.head(head)  # "does not amount to a pact"
    return head is not None and r.toks[head].pos in VERBAL and r.toks[node].dep in {"dobj", "attr", "pobj"} \
        and parse_modality(r.tree, head) == "negated"


def _fronted_under(ctx: Context, root: int) -> Entity | None:
    """The agreement of a phrase that opens the sentence, "Under the pact, A will train B and the
    two navies will hold drills": it governs every clause after it, however the parser hung them."""
    from kg.extract.nlp import sentence_bounds

    r = ctx.resolver
    k = sentence_bounds(ctx.doc, r.toks[root].sent)[0]
    while r.toks[k].pos in {"CCONJ", "ADV", "PUNCT"} and k < root:
        k += 1  # "But under the pact, ..."
    if not any(r.toks[j].text == "," for j in range(k, root)):
        return None
    return _agreement_of_phrase(r, k)


#: Prepositions whose phrase puts a clause under an agreement, and the nouns they reach it through:
#: "under the pact", "as part of the deal", "according to the accord", "in line with the treaty".
_UNDER = frozenset({"under", "through", "via", "per", "pursuant", "according", "as", "in", "within"})
_THROUGH = frozenset({"part", "line", "accordance", "framework", "keeping", "term", "terms", "provision",
                      "provisions", "auspices"})


def _agreement_of_phrase(r, p: int) -> Entity | None:
    """The agreement a prepositional phrase puts a clause under, if it names one."""
    toks = r.toks
    if toks[p].lower not in _UNDER:
        return None
    objects = r.tree.kids(p, "pobj")
    if toks[p].lower in {"according", "pursuant"}:  # "according to the pact"
        objects = [o for q in r.tree.kids(p, "prep") if toks[q].lower == "to" for o in r.tree.kids(q, "pobj")]
    for o in objects:
        if toks[p].lower in {"under", "through", "via", "per", "according", "pursuant"}:
            found = r.entities(o, ("Agreement",))
            if found:
                return found[0]
        if toks[o].lemma in _THROUGH or toks[o].lower in _THROUGH:  # "as part of the deal", "under its terms"
            inner = [o2 for q in r.tree.kids(o, "prep") if toks[q].lower in {"of", "with"} for o2 in r.tree.kids(q, "pobj")]
            inner += r.tree.kids(o, "poss")
            found = [e for j in inner for e in r.entities(j, ("Agreement",))]
            if found:
                return found[0]
    return None


def _subject_phrases(r, c: int) -> list[int]:
    """The prepositions of a subject and of its "of" phrase: "cooperation under the pact",
    "areas of cooperation under the pact"."""
    preps = r.tree.kids(c, "prep")
    return preps + [q for p in preps if r.toks[p].lower == "of" for o in r.tree.kids(p, "pobj") for q in r.tree.kids(o, "prep")]


def _in_view(ctx: Context, s: int) -> Entity | None:
    """The agreement the sentence or the two before speak of, the last named (before this sentence,
    not one a clause only set another against: `backdrop_agreements`)."""
    for i in range(s, max(-1, s - 3), -1):
        found = ctx.agreements(i) if i == s else [f.entity for f in ctx.found(i, "Agreement") if not backdrop(ctx.doc, f.mention)]
        if found:
            return found[-1]
    return None


def _provision_listed(ctx: Context, verb: int, subject: int) -> bool:
    """Is the clause's subject a part of the agreement's text ("a separate chapter covers X"), or a
    definite noun of what an agreement provides listing its parts ("the support could include fuel
    and repairs", "this cooperation will cover joint drills"), the noun no phrase of its own ties to
    anything else ("the cooperation between their coast guards", "a chapter of the 1990 treaty")?"""
    r = ctx.resolver
    toks = r.toks
    words = ctx.lexicon.permission
    if toks[subject].lemma in words.get("parts", ()) and not r.tree.kids(subject, "prep", "poss"):
        return True  # "a separate chapter covers technology transfer", "one clause allows port calls"
    return toks[verb].lemma in words.get("listing", ()) and toks[subject].lemma in words.get("provided", ()) \
        and any(toks[d].lower in {"the", "this", "such"} for d in r.tree.kids(subject, "det")) \
        and not r.tree.kids(subject, "prep", "poss", "amod", "compound")


def _agreed_by_parties(ctx: Context, verb: int, subject: int) -> Entity | None:
    """The agreement in view, when the states that "agreed to" do something are its parties: what
    the parties of the pact just told agreed to is what the pact covers."""
    r = ctx.resolver
    agreement = _meant(ctx, subject)
    agreers = {e.key for e in r.entities(subject, ("State",))}
    parties = {str(f.fields.get("party")) for f in ctx.doc.annotations.get("facts", [])
               if f.cq == "parties" and agreement is not None and f.fields.get("agreement") == agreement.key}
    return agreement if agreers and len(agreers) > 1 and agreers <= parties else None


def _meant(ctx: Context, k: int) -> Entity | None:
    """The agreement of the passage at token ``k``, else the one "the pact" would mean there."""
    t = ctx.resolver.toks[k]
    return _in_view(ctx, t.sent) or ctx.best_agreement(t.sent, "", at=t.start)


def _negated_subject(r, verb: int) -> bool:
    """"Nothing in the text provides for X", "no clause allows X"."""
    for c in r.tree.kids(verb, "nsubj", "nsubjpass"):
        if r.toks[c].lower in _NEGATORS or any(r.toks[d].lower in _NEGATORS for d in r.tree.kids(c, "det")):
            return True
    return False


def _permitted_user(ctx: Context, verb: int) -> Entity | None:
    """The agreement that gave the clause's subject access, in this sentence or the one before, when
    the clause says what that user may do ("the pact gives Peruvian forces access to Chilean bases.
    Peruvian personnel may carry out joint exercises"): a permission told of whom a pact just let in
    is one of the pact's."""
    r = ctx.resolver
    toks = r.toks
    v = verb
    while toks[v].dep == "conj" and (h := r.tree.head(v)) is not None and toks[h].pos in VERBAL:
        v = h  # "may carry out drills and refuel": the first conjunct's modal and subject
    if not any(toks[a].lower in ctx.lexicon.permission.get("modals", ()) for a in r.tree.kids(v, "aux")):
        return None
    states: set[str] = set()
    for c in r.tree.kids(v, "nsubj"):
        if toks[c].pos == "PRON":
            continue
        near = [c, *(d for d in r.tree.children[c] if toks[d].dep in {"amod", "poss", "compound", "nmod"})]
        for e in (e for k in near for e in r.entities(k, ("State", "ArmedForces"))):
            state = e if e.type == "State" else ctx.country_of(e)
            if state is not None:
                states.add(state.key)
    if not states:
        return None
    s = toks[verb].sent
    for f in ctx.doc.annotations.get("facts", []):
        if f.cq == "access" and f.modality != "negated" and f.fields.get("agreement") and not practised(ctx, f) \
                and f.fields.get("user") in states \
                and ctx.doc.sentence_index(f.evidence.start) in {s, s - 1}:
            return ctx.doc.entities[f.fields["agreement"]]
    return None
