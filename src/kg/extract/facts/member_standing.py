"""The standing a membership reading gives its state: a member (asserted), one ahead (planned: a
candidacy, an accession under way), one no longer or not (negated: leaving, suspension, a
negation, a contrast), or another standing than a member's ("as an observer"). The words are data
(``membership`` in ``data/lexicon.yaml``); :mod:`kg.extract.facts.members` reads them."""
from __future__ import annotations

from kg.extract.clause_modality import parse_modality
from kg.extract.context import Context
from kg.extract.facts.common import modality_at
from kg.extract.facts.treaties import trigger_modality
from kg.extract.frames import Match
from kg.extract.nlp import Token

#: frames that tell a standing, not an act: what the sentence says they do is not ahead or denied
#: membership ("ASEAN ministers from A will meet", "X will chair the bloc next year": members now)
_STATUS = frozenset({"member", "partner", "grouping", "organisation-officials", "chair", "organisation-states",
                     "chair-title"})
#: verbs an "as" phrase tells a membership coming about with ("joined as a full member")
_BECOMING = frozenset({"join", "rejoin", "become", "admit", "readmit", "accept", "welcome", "invite", "enter", "accede",
                       "make", "induct", "apply", "seek", "bid"})
#: noun frames that end a membership, as the leave frame's verbs do
DENIALS = frozenset({"suspend-participation", "suspension"})


def as_other_standing(toks: list[Token], t: Token, standing) -> bool:
    """Does an "as" phrase on the trigger or its verb give another standing than a member's ("as
    associate members", "as an observer")?"""
    heads = {t.i, t.head}
    for a in toks[t.i + 1:t.i + 10]:
        if a.lower == "as" and a.head in heads:
            nouns = [o for o in toks[a.i + 1:a.i + 5] if o.head == a.i and o.dep == "pobj"]
            return any(o.lemma in standing or any(c.head == o.i and c.lower in standing for c in toks[a.i + 1:o.i])
                       for o in nouns)
    return False


def modality(ctx: Context, m: Match, toks: list[Token], words) -> str:
    """Negated for leaving, a negation or a contrast ("rather than a member"); planned for a
    candidacy, an accession still under way, or what the words governing the trigger put ahead."""
    t = m.trigger
    above = governors(toks, m.trigger.i)
    # "X's suspension from Y", "whose membership was suspended": a membership ended
    ended = m.trigger.lemma == "membership" and any(g.lemma in words.get("ending", ()) for g in above[:1])
    if m.negative or m.frame.name in DENIALS or ended:  # "X said it would quit the bloc", "X did not leave": a member still
        verb = toks[t.head] if m.frame.name == "suspend-participation" or ended else t
        return "asserted" if parse_modality(ctx.resolver.tree, verb.i) in {"planned", "negated"} else "negated"
    # "joined as a member" tells a joining; "as a member, X will host the talks" a standing held now
    predicate = t.dep in {"attr", "oprd", "ccomp", "xcomp"} or t.dep == "pobj" and toks[t.head].lower == "as" \
        and toks[toks[t.head].head].lemma in _BECOMING
    if m.frame.name in _STATUS and t.dep == "nsubj" and any(a.lower == "as" for a in toks[max(0, t.i - 3):t.i]):
        predicate = False  # "As members of the bloc, A and B agreed to act", the parser making them the subject
    if m.frame.name in _STATUS and not predicate:
        # a status named as subject or object ("the two allies will patrol"): its own words only
        mods = {c.lower for c in toks[max(0, t.i - 4):t.i] if c.head == t.i}
        mod = "planned" if mods & set(words.get("prospective", ())) else "asserted"
    else:
        mod = trigger_modality(ctx, m)
        verb = toks[t.head] if t.dep != "pobj" else toks[toks[t.head].head]
        if mod == "asserted" and predicate and verb.pos in {"VERB", "AUX"}:
            # "would make X a member", "will become a member": the verb the predicate hangs on
            # (its own chain of words: "given that X is a member" is no more ahead than X is)
            mod = modality_at(ctx, m.sentence, (ctx.local(m.sentence, verb.start), ctx.local(m.sentence, verb.end)))
    if mod == "negated" or _negated(toks, m.trigger.i):
        return "negated"
    if m.frame.name == "candidacy":
        return "planned"  # "X's membership bid", "X was granted candidate status"
    before = " ".join(t.lower for t in toks[max(0, m.trigger.i - 4):m.trigger.i])
    if any(f" {c} " in f" {before} " for c in words.get("contrast", ())):
        return "negated"
    if m.frame.name in _STATUS and not predicate:
        return mod  # "the bloc's members A and B asked for troops": what they do is not their status
    if any(g.lemma in words.get("candidacy", ()) or g.lower in words.get("candidacy", ()) for g in above):
        return "planned"
    if m.trigger.lemma in words.get("process", ()) or m.trigger.lemma == "membership" and m.args.nominal:
        if any(g.lemma in words.get("pending", ()) for g in above):
            return "planned"  # "ratified Sweden's accession", "approved Finland's membership"
        if m.trigger.lemma in words.get("process", ()) and not any(g.lemma in words.get("completed", ()) for g in above) \
                and not _dated_past(ctx, toks, m.trigger):
            return "planned"
    return mod


def _dated_past(ctx: Context, toks: list[Token], t: Token) -> bool:
    """"X's accession to Y in 2004", "its entry in 1995": a joining dated to a year gone by is done."""
    published = ctx.doc.article.published
    years = [int(o.text) for p in toks[t.i + 1:t.i + 12] if p.head == t.i and p.lower in {"in", "since"}
             for o in toks[p.i + 1:p.i + 3] if o.head == p.i and o.text.isdigit() and len(o.text) == 4]
    return published is not None and any(y < published.year for y in years)


def _negated(toks: list[Token], i: int) -> bool:
    """Does a negation govern the trigger: on it ("no member") or on the verb it hangs on ("is not
    a member", "has not taken up membership", "never joined"), or deny the apposition it stands in
    ("A and B, neither of them members")?"""
    t = toks[i]
    if t.lower.startswith(("non-", "nonmember")) or i > 1 and toks[i - 1].text in {"-", "–"} and toks[i - 2].lower == "non":
        return True  # "non-member Ukraine", "a non-NATO member"
    if t.dep == "appos" and any(c.lower in {"neither", "none"} and (c.head == i or c.head == t.head and c.dep == "appos")
                                for c in toks[t.head:i]):
        return True
    heads = [toks[i]]
    t = toks[i]
    # "X's membership has not stopped it": the verb's negation is not the subject's
    while t.head != t.i and t.pos not in {"VERB", "AUX"} and t.dep not in {"nsubj", "nsubjpass"}:
        t = toks[t.head]
        heads.append(t)
    kids = [c for c in toks[max(0, i - 12):i + 3] if c.head in {h.i for h in heads} and c.i != c.head]
    return any(c.dep == "neg" or c.lower in {"never", "no"} and c.dep in {"neg", "det", "advmod"} for c in kids)


def governors(toks: list[Token], i: int, steps: int = 4) -> list[Token]:
    """The words a trigger hangs on, nearest first, up to the clause's verb and its controller
    ("applied to join": applied; "the bid for membership": for, bid)."""
    out: list[Token] = []
    t = toks[i]
    while steps and t.head != t.i:
        t = toks[t.head]
        out.append(t)
        if t.pos in {"VERB", "AUX"} and (t.dep not in {"xcomp", "ccomp", "acl", "advcl", "conj", "pcomp"}
                                         or t.dep == "advcl" and any(c.head == t.i and c.dep == "nsubj" for c in toks[t.i - 8:t.i])):
            break  # "barred, although the country remains a member": a clause of its own
        steps -= 1
    return out
