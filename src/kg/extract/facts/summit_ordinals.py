"""A summit's edition told beside it rather than in its name: an apposition ("the SCO summit, the
organisation's 24th"; "the summit in X, the bloc's 37th," where the parser hangs the rank on the
place), what a copula says it is, or a rank on a "summit" noun meaning it ("the bloc's 12th summit")."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.facts.summit_sentences import GATHERINGS
from kg.extract.number_words import ORDINAL_WORDS, ordinal_at
from kg.extract.summit_editions import relative_rank


def appositive_ordinal(ctx: Context, heads: list[int]) -> int | None:
    """"the SCO summit, the organisation's 24th": an ordinal in an apposition to the summit, or
    in what a copula says it is ("it was the bloc's twelfth such gathering")."""
    r = ctx.resolver
    for k in heads:
        said = [a for a in r.tree.kids(r.toks[k].head, "attr") if r.toks[r.toks[k].head].lemma == "be"] \
            if r.toks[k].dep == "nsubj" else []
        # "the summit in X, the bloc's 37th,": a bare rank the parser hung on the summit's place
        placed = [a for p in r.tree.kids(k, "prep") for o in r.tree.kids(p, "pobj") for a in r.tree.kids(o, "appos")
                  if re.fullmatch(r"\d+(?:st|nd|rd|th)", r.toks[a].lower) or r.toks[a].lower in ORDINAL_WORDS]
        for a in [*r.tree.kids(k, "appos"), *placed, *said]:
            for i in r.tree.subtree(a):
                m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", r.toks[i].lower)
                # a rank of a gathering ("its twelfth such gathering"), not "the first since 2018"
                kind = r.toks[i].dep == "amod" and r.toks[r.toks[i].head].lemma in GATHERINGS | {"summit"} \
                    and not relative_rank(r.toks, i, r.toks[i].head) or i == a and a in placed  # (not "the first held in Asia")
                if m and (a not in said or kind) or r.toks[i].lower in ORDINAL_WORDS and kind:
                    return int(m.group(1)) if m else ordinal_at([t.text for t in r.toks[max(0, i - 2):i + 1]], min(i, 2))
    return None


def bare_ordinal(ctx: Context, heads_at: dict[int, list[int]]) -> int | None:
    """"the bloc's 31st summit" in a sentence speaking of the summit: its edition."""
    r = ctx.resolver
    for here in heads_at.values():
        # its "summit" nouns the text points with ("the bloc's 12th summit"), not its name's
        nouns = [k for k in here if r.toks[k].lemma == "summit" and not r.toks[k].is_cap]
        for k in nouns:
            for c in r.tree.kids(k, "amod", "nummod", "compound"):
                m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", r.toks[c].lower)
                if m:
                    return int(m.group(1))
                if r.toks[c].lower == "inaugural" and not relative_rank(r.toks, c, k):
                    return 1  # "the inaugural Central Asian summit", a name's words between
    return None
