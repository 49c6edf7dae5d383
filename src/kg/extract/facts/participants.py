"""Who takes part in a summit beyond the states its sentences name: those a participation frame
has at it, the states a person represents, an organisation's listed members where the summit's
sentences say its members take part; and who does not
(a state kept away, or bidden to do something other than attend)."""
from __future__ import annotations

import re

from kg.extract.clause_modality import NEG_VERBS, parse_modality
from kg.extract.context import Context, Found
from kg.extract.facts.spoken_of import of_something_else
from kg.extract.facts.summit_absentees import away_with_its_leader
from kg.extract.syntax import OBJECT_CONTROL, Tree
from kg.model import Entity

#: Words in a summit's name after which what it names is what the summit is about, not who meets.
_TOPIC_IN_NAME = re.compile(r"\b(?:on|for|against|about)\b", re.IGNORECASE)


def head_at(ctx: Context, f: Found) -> int | None:
    """The word by which a name hangs on the rest of its sentence: "Saudi Arabia" by "Arabia" (the
    parser makes "Saudi" its compound), so that what is said of the name is read at that word."""
    r = ctx.resolver
    own = [i for i, g in r.at_token.items() if g is f]
    return next((i for i in own if r.toks[i].head == i or r.at_token.get(r.toks[i].head) is not f), own[0] if own else None)


def topic_in_name(summit: Entity, state: Entity) -> bool:
    """"the Summit on Peace in Ukraine", "the Conference for Security in Europe": a state its name
    names after a word of topic is what the summit is about, not one taking part."""
    m = _TOPIC_IN_NAME.search(summit.label)
    return m is not None and any(n and n in summit.label[m.end():] for n in [state.label, *state.aliases])


def without_names(summit: Entity, orgs: list[Entity]) -> Entity:
    """The summit as its name reads without the names of the bodies it is of: "the summit of the
    Union of South American Nations" names no American state."""
    label = summit.label
    for o in orgs:
        for n in sorted([o.label, *o.aliases], key=len, reverse=True):
            label = label.replace(n, " ") if len(n) > 1 else label
    return summit if label == summit.label else Entity(summit.key, summit.type, label, attributes=summit.attributes)


def kept_away(ctx: Context, s: int, f: Found) -> bool:
    """"X stayed away", "X's participation was suspended", "X has not been invited": no
    participant — the verb the state hangs on is negated or denies, or a negative attend frame
    (skip, boycott, stay away) has it as participant."""
    r = ctx.resolver
    for m in ctx.doc.annotations.get("frames", []):
        if m.negative and m.sentence == s and f.entity in m.roles.get("participant", []) and (
                m.roles.get("event") or m.args.nominal or not of_something_else(ctx, m.trigger.i)):
            return True
    k = head_at(ctx, f)
    if k is None:
        return False
    if away_with_its_leader(ctx, s, f, k):  # "Chile's president decided to skip the summit"
        return True
    away = NEG_VERBS | _staying_away()
    # "Boycotting the summit, X sent no one", "X, snubbing the summit, stayed home": a participle
    # with no subject of its own says what the state did
    said = [c for c in r.tree.kids(k, "acl", "advcl")] + [
        c for c in r.tree.kids(r.toks[k].head, "advcl") if r.toks[k].dep == "nsubj"]
    if any(r.toks[c].lemma in away and not r.tree.kids(c, "nsubj", "nsubjpass") for c in said):
        return True
    for g in r.tree.ancestors(k, 4):
        t = r.toks[g]
        if t.pos in {"VERB", "AUX", "ADJ"}:
            if _calls_off_a_summit(ctx, g):
                return False  # "A and B postponed their summit": theirs, negated as a whole
            return bool(_verb_words(r.tree, g) & away) and not of_something_else(ctx, g) \
                or parse_modality(r.tree, g) == "negated" \
                or _nobody(ctx, g) or _neither(r.tree, g)
    return False


def _neither(tree: Tree, v: int | None) -> bool:
    """Does a "neither" deny the verb at ``v``: on it ("X neither attended nor ...") or on its
    subject ("neither X nor Y attended", "neither X nor Y was represented")?"""
    if v is None:
        return False
    if tree.toks[v].dep == "conj" and "neither" in {tree.toks[c].lower for c in tree.children[tree.toks[v].head]}:
        return True  # "... nor sent a delegation": the verb after "nor"
    return any(tree.toks[c].lower == "neither" for c in tree.children[v]) or any(
        tree.toks[c].lower == "neither" for s in tree.kids(v, "nsubj", "nsubjpass") for c in tree.children[s])


def _calls_off_a_summit(ctx: Context, g: int) -> bool:
    """Is the verb at ``g`` one of calling off (``calling_off`` in the lexicon: "postpone", "call
    off") whose object is a summit?"""
    r = ctx.resolver
    words = {r.toks[g].lemma, *(r.toks[g].lemma + " " + r.toks[p].lower for p in r.tree.kids(g, "prt"))}
    return bool(words & ctx.lexicon.calling_off) and any(
        (f := r.at_token.get(o)) is not None and f.entity.type == "Summit" or r.toks[o].lemma == "summit"
        for o in r.tree.kids(g, "dobj"))


def _nobody(ctx: Context, v: int) -> bool:
    """"X sent no one", "Y sent no delegation": a verb whose object is no one."""
    r = ctx.resolver
    for o in r.tree.kids(v, "dobj"):
        if r.toks[o].lower in {"nobody", "none"} or any(r.toks[c].lower == "no" for c in r.tree.kids(o, "det")):
            return True
    return False


def _staying_away() -> frozenset[str]:
    """The verbs of not taking part (frames.yaml's participation ``negative``: "skip", "boycott",
    "stay away"): "X to boycott the summit", where the parse leaves X no subject of them."""
    from kg.extract.frames import load_frames

    return frozenset(w for f in load_frames().frames if f.fact == "participation" for w in f.negative
                     if w.count(" ") <= 1)


def _verb_words(tree: Tree, g: int) -> set[str]:
    """A verb's lemma, and with each particle or adverb it takes ("stay away", "sit out")."""
    lemma = tree.toks[g].lemma
    return {lemma, *(lemma + " " + tree.toks[c].lower for c in tree.kids(g, "prt", "advmod"))}


def told_apart(ctx: Context, f: Found, heads: list[int]) -> bool:
    """"a region where X vies with Y", "a pact that Y signed last year": a state named in a
    relative clause on some other noun (or in a clause of its own time or reason: "since X
    returned") is said of that noun, not of the summit the sentence names
    (a clause on the summit itself, "the summit, which X hosts", or on its venue, "in Lima, where
    X and Y signed", is about it)."""
    from kg.extract.facts.spoken_of import (
        listed_as_members,
        named_as_members,
        singled_out,
    )

    r = ctx.resolver
    k = head_at(ctx, f)
    if k is None or not heads:
        return False
    if named_as_members(ctx, f, heads):
        return True  # "whose members include A and B", "made up of A and B": who belongs
    if listed_as_members(ctx, f) and all(singled_out(r.tree, h) for h in heads):
        return True  # "nine members: A, ... and B, the latest, which was admitted at the previous summit": who belongs
    path = [k, *r.tree.ancestors(k)]
    for h in heads:
        above = {h, *r.tree.ancestors(h)}
        meet = next((i for i in path if i in above), None)
        if meet is None:
            return False
        crossed = path[:path.index(meet)]
        chain = [h, *r.tree.ancestors(h)]
        if not any(r.toks[i].dep == "relcl" and r.toks[i].head not in heads and not _a_venue(ctx, r.toks[i].head)
                   and r.toks[r.toks[i].head].ent_type not in {"DATE", "TIME"} and r.toks[i].lemma not in _attending()
                   or _said_apart(ctx, i) or r.toks[i].lower in _EDGES for i in crossed) and not _in_a_clause_on_another(ctx, k, path, chain[:chain.index(meet)]):
            return False
    return True


def _in_a_clause_on_another(ctx: Context, k: int, path: list[int], crossed: list[int]) -> bool:
    """"A, which hosted the last summit, was not invited, and B will send its minister": a summit
    named in a relative clause on another noun is what that clause says of that noun; B, outside the
    clause, is not said to take part in it (A, the noun the clause is on, is; so is a venue's clause)."""
    r = ctx.resolver
    return any(r.toks[i].dep == "relcl" and r.toks[i].head not in path and k not in r.tree.conjuncts(r.toks[i].head) and r.toks[i].head not in r.tree.conjuncts(k)
               and not _a_venue(ctx, r.toks[i].head) for i in crossed)


#: The edge of another gathering a state is named in: "held a summit on the sidelines of the X meeting".
_EDGES = frozenset({"sidelines", "margins", "fringes"})
#: Prepositions that make the summit a time for what the sentence tells: "hours before the summit".
_WHEN = frozenset({"before", "after", "ahead", "since", "until", "following", "prior"})


def only_a_time(ctx: Context, heads: list[int]) -> bool:
    """"Hours before the meeting, X's military said ...": a sentence naming the summit only as
    the time of something else says nothing of who takes part in it."""
    r = ctx.resolver

    def when(k: int) -> bool:
        p = r.tree.head(k)
        if r.toks[k].dep != "pobj" or p is None:
            return False
        if r.toks[p].lower in {"of", "to"}:  # "ahead of the summit", "prior to the summit"
            p = r.tree.head(p)
        return p is not None and r.toks[p].lower in _WHEN

    return bool(heads) and all(when(k) for k in heads)


#: Conjunctions opening a clause that tells a time or reason of its own: "since X returned", "because Y".
_APART = frozenset({"since", "because", "although", "though", "until", "unless", "whereas", "after", "before"})


def _said_apart(ctx: Context, i: int) -> bool:
    """"The meeting is the first since X returned to power": a clause with a time or reason of
    its own, its verb other than one of attending."""
    r = ctx.resolver
    return r.toks[i].dep == "advcl" and r.toks[i].lemma not in _attending() and any(
        r.toks[m].lower in _APART for m in r.tree.kids(i, "mark"))


def _attending() -> frozenset[str]:
    """The verbs of taking part: "the summit on Monday, which X and Y attend" is said of the summit."""
    from kg.extract.frames import load_frames

    return frozenset(w for f in load_frames().frames if f.fact == "participation" for w in f.verbs if " " not in w)


def _a_venue(ctx: Context, k: int) -> bool:
    found = ctx.resolver.at_token.get(k)
    return found is not None and found.entity.type in {"Place", "Facility", "MilitaryBase"}


def said_to_attend(ctx: Context, summit: Entity) -> list[Entity]:
    """Whom a participation frame has at this summit ("the two leaders will meet at the
    summit", "X led the delegation to it"): states and organisations, and those a person serves."""
    from kg.extract.facts.attendance import event_of
    from kg.extract.facts.spoken_of import listed_as_members, singled_out

    r = ctx.resolver
    out: list[Entity] = []
    for m in ctx.doc.annotations.get("frames", []):
        if m.frame.fact != "participation" or m.negative or summit not in event_of(ctx, m):
            continue
        if not m.args.nominal and parse_modality(r.tree, m.trigger.i) == "negated":
            continue  # "X will not attend"
        if _neither(r.tree, m.args.governor if m.args.nominal else m.trigger.i):
            continue  # "neither X nor Y attended", "X neither attended nor sent a delegation"
        if _in_general(ctx, m):
            continue  # "she usually sends deputies to such forums": no one summit
        if m.frame.name == "arrive-for" and not _people_arrive(ctx, m):
            continue  # "the warships arrived": no one comes to take part
        if m.args.nominal and any(r.toks[c].lower == "no" for c in r.tree.kids(m.trigger.i, "det")):
            continue  # "X sent no delegation"
        g = m.args.governor
        if m.args.nominal and g is not None and (r.toks[g].lemma in NEG_VERBS or parse_modality(r.tree, g) == "negated"):
            continue  # "suspended X's participation", "X's attendance was not confirmed"
        members = [x for x in ctx.found(m.trigger.sent) if listed_as_members(ctx, x)] if singled_out(r.tree, m.trigger.i) else []
        listed = {x.entity.key for x in members if x.start < max(y.start for y in members)}  # (the one singled out stays)
        for e in m.roles.get("participant", []):
            if e.key in listed:
                continue  # "nine members: A, ... and B, the latest, which was admitted at the previous summit": B
            out += [e] if e.type in {"State", "InternationalOrganization"} else represented(ctx, e.key)
    return out


#: Gathering nouns whose bare plural speaks of such gatherings in general: "to regional meetings".
_ONE_OF_MANY = frozenset({"meeting", "summit", "gathering", "conference", "session", "forum", "event"})


def _in_general(ctx: Context, m) -> bool:
    """"sends envoys to such gatherings", "tends to send deputies to bloc meetings": where
    every gathering a match goes to is a bare plural (no article, owner or number), it tells a habit
    or a rule, not who takes part in one summit."""
    r = ctx.resolver
    told = [*m.args.object, *m.args.prep("to", "at", "for")]
    return bool(told) and all(
        r.toks[k].tag == "NNS" and r.toks[k].lemma in _ONE_OF_MANY and k not in r.at_token
        and not r.tree.kids(k, "det", "poss", "nummod") for k in told)


def _people_arrive(ctx: Context, m) -> bool:
    """Do people arrive ("the prime ministers of A and B", "the Kenyan delegation", "X and the
    leaders of Y") rather than ships, troops or goods?"""
    from kg.extract.frames import load_frames

    r = ctx.resolver
    people = set(load_frames().descriptions.get("Person", ())) | _DELEGATES
    for k in [*m.args.subject, *m.args.copula, *m.args.possessor]:
        for j in r.tree.conjuncts(k):
            f = r.at_token.get(j)
            if f is not None and f.entity.type == "Person" or r.toks[j].lemma in people:
                return True
    return False


#: Who comes to a summit for a state, besides its leaders: "the Kenyan delegation arrived".
_DELEGATES = frozenset({"delegation", "head", "minister", "envoy", "representative", "team", "king", "emir",
                        "prince", "sultan", "chancellor", "premier"})


def named_in_description(ctx: Context, heads: list[int]) -> list[Entity]:
    """"a meeting of the two leaders", "a summit between A and B", "a summit with leaders of the
    forum", "the two leaders' summit": who meets, as the summit's own noun phrase says, and the
    states its people serve."""
    r = ctx.resolver
    out: list[Entity] = []
    for k in heads:
        # "the two leaders' summit", "their summit": whose summit it is meets at it
        for o in r.tree.kids(k, "poss"):
            for e in r.entities(o, ("State", "InternationalOrganization", "Person")):
                out += [e] if e.type != "Person" else represented(ctx, e.key)
        for p in r.tree.kids(k, "prep"):
            if r.toks[p].lower not in {"of", "between", "with", "among"}:
                continue
            for o in r.tree.kids(p, "pobj"):
                for e in r.entities(o, ("State", "InternationalOrganization", "Person")):
                    out += [e] if e.type != "Person" else represented(ctx, e.key)
    return out


#: What one bidden to do it would be doing at the summit: "invited X to attend".
_ATTENDING = frozenset({"attend", "participate", "take", "come", "represent"})


def bidden(ctx: Context, f: Found) -> bool:
    """"invited A and B to become members", "urged X to withdraw": a state that is the object of
    a verb of asking, allowing or inviting is the doer of what it is asked to do, not one taking
    part — unless what it is asked is to attend."""
    r = ctx.resolver
    k = head_at(ctx, f)
    while k is not None and r.toks[k].dep == "conj" and r.toks[k].head != k:
        k = r.toks[k].head  # "invite A, B and C": the first conjunct carries the relation
    if k is not None and r.toks[k].dep == "poss" and r.toks[r.toks[k].head].dep == "dobj":
        k = r.toks[k].head  # "urged Libya's rival governments to hold elections": its people are bidden
    if k is None or r.toks[k].dep != "dobj":
        return False
    v = r.toks[k].head
    if r.toks[v].lemma not in OBJECT_CONTROL | {"call", "press"}:
        return False
    # the infinitive may hang as xcomp or, as the parser often has it, as advcl ("to become")
    todo = [c for c in r.tree.kids(v, "xcomp", "ccomp", "advcl") if r.toks[c].pos in {"VERB", "AUX"}
            and any(r.toks[a].tag == "TO" for a in r.tree.kids(c, "aux"))]
    return bool(todo) and not any(r.toks[c].lemma in _ATTENDING for c in todo)


def members_said_to_attend(ctx: Context, sentences: list[int], orgs: list[Entity]) -> list[Entity]:
    """"the leaders of the bloc's ten member states adopted ...", "all members attended": where a
    summit's own sentences say its organisation's members take part, as a whole, they are the
    members the article lists (FORMAT.md: members take part only where the article says so)."""
    r = ctx.resolver
    from kg.extract.facts.spoken_of import members_listed
    from kg.extract.nlp import sentence_bounds

    for s in sentences:
        lo, hi = sentence_bounds(ctx.doc, s)
        for k in range(lo, hi):
            t = r.toks[k]
            if t.lemma != "member" or k in r.at_token:
                continue
            head = t.head if t.dep == "compound" and r.toks[t.head].lemma in _MEMBER_HEADS else k
            if r.toks[head].tag not in {"NNS", "NNPS"}:
                continue  # "made X the bloc's tenth member", "to become a member of Y": one state's standing
            owners = [e for c in r.tree.kids(head, "poss", "compound", "nmod") if c != k
                      for e in r.entities(c, ("InternationalOrganization",))]
            owners += [e for p in r.tree.kids(head, "prep") if r.toks[p].lower in {"of", "in"}
                       for o in r.tree.kids(p, "pobj") for e in r.entities(o, ("InternationalOrganization",))]
            if not any(o in orgs for o in owners) or _denied(ctx, head) or members_listed(ctx, head):
                continue  # (not "whose members include A and B": who belongs)
            return org_members(ctx, orgs)
    return []


#: Nouns "member" qualifies when it names the members: "member states", "member countries".
_MEMBER_HEADS = frozenset({"state", "country", "nation", "government", "economy"})


def _denied(ctx: Context, k: int) -> bool:
    """Is the clause this noun hangs in negated or a denial ("members stayed away")?"""
    r = ctx.resolver
    for g in r.tree.ancestors(k, 4):
        t = r.toks[g]
        if t.pos in {"VERB", "AUX"}:
            return t.lemma in NEG_VERBS or parse_modality(r.tree, g) == "negated" or any(
                m.negative and m.trigger.i == g for m in ctx.doc.annotations.get("frames", []))
    return False


def org_members(ctx: Context, orgs: list[Entity]) -> list[Entity]:
    """Members of those organisations, as the article lists them."""
    out = []
    for fact in ctx.doc.annotations.get("facts", []):
        if fact.cq == "member" and fact.modality == "asserted" and any(fact.fields.get("organization") == o.key for o in orgs):
            out.append(ctx.doc.entities[fact.fields["member"]])
    return out


def represented(ctx: Context, person_key: str) -> list[Entity]:
    """The states or organisations a person holds office for (from the office facts); with no office
    told, the state whose possessive the article puts on the person's name ("Chile's Ana Ruiz")."""
    held = [ctx.doc.entities[f.fields["of"]] for f in ctx.doc.annotations.get("facts", [])
            if f.cq == "office" and f.fields.get("person") == person_key
            and ctx.doc.entities[f.fields["of"]].type in {"State", "InternationalOrganization"}]
    return held or owning_state(ctx, person_key)


def owning_state(ctx: Context, person_key: str) -> list[Entity]:
    """"Chile's Ana Ruiz, Peru's Jorge Vega": news names a leader by the state whose leader they
    are as a possessive on the bare name; the state so owning any mention of the person."""
    r = ctx.resolver
    out: list[Entity] = []
    for i, f in r.at_token.items():
        if f.entity.key != person_key or f.mention.kind not in {"name", "alias"} or r.at_token.get(r.toks[i].head) is f:
            continue  # (the word by which the name hangs on its sentence carries the possessive)
        for c in r.tree.kids(i, "poss"):
            g = r.at_token.get(c)
            if g is not None and g.entity.type == "State" and g.entity not in out:
                out.append(g.entity)
    return out
