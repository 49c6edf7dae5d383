"""Which sentences tell of a summit: those naming it, those speaking of "the summit" meaning it,
"It opens on ..." after it, and the lines a colon opens ("the following leaders attended:")."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.nlp import sentence_bounds
from kg.model import Entity


def summit_sentences(ctx: Context, summit: Entity) -> list[int]:
    """Sentences naming the summit, or speaking of "the summit" meaning it: a summit noun whose own
    modifiers share a name with one summit ("the Beirut summit") means that one; a bare "the
    summit" means the summit the article is about (the one it names most)."""
    summits = [e for e in ctx.doc.entities.values() if e.type == "Summit"]
    named = {m.sentence for m in ctx.doc.mentions if m.entity == summit.key}
    out = set(named)
    from kg.extract.facts.attendance import main_summit

    main = main_summit(ctx)
    r = ctx.resolver
    for s in range(len(ctx.doc.sentences)):
        if s in named or ctx.found(s, "Summit"):
            continue
        for k in bare_summit_nouns(ctx, s):
            words = {r.toks[i].text for i in r.tree.subtree(k) if i < k and r.toks[i].is_cap}
            sharing = [e for e in summits if words & set(re.findall(r"[\w'-]+", e.label))]
            means = sharing[0] if len(sharing) == 1 else main
            if means is summit:
                out.add(s)
    if summit is main:  # "the following leaders attended:" told of the summit in view
        from kg.extract.frames import load_frames

        attending = load_frames().verbs_of("participation")
        out |= {s for s in range(len(ctx.doc.sentences)) if _listed_after(ctx, s) and any(
            r.toks[k].lemma in attending for k in range(*sentence_bounds(ctx.doc, s)))}
    for s in list(out):
        out |= set(_listed_after(ctx, s))
    return sorted(out)


#: Longest line (in tokens) read as an item of a list a sentence opens with a colon.
_ITEM = 14


def _listed_after(ctx: Context, s: int) -> list[int]:
    """"The following leaders attended:" and the short lines listed after it ("X, Somalia"): a
    sentence that ends in a colon goes on in the verbless lines that follow it."""
    r = ctx.resolver
    lo, hi = sentence_bounds(ctx.doc, s)
    if hi <= lo or r.toks[hi - 1].text != ":":
        return []
    out = []
    for t in range(s + 1, len(ctx.doc.sentences)):
        a, b = sentence_bounds(ctx.doc, t)
        if b - a > _ITEM or any(r.toks[k].pos in {"VERB", "AUX"} for k in range(a, b)):
            break
        out.append(t)
    return out


def _it_continues(ctx: Context, s: int, lo: int) -> list[int]:
    """"The summit will be held in X. It opens on March 20": a sentence opening on "it" as its
    subject continues the summit the sentence before has as its subject."""
    r = ctx.resolver
    if s == 0 or r.toks[lo].lower != "it" or r.toks[lo].dep not in {"nsubj", "nsubjpass"}:
        return []
    before_lo, before_hi = sentence_bounds(ctx.doc, s - 1)
    subjects = [k for k in range(before_lo, before_hi) if r.toks[k].dep in {"nsubj", "nsubjpass"}
                and r.toks[r.toks[k].head].dep == "ROOT"]
    said = any(k in r.at_token and r.at_token[k].entity.type == "Summit" or r.toks[k].lemma == "summit" for k in subjects)
    return [lo] if said else []


def bare_summit_nouns(ctx: Context, s: int) -> list[int]:
    """"summit" nouns in sentence s that no summit's name covers, and the definite gatherings
    that point back to it ("the two-day meeting, which opens today", "the gathering") but not a
    meeting of its own ("the meeting between X and Y")."""
    r = ctx.resolver
    lo, hi = sentence_bounds(ctx.doc, s)
    return _it_continues(ctx, s, lo) + _talks_said_to_be_one(ctx, s, lo, hi) + _on_its_sidelines(ctx, lo, hi) + [
        k for k in range(lo, hi) if k not in r.at_token and (r.toks[k].lemma == "summit" or (
        r.toks[k].lemma in GATHERINGS and r.toks[k].pos == "NOUN"
        and (any(r.toks[c].lower in {"the", "this"} for c in r.tree.kids(k, "det"))
             or any(r.toks[c].pos != "PRON" for c in r.tree.kids(k, "poss")))  # "the bloc's annual meeting"
        and not any(r.toks[p].lower in {"between", "with"} or r.toks[p].lower == "of" and any(
            i in r.at_token for i in r.tree.subtree(p)) for p in r.tree.kids(k, "prep"))
        and not _another_bodys(ctx, k)))]


def _another_bodys(ctx: Context, k: int) -> bool:
    """"When Peru hosts the X Cooperation conference": a gathering an organisation's name modifies is
    that body's, not a summit no name of which holds that name ("the G20 meeting" is the G20 summit's)."""
    r = ctx.resolver
    names = {e.label.lower() for e in ctx.doc.entities.values() if e.type == "Summit"} | {
        a.lower() for e in ctx.doc.entities.values() if e.type == "Summit" for a in e.aliases}
    for c in r.tree.kids(k, "compound", "nmod", "amod"):
        f = r.at_token.get(c)
        if f is not None and f.entity.type == "InternationalOrganization":
            told = {f.entity.label.lower(), ctx.doc.text[f.start:f.end].lower(), *(a.lower() for a in f.entity.aliases)}
            if not any(t in n for t in told for n in names):
                return True
    return False


def _talks_said_to_be_one(ctx: Context, s: int, lo: int, hi: int) -> list[int]:
    """"A and B held talks in X on Monday. It was their first summit since 2019": talks the next
    sentence says were a summit ("it", "the talks") are that summit, told with its place and day."""
    from kg.extract.summit_in_view import told_again

    r = ctx.resolver
    if s + 1 >= len(ctx.doc.sentences):
        return []
    nlo, nhi = sentence_bounds(ctx.doc, s + 1)
    said = [k for k in range(nlo, nhi) if r.toks[k].lemma == "summit" and told_again(r.tree, k)]
    if not said:
        return []
    subject = r.toks[r.tree.kids(r.toks[said[0]].head, "nsubj")[0]]
    talks = [k for k in range(lo, hi) if r.toks[k].lemma in {"talk", "meeting"} and r.toks[k].pos == "NOUN"
             and (subject.pos == "PRON" or r.toks[k].lemma == subject.lemma)]
    return talks[:1]


def _on_its_sidelines(ctx: Context, lo: int, hi: int) -> list[int]:
    """"On the sidelines, A met B": the definite edge of no other gathering is the summit in view's;
    "Host X", "X, the host,": a state hosting, with no event of its own named, hosts it."""
    r = ctx.resolver
    return [k for k in range(lo, hi) if r.toks[k].lower in {"sidelines", "margins"} and r.toks[k].dep == "pobj"
            and any(r.toks[c].lower == "the" for c in r.tree.kids(k, "det")) and not r.tree.kids(k, "prep")
            or r.toks[k].lower == "host" and r.toks[k].dep in {"compound", "appos"} and not r.tree.kids(k, "prep")
            and (f := r.at_token.get(r.toks[k].head)) is not None and f.entity.type == "State"]


#: Nouns for a gathering that, made definite, point back to the summit in view.
GATHERINGS = frozenset({"meeting", "gathering", "conference", "meet", "event"})
