"""The dependency parse read as predicates and their arguments: who did what, in any voice.

:func:`arguments` returns the logical roles of a predicate — a verb ("signed"), a noun
("signing", "visit") or an adjective — whatever the construction: ``subject`` is the doer in the
active, the passive ("was signed by X"), a relative clause ("X, who signed"), a participle ("the
treaty signed by X", "leaders attending"), a controlled infinitive ("X agreed to sign", "allowed X
to use"), a verb sharing its subject with another ("X arrived and signed"), a light verb ("X paid a visit") or a nominalisation
("X's ratification of Y", "the signing of Y by X"). Every frame in ``data/frames.yaml`` is read through this one function.

    >>> from kg.extract.nlp import Token
    >>> def tok(i, text, lemma, pos, tag, dep, head):
    ...     return Token(i, 0, 0, text, lemma, pos, tag, dep, head, "", "", 0, " ", text.lower(), text[:1].isupper())
    >>> toks = [tok(0, "Pact", "pact", "NOUN", "NN", "nsubjpass", 2), tok(1, "was", "be", "AUX", "VBD", "auxpass", 2),
    ...         tok(2, "signed", "sign", "VERB", "VBN", "ROOT", 2), tok(3, "by", "by", "ADP", "IN", "agent", 2),
    ...         tok(4, "Kim", "Kim", "PROPN", "NNP", "pobj", 3)]
    >>> a = arguments(Tree(toks), 2)
    >>> (a.subject, a.object, a.passive)
    ([4], [0], True)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract import hung_clauses as hung
from kg.extract.nlp import Token
from kg.extract.tree import VERBAL, Tree, clause_of, phrase_owner

__all__ = ["VERBAL", "Args", "Tree", "arguments", "clause_of", "nominal_head", "surface_subject"]

NOMINAL = frozenset({"NOUN", "PROPN"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_PICKING = frozenset({"latter", "former"})  # "A and B, the latter ratified by X": one of them, not said of them
#: Verbs whose object is the subject of the infinitive they govern ("allowed X to use").
OBJECT_CONTROL = frozenset({"allow", "permit", "enable", "let", "ask", "invite", "urge", "authorise", "authorize", "help",
                            "encourage", "require", "force", "order", "empower", "entitle", "oblige", "grant", "give"})
#: Verbs of saying and thinking, which take a clause, not an object: in "X said the minister visited Y" a noun the parser made their object is the clause's subject.
CLAUSE_TAKING = frozenset({"say", "confirm", "report", "add", "note", "state", "insist", "claim", "believe", "think", "stress",
                           "warn", "deny", "explain", "recall", "suggest", "argue", "acknowledge", "admit", "reveal",
                           "declare", "assert", "indicate", "underline"})
#: Verbs that carry a nominal predicate's subject: "X paid a visit", "X gave its approval".
LIGHT_VERBS = frozenset({"pay", "make", "hold", "conduct", "undertake", "begin", "start", "complete", "finish", "end",
                         "wrap", "put", "set", "affix", "add", "give", "grant", "cast", "take", "have", "carry", "lead",
                         "head", "kick", "open", "secure", "win", "obtain", "receive", "get", "announce", "launch", "do",
                         "continue", "resume", "cut", "gain", "enjoy", "acquire", "expand", "seek", "lose", "retain",
                         "extend", "deepen",  # what happens to an event happens to its doer's: "X cancelled a trip"
                         "cancel", "postpone", "delay", "scrap", "call", "plan", "schedule", "conclude",
                         "embark", "wind", "round", "cap", "shorten", "abandon", "send", "dispatch", "consider", "mull",
                         "return", "reciprocate", "repay", "shelve", "axe", "ax", "ditch", "defer", "scrub"})  # "X returned the visit": X pays one back
#: Nouns of a will, whose infinitive is their owner's act: "X's refusal to sign", "its bid to join".
WILL_NOUNS = frozenset({"refusal", "decision", "failure", "bid", "plan", "promise", "pledge", "attempt", "move",
                        "application", "proposal", "request", "quest", "ambition", "aspiration", "drive",
                        "offer", "readiness", "willingness", "intention", "commitment", "determination", "effort",
                        "reluctance", "unwillingness", "push", "vow", "resolve", "desire", "wish", "threat"})
#: Verbs whose subject asks "for" what it would itself do or be: "X applied for membership".
_APPLYING = frozenset({"apply", "bid", "qualify", "vie", "compete", "enrol", "enroll", "register"})
#: Verbs of setting off, whose subject makes the trip a "for" phrase names: "left Lima for a visit to Y".
_SETTING_OFF = frozenset({"leave", "depart", "fly", "head", "travel", "embark", "jet"})
_EVENT_PREPS = frozenset({"on", "for", "during", "after", "before", "ahead", "into", "with", "en"})  # "en route to X"

@dataclass
class Args:
    """A predicate's arguments as token indices (heads of their phrases)."""
    subject: list[int] = field(default_factory=list)
    object: list[int] = field(default_factory=list)
    preps: dict[str, list[int]] = field(default_factory=dict)
    possessor: list[int] = field(default_factory=list)
    modifiers: list[int] = field(default_factory=list)
    dative: list[int] = field(default_factory=list)
    #: What a nominal predicate is said of ("X is a member", "X, a member of Y").
    copula: list[int] = field(default_factory=list)
    particle: str = ""
    passive: bool = False
    nominal: bool = False
    #: The verb a nominal predicate hangs on ("paid" for "paid a visit"), or the clause's verb.
    governor: int | None = None

    def prep(self, *words: str) -> list[int]:
        # one word, as readers mostly ask: a copy of its list, with no comprehension (a call of its own)
        return list(self.preps.get(words[0], ())) if len(words) == 1 else [k for w in words for k in self.preps.get(w, [])]

    def add_prep(self, word: str, k: int) -> None:
        self.preps.setdefault(word, [])
        if k not in self.preps[word]:
            self.preps[word].append(k)


def _read_preps(tree: Tree, i: int, args: Args, skip: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    preps = tree.kids(i, "prep", "agent", "dative")
    preps += hung.coordinated_prepositions(tree, i, preps)  # "travel to Warsaw and then to Kyiv"
    preps += hung.repeated_prepositions(tree, preps)  # "at the base in X and at the port of Y": the verb's too
    preps += [p for c in list(preps) if tree.toks[c].dep == "conj" and not tree.kids(c, "pobj")  # "and on to Santiago"
              for p in tree.kids(c, "prep") if p not in preps]
    # "travels on to Ottawa"; "is here in Lima": a place adverb's phrase narrows the clause's own
    preps += [p for c in tree.kids(i, "prt", "advmod") if tree.toks[c].dep == "prt" or tree.toks[c].lower in {"here", "there"}
              for p in tree.kids(c, "prep")]
    for c in preps:
        word = "by" if tree.toks[c].dep == "agent" else tree.toks[c].lower
        if word in {"along", "together"} and any(tree.toks[w].lower == "with" for w in tree.kids(c, "prep")):
            word = "with"  # "along with X": one preposition
        if tree.toks[c].dep == "dative" and tree.toks[c].pos not in {"ADP"}:
            args.dative.append(c)  # "gave Japan access": the receiver
            continue
        for o in () if word in skip else tree.prep_objects(c):
            if tree.toks[o].lower in {"behalf", "part"} and word == "on":  # "on behalf of X", "on the part of X"
                for of in tree.kids(o, "prep"):
                    for oo in tree.prep_objects(of) if tree.toks[of].lower == "of" else ():
                        args.add_prep("behalf", oo)
                continue
            args.add_prep(word, o)


def surface_subject(tree: Tree, i: int, depth: int = 0) -> list[int]:
    """The subject a verb has on the surface, given or shared: its own nsubj/nsubjpass, the noun
    a relative or participial clause describes, or that of the verb it is coordinated with, is
    controlled by, or modifies. Read once per word (the tree never changes; many readers ask)."""
    if depth:
        return _surface_subject(tree, i, depth)
    memo = tree.memo.setdefault("surface subject", {})
    known = memo.get(i)
    if known is None:
        known = memo[i] = tuple(_surface_subject(tree, i, 0))
    return list(known)  # the caller's own list: it may change it


def _surface_subject(tree: Tree, i: int, depth: int) -> list[int]:
    if depth > 6:
        return []
    own = tree.kids(i, "nsubj", "nsubjpass", "csubj")
    own = [k for k in own if tree.toks[k].lower not in _RELATIVE and not hung.quantified_relative(tree, k)]
    own = [o for k in own for o in hung.title_participle(tree, k)]  # "Visiting President X signed": X
    if own:
        return own
    # "Also signing the accord were X and Y", "Also expected are X and Y": the subject put after its auxiliary
    own = [k for a in tree.kids(i, "aux", "auxpass") if tree.toks[a].lemma == "be" and a > i for k in tree.kids(a, "attr")]
    if own:
        return own
    t, rel = tree.toks[i], [c for c in tree.kids(i, "nsubj", "nsubjpass", "dobj") if tree.toks[c].lower in _RELATIVE]
    h = tree.head(i) if (shared := hung.relative_conjunct(tree, i, rel)) is None else shared  # "which A signed and which ..."
    if h is None:
        return []
    if t.dep == "relcl" or shared is not None or t.dep == "acl" and t.tag == "VBG" or t.dep == "amod" and tree.toks[h].lower == "those":
        return hung.listed(tree, h) or [h]  # "the leaders who attended", "those present": whom they list
    if (t.dep == "csubj" or hung.fronted_gerund(tree, i)) and tree.toks[h].lemma == "be":  # "Signing for Chile was its envoy": the complement
        return tree.kids(h, "attr") or tree.kids(h, "nsubj")  # "First to sign were A and B"
    if t.dep == "acl" and t.tag in {"VB", "VBN"} and any(tree.toks[c].lower == "to" for c in tree.kids(i, "aux")):
        if (will := tree.toks[h].lemma in WILL_NOUNS) or hung.invitation_taken(tree, h):  # "X's bid to join", "X accepted an invite to go"
            g = tree.head(h) if tree.toks[h].dep == "dobj" else None
            return (hung.will_owner(tree, h, i) if will else []) or (surface_subject(tree, g, depth + 1) if g is not None else [])
        # "the first leader to visit X"; "a request for a ship to call at X": the ship's act, and the asker's
        return hung.asked_for(tree, h, WILL_NOUNS) or _predicated(tree, h, depth) or [h]
    if t.dep in {"ccomp", "conj"} and t.tag in {"VBD", "VBZ", "VBP"} and tree.toks[h].lemma in CLAUSE_TAKING \
            and not any(h < c < i for c in tree.kids(h, "cc")):
        # "X said the minister of Y, Z, visited W": the parser's object (or a second subject after the
        # verb) is the clause's subject
        before = [o for o in tree.kids(h, "dobj", "nsubj") if h < o < i]
        if before:
            return before
    if t.dep == "conj" and tree.toks[h].pos in VERBAL:  # (or one the phrase before swallowed: "at X and Y has")
        return hung.swallowed_subject(tree, i) or surface_subject(tree, h, depth + 1)
    if t.dep in {"xcomp", "ccomp"}:
        if tree.toks[h].lemma in OBJECT_CONTROL:
            objects = tree.kids(h, "dobj", "dative")
            if objects:
                return objects
        owner = hung.will_hung_on_the_verb(tree, i, WILL_NOUNS)  # "followed X's decision to go"
        if owner:
            return owner
        return hung.it_falls_to(tree, i) or surface_subject(tree, h, depth + 1)  # (the one it falls to)
    if t.dep in {"advcl"} and t.tag in {"VBG", "VBN", "VB"}:
        return hung.it_falls_to(tree, i) or surface_subject(tree, h, depth + 1)
    if t.dep == "acomp" and tree.toks[h].pos in VERBAL:
        # "X is due to attend", "X is set to sign", "X is likely to visit": the copula's subject
        return surface_subject(tree, h, depth + 1)
    if t.dep == "pcomp":  # "after visiting X", "by signing"
        g = tree.head(h)
        if g is not None and tree.toks[g].pos in VERBAL:
            return surface_subject(tree, g, depth + 1)
        if g is not None and tree.toks[g].pos in {"NOUN", "PROPN"}:
            # "his role in signing it": the noun's owner; "lost the vote over actions including
            # signing it": the doer of the clause the noun's phrase hangs on
            owner = tree.kids(g, "poss")
            if owner:
                return owner
            v: int | None = g
            for _ in range(4):  # up through the object and prepositional phrases it sits in
                if v is None or tree.toks[v].pos in VERBAL or tree.toks[v].dep not in {"pobj", "dobj", "prep"}:
                    break
                v = tree.head(v)
            if v is not None and tree.toks[v].pos in VERBAL:
                return surface_subject(tree, v, depth + 1)
    return []


def arguments(tree: Tree, i: int, nominal_of: str = "object") -> Args:
    """The arguments of the predicate at token ``i``; ``nominal_of`` says what "of" introduces after
    a noun: the object ("ratification of the pact") or the subject ("the visit of the president")."""
    if nominal_head(tree.toks[i]):
        return _nominal(tree, i, nominal_of)
    return _verbal(tree, i)


def nominal_head(t: Token) -> bool:
    """Are a word's arguments a noun's (read by ``nominal_of``), not a verb's?"""
    return t.pos in NOMINAL or (t.pos not in VERBAL and t.tag.startswith("NN"))


def _predicated(tree: Tree, k: int, depth: int) -> list[int]:
    """What a noun is said of ("A and B became the latest states to join": A, B; "X, the state admitted": X)."""
    t = tree.toks[k]
    copula = t.dep in {"attr", "oprd"} and t.head != k and tree.toks[t.head].lemma in {"be", "become", "remain"}
    return surface_subject(tree, t.head, depth + 1) if copula else [t.head] * (t.dep == "appos" and t.head != k and t.lower not in _PICKING)


def _verbal(tree: Tree, i: int) -> Args:
    t = tree.toks[i]
    args = Args(passive=tree.is_passive(i))
    for c in tree.children[i]:
        dep, low = tree.toks[c].dep, tree.toks[c].lower
        if dep == "nsubj" and low not in _RELATIVE:
            args.subject.append(c)
        elif (dep == "nsubjpass" or dep in {"dobj", "attr", "oprd"} and not tree.is_time(c)) and low not in _RELATIVE:
            args.object.append(c)  # not "the following year" the parser took for an object
        elif dep == "prt":
            args.particle = low
    # "has X with A, and a Y Accord with B"; with no object, "Accompanying X are A and B": the parser took X for the subject
    args.object += hung.objects_hung_as_conjuncts(tree, i) if args.object else hung.fronted_gerunds_object(tree, i)
    _read_preps(tree, i, args)
    args.subject += hung.asked_by(tree, i, WILL_NOUNS) if args.subject else []  # "a Y request for a ship to call": Y's too
    if subjects := hung.for_clause_subjects(tree, i):  # "left X for Y to hold talks"
        args.preps["for-to"] = subjects
    for o in args.object:
        # "received X in Lima on Monday": a name takes no place or time phrase of its own; the
        # parser's attachment to it is the verb's
        if tree.toks[o].pos == "PROPN":
            for p in tree.kids(o, "prep"):
                if tree.toks[p].lower in {"in", "at", "on", "during"}:
                    for ob in tree.prep_objects(p):
                        args.add_prep(tree.toks[p].lower, ob)
    if t.lemma == "be":  # "is due in X", "was in X for talks": the complement's phrases are the clause's
        for c in tree.kids(i, "acomp", "attr"):
            _read_preps(tree, c, args)
    if args.passive:
        args.subject += [k for k in args.prep("by") if k not in args.subject]
        args.subject += [] if args.subject else hung.stranded_agent(tree, i)
        # "signed by A, who holds X, and B": a name the parser coordinated with the verb, past a
        # relative clause on the agent, is another agent
        args.subject += [c for c in tree.kids(i, "conj") if tree.toks[c].pos == "PROPN" and args.subject
                         and c > max(args.subject) and not tree.kids(c, "nsubj", "nsubjpass", "aux")]
    rel = [c for c in tree.children[i] if tree.toks[c].lower in _RELATIVE]  # "the accord that X negotiated": acl too
    h = tree.head(i) if (shared := hung.relative_conjunct(tree, i, rel)) is None else shared  # "which A signed and which ..."
    if h is not None and (t.dep == "relcl" or shared is not None or t.dep == "acl" and rel and rel[0] < i):
        rdep = tree.toks[rel[0]].dep if rel else ""
        if any(tree.toks[c].lower == "where" for c in tree.kids(i, "advmod")):
            args.add_prep("in", h)  # "X, where troops are stationed": the noun is where it happens
        elif rdep == "nsubj" and not args.passive:
            # "the states that signed it include A and B": A and B
            args.subject += [*(hung.listed(tree, h) or _predicated(tree, h, 0) or [h]), *phrase_owner(tree, h)]
        elif rdep in {"nsubjpass", "dobj"} or args.passive or (not rel and args.subject):
            # "the deal X signed", "the treaty that was ratified"
            args.object += list(dict.fromkeys([h, *phrase_owner(tree, h), *hung.set_off_from(tree, i, h)]))
        elif rdep == "pobj":
            pass  # "the city in which they met": the noun is a place phrase, read by the caller
        else:  # "A and B became the first states to join", "among the first to sign were A and B"
            args.subject += _predicated(tree, h, 0) or hung.listed(tree, h) or [h]
    elif h is not None and t.dep == "acl" and not args.object and (told := hung.relative_hung_on_subject(tree, i, h)):
        args.subject, args.object = [*args.subject, h], args.object + told  # "the pact, which the two states signed"
    elif h is not None and t.dep == "acl" and t.tag in {"VBD", "VBN"} and tree.toks[tree.toks[h].head].pos == "NOUN" \
            and (tree.toks[h].dep in {"dobj", "npadvmod"} or tree.toks[h].dep == "appos"
                 and tree.toks[min(tree.subtree(h)) - 1].dep != "punct") and tree.kids(h, "det", "poss") and not args.object:
        # "the pact the two states signed in 2014": a clause without "that" the parser read as a
        # noun with a participle (a noun takes no object, an apposition is set off by a comma);
        # the first noun is what is done
        args.subject.append(h)
        args.object.append(tree.toks[h].head)
    elif h is not None and t.dep in {"acl", "amod"} and (t.tag == "VBN" or args.passive):
        # "the treaty signed in 2016", "the recently ratified pact"
        args.object += list(dict.fromkeys(_predicated(tree, h, 0) + [h] + hung.participle_above(tree, i, h)))  # "X was the accord, signed by Y"
    elif h is not None and t.dep == "conj" and t.tag == tree.toks[h].tag == "VBN" and tree.toks[h].dep == "acl":
        args.object.append(tree.toks[h].head)  # "the treaty, signed in 2007 and ratified by X"
    if args.passive and not args.object:  # "X remains suspended": the parser hung X on "remains"
        args.object += [c for a in tree.kids(i, "auxpass") for c in tree.kids(a, "nsubj", "nsubjpass")]
    if args.passive and not args.object and t.dep not in {"relcl", "acl", "amod"}:
        # "was ratified by X and signed by Y": the surface subject both share is what is signed;
        # "X welcomed the accord, signed by Y": a bare participle after the object is the object's
        args.object += hung.participle_after_object(tree, i) or surface_subject(tree, i)
    elif not args.subject and not args.passive:
        args.subject = surface_subject(tree, i) or hung.stranded_subject(tree, i)
    args.governor = h
    return args


#: Intransitive verbs whose subject is moved on to someone: "the bill goes to the president for signature".
_MOVING = frozenset({"go", "head", "move", "return", "pass", "proceed", "come"})


def _nominal(tree: Tree, i: int, nominal_of: str) -> Args:
    args = Args(nominal=True)
    for c in tree.children[i]:
        dep = tree.toks[c].dep
        if dep == "poss":
            args.possessor.append(c)
        elif dep in {"amod", "compound", "nmod", "npadvmod"}:
            args.modifiers.append(c)
        elif dep == "acl" and tree.toks[c].tag == "VBG":
            args.object += tree.kids(c, "dobj")  # "a bill ratifying the treaty"
        elif dep in {"acl", "relcl"} and tree.toks[c].lemma in LIGHT_VERBS and (doers := hung.light_clause_doers(tree, c)) is not None:
            args.subject += doers  # "a delegation led by X", "the visit that X paid to Y": the light verb's doer
            _read_preps(tree, c, args, skip={"by"})
    _read_preps(tree, i, args)
    cop = tree.head(i)
    if cop is not None and tree.toks[i].dep == "attr" and tree.toks[cop].lemma in {"be", "become", "remain"}:
        # "the accord, to which both are parties": the fronted phrase the parser hung on the copula
        for p in tree.kids(cop, "prep"):
            for o in tree.kids(p, "pobj"):
                if tree.toks[o].lower in {"which", "whom"}:
                    args.add_prep(tree.toks[p].lower, o)
    # "the ratification of the pact by X": the by-phrase is the noun's, also where the parser hung
    # it lower ("the signing of an accord on the avoidance of taxation by X and Y")
    todo = [(o, 0) for o in args.prep("of")]
    while todo:
        o, depth = todo.pop()
        for p in tree.kids(o, "prep"):
            if tree.toks[p].lower == "by":
                for a in tree.kids(p, "pobj"):
                    args.add_prep("by", a)
            elif depth < 3:
                todo += [(q, depth + 1) for q in tree.kids(p, "pobj")]
    args.subject += args.prep("by")
    if nominal_of == "object":
        args.object.extend(args.prep("of"))
    h = tree.head(i)
    args.governor = next((g for g in tree.ancestors(i) if tree.toks[g].pos in VERBAL), None)
    if h is not None:
        _governed_nominal(tree, i, h, args)
    if nominal_of == "subject":
        # after the governor: "X wrapped up a tour of A and B" is X's, whatever "of" names
        args.subject.extend(k for k in args.prep("of") if k not in args.subject)
    return args


def _governed_nominal(tree: Tree, i: int, h: int, args: Args) -> None:
    """What the verb or preposition a nominal hangs on gives it: its doer, its places."""
    t, (dep, h) = tree.toks[i], hung.object_conjunct(tree, i, h)  # "gave its advice and consent to it"
    head = tree.toks[h]
    if dep == "dobj" and head.pos in VERBAL and not tree.kids(h, "auxpass", "nsubjpass") and not args.subject:
        # "X followed a trip to Y by Z": an active verb has no by-agent; the by-phrase is the noun's
        for a in tree.kids(h, "agent"):
            args.subject += tree.kids(a, "pobj")
    if (dep in {"dobj", "attr"} or dep == "ccomp" and t.pos == "NOUN") and head.pos in VERBAL:
        # (a noun the parser took for a clause is the verb's object: "vessels make port calls")
        if head.lemma in {"await", "need", "require", "face", "undergo", "lack"} and set(args.object) <= set(args.prep("of")):
            # "the accord awaits ratification by X (and by Y)", "needs the approval of X": what awaits it, by whom
            args.subject += args.object + [o for p in tree.kids(h, "prep") for q in [p, *tree.kids(p, "conj")]
                                           if tree.toks[q].lower == "by" for o in tree.kids(q, "pobj")]
            args.object = surface_subject(tree, h)
        if head.lemma in LIGHT_VERBS or any(tree.toks[c].dep == "prt" for c in tree.children[h]):
            # "X led Russia's delegation", "sent her minister": who leads is the doer, whoever the possessor
            if not args.subject and (not args.possessor or head.lemma in {"lead", "head", "send", "dispatch"}
                                     or hung.plural_doers_own(tree, args.possessor, surface_subject(tree, h))):
                args.subject += (surface_subject(tree, h) or hung.stranded_subject(tree, h)) if not tree.is_passive(h) \
                    else tree.kids(h, "agent")
            _read_preps(tree, h, args, skip={"by"})
            args.dative += tree.kids(h, "dative")
    elif dep in {"nsubj", "nsubjpass"} and head.pos in VERBAL:
        _read_preps(tree, h, args, skip={"by"})  # "the signing took place in X on Monday"
        if dep == "nsubjpass" and head.lemma in LIGHT_VERBS and not args.subject:
            for a in tree.kids(h, "agent"):  # "the delegation was led by X"
                args.subject += tree.kids(a, "pobj")
    elif dep == "pobj" and head.lower == "for" and tree.head(h) is not None \
            and tree.toks[tree.head(h)].pos in VERBAL and not args.object:  # type: ignore[index]
        # "submitted the treaty to parliament for ratification": what is submitted is ratified, by whom it is submitted to
        g = tree.head(h)
        assert g is not None
        if tree.toks[g].lemma in _APPLYING and not tree.kids(g, "dobj") and not args.subject and not args.possessor:
            args.subject += surface_subject(tree, g)  # "X applied for membership": X would be the member
        elif tree.toks[g].lemma in _SETTING_OFF and not tree.is_passive(g) and not args.subject and not args.possessor:
            args.subject += surface_subject(tree, g)  # "X left Lima for visits to Y and Z": X makes them
        elif tree.toks[g].lemma in OBJECT_CONTROL and tree.kids(g, "dobj") and not args.subject and not args.possessor:
            args.subject += tree.kids(g, "dobj")  # "invited X for a state visit": X makes it
        else:
            moved = not tree.is_passive(g) and not tree.kids(g, "dobj") and tree.toks[g].lemma in _MOVING
            args.object += tree.kids(g, "dobj", "nsubjpass") or (surface_subject(tree, g) if tree.is_passive(g) or moved else [])
        _read_preps(tree, g, args, skip={"by", "for"})
        if not args.subject:  # "the bill goes to the president for signature": who it goes to does it
            args.subject += [o for p in tree.kids(g, "prep") if tree.toks[p].lower == "to" for o in tree.kids(p, "pobj")]
    elif dep == "pobj" and head.lower == "for" and tree.toks[head.head].lemma in WILL_NOUNS and head.head != h:
        args.subject += hung.will_owner(tree, head.head, h)  # "X's bid for membership", "a US bid for access"
    elif dep == "pobj" and head.lower in _EVENT_PREPS:
        g = tree.head(h)
        if g is not None and tree.toks[g].pos in VERBAL and not args.subject and not args.possessor:
            # "X left for a visit to Y"; "in force after ratification by A": a by-phrase on the active verb next to the noun
            by = [o for p in tree.kids(g, "prep", "agent") if tree.toks[p].lower == "by" and p == max(tree.subtree(i)) + 1
                  for o in tree.kids(p, "pobj") if tree.toks[o].pos == "PROPN" or tree.kids(o, "det", "poss")]
            args.subject += by if by and not (tree.is_passive(g) and (tree.toks[g].tag == "VBN" or tree.kids(g, "auxpass"))) else surface_subject(tree, g)
            if head.lower not in {"after", "before", "ahead"}:  # "after a visit to Y, X flew to Z": another event's
                _read_preps(tree, g, args, skip={"by", head.lower})
        elif g is not None and head.lower == "on" and tree.toks[g].dep in {"nsubj", "nsubjpass"} and tree.toks[h - 1].text == "," \
                and not args.subject and not args.possessor:  # "X, on a visit to Y, met Z": the subject it is set beside
            args.subject.append(g)
