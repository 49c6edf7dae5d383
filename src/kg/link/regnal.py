"""A monarch by the name news gives: the regnal name ("Abdullah II" of "Abdullah II of Jordan") or,
after a style, the given name alone ("King Salman" of "Salman bin Abdulaziz Al Saud").

Only listed people holding a monarch's office are reached so, by the words of their label before
"of", "bin"/"ibn" or a comma. A regnal number tells one monarch from another by itself; a given name
alone links only when the article names the monarch's country, so a king of another realm the
gazetteer lacks is never taken for a listed namesake.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from kg.link.gazetteer import GazetteerEntry
from kg.text import DESCENT, lookup_key

#: An office a monarch holds ("King of Jordan", "Emir of the State of Qatar", "Monarch").
_MONARCH_OFFICE = re.compile(r"^(?:king|queen|emir|amir|sultan|emperor|empress|prince|grand duke|monarch)\b", re.IGNORECASE)
#: Words after a monarch's name in a label: the realm ("of Jordan") or the father ("bin Abdulaziz").
_NAME_END = frozenset({"of"}) | DESCENT
#: Regnal numbers, as lookup keys.
NUMERALS = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
                      "xv", "xvi", "xvii", "xviii"})


def is_monarch(entry: GazetteerEntry) -> bool:
    """Does the listed person hold (or has held) a monarch's office?"""
    offices = [*entry.extra.get("offices", ()), entry.extra.get("office") or {}]
    return any(_MONARCH_OFFICE.match(str(o.get("label", ""))) for o in offices if isinstance(o, dict))


def regnal_name(label: str) -> str:
    """The words of a monarch's label before the realm or the father, as a lookup key
    ("Abdullah II of Jordan" -> "abdullah ii", "Albert II, Prince of Monaco" -> "albert ii")."""
    words = []
    for w in lookup_key(label.split(",")[0]).split():
        if w in _NAME_END:
            break
        words.append(w)
    return " ".join(words)


def monarch_index(entries: Iterable[GazetteerEntry]) -> dict[str, list[GazetteerEntry]]:
    """Regnal name, and its first word (a given name a style goes before), -> listed monarchs."""
    index: dict[str, list[GazetteerEntry]] = {}
    for e in entries:
        if e.type != "Person" or not is_monarch(e):
            continue
        name = regnal_name(e.label)
        for key in {name, name.split()[0]} if name else ():
            index.setdefault(key, []).append(e)
    return index


def monarchs_named(index: dict[str, list[GazetteerEntry]], key: str, styled: bool) -> list[GazetteerEntry]:
    """The listed monarchs a name (a lookup key) gives: by a regnal number ("abdullah ii"), or,
    styled ("King X"), by a given name alone; the caller checks the realm of the latter."""
    words = key.split()
    if len(words) >= 2 and words[-1] in NUMERALS:
        return [e for e in index.get(key, ()) if regnal_name(e.label) == key]
    if styled and len(words) == 1:
        return list(index.get(key, ()))
    return []
