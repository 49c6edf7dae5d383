"""Places a summit's sentence names that are not where it is held: where those who speak of it are
("officials in Santiago said", "diplomats in Brussels expect") or what it speaks about ("the war in
X"); and the place a "where" clause on it is said of."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

from kg.extract.context import Context, Found, head_token
from kg.extract.tree import Tree
from kg.model import Entity

#: Nouns for those who speak of an event from somewhere: "in X" after one says where they are.
SPEAKERS = frozenset({"official", "diplomat", "source", "analyst", "observer", "reporter", "correspondent",
                      "spokesman", "spokeswoman", "spokesperson", "journalist", "commentator", "expert",
                      "aide", "insider", "newspaper", "media", "broadcaster"})


def where_speakers_are(ctx: Context, f: Found) -> bool:
    """Is the place an "in" phrase on a noun for speakers ("officials in Santiago said")?"""
    t = head_token(ctx, f)
    toks = ctx.doc.annotations["tokens"]
    if t is None or t.dep != "pobj" or toks[t.head].lower != "in":
        return False
    noun = toks[toks[t.head].head]
    return noun.lemma.lower() in SPEAKERS


def where_talk_is(ctx: Context, f: Found) -> bool:
    """A place named where those who speak of the summit are ("officials in Santiago said"), as
    what it speaks about ("overshadowed by the war in X", "to discuss the situation in Y") or as
    whose sway a region is in ("a province for decades in Ankara's orbit"): not where it is held."""
    from kg.extract.facts.common import in_its_sway
    from kg.extract.facts.summit_topics import a_topic

    return where_speakers_are(ctx, f) or a_topic(ctx, f) or in_its_sway(ctx, f)


def where_clause_place(ctx: Context, heads: list[int]) -> Entity | None:
    """"from Lima, where he had attended the summit": the place a "where" clause is said of."""
    r = ctx.resolver
    for k in heads:
        for g in r.tree.ancestors(k):
            t = r.toks[g]
            if t.dep == "relcl" and any(r.toks[c].lower == "where" for c in r.tree.kids(g, "advmod")):
                f = r.at_token.get(t.head)
                if f is not None and f.entity.type == "Place":
                    return f.entity
                break
    return next((e for k in heads if (e := _where_opened(ctx, k)) is not None), None)


def _where_opened(ctx: Context, k: int) -> Entity | None:
    """"flying in from X where that morning she had attended the summit": a "where" right after a
    place opens a clause on it though the parser hangs the clause elsewhere; the summit the clause's
    verb takes is held there."""
    r = ctx.resolver
    verb = next((g for g in r.tree.ancestors(k) if r.toks[g].pos in {"VERB", "AUX"}), None)
    for w in range(k - 1, max(-1, k - 25), -1):
        t = r.toks[w]
        if t.sent != r.toks[k].sent or t.text in {";", ":", "—", ","}:  # (a comma closes the clause first)
            return None
        if t.lower == "where":
            before = w - 2 if w > 1 and r.toks[w - 1].text == "," else w - 1
            f = r.at_token.get(before) if before >= 0 else None
            placed = f is not None and f.entity.type == "Place" and verb is not None and w < verb < k
            return f.entity if placed and f is not None else None
    return None


#: Words opening a cause: "due to the fighting in X", "because of unrest in Y", "amid protests in Z".
_CAUSES = frozenset({"due", "because", "amid", "amidst", "despite", "owing"})


def in_a_cause(ctx: Context, f: Found) -> bool:
    """Is the place said inside a phrase giving a cause ("called off due to the situation in X")?
    What happened there is why, not where."""
    t = head_token(ctx, f)
    if t is None:
        return False
    r = ctx.resolver
    for g in r.tree.ancestors(t.i, 6):
        if r.toks[g].lower == "due":  # "due to the unrest", not "was due to open in X" (a predicate: scheduled)
            if r.toks[g].dep != "acomp" and any(r.toks[c].lower == "to" and r.tree.kids(c, "pobj") for c in r.tree.children[g]):
                return True
        elif r.toks[g].lower in _CAUSES:
            return True
    return False


#: Words that set an event for a place ahead: "the summit planned for Riga", "scheduled for Accra".
_SET_FOR = re.compile(r"\b(?:planned|scheduled|set|slated|due|pencilled|penciled|earmarked)\s+for\s+(?:the\s+)?$",
                      re.IGNORECASE)


def planned_for(ctx: Context, s: int, f: Found) -> bool:
    """"The summit planned for Riga in May", "a meeting scheduled for Accra": the place an event is
    set for is where it is (to be) held."""
    return bool(_SET_FOR.search(ctx.sentence(s)[max(0, ctx.local(s, f.start) - 30):ctx.local(s, f.start)]))


#: Verbs of a journey whose "to" phrase, when the summit is what the journey is for, is where it is.
_JOURNEYS = frozenset({"fly", "travel", "head", "go", "come", "jet", "return", "arrive"})


def tied_place(ctx: Context, f: Found, heads: list[int]) -> bool:
    """Does the parse tie the place to the summit: its own "in"/"at" phrase ("the summit in X"),
    or that of the verb the summit hangs on ("leaders met in X for a summit", "will be held in X"),
    or the "to" phrase of a journey made for it ("will fly on to X for a summit")? A place said of
    something else in the sentence ("the offensive in X", "after a stop in Y") is not."""
    r = ctx.resolver
    t = head_token(ctx, f)
    if t is not None and t.dep == "dobj" and r.toks[t.head].lemma == "visit":
        # "to visit X in November to take part in the summit": the place visited for it
        return any(t.head in r.tree.ancestors(k) for k in heads)
    if t is None or t.dep != "pobj" or r.toks[t.head].lower not in {"in", "at", "to"}:
        return False
    prep = r.toks[t.head]
    verbs = {next((g for g in r.tree.ancestors(k) if r.toks[g].pos in {"VERB", "AUX"}), None) for k in heads}
    verbs |= raised_verbs(r.tree, heads)  # "the summit is due to be held in X"
    # "will travel to X to attend the summit", "arrived in X to join a summit": the journey a
    # purpose clause on the summit hangs from goes where the summit is
    verbs |= {r.toks[v].head for v in verbs if v is not None and r.toks[v].dep in {"xcomp", "advcl"}
              and r.toks[r.toks[v].head].lemma in _JOURNEYS and _taking_part(ctx, v)}
    if prep.lower == "to":
        # ("flies to X and then on to Y for the summit": the leg whose "on" the summit's "for" hangs on too)
        leg = prep.head in {a for k in heads for a in r.tree.ancestors(k)} and r.toks[prep.head].lower == "on" \
            and any(v is not None and r.toks[v].lemma in _JOURNEYS for v in verbs)
        return prep.head in verbs and r.toks[prep.head].lemma in _JOURNEYS or _journey_for(ctx, prep.head, heads) or leg
    return prep.head in heads or prep.head in verbs


def last_leg(ctx: Context, bound: list[Found], heads: list[int]) -> Entity | None:
    """The place of the summit among those the parse ties to it: the first, but of a journey's legs
    ("goes to X first and then on to Y for the summit") the one told last before the summit."""
    if not bound:
        return None
    r = ctx.resolver
    legs = [f for f in bound if (t := head_token(ctx, f)) is not None and t.dep == "pobj" and r.toks[t.head].lower == "to"]
    first = min((r.toks[k].start for k in heads), default=None)
    before = [f for f in legs if first is not None and f.start < first]
    return max(before, key=lambda f: f.start).entity if len(legs) == len(bound) > 1 and before else bound[0].entity


#: How a subject's verb hands it on to the verb that says what happens to it: "is due to", "is expected to".
_HANDED_ON = frozenset({"xcomp", "acomp"})


def raised_verbs(tree: Tree, heads: list[int]) -> set[int]:
    """"The summit is due to be held in X", "the meeting is expected to take place in Y", "is set to open
    in Z": the verbs a summit's own verb hands its subject on to, down "to" clauses and predicate
    adjectives, whose "in" phrase says where the summit is. Only for a summit that is the subject."""
    toks, out = tree.toks, set()
    for k in heads:
        if toks[k].dep not in {"nsubj", "nsubjpass"}:
            continue
        todo = [toks[k].head]
        while todo:
            v = todo.pop()
            for c in tree.kids(v, *_HANDED_ON):
                if c not in out and toks[c].pos in {"VERB", "AUX", "ADJ"}:
                    out.add(c)
                    todo.append(c)
    return out


#: Nouns of a journey whose "to" phrase, when a "for" phrase gives the summit it is for, is where it is.
_JOURNEY_NOUNS = frozenset({"journey", "trip", "flight", "visit", "voyage", "travel"})


def _journey_for(ctx: Context, n: int, heads: list[int]) -> bool:
    """"cancelled his journey to X for this week's summit", "her flight to Y for the summit was delayed":
    a journey noun's "to" phrase, the summit in a "for" phrase on the noun or on the verb that takes it."""
    r = ctx.resolver
    if r.toks[n].lemma not in _JOURNEY_NOUNS:  # (or the verb the parser hung the "to" on: "cancelled his trip")
        n = next((c for c in r.tree.kids(n, "dobj", "nsubjpass") if r.toks[c].lemma in _JOURNEY_NOUNS), -1)
        if n < 0:
            return False
    owners = {n} | ({r.toks[n].head} if r.toks[n].dep in {"dobj", "nsubjpass", "nsubj"} else set())
    return any(r.toks[k].dep == "pobj" and r.toks[r.toks[k].head].lower == "for" and r.toks[r.toks[k].head].head in owners
               for k in heads)


def _taking_part(ctx: Context, v: int) -> bool:
    """Is the verb one of being at an event ("to attend", "to join", "to take part in", "to address"),
    not of speaking about it from elsewhere ("to discuss a summit planned for Y")?"""
    from kg.extract.frames import load_frames

    t = ctx.resolver.toks[v]
    taking = {w for f in load_frames().frames if f.fact == "participation" for w in f.verbs if " " not in w}
    return t.lemma in taking | {"address"} or t.lemma == "take" and any(
        ctx.resolver.toks[c].lemma == "part" for c in ctx.resolver.tree.kids(v, "dobj"))


def where_guests_went(ctx: Context, participants: list[Entity], start, sentences: Collection[int] = ()) -> Entity | None:
    """"X flew to Lima on Thursday. There she joined the summit, which opened on Friday": a summit
    with no place of its own is held in the city where one who takes part in it has just arrived
    (a trip done, begun at most three days before its first day; undated, a trip told with a summit
    held on the days around writing; an undated summit told in the sentence after the trip). Not a
    country or region: the trip may be a tour."""
    from kg.extract.facts.participants import represented

    published = ctx.doc.article.published
    recent = start is not None and published is not None and abs((published - start).days) <= 3
    taking_part = {p.key for p in participants}
    for f in ctx.doc.annotations.get("facts", []):
        if f.cq != "visit" or f.modality != "asserted":
            continue
        where = ctx.doc.entities.get(str(f.fields.get("destination")))
        if where is None or where.type not in {"Place", "Facility", "MilitaryBase"} or where.label.lower() in ctx.lexicon.regions \
                or where.label.split()[-1].lower() in _REGION_NOUNS:
            continue
        if not {e.key for e in represented(ctx, str(f.fields["visitor"]))} & taking_part:
            continue
        began = f.fields.get("start")
        fits = (0 <= (start - began).days <= 3) if isinstance(began, dt.date) and start is not None else began is None and recent
        # "X arrived in Lima on Monday. She later joined Y at a summit": an undated summit told right after the trip
        fits = fits or start is None and ctx.doc.sentence_index(f.evidence.start) + 1 in sentences and (
            not isinstance(began, dt.date) or published is not None and abs((published - began).days) <= 7)
        if fits:
            return where
    return None


#: The last word of a region's name ("the Amur region"): no city a summit is held in.
_REGION_NOUNS = frozenset({"region", "province", "oblast", "krai", "state", "territory", "prefecture", "county", "district"})


#: Days around publication a summit placed by the dateline may be told on: the day's news.
_OF_THE_DAY = 7


def dateline_place(ctx: Context, summit: Entity, heads: list[int], sentences: list[int], start: dt.date | None,
                   ahead: bool) -> Entity | None:
    """"ISTANBUL - ... the summit opened on Thursday": a summit of the day's news that no sentence
    places is held where the report is filed from, when the report's opening lines (the dateline's
    sentence, which may stand alone, and the two after it) tell it, or a sentence on it says "here". Not a country (a city-state is
    itself the place), not a summit told on days far from writing or with a time gone by of its own
    ("the summit of 1990"), nor
    one still ahead that no sentence says is "here" ("agreed to meet again at a summit next year")."""
    from kg.extract.facts.summit_days import own_time
    from kg.extract.facts.travel import scene
    from kg.layout import DATELINE

    published = ctx.doc.article.published
    if published is None or (start is not None and abs((start - published).days) > _OF_THE_DAY) \
            or summit.label.split()[0].lower() in _OTHER_EDITION or own_time(ctx, heads, start, None)[2]:
        return None
    opening = next((s for s in range(min(3, len(ctx.doc.sentences))) if DATELINE.match(ctx.sentence(s))), None)
    if opening is None:
        return None
    here = any(_HERE.search(ctx.sentence(s)) for s in sentences)
    ahead = ahead or start is not None and start > published
    if not (here or not ahead and {opening, opening + 1, opening + 2} & set(sentences)):
        return None
    place = scene(ctx)
    if place is None or place.type != "Place" or place.label.lower() in ctx.lexicon.regions:
        return None
    return place


_HERE = re.compile(r"\bhere\b", re.IGNORECASE)
#: First words of a summit's label that make it another edition than the day's ("next summit").
_OTHER_EDITION = frozenset({"next", "last", "previous", "future", "upcoming", "coming", "following"})


def dateline_city_in(ctx: Context, summit: Entity, state: Entity, start: dt.date | None) -> Entity | None:
    """"KUWAIT CITY - Leaders will meet in Kuwait on Sunday for the summit": a summit of the day's
    news placed only in a state is in the dateline's city when that city is in the state."""
    from kg.extract.facts.travel import scene

    published = ctx.doc.article.published
    if published is None or start is None or abs((start - published).days) > _OF_THE_DAY \
            or summit.label.split()[0].lower() in _OTHER_EDITION:
        return None
    place = scene(ctx)
    country = ctx.country_of(place) if place is not None and place.type == "Place" else None
    return place if country is not None and country.key == state.key else None


#: Words a state hangs by on a phrase set beside a place: "the capital of the nation X".
_DESCRIBING = frozenset({"pobj", "prep", "appos", "compound", "amod", "nmod", "poss"})


def describes_a_place(ctx: Context, k: int | None) -> bool:
    """"in X, the capital of the nation Y", "in X, capital of Y": a state named inside a phrase set
    beside a place (through "of" only) tells where that place is, not who takes part."""
    r = ctx.resolver
    g = k
    through_of = False  # (a state set right beside a city, "in X, Y", is the parse's to hang anywhere)
    for _ in range(6):
        if g is None or r.toks[g].dep not in _DESCRIBING:
            return False
        if r.toks[g].dep == "prep":
            if r.toks[g].lower != "of":
                return False
            through_of = True
        h = r.toks[g].head
        if r.toks[g].dep == "appos" and (found := r.at_token.get(h)) is not None and found.entity.type == "Place":
            return through_of
        g = h if h != g else None
    return False
