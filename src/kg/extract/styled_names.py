"""A person's name as news styles it, kept as aliases of the person's entity.

A royal or religious style written before a name is part of the name readers use ("King X",
"Sheikh Y bin Z", "Pope W"), though the name layer reads it as a title; and a name the text opens
with courtesy words ("Smt X", "Ayatollah Seyyed Y") is known without them too. The words are
``name_styles`` in ``data/lexicon.yaml``.
"""
from __future__ import annotations

import re

from kg.model import Document, Entity

#: the one or two capitalised words right before a name, and what separates them from it
_BEFORE = re.compile(r"(?:^|[\s(\"'\u201c])((?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)\s+$")


def _style(words: str, kept: frozenset[str]) -> str | None:
    """The style the words end with ("Custodian ... King" -> "King"), if one is kept."""
    parts = words.split()
    for n in (2, 1):
        if len(parts) >= n and " ".join(parts[-n:]).lower() in kept:
            return " ".join(parts[-n:])
    return None


def _without_courtesy(name: str, dropped: frozenset[str]) -> str | None:
    """The name without the courtesy words that open it, if any did and two words are left."""
    parts = name.split()
    k = 0
    while k < len(parts) - 2 and (parts[k].lower() in dropped or " ".join(parts[k:k + 2]).lower() in dropped):
        k += 2 if " ".join(parts[k:k + 2]).lower() in dropped else 1
    return " ".join(parts[k:]) if k else None


def past_courtesy(name: str) -> str:
    """The name past the courtesy words opening it, down to one word ("Ayatollah X" -> "X"): for
    finding the person named before, not an alias of its own (one word alone names no one)."""
    from kg.extract.lexicon import load_lexicon

    dropped = load_lexicon().name_styles.get("dropped", frozenset())
    parts = name.split()
    k = 0
    while k < len(parts) - 1 and parts[k].lower() in dropped:
        k += 1
    return " ".join(parts[k:])


def courtesy_only(words: str) -> bool:
    """Are the words between a title and a name only courtesy words ("President Ayatollah Seyyed
    X", "Prime Minister Shri Y", "the president, Dr Z,")?"""
    from kg.extract.lexicon import load_lexicon

    dropped = load_lexicon().name_styles.get("dropped", frozenset())
    parts = words.split()
    return bool(parts) and _without_courtesy(" ".join([*parts, "A", "B"]), dropped) == "A B"


def add_styled_aliases(doc: Document, entities: dict[str, Entity]) -> None:
    """Each person's styled name ("King X" where the text writes it so) and the name without the
    courtesy words opening it, as aliases."""
    from kg.extract.lexicon import load_lexicon

    styles = load_lexicon().name_styles
    kept, dropped = styles.get("kept", frozenset()), styles.get("dropped", frozenset())
    if not kept and not dropped:
        return
    for m in doc.mentions:
        ent = entities.get(m.entity) if m.entity else None
        if ent is None or ent.type != "Person" or m.kind == "pronoun":
            continue
        before = _BEFORE.search(doc.text, max(0, m.start - 40), m.start)
        style = _style(before.group(1), kept) if before is not None else None
        if style is not None and len(m.text.split()) <= 6 and not m.text.lower().startswith(style.lower() + " "):
            ent.aliases.add(f"{style} {m.text}")
            ent.attributes["styled"] = style  # the linker reads a styled one-word name as a given name
        bare = _without_courtesy(m.text, dropped)
        if bare is not None:
            ent.aliases.add(bare)
    for ent in entities.values():
        bare = _without_courtesy(ent.label, dropped) if ent.type == "Person" else None
        if bare is None:
            continue
        if ent.label.split()[0].lower() in kept:
            ent.aliases.add(bare)  # "Sheikh X bin Y": the style is part of the name readers use
        else:  # "Shri X Y", "Mr. X Y": courtesy, no part of the name
            ent.aliases.add(ent.label)
            ent.aliases.discard(bare)
            ent.label = bare
