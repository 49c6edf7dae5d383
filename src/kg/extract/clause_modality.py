"""The modality the dependency parse gives a predicate: what the words attached to it, and to the verbs governing
it, say of it — "did not sign" (negated), "was expected to sign" (planned), "refused to ratify", "the planned visit",
"cancelled his trip", "had been due to sign". The fallback, where the parse says nothing, is :mod:`kg.extract.modality`."""
from __future__ import annotations

from kg.extract.clause_tense import conditional, past, past_time_clause, present, until
from kg.extract.hung_clauses import asked_for
from kg.extract.syntax import NOMINAL, OBJECT_CONTROL, VERBAL, WILL_NOUNS, Tree
from kg.extract.unrealised import unrealised, unrealised_copula

__all__ = ["NEG_VERBS", "PLAN_AUX", "PLAN_VERBS", "parse_modality"]

#: Auxiliaries and verbs that put what they govern ahead of the time of writing.
PLAN_AUX = frozenset({"will", "would", "shall", "'ll", "wo", "may", "might", "could"})
PLAN_VERBS = frozenset({"expect", "schedule", "plan", "intend", "aim", "hope", "seek", "want", "prepare", "set",
                        "slate", "due", "poise", "likely", "propose", "mull", "consider", "pledge", "promise", "vow",
                        "agree", "invite", "await", "go", "urge", "demand", "press", "push", "bid", "attempt",
                        "offer"})
#: The will nouns (syntax.WILL_NOUNS) that put their act ahead: "X's bid to join", "a plan to visit".
PLAN_NOUNS = frozenset({"plan", "bid", "attempt", "application", "intention", "proposal", "readiness", "willingness",
                        "offer", "promise", "pledge", "invitation", "invite", "request", "demand", "appeal"})
#: Plans that, told in the past perfect, did not come about ("had been due to sign").
_PAST_PLANS = frozenset({"expect", "schedule", "plan", "intend", "mean", "due", "set", "slate", "hope", "aim", "want",
                         "poise", "likely"})
#: Verbs and adjectives that deny what they govern.
NEG_VERBS = frozenset({"refuse", "decline", "fail", "cancel", "scrap", "abandon", "call", "shelve", "reject", "block",
                       "veto", "suspend", "unable", "unlikely", "postpone", "delay", "halt", "freeze", "skip", "avoid",
                       "deny", "rule", "refusal", "failure", "rejection", "postponement", "cancellation", "cancelation",
                       "put", "axe", "ax", "ditch", "scrub", "turn"})
_PARTICLE_NEEDED = {"call": "off", "rule": "out", "put": "off", "turn": "down"}  # verbs that negate only with their particle: "call off"
#: Intransitive verbs by which what is planned does not happen, with the particle they need: "fell through".
_FAILING: dict[str, str | None] = {"fall": "through", "collapse": None, "founder": None}
PLAN_ADJ = frozenset({"upcoming", "forthcoming", "planned", "proposed", "prospective", "scheduled", "expected",
                      "impending", "future", "next", "pending", "mooted", "slated", "would-be", "possible", "potential"})
NEG_ADJ = frozenset({"cancelled", "canceled", "scrapped", "aborted", "abandoned", "failed", "shelved", "postponed"})


def _inflected(lemmas: frozenset[str]) -> dict[str, str]:
    """Each verb's regular inflections, back to it: the tagger's lemma may miss one ("hopes" read as
    "hop")."""
    out: dict[str, str] = {}
    for w in lemmas:
        stem = w.removesuffix("e")
        for form in (w + "s", w + "es", w + "d", stem + "ed", stem + "ing", w + w[-1] + "ed", w + w[-1] + "ing"):
            out.setdefault(form, w)
    return out


_FORMS = _inflected(PLAN_VERBS | NEG_VERBS | frozenset({"suppose"}))
#: Nouns of what is told of an event: "no" on them says it is not yet told, not that it will not be
#: ("no announcement on the visit", "no date for the signing", "no confirmation of the trip").
_UNTOLD = frozenset({"announcement", "confirmation", "word", "date", "details", "detail", "indication", "timetable",
                     "timing", "comment", "statement", "decision", "schedule"})
#: Nouns a verb of readying opens for what follows: "cleared the way for X to visit", "paves the path to".
_WAY_NOUNS = frozenset({"way", "path", "door", "ground", "groundwork", "stage"})
_READYING = frozenset({"pave", "clear", "open", "prepare", "smooth", "lay", "set"})


def _lemma(t) -> str:
    """The token's lemma, or the plan or denial verb its form is an inflection of."""
    return t.lemma if t.lemma in PLAN_VERBS or t.lemma in NEG_VERBS else _FORMS.get(t.lower, t.lemma)


def _nothing_lets(tree: Tree, k: int, i: int) -> bool:
    """Does the verb of permitting at k, whose subject denies all ("nothing", "none", "no clause",
    "there is nothing that ..."), govern i through its object clause ("allows X to use")? (Not a
    clause of time: "nothing changed when X visited" tells of a visit.)"""
    toks = tree.toks
    if toks[k].lemma not in _LETTING:
        return False  # ("no one doubts that X will sign": a belief, not a permission withheld)

    def denies_all(c: int) -> bool:
        return toks[c].lower in _NONE or any(toks[d].lower == "no" for d in tree.kids(c, "det"))

    if not (any(denies_all(c) for c in tree.kids(k, "nsubj", "nsubjpass")) or toks[k].dep == "relcl" and denies_all(toks[k].head)):
        return False
    j: int | None = i
    while j is not None and tree.head(j) not in (k, None):
        j = tree.head(j)
    return j is not None and tree.head(j) == k and toks[j].dep in {"xcomp", "ccomp", "dobj"}


_NONE = frozenset({"nothing", "none"})
_LETTING = frozenset({"allow", "let", "permit", "enable", "authorise", "authorize", "entitle", "provide", "give", "grant"})


def parse_modality(tree: Tree, i: int) -> str | None:
    """"negated", "planned" or "asserted" from the words the parse attaches to a predicate and
    to the verbs governing it ("did not sign", "is expected to sign", "refused to ratify",
    "the planned visit", "cancelled his trip"); None when nothing is attached either way.
    Read once per word and document (readers ask again of the same clause): the tree's memo."""
    memo = tree.memo.get("modality")
    if memo is None:
        memo = tree.memo["modality"] = {}
    if i in memo:
        return memo[i]
    found = memo[i] = _read_modality(tree, i)
    return found


def _read_modality(tree: Tree, i: int) -> str | None:
    toks = tree.toks
    k: int | None = i
    found: set[str] = set()
    steps, sibling = 0, False  # sibling: reached from a coordinated verb, whose own verb is no governor
    done = False
    while k is not None and steps < 5:
        t = toks[k]
        lemma = _lemma(t)
        for c in tree.children[k]:
            u = toks[c]
            if u.dep == "neg" and until(tree, k):
                # "will not ratify it until Y does": put off, so ahead; "did not sign it until May": done then
                if not past(tree, k):
                    found.add("planned")
            elif k != i and u.lower == "no" and u.dep == "det" and t.lemma in _UNTOLD:
                found.add("planned")  # "no announcement yet on X's visit": the visit is awaited, not denied
            elif u.dep == "neg" or u.lower in {"never", "no"} and u.dep in {"advmod", "det"}:
                found.add("negated")
            elif u.lower in {"longer", "more"} and u.dep == "advmod" and any(toks[n].lower == "no" for n in tree.children[c]):
                found.add("negated")  # "no longer operate": what holds no more
            elif u.dep in {"aux", "auxpass"} and u.lower in PLAN_AUX or u.dep in {"amod", "compound"} and u.lower in PLAN_ADJ and t.pos in NOMINAL:
                found.add("planned")
            elif u.dep in {"amod"} and u.lower in NEG_ADJ and t.pos in NOMINAL:
                found.add("negated")
            elif u.dep == "acomp" and u.lemma in PLAN_VERBS and (k != i or t.lemma == "be"):
                found.add("planned")  # "is due to visit", "is set to sign"
            elif u.dep == "aux" and u.lower == "to" and t.dep == "xcomp" and toks[t.head].lemma == "be" \
                    and toks[t.head].tag in {"VBZ", "VBP"}:
                found.add("planned")  # "are to hold a summit", "is to sign": arranged, ahead
        if k != i and t.pos in VERBAL and _nothing_lets(tree, k, i):
            found.add("negated")  # "nothing in the text allows X to put a base there": what it governs is denied
        if unrealised(tree, k) or k == i and unrealised_copula(tree, k):
            found.add("negated")  # "would have let X use", "was to have visited": what did not happen
        if k != i and any(toks[c].lower == "had" for c in tree.kids(k, "aux")) and (lemma in _PAST_PLANS or any(
                toks[c].dep == "acomp" and toks[c].lemma in _PAST_PLANS for c in tree.children[k])):
            found.add("negated")  # "had planned to visit", "had been due to sign": a plan overtaken
        if lemma == "suppose" and t.tag == "VBN":  # "was supposed to visit" did not; "is supposed to" is ahead
            found.add("negated" if any(toks[c].lower in {"was", "were", "had"} for c in tree.kids(k, "aux", "auxpass"))
                      else "planned")
        if t.pos in VERBAL:
            cond = conditional(tree, k)
            if cond:
                found.add("planned")  # "if Chile signs the pact", "once it is ratified": a condition, not yet met
            elif cond is not None:
                done = True  # "once they signed it in 2019": a time told past, not a condition
        if lemma in _SHELVING and (any(toks[c].lemma in PLAN_NOUNS for c in tree.kids(k, "dobj", "nsubjpass"))
                                   or _on_hold(tree, k)) and k != i:
            found.add("negated")  # "dropped plans to visit", "put the signing on hold"
        inverted = _inverted(tree, k) if t.dep == "advcl" else None
        if inverted is not None:  # "Had Chile signed it, ...": it did not; "Should Peru ratify it, ...": ahead
            found.add("negated" if inverted == "had" else "planned")
        if _prospective(tree, k):
            found.add("planned")  # "a meeting to be held in X", "the summit is to be hosted by Y": ahead
        if k == i and lemma == "expect" and t.tag == "VBN" and (tree.kids(k, "auxpass") or t.dep == "acl") \
                and not tree.kids(k, "xcomp", "ccomp"):
            found.add("planned")  # "X is expected in Y on Friday", "the leaders expected at the summit": ahead
        if k != i and lemma in _READYING and any(toks[c].lemma in _WAY_NOUNS for c in tree.kids(k, "dobj", "nsubjpass")):
            found.add("planned")  # "cleared the way for X to visit", "paving the way for its ratification"
        particle = _PARTICLE_NEEDED.get(lemma)
        if particle and not any(toks[c].lower == particle for c in tree.children[k]):
            if k != i and lemma == "call" and any(toks[c].lower == "for" for c in tree.children[k]):
                found.add("planned")  # "called for its ratification" asks for it; "called off the visit" denies it
        elif k != i and lemma in NEG_VERBS and not sibling and not _demanded(tree, k):
            found.add("negated")
        elif k != i and not sibling and (lemma in PLAN_VERBS and t.pos in VERBAL and (lemma != "go" or t.lower == "going") or t.lemma in PLAN_NOUNS
                         or t.lemma == "look" and any(toks[c].lower == "forward" for c in tree.children[k])):
            found.add("planned")  # "expects to sign", "is going to sign" (not "went on a visit"), "looked forward to its ratification"
        if t.tag == "VB" and (t.dep == "ROOT" and tree.kids(k, "nsubj", "nsubjpass") or t.dep in {"acl", "relcl"}
                              and toks[t.head].dep == "ROOT" and toks[t.head].pos in {"PROPN", "NOUN"}) \
                and any(toks[c].lower == "to" for c in tree.kids(k, "aux", "auxpass")):
            found.add("planned")  # a headline's "X to sign Y", "defence chief to visit Y" (the parser may hang the verb on the noun): ahead
        if (t.tag == "VB" or any(toks[c].lower == "be" for c in tree.kids(k, "auxpass"))) and t.dep == "ccomp" \
                and tree.kids(k, "nsubj", "nsubjpass") and not tree.kids(k, "aux") \
                and any(toks[c].lower == "that" for c in tree.kids(k, "mark")):
            found.add("planned")  # "recommends that X ratify it", "that X be allowed to": a subjunctive asks, not done
        h = tree.head(k)
        if h is None:
            break
        dep = t.dep
        if dep == "advcl" and t.tag == "VBN" and present(tree, k) \
                and any(toks[c].lower in {"until", "before"} for c in tree.kids(k, "mark")):
            found.add("planned")  # "may not apply before it has been approved": ahead, whatever the main verb denies
            break
        if dep == "ccomp" and _cleft(tree, h, k):
            done = True  # "It was not until 2014 that X signed it": it was signed, in 2014
            break
        if dep in {"ccomp", "advcl"} and past_time_clause(tree, k):
            done = True  # "(will allow X,) a day after the pact was signed": a time told past, whatever governs it
            break
        # "let X use": the letting governs the use; "will meet X while he is in Y": a present-tense
        # clause of time is as far ahead as its main verb
        # ("expect them to sign": an infinitive with its own subject is as far ahead as its plan verb)
        if dep == "ccomp" and (toks[h].lemma in OBJECT_CONTROL or toks[h].lemma in PLAN_VERBS and t.tag == "VB" and any(
                toks[c].lower == "to" for c in tree.kids(k, "aux"))) or dep == "advcl" and present(tree, k) and any(
                toks[c].lower in {"while", "when", "as", "once", "after", "before", "until"}
                for c in tree.kids(k, "mark", "advmod")):
            k = h
            steps += 1
            continue
        if dep == "advcl" and t.tag == "VB" and any(toks[c].lower == "to" for c in tree.kids(k, "aux")):
            k = h  # "will travel to X to attend the summit": a purpose is as far ahead as the act it is for
            steps += 1
            continue
        if dep in {"ccomp", "acl"} and _denied(tree, h):
            found.add("negated")  # "Chile denied that it had signed it", "dismissed reports that X would visit"
            break
        if dep in {"relcl", "acl"} and t.tag == "VB" and toks[h].dep == "attr" and tree.head(h) is not None:
            k = tree.head(h)  # "X will be the first leader to visit Y": as far ahead as the copula
            steps += 1
            continue
        if dep == "relcl" and any(toks[c].lower in {"where", "when"} or toks[c].dep == "prep" and toks[c].lower in {"at", "during"}
                                  and any(toks[w].lower == "which" for w in tree.kids(c, "pobj")) for c in tree.children[k]):
            k = h  # "a ceremony at which A and B were to sign it was called off": as the ceremony went
            steps += 1
            continue
        if dep == "nsubj" and _FAILING.get(toks[h].lemma, "-") in {None, *(toks[c].lower for c in tree.kids(h, "prep", "prt", "advmod"))}:
            found.add("negated")  # "a planned signing fell through", "an attempt to sign it collapsed"
            break
        if dep in {"relcl", "acl"} and toks[h].lemma in _WAY_NOUNS and tree.head(h) is not None:
            k = tree.head(h)  # "cleared the way for X to travel": as far ahead as the way is readied
            steps += 1
            continue
        if dep == "advcl" and t.tag == "VB" and any(toks[c].lemma in _WAY_NOUNS for c in tree.kids(h, "dobj")):
            k = h  # "cleared the way for X, its president, to travel": the parser hangs it on the verb
            steps += 1
            continue
        if dep == "acl" and toks[h].lemma in WILL_NOUNS and t.tag == "VB":  # "X's refusal to sign", "a plan to visit"
            found.add("negated" if toks[h].lemma in {"refusal", "failure", "reluctance", "unwillingness"} else "planned")
        if dep in {"xcomp", "dobj", "nsubjpass", "pobj", "prep", "pcomp", "acomp", "gap"} \
                or dep == "acl" and (toks[h].lemma in PLAN_NOUNS | NEG_VERBS or asked_for(tree, h, WILL_NOUNS)) or dep == "conj" and not (
                    t.tag == "VBD" and toks[h].tag == "VB") and not [  # "hoped to host it and signed": two clauses
                c for c in tree.kids(k, "aux", "auxpass", "nsubj", "nsubjpass", "advmod") if toks[c].tag != "TO"
                and (toks[c].dep != "advmod" or toks[c].lower == "instead")]:  # "didn't go and sent X instead"
            sibling = dep == "conj"
            if dep in {"pobj", "pcomp"} and (toks[h].lower in _CONCEDING or toks[h].lower == "of" and tree.head(h) is not None
                                             and toks[tree.head(h)].lower == "spite"):  # type: ignore[index]
                done = True  # "has not signed it despite approval by both houses": the approval happened
                break
            if dep in {"pobj", "pcomp"} and toks[h].lower == "without":
                found.add("negated")  # "without a signature", "left without signing it"
            ahead = tree.head(h)
            if dep == "pobj" and ahead is not None and _ahead_of(tree, h, ahead):
                found.add("planned")  # "ahead of the visit", "on the eve of the summit", "in the run-up to it"
            k = h
            steps += 1
            continue
        break
    if "negated" in found:
        return "negated"
    if "planned" in found:
        return "planned"
    return "asserted" if done else None


#: Modifiers of a noun by which an infinitive on it tells what was done, not what is ahead: "the
#: first treaty to be ratified by X", "the only leader to be received".
_RANKING = frozenset({"first", "second", "third", "last", "only", "next-to-last", "latest"})


def _prospective(tree: Tree, k: int) -> bool:
    """Is verb ``k`` told ahead by the infinitive's own shape: a passive infinitive on a noun
    ("a summit, to be held in X", "the accord, to be signed on Friday", "a venue to be agreed"),
    or "be to" in the present ("is to be hosted by Y", "are to sign it")? Not after a ranking
    word ("the first pact to be ratified") nor in the past ("was to be held" may have been)."""
    toks = tree.toks
    t = toks[k]
    if t.lemma == "be" and t.tag in {"VBZ", "VBP"}:
        return not tree.kids(k, "attr", "acomp") and any(
            toks[c].tag in {"VB", "VBN"} and any(toks[a].lower == "to" for a in tree.kids(c, "aux"))
            and (toks[c].tag == "VB" or tree.kids(c, "auxpass")) for c in tree.kids(k, "xcomp"))
    if t.dep not in {"relcl", "acl"} or t.tag != "VBN" or not any(toks[a].lower == "to" for a in tree.kids(k, "aux")) \
            or not any(toks[a].lower == "be" for a in tree.kids(k, "auxpass")):
        return False
    noun = t.head
    return toks[noun].pos in NOMINAL and not any(
        toks[m].lower in _RANKING or toks[m].tag == "JJS" or toks[m].dep == "nummod" and toks[m].tag == "JJ"
        for m in tree.kids(noun, "amod", "advmod", "nummod", "det"))


#: Prepositions whose object holds whatever the clause they qualify denies: "despite approval by X".
_CONCEDING = frozenset({"despite", "notwithstanding"})


def _cleft(tree: Tree, be: int, k: int) -> bool:
    """Is verb k the past-tense "that" clause of a cleft on a time ("It was not until May that X
    signed it", "It was only after a second vote that Y ratified it"): told as done, then?"""
    toks = tree.toks
    return toks[be].lemma == "be" and toks[k].tag == "VBD" and any(toks[c].lower == "it" for c in tree.kids(be, "nsubj")) \
        and any(toks[c].lower == "that" for c in tree.kids(k, "mark")) and bool(tree.kids(be, "prep", "advcl", "advmod"))


#: Verbs that shelve a plan they take as object ("dropped plans to visit") or, with "on hold", what
#: they put there ("put the signing on hold", "placed the visit on ice").
_SHELVING = frozenset({"drop", "put", "place", "shelve", "abandon", "scrap", "ditch"})


def _on_hold(tree: Tree, k: int) -> bool:
    """"put X on hold", "placed X on ice" (the parser may hang the phrase on X)."""
    toks = tree.toks
    return any(toks[o].lower in {"hold", "ice"} for h in [k, *tree.kids(k, "dobj")] for p in tree.kids(h, "prep")
               if toks[p].lower == "on" for o in tree.kids(p, "pobj"))


def _inverted(tree: Tree, k: int) -> str | None:
    """The auxiliary a condition without "if" opens with, before its subject: "Had Chile signed
    it, ..." ("had"), "Should Peru ratify it, ..." ("should")."""
    toks = tree.toks
    subj = tree.kids(k, "nsubj", "nsubjpass")
    for c in tree.kids(k, "aux"):
        if toks[c].lower in {"had", "should"} and subj and c < subj[0] and not tree.kids(k, "mark"):
            return toks[c].lower
    return None


#: Nouns and adverbs that put the event of their "of"/"to"/"for" phrase ahead: "ahead of the visit", "on
#: the eve of the summit", "in advance of", "in the run-up (lead-up, build-up) to", "in preparation for".
_AHEAD_OF = {"of": frozenset({"ahead", "eve", "advance"}), "to": frozenset({"up", "countdown", "prelude"}),
             "for": frozenset({"preparation", "preparations"})}


def _ahead_of(tree: Tree, prep: int, head: int) -> bool:
    toks = tree.toks
    words = _AHEAD_OF.get(toks[prep].lower, frozenset())
    if toks[head].lower != "up":
        return toks[head].lower in words
    # "run-up", "lead-up", "build-up": the parser splits them at the hyphen
    return "up" in words and head >= 2 and toks[head - 2].lower in {"run", "lead", "build"}


#: Verbs that deny the clause they report ("denied that it had signed"), or the reports they take
#: ("dismissed reports that X would visit"); and the nouns such a clause may hang on.
_DENYING = frozenset({"deny", "dismiss", "refute", "rebut", "reject", "disprove", "debunk"})
_REPORTS = frozenset({"report", "claim", "rumour", "rumor", "speculation", "suggestion", "allegation", "story"})


def _denied(tree: Tree, h: int) -> bool:
    """Is ``h`` a verb of denial, or a report a verb of denial takes as object (not itself negated:
    "did not deny that ...")?"""
    toks = tree.toks
    if toks[h].lemma in _REPORTS and toks[h].dep in {"dobj", "nsubjpass"}:
        h = toks[h].head
    return toks[h].lemma in _DENYING and toks[h].pos == "VERB" and not tree.kids(h, "neg")


#: Words of demanding, whose infinitive is asked for, not done: "despite calls to cancel the trip".
_DEMANDS = frozenset({"call", "demand", "urge", "pressure", "push", "appeal", "press", "plea", "petition", "campaign",
                      "clamour", "clamor", "lobby"})


def _demanded(tree: Tree, k: int) -> bool:
    """Is verb ``k`` an infinitive someone asks for ("calls to cancel the visit", "urged him to
    scrap the trip")? Its denial is a demand's, not what happened."""
    t = tree.toks[k]
    h = tree.head(k)
    return h is not None and t.tag == "VB" and t.dep in {"acl", "relcl", "xcomp", "ccomp", "advcl"} \
        and tree.toks[h].lemma in _DEMANDS and any(tree.toks[c].lower == "to" for c in tree.kids(k, "aux"))
