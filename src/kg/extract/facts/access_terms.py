"""The agreement an access is under, and what its state says of the access's modality.

FORMAT.md: what an agreement will allow once in force is ``planned`` until the article says it
is in force. So the modality of "X may use Y's ports" is not only the clause's: an agreement whose
ratification the article says is still awaited, or refused ("still has to be approved by the
parliament", "has never been ratified"), makes what it allows planned; "X may use" and "the pact
will allow X to use" are what X may now do only where the article says the agreement is in force
(ratified, "entered into force", "came into effect", "in force since 2014"). An agreement that is only in
view (named in the sentences before) is the access's only when its parties, where the article
names them, include the host ("Chile ended its accord with Peru. Ecuador hosts
Bolivian and Argentine bases": no access of Bolivia under the Chile-Peru accord).
"""
from __future__ import annotations

from kg.extract.context import AGREEMENT_NOUN, Context
from kg.extract.frame_arguments import ENTITLEMENTS
from kg.extract.frames import Match
from kg.model import Entity, Fact

#: Verbs that make the use what someone permits ("will allow X to use", "will let X use").
ALLOWING = frozenset({"allow", "let", "permit", "enable", "authorise", "authorize", "entitle"})
#: what one is given to do something: "the right to use", "permission to use", "leave to dock"
LEAVE = frozenset({"right", "permission", "authorisation", "authorization", "licence", "license", "leave",
                   "freedom", "go-ahead", "approval", "clearance", "access", "ability", "option"})


def status(ctx: Context, agreement: Entity | None) -> str | None:
    """"pending" when the article has a ratification of the agreement still ahead or refused,
    "in force" when it has one that happened and none ahead, else None (the article does not say)."""
    if agreement is None:
        return None
    told = entry_into_force(ctx, agreement)
    if told is not None:
        return told  # the article's own word on it comes before what its ratifications imply
    if agreement.key in _unmade(ctx):
        return "pending"  # a draft, or one still negotiated or only to be signed, is in force nowhere
    mods = {f.modality for f in ctx.doc.annotations.get("facts", [])
            if f.cq == "ratification" and f.fields.get("agreement") == agreement.key}
    if mods & {"planned", "negated"}:
        return "pending"
    return "in force" if "asserted" in mods else None


def _unmade(ctx: Context) -> set[str]:
    """The agreements the article tells as still being made (a draft, under negotiation, talks on it)
    or only to be signed, none signed or ratified (kg.extract.facts.party_modality). (Not one a state
    is only ahead to join: the treaty others hold is in force.)"""
    from kg.extract.facts.party_modality import in_the_making, under_talks

    events = [f for f in ctx.doc.annotations.get("facts", []) if f.cq in {"signing", "ratification"}]
    done = {f.fields["agreement"] for f in events if f.modality == "asserted"}
    ahead = {f.fields["agreement"] for f in events if f.cq == "signing" and f.modality == "planned"}
    return (in_the_making(ctx) | under_talks(ctx) | ahead) - done


#: Verbs whose "into force" is an agreement's entry into force ("entered into force", "came into effect").
_ENTERING = frozenset({"enter", "come", "go", "bring", "put"})
#: Words that put a statement of force ahead: "once in force", "will enter into force when ...".
_AHEAD = frozenset({"once", "when", "until", "after", "before", "if", "unless"})


def entry_into_force(ctx: Context, agreement: Entity) -> str | None:
    """What the article says of the agreement's entry into force: "in force" where it entered
    into force or took effect ("went into force in May", "which came into effect last year",
    "has been in force since 2015", "the accord, in force since 2012", "became effective",
    "since its entry into force"), "pending" where that is ahead ("will enter into force once
    ...", "once in force, it will let ...", "is expected to take effect"); None where it says
    nothing. The agreement is the statement's subject ("the new pact replaces the old accord,
    which came into force in 2002": the old one), else the one the sentence speaks of."""
    r = ctx.resolver
    said: set[str] = set()
    for t in r.toks:
        if t.lower not in {"force", "effect", "effective"} or (found := _force_told(ctx, t.i)) is None:
            continue
        told, anchor = found
        said_of = _subjects(ctx, anchor)
        subjects = [e for k in said_of for e in r.entities(k, ("Agreement",)) if e.type == "Agreement"]
        if not subjects and any(r.toks[k].pos == "NOUN" and r.toks[k].lemma not in _NOUNS for k in said_of):
            continue  # "that prohibition remains in force": something else's force
        if (subjects or spoken_of(ctx, t.sent)[:1]) and agreement in (subjects or spoken_of(ctx, t.sent)[:1]):
            said.add(told)
    if "in force" in said:
        return "in force"
    return "pending" if said else None


def _subjects(ctx: Context, anchor: int) -> list[int]:
    """Who the statement of force at ``anchor`` (its verb, or the noun it describes) is of: the
    verb's subject, the noun a relative pronoun stands for, the noun itself, "its" of "its entry"."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    if toks[anchor].pos in {"NOUN", "PROPN"}:
        return tree.kids(anchor, "poss") if toks[anchor].lemma == "entry" else [anchor]
    out = []
    for k in tree.kids(anchor, "nsubj", "nsubjpass"):
        if toks[k].lower in {"which", "that"} and toks[anchor].dep == "relcl" and (h := tree.head(anchor)) is not None:
            k = h  # "the old accord, which came into force": the accord
        out.append(k)
    return out


def _force_told(ctx: Context, i: int) -> tuple[str, int] | None:
    """What the word at i ("force", "effect", "effective") tells of an agreement's force: "in
    force" or "pending", with the token the statement hangs on; None where it is no statement of
    force ("the use of force", "effective control")."""
    from kg.extract.clause_modality import parse_modality

    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    t = toks[i]
    if _asked(toks, i):
        return None  # "Is it already in force?" asks, it does not tell
    if t.lower == "effective":
        if t.dep != "acomp" or (verb := tree.head(i)) is None or toks[verb].lemma not in {"become", "be"}:
            return None  # "became effective in June"; not "effective cooperation"
    elif t.pos != "NOUN" or (h := tree.head(i)) is None:
        return None
    elif toks[h].lower in {"into", "in"}:
        verb = tree.head(h)
        if verb is None:
            return None
        if toks[h].lower == "in" and any(toks[c].lower in _AHEAD for c in tree.kids(h, "advmod")):
            return "pending", verb  # "once in force, it will let ..."
        if toks[verb].lemma == "entry" and (p := tree.head(verb)) is not None and toks[p].lower == "since":
            return "in force", verb  # "since its entry into force in 2012"
        if toks[h].lower == "in" and (toks[verb].pos in {"NOUN", "PROPN"}
                                      or any(toks[c].lower == "since" for c in tree.kids(i, "prep"))):
            return "in force", verb  # "the accord, in force since 2012, ...": a state since a past time
    elif t.lower == "effect" and t.dep == "dobj" and toks[h].lemma == "take":
        verb = h  # "took effect"
    else:
        return None
    v = toks[verb]
    if v.lemma not in _ENTERING | {"take", "be", "remain", "become"} or v.pos not in {"VERB", "AUX"}:
        return None
    if parse_modality(tree, verb) is not None or any(toks[c].lower in _AHEAD for c in tree.kids(verb, "mark", "advmod")):
        return "pending", verb
    if v.tag in {"VBZ", "VBP"} and any(toks[k].lower in _AHEAD for c in tree.kids(verb, "advcl") for k in tree.kids(c, "mark", "advmod")):
        return "pending", verb  # "it enters into force thirty days after the parties have notified ...": a rule ahead
    return ("in force", verb) if v.tag in {"VBD", "VBN", "VBZ", "VBP"} else None


#: Nouns by which a sentence speaks of an agreement told before ("the accord, in force since 2014").
_NOUNS = frozenset({"agreement", "treaty", "pact", "accord", "deal", "protocol", "arrangement", "memorandum"})


def _asked(toks, i: int) -> bool:
    """Does the sentence of token i end in a question mark?"""
    k = i
    while k + 1 < len(toks) and toks[k + 1].sent == toks[i].sent:
        k += 1
    return toks[k].text == "?"


def spoken_of(ctx: Context, s: int) -> list[Entity]:
    """The agreements a sentence speaks of: by name or noun, else by a pronoun or a definite
    noun the resolver takes for one ("once it is in force", "under it", "the accord, in force
    since 2014,")."""
    found = ctx.agreements(s)
    if found:
        return found
    r = ctx.resolver
    out: list[Entity] = []
    for t in ctx.tokens(s):
        if t.pos == "PRON" and t.lower in {"it", "its"} or t.pos == "NOUN" and t.lemma in _NOUNS:
            out += [e for e in r.entities(t.i, ("Agreement",)) if e.type == "Agreement" and e not in out]
    return out


def modality(ctx: Context, m: Match, clause: str, agreement: Entity | None) -> str:
    """The access's modality: the clause's, adjusted by what the agreement's state says."""
    if clause == "negated" or _entitlement_lost(ctx, m):
        return "negated"
    state = status(ctx, agreement)
    if agreement is not None and described_in(ctx, m.trigger.i, agreement):
        # "signed an agreement on a Y military base on the territory of X": the base is what the
        # agreement provides for, so ahead until the article says the agreement is in force
        return "asserted" if state == "in force" else "planned"
    if state == "pending" or state is None and agreement is not None and drafted(ctx, m.sentence, agreement):
        return "planned"  # "the pact gives X access ... It still has to be ratified"; "under the draft, X may"
    if clause == "planned" and state == "in force" and (_may(ctx, m) or _allowed(ctx, m)):
        # "X may use Y's bases", "will allow X to use": what the agreement allows once in force,
        # so what X may do now only where the article says it is in force (FORMAT.md)
        return "asserted"
    return clause


#: Words by which a sentence calls an agreement one still to be made: "under the draft", "the proposed pact".
_DRAFT = frozenset({"draft", "proposal", "proposed", "planned", "envisaged", "prospective", "mooted"})


def drafted(ctx: Context, s: int, agreement: Entity) -> bool:
    """Does sentence s call the agreement a draft or a proposal ("Under the draft, X may use ...",
    "the proposed accord lets X ...")? What it allows is then ahead, whatever else the article says of its making."""
    r = ctx.resolver
    for t in ctx.tokens(s):
        if t.lower not in _DRAFT:
            continue
        if t.pos == "NOUN" and any(r.toks[d].lower in {"the", "this", "that"} for d in r.tree.kids(t.i, "det")) \
                and not r.tree.kids(t.i, "prep"):
            return True  # "under the draft": the one in view, the access's own
        said_of = [t.head] if t.dep in {"amod", "compound"} else [
            o for p in r.tree.kids(t.i, "prep") if r.toks[p].lower == "of" for o in r.tree.kids(p, "pobj")]
        if any(agreement in r.entities(k, ("Agreement",)) for k in said_of):
            return True  # "the proposed accord", "the draft of the accord"
    return False


#: Verbs that take an entitlement away: "X lost the right to use the port".
_TAKING = frozenset({"lose", "deny", "revoke", "withdraw", "strip", "refuse", "cancel", "end", "suspend"})


def _entitlement_lost(ctx: Context, m: Match) -> bool:
    """Is the use an entitlement that is taken away ("loses the right to use", "was denied
    permission to use")?"""
    r = ctx.resolver
    t = m.trigger
    if t.dep != "acl" or t.head == t.i or r.toks[t.head].lemma not in ENTITLEMENTS:
        return False
    v = r.tree.head(t.head)
    return v is not None and r.toks[v].lemma in _TAKING


def _may(ctx: Context, m: Match) -> bool:
    """The trigger's only modals are of permission ("may", "can")."""
    r = ctx.resolver
    i = m.trigger.i
    while r.toks[i].dep == "conj" and not r.tree.kids(i, "aux", "auxpass") and r.tree.head(i) is not None:
        i = r.tree.head(i)  # type: ignore[assignment]  # "may be refuelled and repaired": the modal is shared
    modals = [r.toks[c].lower for c in r.tree.kids(i, "aux") if r.toks[c].lower != "to"]
    return bool(modals) and all(w in {"may", "can"} for w in modals)


def _allowed(ctx: Context, m: Match) -> bool:
    """A verb of allowing governs the use ("will allow X to use", "will let X use"), or one of
    giving the access ("X will be afforded access to", "will give X access to")."""
    from kg.extract.facts.access_giving import GIVING

    t, toks = m.trigger, ctx.resolver.toks
    if m.args.nominal:
        g = m.args.governor
        return g is not None and toks[g].lemma in GIVING - {"deny"} and t.dep in {"dobj", "nsubjpass"}
    return t.dep in {"xcomp", "ccomp"} and t.head != t.i and toks[t.head].lemma in ALLOWING


def fits(ctx: Context, agreement: Entity, user: Entity, host: Entity) -> bool:
    """May an agreement in view be the one an access is under: its parties, where the article
    names both sides, include the host (whose facilities no agreement of others opens)."""
    parties = [f.fields["party"] for f in ctx.doc.annotations.get("facts", [])
               if f.cq == "parties" and f.fields.get("agreement") == agreement.key]
    return len(set(parties)) < 2 or host.key in parties


def only_in_names(ctx: Context, s: int) -> list[str] | None:
    """Where sentence s speaks of an agreement only by a noun inside another's name ("a member of the
    X Treaty Organization"), naming none: those names (None where it speaks of one otherwise)."""
    if ctx.found(s, "Agreement"):
        return None
    sent = ctx.doc.sentences[s]
    nouns = list(AGREEMENT_NOUN.finditer(sent.text))
    names = [f for f in ctx.found(s) if f.entity.type != "Agreement"]
    inside = [[f for f in names if f.start <= sent.start + n.start() < f.end] for n in nouns]
    if not nouns or not all(inside):
        return None
    return [f.mention.text for fs in inside for f in fs]


def terms_of(ctx: Context, m: Match, clause: str, agreement: Entity | None, user: Entity, host: Entity,
             ) -> tuple[str, Entity | None]:
    """The access's modality and agreement: the one its clause or sentences speak of, else the one
    between its states (``between``). A use told as done under an agreement found only so is
    practice, not a term: what it is for is no activity the agreement covers ("Y's warships call at
    X's port" years after a pact), so it is kept apart in ``PRACTICE`` for the permits reader."""
    if agreement is not None:
        return modality(ctx, m, clause, agreement), agreement
    under = None if m.frame.name in PRESENCE else between(ctx, user, host, m.sentence)
    mod = modality(ctx, m, clause, under)  # what it allows is ahead while it awaits ratification (FORMAT.md)
    if under is not None and mod == "asserted":
        ctx.doc.annotations.setdefault(PRACTICE, set()).add((m.sentence, user.key, under.key))
    return mod, under


#: The annotation holding (sentence, user, agreement) of uses told as practice.
PRACTICE = "access_practice"


def practised(ctx: Context, f: Fact) -> bool:
    """Is the access fact a use told as practice under an agreement only found between its states?"""
    told = (ctx.doc.sentence_index(f.evidence.start), f.fields.get("user"), f.fields.get("agreement"))
    return told in ctx.doc.annotations.get(PRACTICE, ())


#: Frames telling forces placed or held somewhere, not a use an agreement grants.
PRESENCE = frozenset({"station-forces", "host-forces", "facility-abroad", "expel-forces"})


def between(ctx: Context, user: Entity, host: Entity, s: int) -> Entity | None:
    """The agreement the article names between an access's two states, where no agreement is in
    view of its sentence: news about a pact tells what it lets one side's forces do some way on,
    without naming it again ("Chile and Peru signed a pact ... Chilean ships will refuel in Peruvian
    ports"). Only one whose parties, as the article names them, are both states, told in the
    sentence or before it (the nearest); never for forces told as stationed or hosted there, a state of
    affairs the agreement need not be the ground of ("4,000 Y troops are based in X")."""
    fitting = {f.fields["agreement"] for f in ctx.doc.annotations.get("facts", [])
               if f.cq == "parties" and f.fields.get("party") == user.key}
    fitting &= {f.fields["agreement"] for f in ctx.doc.annotations.get("facts", [])
                if f.cq == "parties" and f.fields.get("party") == host.key}
    if not fitting:
        return None
    for i in range(s, -1, -1):
        told = [f for f in ctx.found(i, "Agreement") if f.entity.key in fitting]
        if told:
            return max(told, key=lambda f: f.start).entity
    return None


#: Links by which a facility phrase is part of an agreement's description ("agreement on a Y base",
#: "the status of a Y base", "protocol extending the presence of Y's base").
_DESCRIBING = frozenset({"prep", "pobj", "dobj", "acl", "compound"})
_USING = frozenset({"access", "use", "right"})


def described_in(ctx: Context, i: int, agreement: Entity) -> bool:
    """Is the facility noun at i part of the description of the agreement ("the agreement on a
    united Y base in X", "a protocol extending the presence of Y's base"), not a clause of its own?"""
    r = ctx.resolver
    k = i
    for _ in range(6):
        t = r.toks[k]
        if t.dep not in _DESCRIBING or (h := r.tree.head(k)) is None or h == k:
            return False
        k = h
        if r.toks[k].lemma in _USING or any(
                r.toks[j].lemma in _USING for c in r.tree.kids(k, "dobj") for j in r.tree.conjuncts(c)):
            return False  # "an agreement giving Y access to X's bases": an access of its own, read as such
        if r.toks[k].pos in {"NOUN", "PROPN"} and agreement in r.entities(k, ("Agreement",)):
            return True
    return False
