"""Which of a sentence's dates belong to a clause: the trigger's own, its governing verb's, a
same-time clause's ("as", "while", "when", "where"); and which tokens are inside a date."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.dates import entry_heading
from kg.extract.nlp import Token
from kg.extract.tree import clause_of, document_tree
from kg.layout import DATE_STAMP

if TYPE_CHECKING:
    from kg.extract.context import Context
    from kg.model import Document


#: Participles used as prepositions ("an accord concerning X"): they open no clause of their own.
_PREPOSITIONS_IN_VERB_FORM = frozenset({"concerning", "regarding", "covering", "governing", "including"})


def dates_for(ctx: Context, s: int, trigger: Token | list[Token] | None, granularity: str = "day", *,
              shared: bool = True):
    """Dates in the sentence (day-precise unless told otherwise) that belong to a trigger's
    clause: the first verb above the date's tokens is the trigger itself (or the date hangs off
    no other verb); ``shared``: also a coordinated verb's, when the two share a subject or an object.
    A crawler's date stamp opening the page dates the clause only where it has no day of its own
    ("date 2021-04-24 X arrived in Y on Friday": Friday)."""
    found = _dates_for(ctx, s, trigger, granularity, shared=shared)
    if len(found) > 1 and (stamp := DATE_STAMP.match(ctx.doc.text)) is not None:
        return [d for d in found if d.start >= stamp.end()] or found
    return found


def _dates_for(ctx: Context, s: int, trigger: Token | list[Token] | None, granularity: str = "day", *,
               shared: bool = True):
    dates = ctx.dates_in(s, granularity)
    if trigger is None or not dates:
        return dates
    if isinstance(trigger, list):
        for one in trigger:
            found = dates_for(ctx, s, one, granularity)
            if found:
                return found
        return []
    all_toks: list[Token] = ctx.doc.annotations["tokens"]
    # "voted on Thursday to ratify": a date on the verb that governs the trigger counts too
    governing = {trigger.i}
    up = trigger
    # ("became the first minister to visit Y": the copula's too)
    while (up.dep in {"xcomp", "acl"} or _same_time(ctx, s, up, all_toks) or _infinitive_on_noun(ctx, s, up)
           or _purpose_infinitive(ctx, s, up)
           or up.dep == "attr" and up.i != trigger.i and all_toks[up.head].lemma in {"be", "become"}
           or _by_doing(up, all_toks)) and up.head != up.i:
        up = all_toks[up.head]
        governing.add(up.i)
        if up.dep == "prep" and up.lower == "by" and up.head != up.i:  # (and on to the verb "by" hangs on)
            up = all_toks[up.head]
            governing.add(up.i)
    # "X, standing beside Y in Z, announced it on May 4": a present participle on the subject is
    # at its verb's time
    if up.dep in {"nsubj", "nsubjpass"} and up.i != trigger.i and up.head != up.i \
            and any(all_toks[k].dep == "acl" and all_toks[k].tag == "VBG" and all_toks[k].head == up.i for k in governing):
        up = all_toks[up.head]
        governing.add(up.i)
    # "X, who is visiting Y, met Z on Friday", "X, who was on a visit to Y, signed it on May 4",
    # "X, on a visit to Y, met Z on Friday": a trip its subject is on is under way at the verb's time
    main = _on_the_subject(ctx, s, up, all_toks)
    if main is not None:
        up = all_toks[main]
        governing.add(main)
    # "X said on Wednesday ..., as he launched the vessel in Y": a clause of the same time
    # ("as", "while", "when") takes its main clause's date, the parser's "said ... that ..." included
    # (the parser makes "when" the clause's advmod as often as its mark: "On May 4, when X arrived in Y, ...")
    if up.dep == "advcl" and any(x.dep in {"mark", "advmod"} and x.lower in {"as", "while", "when"}
                                 for x in ctx.tokens(s) if x.head == up.i):
        up = all_toks[up.head]
        governing.add(up.i)
        if up.dep == "ccomp" and up.head != up.i:
            governing.add(up.head)
    # "held its summit on July 6 in Accra, where they signed ...": a "where"/"when" clause on a
    # noun of the main clause happens at its time; so does "during which", "at which"
    if up.dep == "relcl" and any(x.dep == "advmod" and x.lower in {"where", "when"}
                                 or x.dep == "prep" and at_which(all_toks, up, x) and which_below(ctx.tokens(s), all_toks, x)
                                 for x in ctx.tokens(s) if x.head == up.i):
        g = all_toks[up.head]
        while g.pos not in {"VERB", "AUX"} and g.head != g.i:
            g = all_toks[g.head]
        if g.pos in {"VERB", "AUX"}:
            governing.add(g.i)
    if up.dep == "relcl" and up.head != up.i and all_toks[up.head].lemma in {"day", "date"}:
        # "opened again on May 2, the same day the two ministers initialled it": the day the noun stands beside
        noun = all_toks[up.head]
        beside = [d for d in dates if d.end <= noun.start and _SAME_DAY.fullmatch(ctx.doc.text[d.end:noun.start])]
        if beside:
            return beside[-1:]
    if trigger.lemma == "be":  # "is due in X on Monday": the complement carries the phrases
        governing |= {x.i for x in ctx.tokens(s) if x.head == trigger.i and x.dep in {"acomp", "attr"}}
    out, own = [], []
    for d in dates:
        t: Token | None = next((x for x in ctx.tokens(s) if x.start >= d.start), None)
        steps = 0
        came_by = ""
        while t is not None and steps < 12:
            if t.i in governing:
                out.append(d)
                if t.i == trigger.i:
                    own.append(d)
                break
            if t.pos in {"VERB", "AUX"} and t.dep not in {"amod", "aux", "auxpass", "xcomp", "prep"} \
                    and t.lower not in _PREPOSITIONS_IN_VERB_FORM \
                    and not (t.dep == "acl" and t.tag == "VBN" and t.head == trigger.i):
                break  # (but "the signing, set for Friday": a participle on the event noun tells its time;
                #        "concerning", "regarding" as prepositions open no clause)
            if came_by == "prep" and t.pos in {"NOUN", "PROPN"} and t.start >= d.end:
                break  # "a session on Thursday": the date is the noun's, not the clause's
            if t.head == t.i:
                if t.pos not in {"VERB", "AUX"} and up.dep == "ROOT" and up.i != t.i and entry_heading(d, ctx.doc.text):
                    out.append(d)  # "12 May 2014 — A and B sign it": a chronology entry's date, parsed as a fragment, dates its clause
                break
            came_by = t.dep
            t = all_toks[t.head]
            steps += 1
    if not out and shared and up.dep == "conj" and up.head != up.i and all_toks[up.head].pos in {"VERB", "AUX"}:
        fronted = _fronted(ctx, s, all_toks[up.head], granularity)
        if fronted or granularity != "day" or any(x.head == up.i and x.dep in {"nsubj", "nsubjpass", "expl"}
                                                  for x in ctx.tokens(s)):
            return fronted
        # "X arrived in Lima on Tuesday and signed Y": a verb sharing the first one's subject, with
        # no day of its own, happens on the first one's day
        return dates_for(ctx, s, all_toks[up.head], granularity)
    if not out and shared and trigger.pos in {"VERB", "AUX"} and not any(x.head == trigger.i and x.dep == "dobj" for x in ctx.tokens(s)):
        # "signed and ratified the charter on Wednesday": the verbs share the object and the phrases
        # after it, which the parser hangs on the last one
        for c in ctx.tokens(s):
            if c.head == trigger.i and c.dep == "conj" and c.pos == "VERB" and not any(
                    x.head == c.i and x.dep in {"nsubj", "nsubjpass"} for x in ctx.tokens(s)) \
                    and any(x.head == c.i and x.dep == "dobj" for x in ctx.tokens(s)):
                return dates_for(ctx, s, c, granularity, shared=False)
    return own or out  # "the city where the treaty was signed on April 4, 1949": the clause's own date first


#: What sets a day noun beside a date: "March 13, the same day ...", "on Friday, the day ...".
_SAME_DAY = re.compile(r"\s*,\s*(?:the\s+)?(?:same\s+|very\s+)?", re.IGNORECASE)

#: Nouns for a part of an event's time: "at the end of which", "on the sidelines of which".
EVENT_PARTS = frozenset({"end", "close", "conclusion", "course", "margin", "margins", "sidelines", "start",
                         "beginning", "opening"})


def at_which(all_toks: list[Token], clause: Token, prep: Token) -> bool:
    """Does the preposition set the clause at the event the noun it describes names: "during which",
    "at which", "in which", and "of which" on a part of an event's time ("at the end of which")?"""
    return prep.lower in {"during", "at", "in"} or prep.lower == "of" and all_toks[clause.head].lemma in EVENT_PARTS


def which_below(sentence: list[Token], all_toks: list[Token], prep: Token) -> bool:
    """Does the preposition open a "which" phrase: "at which", "at the end of which"?"""
    for w in sentence:
        if w.lower == "which":
            k = w
            for _ in range(3):  # which -> of -> end -> at
                if k.head == prep.i:
                    return True
                if k.head == k.i:
                    break
                k = all_toks[k.head]
    return False


def _fronted(ctx: Context, s: int, head: Token, granularity: str) -> list:
    """"On Monday A signed X, and B signed Y": a date set before the first clause's subject dates
    every clause coordinated with it that gives none of its own."""
    subject = [x.start for x in ctx.tokens(s) if x.head == head.i and x.dep in {"nsubj", "nsubjpass"}]
    before = min(subject) if subject else head.start
    return [d for d in dates_for(ctx, s, head, granularity) if d.end <= before]


def _same_time(ctx: Context, s: int, t: Token, all_toks: list[Token]) -> bool:
    """A clause that happens when the one it hangs on does: a participle with no conjunction of its
    own ("arrived on June 29, inaugurating the embassy"), and "the first minister to visit Y" after
    "became" or "was" ("on June 29 X became the first minister to visit Y")."""
    if t.dep != "advcl" or t.head == t.i:
        return False
    kids = [x for x in ctx.tokens(s) if x.head == t.i]
    if any(x.dep == "mark" or x.dep == "advmod" and x.lower in {"before", "after", "since", "until"} for x in kids):
        return False
    if t.tag == "VBG":
        return True
    if t.tag == "VBN" and t.i > 0 and all_toks[t.i - 1].text == "," and all_toks[t.head].dep == "relcl":
        return True  # "the statement that ended the war on May 4, signed by X": the participle is of that day
    head = all_toks[t.head]
    return t.tag == "VB" and any(x.dep == "aux" and x.lower == "to" for x in kids) and head.lemma in {"be", "become"}


def _on_the_subject(ctx: Context, s: int, t: Token, all_toks: list[Token]) -> int | None:
    """The verb whose subject a trip told beside it is under way for: a relative clause of being on it or
    doing it ("X, who is on a visit to Y, ...", "X, who was visiting Y, ...") or a phrase set off by commas
    ("X, on a visit to Y, ..."), with no day of its own: the clause the subject governs is of its time."""
    if t.dep == "pobj" and all_toks[t.head].lower == "on":
        clause = t.head  # the phrase; or the relative clause of being it hangs on
        h = all_toks[clause].head
        if all_toks[h].dep == "relcl" and all_toks[h].lemma == "be":
            clause = h
        elif all_toks[h].pos not in {"NOUN", "PROPN"} or all_toks[clause - 1].text != ",":
            return None
    elif t.dep == "relcl" and t.tag == "VBG":
        clause = t.i
    else:
        return None
    noun = all_toks[all_toks[clause].head]
    for _ in range(3):  # "President of Chile Ana Rojas, who ...", "the minister, Ana Rojas, who ...": the title's subject
        if noun.dep == "pobj" and all_toks[noun.head].lower == "of" or noun.dep == "appos":
            noun = all_toks[all_toks[noun.head].head] if noun.dep == "pobj" else all_toks[noun.head]
    if noun.dep not in {"nsubj", "nsubjpass"} or noun.head == noun.i:
        return None
    inside = set(ctx.resolver.tree.subtree(clause))
    if any(x.i in inside for g in ("day", "month", "year") for d in ctx.dates_in(s, g)
           for x in ctx.tokens(s) if d.start <= x.start < d.end):
        return None  # "X, who was on a visit to Y in 2019, ...": a time of its own
    return noun.head


def _by_doing(t: Token, all_toks: list[Token]) -> bool:
    """"marked the day on Tuesday by signing X": a gerund saying how the verb was done happens
    when the verb does."""
    return t.dep == "pcomp" and t.tag == "VBG" and all_toks[t.head].lower == "by" and all_toks[t.head].dep == "prep"


def _purpose_infinitive(ctx: Context, s: int, t: Token) -> bool:
    """"voted 120-40 on Tuesday to ratify it": an infinitive the parser hung as an adverbial clause
    with no conjunction is the verb's complement, as "voted on Tuesday to ratify" is."""
    return t.dep == "advcl" and t.tag == "VB" and not any(
        x.head == t.i and x.dep == "mark" for x in ctx.tokens(s)) and any(
        x.head == t.i and x.dep == "aux" and x.lower == "to" for x in ctx.tokens(s))


def _infinitive_on_noun(ctx: Context, s: int, t: Token) -> bool:
    """"the first minister to visit Y": an infinitive on a noun happens when the noun's clause does."""
    return t.dep == "relcl" and t.tag == "VB" and any(x.head == t.i and x.dep == "aux" and x.lower == "to"
                                                      for x in ctx.tokens(s))


#: Relations that open a clause of its own: a year there dates another event.
_OWN_CLAUSE = frozenset({"relcl", "advcl", "ccomp", "conj", "xcomp", "parataxis", "csubj", "pcomp"})


def clause_years(doc, dates: list) -> list:
    """A day written without its year takes a year written later in its own clause: "signed on
    Oct. 30-31 at a meeting held in 2018" is 2018 (a year before it is inherited when the dates
    are found; a year in another clause — "after talks began in 2018" — dates another event)."""
    from kg.extract.dates import shift_years
    from kg.extract.nlp import token_at, tokens

    if not any(d.year_inferred for d in dates) or "tokens" not in doc.annotations:
        return dates
    toks = tokens(doc)
    tree = document_tree(doc)
    out = list(dates)
    for n, d in enumerate(dates):
        t = token_at(doc, d.start) if d.year_inferred else None
        if t is None:
            continue
        year = next((y for y in dates[n + 1:] if y.granularity == "year" and not y.year_inferred), None)
        y = token_at(doc, year.start) if year is not None else None
        if year is None or y is None or y.sent != t.sent or year.start_date.year == d.start_date.year:
            if _told_in_the_past(doc, tree, t, d):
                out[n] = shift_years(d, -1)
            continue
        # "held in 2018", "the conference of 2019" (not "since the 2019 election": the election's year)
        written = y.dep == "pobj" and toks[y.head].lower in {"in", "of", "during"}
        if written and _in_clause(tree, y.i, clause_of(tree, t.i)):
            out[n] = shift_years(d, year.start_date.year - d.start_date.year)
    return out


#: Words before a date that put it ahead of a past verb: "postponed it until June 6", "set it for May 2".
_AHEAD = frozenset({"to", "until", "till", "for", "by", "before"})


def _told_in_the_past(doc, tree, t, d) -> bool:
    """A day the words around it put after publication while its own clause's verb is a plain past
    ("paid state visits to A, B and C from May 31 to June 6"): the year is the past one."""
    pub = doc.article.published
    if pub is None or d.start_date <= pub or d.granularity != "day" or (d.start_date.month, d.start_date.day) == (2, 29):
        return False
    toks = tree.toks
    verb = toks[clause_of(tree, t.i)]
    k = t.i  # up through the date's own words: it must hang on the verb or a preposition of it
    while toks[k].head != k and toks[toks[k].head].start < d.end and toks[toks[k].head].start >= d.start:
        k = toks[k].head
    above = toks[k].head
    if not (above == verb.i or toks[above].pos == "ADP" and toks[above].head == verb.i):
        return False  # "cancelled his March 9 trip": the noun's day, not the verb's
    before = toks[t.i].lower if toks[t.i].lower in {"from", "on", "in"} or not t.i else toks[t.i - 1].lower
    return verb.tag == "VBD" and before not in _AHEAD and not tree.kids(verb.i, "aux", "auxpass") \
        and d.start_date.replace(year=d.start_date.year - 1) <= pub


def _in_clause(tree, k: int, clause: int) -> bool:
    """Token ``k`` is in the clause of verb ``clause``, not in a clause of its own inside it
    (a participle on a noun, "a meeting held in 2018", is no clause of its own)."""
    for a in [k, *tree.ancestors(k)]:
        if a == clause:
            return True
        if tree.toks[a].pos in {"VERB", "AUX"} and tree.toks[a].dep in _OWN_CLAUSE:
            return False
    return False


def date_tokens(doc: Document, toks: Sequence[Token]) -> set[int]:
    """Tokens inside a date mention (cached on the document)."""
    cached = doc.annotations.get("date_tokens")
    if cached is None:
        starts = [t.start for t in toks]  # in text order: each date's tokens are one slice
        cached = {toks[k].i for d in doc.annotations.get("dates", [])
                  for k in range(bisect.bisect_left(starts, d.start), bisect.bisect_left(starts, d.end))}
        doc.annotations["date_tokens"] = cached
    return cached
