"""Which state a ratifying legislature is of: the one the text names with it ("Chile's Chamber of
Deputies", "the Senate of Chile") before the one its link gives (the link knows only the best-known
namesake), and the state an article reports from. Read by :mod:`kg.extract.facts.ratifications`."""
from __future__ import annotations

import re

from kg.extract.context import _OWNER_TO_NAME, Context
from kg.extract.facts.common import most_named
from kg.extract.frames import Match
from kg.extract.gapping import _CALENDAR
from kg.model import Entity, Fact

#: Words of a chamber's name that say no state ("the Senate", "the House of Representatives").
#: What sets a chamber before the place it sits in: "the Majlis in Tehran", "the Senate in Nairobi".
_SEATED_IN = re.compile(r"\s+in\s+")
_CHAMBER_WORDS = frozenset({"the", "of", "national", "upper", "lower", "federal", "house", "houses", "representatives",
                            "deputies", "chamber", "senate", "assembly", "parliament", "congress", "legislature"})


def home_chambers(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """"Romania's lower house approved the pact; the Senate had endorsed it last week": a chamber
    named by words that say no state, whose link gives it a state its sentence does not name, is
    the chamber of the one other state whose legislature ratified the same agreement, unless the
    linked state takes other steps of ratifying there (the link only knows the best-known namesake)."""
    out = []
    moved: dict[tuple, str] = {}
    for f in facts:
        body = ctx.doc.entities.get(str(f.fields.get("body")))
        if body is not None and body.type == "Legislature" \
                and set(re.findall(r"[a-z]+", _mention_text(ctx, body).lower())) <= _CHAMBER_WORDS \
                and not _owned_in_sentence(ctx, f) and not _text_owned(ctx, body) and not _full_name_there(ctx, f, body):
            others = {str(g.fields["state"]) for g in facts if g.fields.get("agreement") == f.fields.get("agreement")
                      and g.fields.get("body") not in (None, body.key) and g.fields.get("state") != f.fields.get("state")
                      and getattr(ctx.doc.entities.get(str(g.fields.get("body"))), "type", None) == "Legislature"}
            alone = not any(g is not f and g.fields.get("agreement") == f.fields.get("agreement")
                            and g.fields.get("state") == f.fields.get("state") and not _unsaid_step(ctx, g) for g in facts)
            if len(others) == 1 and alone:  # a state with steps of its own there keeps its chamber
                moved[(f.fields.get("agreement"), f.fields.get("state"))] = home = others.pop()
                f = Fact(f.cq, {**f.fields, "state": home}, f.evidence, f.modality)
        out.append(f)
    # a step of no body whose sentence never names the state ("Upper house clears pact") went with its chamber
    return [Fact(f.cq, {**f.fields, "state": to}, f.evidence, f.modality)
            if _unsaid_step(ctx, f) and (to := moved.get((f.fields.get("agreement"), f.fields.get("state")))) else f
            for f in out]


def _unsaid_step(ctx: Context, f: Fact) -> bool:
    """A ratification of no body whose sentence does not name its state: what put it there was the link
    of a chamber named elsewhere by words that say no state."""
    s = ctx.doc.sentence_index(f.evidence.start)
    return f.fields.get("body") is None and not any(x.entity.key == f.fields.get("state") for x in ctx.found(s, "State"))


def _full_name_there(ctx: Context, f: Fact, body: Entity) -> bool:
    """Does the fact's sentence name the chamber by more than words that say no state ("the U.S.
    Senate", though the article calls it "the Senate" elsewhere)?"""
    return named_in_full(ctx, ctx.doc.sentence_index(f.evidence.start), body)


def named_in_full(ctx: Context, s: int, body: Entity) -> bool:
    """Does sentence s name the chamber by more than words that say no state ("the Chilean Senate")?"""
    return any(m.entity == body.key and m.sentence == s and not set(re.findall(r"[a-z]+", m.text.lower())) <= _CHAMBER_WORDS
               for m in ctx.doc.mentions)


def _text_owned(ctx: Context, body: Entity) -> bool:
    """Does the text itself give a body its state ("Chile's Senate", "the Philippine Senate"), not
    only its link?"""
    return _said_owner(ctx, body) is not None or body.qid is None and ctx.country_of(body) is not None


def text_owner(ctx: Context, body: Entity) -> Entity | None:
    """The state the text itself gives a body ("Chile's Senate", "the Senate of Chile"), not its link."""
    return _said_owner(ctx, body) or (ctx.country_of(body) if body.qid is None else None)


def bare_chamber(ctx: Context, body: Entity) -> bool:
    """Is the body named only by words that say no state ("the Senate")? A text that once names it
    in full ("the U.S. Congress ... addressed Congress") has said whose it is."""
    return all(set(re.findall(r"[a-z]+", m.text.lower())) <= _CHAMBER_WORDS
               for m in ctx.doc.mentions if m.entity == body.key)


def _mention_text(ctx: Context, ent: Entity) -> str:
    """The shortest text the article names an entity by."""
    texts = [m.text for m in ctx.doc.mentions if m.entity == ent.key]
    return min(texts, key=len) if texts else ent.label


def _owned_in_sentence(ctx: Context, f: Fact) -> bool:
    """Does the fact's sentence name its state, or a place of it? (A sentence that names no state or
    place speaks of the one the sentence before names: "In Seoul, ... . The National Assembly ratified it".)"""
    s = ctx.doc.sentence_index(f.evidence.start)
    found = ctx.found(s, "State", "Place")
    if not found and s > 0:  # (the one state the sentence before is about)
        found = ctx.found(s - 1, "State", "Place")
        if len({x.entity.key if x.entity.type == "State" else getattr(ctx.country_of(x.entity), "key", None) for x in found}) > 1:
            return False
    return any(x.entity.key == f.fields.get("state") or getattr(ctx.country_of(x.entity), "key", None) == f.fields.get("state")
               for x in found)


def body_state(ctx: Context, body: Entity) -> Entity | None:
    """The state a legislature is of: the one the text puts before its name ("Chile's Chamber of
    Deputies", "the Chilean Senate") before the one its link gives (a namesake's); for a chamber
    named bare ("Parliament", "the Senate"), the state of the article's one namesake the text
    gives a state ("Ghana's parliament ... Parliament approved it")."""
    said = _said_owner(ctx, body)
    if said is not None:
        return said
    linked = ctx.country_of(body) or _linked_state(ctx, body)
    if linked is not None:
        return linked
    if (described := ctx.doc.entities.get(str(body.attributes.get("described_state")))) is not None:
        return described  # the state of a description the chamber was found to be ("Zenda's upper house")
    heads = _head_words(ctx, body)
    owners = {o.key: o for e in ctx.doc.entities.values() if e.type == "Legislature" and e is not body
              and heads & _head_words(ctx, e) for o in [_said_owner(ctx, e) or ctx.country_of(e)] if o is not None}
    return next(iter(owners.values())) if len(owners) == 1 else _demonym_state(ctx, body)


def _demonym_state(ctx: Context, body: Entity) -> Entity | None:
    """"The Chilean Senate", "the US Senate" in an article that names the state nowhere else: the one
    state the demonym or name opening the chamber's name is of (made an entity of the article, as the
    key would list it)."""
    firsts = [body.label.split()[0]] if body.label.split() else []
    firsts += [w for t in {m.text for m in ctx.doc.mentions if m.entity == body.key} for w in t.split()[:1]]
    for first in dict.fromkeys(firsts):
        if first[:1].isupper() and first.lower() not in _CHAMBER_WORDS:
            state = _state_of_word(ctx, first, ("demonym", "name", "acronym", "alias") if first != body.label.split()[0]
                                   else ("demonym",))
            if state is not None:
                return state
    return None


def _state_of_word(ctx: Context, word: str, kinds: tuple[str, ...]) -> Entity | None:
    """The article's entity for the one state a word names as one of these kinds, made an entity of
    the article when the text names it nowhere else."""
    if ctx.gazetteer is None:
        return None
    hits = {e.qid: e for e, kind in ctx.gazetteer.lookup(word) if e.type == "State" and kind in kinds}
    if len(hits) != 1:
        return None
    entry = next(iter(hits.values()))
    known = next((e for e in ctx.doc.entities.values() if e.qid == entry.qid and e.type == "State"), None)
    if known is not None:
        return known
    key = f"wd-{entry.qid}"
    ctx.doc.entities[key] = Entity(key=key, type="State", label=entry.label, aliases={word}, qid=entry.qid,
                                   confidence=1.0)
    return ctx.doc.entities[key]


def _linked_state(ctx: Context, body: Entity) -> Entity | None:
    """The state a chamber's link puts it in, made an entity of the article when the text names the
    state only inside the chamber's name ("the U.S. Senate"); not one named by words that say no
    state ("the Senate"), whose link knows only the best-known namesake."""
    if _bare(ctx, body):
        return None
    qid = ctx.country_qid(body)
    entry = ctx.gazetteer.get(qid) if qid and ctx.gazetteer is not None else None
    if entry is None or entry.type != "State":
        return None
    key = f"wd-{entry.qid}"
    ctx.doc.entities.setdefault(key, Entity(key=key, type="State", label=entry.label, qid=entry.qid, confidence=1.0))
    return ctx.doc.entities[key]


def _bare(ctx: Context, body: Entity) -> bool:
    """Is the body named somewhere by words that say no state ("the Senate")?"""
    return set(re.findall(r"[a-z]+", _mention_text(ctx, body).lower())) <= _CHAMBER_WORDS


def _head_words(ctx: Context, ent: Entity) -> set[str]:
    """The last words of the names the article gives an entity ("parliament", "house")."""
    return {m.text.lower().split()[-1] for m in ctx.doc.mentions if m.entity == ent.key and m.text.split()}


def _said_owner(ctx: Context, body: Entity, follow: bool = True) -> Entity | None:
    """The one state the text names a body by: "<State>'s <body>", a demonym inside its name, the
    state closing it ("the Senate of the Philippines"), or a body it is set beside by a comma ("Azerbaijan's
    parliament, the Riigikogu")."""
    owners: dict[str, Entity] = {}
    if follow:
        for other in apposed(ctx, body):
            state = _said_owner(ctx, other, follow=False)
            if state is not None:
                owners[state.key] = state
    for m in ctx.doc.mentions:
        if m.entity != body.key:
            continue
        for f in ctx.found(m.sentence, "State", "Place"):
            seated_in = _SEATED_IN.fullmatch(ctx.doc.text[m.end:f.start]) is not None  # "the Majlis in Tehran"
            if f.entity.type == "Place":
                country = ctx.country_of(f.entity) if seated_in else None
                if country is not None:
                    owners[country.key] = country
            elif f.end <= m.start and (re.fullmatch(_OWNER_TO_NAME, ctx.doc.text[f.end:m.start])
                                       or _owned_chamber_before(ctx.doc.text[f.end:m.start])) \
                    or m.start <= f.start and f.end <= m.end or seated_in:
                owners[f.entity.key] = f.entity
        # "the Grand National Assembly of Turkey", "the Senate of the Philippines": the state closing its name
        tail = re.search(r"\bof (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)$", m.text)
        state = _state_of_word(ctx, tail.group(1), ("name", "alias")) if tail else None
        if state is not None:
            owners[state.key] = state
    return next(iter(owners.values())) if len(owners) == 1 else None


def _owned_chamber_before(between: str) -> bool:
    """Is the text between a state and a body's name its own chamber set beside the name: "[Chile]'s
    parliament, the [X]", "[Chile]'s lower house, the [Y]"?"""
    found = re.fullmatch(r"['’]s\s+([a-z ]+?)\s*,\s*(?:the\s+)?", between)
    return found is not None and set(found.group(1).split()) <= _CHAMBER_WORDS


def apposed(ctx: Context, body: Entity) -> list[Entity]:
    """Other legislatures a comma sets right before one of the body's names: "X's parliament, the Y"."""
    out: list[Entity] = []
    mentions = [m for m in ctx.doc.mentions if m.type == "Legislature"]
    for m in (m for m in mentions if m.entity == body.key):
        for prev in mentions:
            other = ctx.doc.entities.get(str(prev.entity))
            if other is not None and other is not body and prev.end <= m.start \
                    and re.fullmatch(r",\s*(?:the\s+)?", ctx.doc.text[prev.end:m.start]):
                out.append(other)
    return out


def named_owner(ctx: Context, m: Match, body: Entity) -> Entity | None:
    """The state the sentence says a ratifying body is of: "Chile's Chamber of Deputies", "its
    Senate", "the Senate of Chile" (a namesake's link may say otherwise)."""
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    # "members of Chile's Senate": the body a representative noun stands for is read where it is named
    named = [o for k in m.tokens.get("ratifier", []) for o in [k, *(
        o for p in tree.kids(k, "prep") if toks[p].lower == "of" for o in tree.kids(p, "pobj"))]]
    for k in named:
        f = ctx.resolver.found_at(k)
        if f is None or f.entity.key != body.key:
            continue
        # (not the words of a body coordinated with it: "the Turkish parliament and Hungary's assembly")
        others = {i for c in tree.kids(k, "conj", "cc") for i in tree.subtree(c)}
        span = [i for i in tree.subtree(k) if (toks[i].start < f.start or toks[i].start >= f.end)
                and i not in others] + tree.kids(k, "poss")
        for i in span:
            if toks[i].dep in {"poss", "amod", "compound", "pobj"}:
                states = [e for e in ctx.resolver.entities(i, ("State",)) if e.type == "State"]
                if not states and toks[i].dep == "pobj" and toks[toks[i].head].lower == "in":
                    # "the House of Representatives in Jakarta": the state of the city it sits in
                    states = [c for e in ctx.resolver.entities(i, ("Place",)) if (c := ctx.country_of(e)) is not None]
                if len(states) == 1:
                    return states[0]
    return None


def home_state(ctx: Context) -> Entity | None:
    """The state an article reports from: its dateline's country, else the state it names most."""
    from kg.extract.facts.travel import scene

    here = scene(ctx)
    if here is not None:
        country = here if here.type == "State" else ctx.country_of(here)
        if country is not None:
            return country
    return most_named(ctx, "State")


#: A chamber called the other house of a parliament the passage tells of: "the Zendan Council,
#: the upper chamber", "the upper house in Zenda, the Diet"; a place after it says where it sits.
_SISTER = re.compile(r"\b(?:upper|lower|other|second)\s+(?:chamber|house)(?:\s+(?:of parliament|in\s+([A-Z][\w'’-]*)))?\b")


def sister_chamber_state(ctx: Context, body: Entity, facts: list[Fact], agreements: list[str]) -> Entity | None:
    """The state of a chamber no name or link gives one, that the text calls the upper or lower
    house set beside its name ("the Zendan Council, the upper chamber,"): the state whose other
    chamber the article has ratifying the same agreement, or the state of the city the house is
    said to sit in ("the upper chamber in Moscow, the X")."""
    for m in (m for m in ctx.doc.mentions if m.entity == body.key):
        text = ctx.doc.text
        after = re.match(r",\s*(?:the\s+)?([^,;]{0,40})", text[m.end:m.end + 60])
        before = re.search(r"([^,;]{0,40}),\s*(?:the\s+)?$", text[max(0, m.start - 60):m.start])
        for side in (after, before):
            said = _SISTER.search(side.group(1)) if side else None
            if said is None:
                continue
            if said.group(1):  # "the upper chamber in Moscow": where it sits
                place = next((f.entity for f in ctx.found(m.sentence, "Place", "State")
                              if ctx.doc.text[f.start:f.end] == said.group(1)), None)
                state = place if place is not None and place.type == "State" else (
                    ctx.country_of(place) if place is not None else None)
                if state is not None:
                    return state
            homes = {str(f.fields["state"]) for f in facts if f.fields.get("agreement") in agreements
                     and getattr(ctx.doc.entities.get(str(f.fields.get("body"))), "type", None) == "Legislature"}
            if len(homes) == 1:
                return ctx.doc.entities.get(homes.pop())
    return None


def own_chambers(ctx: Context, m: Match, bodies: list[Entity]) -> list[Entity]:
    """A state's chambers that one clause has ratifying, each a step of its own ("by the Zendan Assembly
    and by the Zendan Council"), when there are two or more: not a parliament set beside its
    chamber's name ("Russia's parliament, the X"), which is that chamber, nor a name the parser
    coordinated with a date, which opens a clause of its own ("ratified it on May 2 and the Y, the
    upper house, approved it on May 9")."""
    if len(bodies) < 2:
        return []
    named = [b for b in bodies if not any(b in apposed(ctx, o) for o in bodies if o is not b)
             and not _beside_date(ctx, m, b)]
    return named if len(named) >= 2 else []


def _beside_date(ctx: Context, m: Match, body: Entity) -> bool:
    toks, tree = ctx.resolver.toks, ctx.resolver.tree
    return any(toks[k].dep == "conj" and (h := tree.head(k)) is not None
               and (toks[h].lower in _CALENDAR or toks[h].pos == "NUM")
               for k, f in ctx.resolver.at_token.items() if f.entity.key == body.key and f.mention.sentence == m.sentence)


def foreign(ctx: Context, body: Entity, state: Entity | None) -> Entity | None:
    """The state, unless the body's link puts it in another ("by the Chilean Senate and by
    Peru's X": Peru is not the Senate's state); a chamber named by words that say no state ("the
    Chamber of Deputies") is linked only to the best-known namesake, which says nothing."""
    linked = ctx.country_qid(body) if state is not None and not _bare(ctx, body) else None
    return state if linked is None or state is None or linked == state.qid else None


def chambers_beside(ctx: Context, m: Match, bodies: list[Entity],
                    owners: dict[str, Entity | None]) -> dict[str, Entity | None]:
    """A chamber of no known state that one clause has ratifying beside the chambers of one state
    ("the Zendan Assembly and the Zendan Council") is that state's, or, where the clause names
    several states' chambers, the state of the chamber it is coordinated with ("by the Chilean Senate
    and by both houses of Peru's parliament, the Zendan Assembly and the Zendan Council");
    unless its link says otherwise."""
    states = {o.key: o for o in owners.values() if o is not None}
    if not states or all(owners.get(b.key) is not None for b in bodies):
        return owners
    out = dict(owners)
    for b in (b for b in bodies if owners.get(b.key) is None):
        beside = next(iter(states.values())) if len(states) == 1 else _coordinated_owner(ctx, m, b, owners)
        out[b.key] = foreign(ctx, b, beside)
    return out


def _coordinated_owner(ctx: Context, m: Match, body: Entity, owners: dict[str, Entity | None]) -> Entity | None:
    """The state of the one chamber of known state a body's name is coordinated with in the sentence."""
    tree, at = ctx.resolver.tree, ctx.resolver.at_token
    found = {owner.key: owner for k, f in at.items() if f.entity.key == body.key and f.mention.sentence == m.sentence
             for c in tree.conjuncts(k) + [h for h in [tree.head(k)] if h is not None and ctx.resolver.toks[k].dep == "conj"]
             if (g := at.get(c)) is not None and g.entity.key != body.key
             and (owner := owners.get(g.entity.key)) is not None}
    return next(iter(found.values())) if len(found) == 1 else None

#END
