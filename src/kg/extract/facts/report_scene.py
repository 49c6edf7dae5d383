"""Where a report is filed from: the place its dateline or byline names, or a live report's headline
its city. Signings of the day, trips and summits told without a place of their own are read there."""
from __future__ import annotations

from kg.extract.context import Context
from kg.extract.frames import Match
from kg.model import Entity


def scene(ctx: Context) -> Entity | None:
    """Where the report is filed from: the place its dateline names ("ASTANA -", "KYIV, May 2
    (Agency) —", a line "Quito, 3 May 2024" of its own), the place a traveller arrives in when the
    text does not repeat it."""
    from kg.layout import BYLINE_PLACE, DATE_STAMP, DATED_LINE, DATED_SOURCE, DATELINE

    for s in range(min(3, len(ctx.doc.sentences))):
        text = ctx.sentence(s)
        # a crawler's date stamp before the dateline ("date 2021-04-24 ISTANBUL: ..."): the dateline follows it
        cut = stamp.end() if s == 0 and (stamp := DATE_STAMP.match(text)) is not None else 0
        rest = text[cut:]
        m = DATELINE.match(rest) or DATED_SOURCE.match(rest) or BYLINE_PLACE.match(rest)
        if m is None and (m := DATED_LINE.match(text)) is not None:
            # (a line of its own: the place is its whole name, "Middle East Programme, 3 May" none)
            whole = [f.entity for f in ctx.found(s, "Place", "State")
                     if ctx.local(s, f.start) == m.start("place") and ctx.local(s, f.end) == m.end("place")]
            if whole:
                return whole[0]
            continue
        if m:
            group = "post" if m.re is BYLINE_PLACE and m.group("post") else "place"
            # a byline's place is the one its place words hold, not a word of the writer's name or post
            first = cut + (m.start(group) if m.re is BYLINE_PLACE else 0)
            for f in ctx.found(s, "Place", "State"):
                if first <= ctx.local(s, f.start) < cut + m.end(group) + 1:
                    return f.entity
    return _live_scene(ctx)


def called_off_here(m: Match, mod: str) -> bool:
    """A trip noun called off with no place, no owner and no article pointing back ("LIMA - X
    postponed a state visit", "a visit by X has been scrapped"): the trip the report is filed
    about, to where it is filed ("her visit", "the trip" may be one told elsewhere)."""
    return mod == "negated" and m.args.nominal and not m.args.possessor


def _live_scene(ctx: Context) -> Entity | None:
    """A live report's scene: the city its headline names after "in" ("LIVE: Leaders meet in X")."""
    from kg.layout import LIVE_HEADLINE

    text = ctx.doc.article.text
    headline = text.lstrip().split("\n", 1)[0]
    if not LIVE_HEADLINE.match(headline):
        return None
    end = text.index(headline) + len(headline)  # (the parser may cut the headline after "LIVE:")
    heads = [s for s, sent in enumerate(ctx.doc.sentences) if sent.start < end]
    cities = [f.entity for s in heads for f in ctx.found(s, "Place") if f.start < end
              and text[:f.start].rstrip().endswith(" in") and f.entity.label.lower() not in ctx.lexicon.regions]
    return cities[0] if cities else None


def told_here(ctx: Context, k: int) -> bool:
    """"X is here too", "Y is here as well and speaks later": a bare "here" on a clause (no place phrase of
    its own, as in "here in X") puts the one it tells of where the report is, as arriving does."""
    tree = ctx.resolver.tree
    return any(tree.toks[c].lower == "here" and not tree.kids(c, "prep") for c in tree.kids(k, "advmod"))
