"""The facilities a phrase gives as examples: "access to facilities in X, including the Y naval
base and the ports of Z", "ten agreed sites, among them the air base at Y", "such as the port of
Y", or names in apposition ("its largest installation, the Y Air Base"). Each example names its own
kind, which says more than the general word it illustrates.

Read on the words after the phrase rather than through the parse, which hangs such a list on
whatever noun is near ("including" on the access noun, "among them" on the sentence's subject).
"""
from __future__ import annotations

from collections.abc import Callable

from kg.extract.context import Context

#: Words opening a list of examples after a comma: "including", "among them", "such as" ...
_OPENERS = {"including": 1, "notably": 1, "namely": 1, "especially": 1, "like": 1}
_TWO_WORD = {("among", "them"), ("among", "which"), ("such", "as"), ("for", "example"), ("for", "instance")}
#: Marks closing the list: "..., for the purposes of X", "; ...".
_CLOSERS = frozenset({";", ":", ")", "\u2014", "\u2013"})
#: The kinds a general word gives ("facilities", "sites", "bases"): an example's kind says more.
GENERAL = frozenset({"military base", "logistics facility"})

Kinds = Callable[[Context, int, str], list[str]]


def example_kinds(ctx: Context, k: int, kinds_of: Kinds) -> list[str]:
    """The kinds of the examples listed right after the facility phrase headed by ``k``."""
    r = ctx.resolver
    toks, tree = r.toks, r.tree
    start = None
    # the list follows the phrase, or a phrase of the verb after it ("facilities in X under the
    # pact, including ..."), or sits in it where the parser hung it on the noun ("such as")
    for i in range(k + 1, min(max(tree.subtree(k)) + 8, len(toks) - 2)):
        if toks[i].sent != toks[k].sent or i > max(tree.subtree(k)) and (
                toks[i].pos in {"VERB", "AUX"} or toks[i].text in _CLOSERS):
            break
        if toks[i].text in {",", "\u2014", "\u2013", "("}:
            pair = (toks[i + 1].lower, toks[i + 2].lower)
            start = i + 3 if pair in _TWO_WORD else i + 2 if toks[i + 1].lower in _OPENERS else None
            named = _apposed_name(ctx, i) if start is None and toks[k].tag in {"NN", "NNP"} else None  # (not a list: "bases, the port of X, ...")
            if named is not None:  # "its largest installation, the X Air Base,": the one it names
                return kinds_of(ctx, named, toks[named].text)
            break
    if start is None:
        return []
    end = start
    while end < len(toks) and toks[end].sent == toks[k].sent and toks[end].text not in _CLOSERS \
            and not _clause_ahead(toks, end):
        end += 1
    out: list[str] = []
    for j in range(start, end):
        t = toks[j]
        if t.pos not in {"NOUN", "PROPN"} or t.dep in {"compound", "amod", "nmod", "poss"}:
            continue
        found = r.found_at(j)
        if found is not None and found.entity.type not in {"MilitaryBase", "Facility"}:
            continue  # "Port Moresby", a city: no port by its name
        words = " ".join(toks[x].text for x in tree.subtree(j) if start <= x <= j)
        out += [kd for kd in kinds_of(ctx, j, words) if kd not in out]
    return out


def located_kinds(ctx: Context, k: int, kinds_of: Kinds) -> list[str]:
    """The kinds of the facility a general word's "at"/"of" phrase places it in: "the facilities at
    the port of X", "installations of Y air base" are that port's, that base's (not "bases in the
    port city of Z": the phrase's own head must name the facility)."""
    r = ctx.resolver
    out: list[str] = []
    h = r.tree.head(k)  # "use the facilities at the port": the parser may hang "at" on the verb
    verbs = [p for p in r.tree.kids(h, "prep") if r.toks[p].lower == "at"] if h is not None and r.toks[k].dep == "dobj" else []
    for p in [*r.tree.kids(k, "prep"), *verbs]:
        if r.toks[p].lower not in {"at", "of", "in"}:
            continue
        for o in (o for j in r.tree.kids(p, "pobj") for o in r.tree.conjuncts(j)):
            found = r.found_at(o)
            named = found is not None and found.entity.type in {"MilitaryBase", "Facility"}
            if named or ctx.lexicon.any_facility.search(r.toks[o].text):
                words = " ".join(r.toks[x].text for x in r.tree.subtree(o) if x <= o)
                out += [kd for kd in kinds_of(ctx, o, words) if kd not in out and kd not in GENERAL]
    return out


def _apposed_name(ctx: Context, i: int) -> int | None:
    """The head of a base's or port's name standing alone after the comma at i, up to the next comma
    or the end of the sentence ("..., the X naval base."): the phrase's own name."""
    r = ctx.resolver
    j = i + 1 + (r.toks[i + 1].lower in {"the", "a", "an"})
    end = j
    while end < len(r.toks) and r.toks[end].sent == r.toks[i].sent and r.toks[end].pos != "PUNCT":
        end += 1
    f = r.found_at(end - 1) if end > j else None
    named = f is not None and f.entity.type in {"MilitaryBase", "Facility"} and all(r.found_at(x) for x in range(j, end))
    return end - 1 if named else None


def _clause_ahead(toks, j: int) -> bool:
    """Does the list end at token ``j``: a verb of its own, or a comma before a preposition or a
    verb ("..., for the purposes of training", "..., which ...")?"""
    t = toks[j]
    if t.pos in {"VERB", "AUX"} and t.dep not in {"amod", "compound", "acl"}:
        return True
    if t.text == "," and j + 1 < len(toks):
        n = toks[j + 1]
        return n.tag in {"IN", "WDT", "WP", "TO"} or n.pos in {"VERB", "AUX"}
    return False


def of_the_others(ctx: Context, k: int) -> bool:
    """The facilities are the others' by their "of" phrase: "the bases of the other two", "the
    ports of the others", "the airfields of each other"."""
    r = ctx.resolver
    for p in r.tree.kids(k, "prep"):
        if r.toks[p].lower == "of":
            for o in r.tree.kids(p, "pobj"):
                if r.toks[o].lower in {"others", "other"} or any(
                        r.toks[c].lower == "other" for c in r.tree.kids(o, "amod", "det", "advmod")):
                    return True
    return False
