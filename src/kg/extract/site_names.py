"""Sites named with their lower-case noun: "Haneda airport", "the Umba river", "Andreas Papandreou
air base" are the airport, the river, the base, named so (``site_nouns`` in ``data/lexicon.yaml``),
not the person or place their first words might be. Ports keep their own reading
(:func:`kg.extract.special_mentions.name_ports`: "the port of X")."""
from __future__ import annotations

import functools
import re

from kg.extract.lexicon import Lexicon
from kg.extract.special_mentions import name_ports
from kg.model import Document, Mention


@functools.lru_cache(maxsize=4)
def _after(nouns: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for a site noun right after a name (the longest noun first), and each noun's type."""
    types = {noun: etype for etype, words in nouns for noun in words}
    words = "|".join(re.escape(n) for n in sorted(types, key=len, reverse=True))
    return re.compile(rf" ({words})\b(?![-\w])"), types


def name_sites(doc: Document, lexicon: Lexicon, found: list[Mention]) -> None:
    """Ports, then a name the gazetteer does not know followed by a site noun: the site, so named."""
    name_ports(doc, found)
    if not lexicon.site_nouns:
        return
    pattern, types = _after(tuple((k, tuple(v)) for k, v in lexicon.site_nouns.items()))
    text = doc.text
    for m in [m for m in found if m.qid is None and m.type != "State" and m.kind == "name"]:
        after = pattern.match(text, m.end)
        if after is None or any(o is not m and m.start < o.end and o.start < after.end() for o in found):
            continue
        found.remove(m)
        found.append(Mention(m.start, after.end(), text[m.start:after.end()], types[after.group(1)], sentence=m.sentence))
