"""The agreement an access is under, and what its state says of the access's modality.

FORMAT.md: what an agreement will allow once in force is ``planned`` until the article says it
is in force. So the modality of "X may use Y's ports" is not only the clause's: an agreement whose
ratification the article says is still awaited, or refused ("still has to be approved by the
parliament", "has never been ratified"), makes what it allows planned; one the article says was
ratified makes "the pact will allow X to use" what X may now do. An agreement that is only in
view (named in the sentences before) is the access's only when its parties, where the article
names them, include the host ("Chile ended its accord with Peru. Ecuador hosts
Bolivian and Argentine bases": no access of Bolivia under the Chile-Peru accord).
"""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frame_arguments import ENTITLEMENTS
from kg.extract.frames import Match
from kg.model import Entity

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
    mods = {f.modality for f in ctx.doc.annotations.get("facts", [])
            if f.cq == "ratification" and f.fields.get("agreement") == agreement.key}
    if mods & {"planned", "negated"}:
        return "pending"
    return "in force" if "asserted" in mods else None


#: Verbs whose "into force" is an agreement's entry into force ("entered into force", "came into force").
_ENTERING = frozenset({"enter", "come", "go", "bring", "put"})


def entry_into_force(ctx: Context, agreement: Entity) -> str | None:
    """What the article says of the agreement's entry into force: "in force" where it entered
    into force or took effect ("entered into force in May", "which took effect last year"),
    "pending" where that is ahead ("will enter into force once ...", "once in force, it will
    let ...", "is expected to take effect"); None where it says nothing. The agreement is the
    one the sentence speaks of."""
    from kg.extract.clause_modality import parse_modality

    r = ctx.resolver
    toks, tree = r.toks, r.tree
    said: set[str] = set()
    for t in toks:
        if t.lower not in {"force", "effect"} or t.pos != "NOUN":
            continue
        h = tree.head(t.i)
        if h is None:
            continue
        if t.lower == "force" and toks[h].lower in {"into", "in"}:
            verb = tree.head(h)
        elif t.lower == "effect" and t.dep == "dobj" and toks[h].lemma == "take":
            verb = h
        else:
            continue
        if verb is None or spoken_of(ctx, t.sent)[:1] != [agreement]:
            continue
        v = toks[verb]
        if toks[h].lower == "in" and any(toks[c].lower in {"once", "when", "until"} for c in tree.kids(h, "advmod")):
            said.add("pending")  # "once in force, it will let ..."
        elif v.lemma in _ENTERING | {"take", "be", "remain"} and v.pos in {"VERB", "AUX"}:
            mod = parse_modality(tree, verb)
            ahead = mod is not None or any(toks[c].lower in {"once", "when", "until", "after", "before", "if"}
                                           for c in tree.kids(verb, "mark", "advmod"))
            if ahead:
                said.add("pending")
            elif v.tag in {"VBD", "VBN", "VBZ", "VBP"}:
                said.add("in force")
    if "in force" in said:
        return "in force"
    return "pending" if said else None


def spoken_of(ctx: Context, s: int) -> list[Entity]:
    """The agreements a sentence speaks of: by name or noun, else by a pronoun the resolver
    takes for one ("once it is in force", "under it")."""
    found = ctx.agreements(s)
    if found:
        return found
    r = ctx.resolver
    out: list[Entity] = []
    for t in r.toks:
        if t.sent == s and t.pos == "PRON" and t.lower in {"it", "its"}:
            out += [e for e in r.entities(t.i, ("Agreement",)) if e.type == "Agreement" and e not in out]
    return out


def modality(ctx: Context, m: Match, clause: str, agreement: Entity | None) -> str:
    """The access's modality: the clause's, adjusted by what the agreement's state says."""
    if clause == "negated" or _entitlement_lost(ctx, m):
        return "negated"
    state = status(ctx, agreement)
    if state == "pending":
        return "planned"  # "the pact gives X access ... It still has to be ratified"
    if clause == "planned" and (_may(ctx, m) or state == "in force" and _allowed(ctx, m)):
        # "X may use Y's bases": what the agreement allows now; "will allow X to use": ahead,
        # unless the article says the agreement was ratified
        return "asserted"
    return clause


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
    """A verb of allowing governs the use ("will allow X to use", "will let X use")."""
    t = m.trigger
    return t.dep in {"xcomp", "ccomp"} and t.head != t.i and ctx.resolver.toks[t.head].lemma in ALLOWING


def fits(ctx: Context, agreement: Entity, user: Entity, host: Entity) -> bool:
    """May an agreement in view be the one an access is under: its parties, where the article
    names both sides, include the host (whose facilities no agreement of others opens)."""
    parties = [f.fields["party"] for f in ctx.doc.annotations.get("facts", [])
               if f.cq == "parties" and f.fields.get("agreement") == agreement.key]
    return len(set(parties)) < 2 or host.key in parties
