"""A part of a sea or an ocean named by a compass word: "the eastern Mediterranean", "the North
Atlantic", "the western Pacific". News names such a part as a region of its own, not the whole water
body (a reader records "the eastern Mediterranean", never "the Mediterranean Sea"), whether the
compass word is capitalised or not. Read by :func:`kg.extract.special_mentions.find_regions`."""
from __future__ import annotations

import functools
import re

from kg.extract.lexicon import Lexicon
from kg.model import Document, Mention

#: Compass words that cut a part out of a place's extent ("south-western", "Central").
_COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central"
#: Words after which the compass phrase opens a longer name ("the North Atlantic Treaty").
_NAME_GOES_ON = re.compile(r" (?:Treaty|Council|Alliance|Fleet|Command|Forum|Organi[sz]ation|Islands?|Ocean|Sea)\b")


def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return _compiled(lexicon.sea_adjectives)


@functools.lru_cache(maxsize=8)
def _compiled(sea_adjectives: tuple[str, ...]) -> re.Pattern[str]:
    # the water named by capitalised words before "Sea"/"Ocean" ("Indian Ocean") or by a listed adjective
    water = r"(?:[A-Z][a-z]+ )+(?:Sea|Ocean)|" + "|".join(map(re.escape, sea_adjectives))
    return re.compile(r"(?<![\w-])(?i:" + _COMPASS + r")[ -](?:" + water + r")(?![\w-])")


def find_sea_parts(doc: Document, lexicon: Lexicon) -> list[Mention]:
    """Each "COMPASS SEA" span as a place; a longer name the gazetteer lists holding it ("the South
    China Sea") wins where the longest candidate is chosen."""
    out = []
    for match in _pattern(lexicon).finditer(doc.text):
        start, end = match.span()
        if _NAME_GOES_ON.match(doc.text, end):
            continue  # "the North Atlantic Treaty": the part opens a longer name, read whole elsewhere
        out.append(Mention(start, end, match.group(0), "Place", sentence=doc.sentence_index(start)))
    return out


def is_sea_part(name: str, lexicon: Lexicon) -> bool:
    """"eastern Caribbean": a part of a sea, which a context ("the island states of the eastern
    Caribbean") never makes a grouping of states."""
    return _pattern(lexicon).fullmatch(name) is not None
