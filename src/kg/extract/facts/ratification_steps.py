"""Which steps toward ratification tell one: an agreement handed to a body, or withheld from it
("would not put it before Congress": negated), and an approval said not to be needed ("needs no
approval from Congress": none at all). Read by :mod:`kg.extract.facts.ratifications`."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match

#: Verbs handing an agreement to a body: not handing it over ("would not submit it to parliament",
#: "has never sent it to the Senate") blocks its ratification, a ratification negated (FORMAT.md).
_HANDING = frozenset({"submit", "send", "put", "lay", "refer", "bring", "table", "place"})


def vote_ahead(m: Match) -> tuple[str, ...]:
    """The modalities a vote-on trigger tells a ratification in: a vote ahead, or for a handing
    over, also one withheld."""
    # (withheld from a body read: "would not put it before its parliament" with no parliament read
    # says not whose, and "it", the state in view, is no more than a guess)
    # ("the Senate never voted on it": a vote a body never held is its ratification withheld too)
    withheld = any(e.type == "Legislature" for e in m.roles.get("ratifier", []))
    return ("planned", "negated") if m.trigger.lemma in _HANDING | {"vote"} and withheld else ("planned",)


def handed_to(ctx: Context, m: Match, ratifiers: list) -> list:
    """Who ratifies an agreement handed to a legislature: the legislature, not the government that hands it
    ("the cabinet sent it to the Storting": the subject's state is only the one in view)."""
    if m.frame.name != "vote-on" or m.trigger.lemma not in _HANDING or not any(e.type == "Legislature" for e in ratifiers):
        return ratifiers
    r = ctx.resolver
    handing = {e.key for s in r.tree.kids(m.trigger.i, "nsubj") for e in r.entities(s, ("State",))}
    return [e for e in ratifiers if e.key not in handing]


def shelved(ctx: Context, m: Match) -> bool:
    """Is "table" the American "shelve" ("the Senate voted to table the accord")? It hands an
    agreement to a legislature only with that legislature in its phrase: "tabled in parliament",
    "tabled it before the Assembly"."""
    if m.trigger.lemma != "table":
        return False
    r = ctx.resolver
    heads = [m.trigger.i, *r.tree.kids(m.trigger.i, "dobj")]  # ("table the accord [in parliament]": hung on the object)
    return not any(e.type == "Legislature" for h in heads for p in r.tree.kids(h, "prep") if r.toks[p].lower in {"in", "before"}
                   for o in r.tree.kids(p, "pobj") for e in r.entities(o, ("Legislature",)))


_NEEDING = frozenset({"require", "need", "necessitate"})


def not_needed(ctx: Context, m: Match) -> bool:
    """Is the trigger an approval said not to be needed: "the pact doesn't need the Senate's
    consent", "needs no approval from Congress", "no ratification is required"? Such an agreement
    takes effect without a vote: no ratification is awaited or refused."""
    t = m.trigger
    if not m.args.nominal or t.dep not in {"dobj", "nsubjpass"} or t.head == t.i:
        return False
    tree = ctx.resolver.tree
    head = tree.toks[t.head]
    if head.lemma not in _NEEDING:
        return False
    return bool(tree.kids(t.head, "neg")) or any(tree.toks[c].lower == "no" for c in tree.kids(t.i, "det"))


#: Verbs a meeting says of the texts it agrees on as a legislature says them of laws: "the leaders
#: adopted a joint statement", "the ministers endorsed the plan".
_ADOPTING = frozenset({"adopt", "endorse"})
#: What a body adopts when it ratifies: "the chamber adopted a bill ratifying the accord".
_ENACTED = frozenset({"law", "bill", "act", "decree", "resolution", "measure", "ordinance", "motion"})


def adopted_at_meeting(ctx: Context, m: Match, ratifiers: list) -> bool:
    """Is an "adopt"/"endorse" said of leaders, sides or governments, no legislature among who adopts
    and no law adopted ("the two presidents adopted a declaration")? A text agreed on at a meeting,
    not ratified; a chamber adopting it, or a law ratifying it, still ratifies."""
    t = m.trigger
    if m.args.nominal or t.lemma not in _ADOPTING or not ratifiers or any(e.type == "Legislature" for e in ratifiers):
        return False
    tree = ctx.resolver.tree
    return not any(tree.toks[k].lemma.lower() in _ENACTED for k in tree.kids(t.i, "dobj", "nsubjpass"))


def adopting_states(ctx: Context, m: Match, ratifiers: list) -> list:
    """The states a text adopted at a meeting names as adopting it ("A and B adopted a roadmap"): its
    parties, as states that sign one are (a leader or "the two sides" adopting says no more than the
    meeting did)."""
    r = ctx.resolver
    named = any((f := r.found_at(k)) is not None and f.entity.type == "State" for k in m.tokens.get("ratifier", []))
    return [e for e in ratifiers if e.type == "State"] if named else []
