"""Clean-up of the gazetteer snapshot: the aliases that would send a reader to the wrong item, and
legislatures known only by a common noun. Used by ``build_gazetteer.py``."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import yaml
from gazetteer_snapshot import Snapshot

from kg.link.linker import respelled
from kg.text import fold

REPO = Path(__file__).resolve().parents[1]


def description_nouns() -> set[str]:
    """The common nouns an article refers back to entities with ("the island", "the kingdom"),
    from the extractor's own data (``descriptions`` in data/frames.yaml)."""
    frames = REPO / "data/frames.yaml"
    if not frames.exists():
        return set()
    raw = yaml.safe_load(frames.read_text(encoding="utf-8")).get("descriptions") or {}
    return {w.casefold() for words in raw.values() for w in words}


def disambiguate(snap: Snapshot, generic: set[str] = frozenset()) -> int:  # type: ignore[assignment]
    """Drop aliases that would send a reader to the wrong item; returns how many were dropped.

    A form is kept only where it is unambiguous among items of the same type, is not another
    item's label, is not already a name of the item's own country ("French" belongs to France,
    not to Reunion; "Kuwait" to the state, not the city), and is not a common noun (``generic``:
    Iceland's native "Island" would make "a Pacific island nation" Iceland).

    Legislatures are the exception: a name legislatures of different states bear ("House of
    Representatives", "National Assembly") stays with each, since each carries its state and the
    extractor chooses among them by the article's countries. Two of one state cannot be told apart
    so, and keep no shared name; nor does a one-word alias that is a common noun for a legislature
    (:func:`is_common_chamber_word`).
    """
    named: dict[str, set[str]] = defaultdict(set)  # any form or label -> the items bearing it
    for qid, m in snap.merged().items():
        for f in m["forms"] | {m["label"].casefold()}:
            named[f].add(qid)
    minor_dropped = _minor_places_yield(snap, named)
    merged = snap.merged()
    labels: dict[str, set[str]] = defaultdict(set)
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    geo: dict[str, set[str]] = defaultdict(set)  # form -> geographic items naming it
    for qid, m in merged.items():
        labels[m["label"].casefold()].add(qid)
        for f in m["forms"] | {m["label"].casefold()}:
            forms[(m["type"], f)].add(qid) if f in m["forms"] else None
            if m["rank"] < 9:
                geo[f].add(qid)
    chamber_words = _legislature_words(merged)
    dropped = 0
    for entries in snap.files.values():
        for qid, e in entries.items():
            m = merged[qid]
            own_label = m["label"].casefold()
            parent = merged.get(m["country"]) if m["country"] != qid else None
            for field in ("aliases", "demonyms"):
                keep = set()
                for a in e[field]:
                    f = a.casefold()
                    if f == own_label and field == "aliases":
                        continue
                    abroad = _other_states_legislatures(qid, labels.get(f, set()) | forms[(m["type"], f)], merged)
                    clash = any(merged[o]["country"] == qid or (merged[o]["type"] == m["type"]
                                                                   and merged[o]["rank"] <= m["rank"])
                                for o in labels.get(f, set()) - {qid} - abroad) and f != own_label
                    shared = f != own_label and _shared(f, qid, forms[(m["type"], f)] - {qid} - abroad, merged)
                    ours = parent is not None and (f == parent["label"].casefold() or f in parent["forms"])
                    # "Indian" is India's, not the British Indian Ocean Territory's.
                    outranked = any(merged[o]["rank"] < m["rank"] for o in geo.get(f, set()) - {qid})
                    common_word = (m["type"] == "Legislature" and field == "aliases"
                                   and is_common_chamber_word(f, qid, generic, chamber_words))
                    if clash or shared or ours or outranked or common_word or fold(f) in generic:
                        dropped += 1
                        continue
                    keep.add(a)
                e[field] = keep
            e["aliases"] -= e["demonyms"]
    # People whose only label was the query's QID fallback and nobody else names them.
    for entries in snap.files.values():
        for qid in [q for q, e in entries.items() if not merged[q]["label"]]:
            del entries[qid]
    return dropped + minor_dropped


def is_common_chamber_word(form: str, qid: str, generic: set[str], chamber_words: dict[str, set[str]]) -> bool:
    """Is a one-word name of legislature ``qid`` a common noun for a legislature? One of the
    extractor's description nouns ("Senate", "Parliament", "Congress"), a spelling the linker would
    take for one ("Parlament", "Sénat"), or a word of another legislature's several-word name
    ("Majlis" of "Majlis al-Shura"). A reader meets such a word for whichever legislature the
    article is about, so it names none ("Duma", a word of "State Duma" only, is the Duma's)."""
    word = fold(form)
    if not word or " " in word:
        return False
    return (word in generic or any(respelled(word, g, "Legislature") for g in generic if " " not in g)
            or bool(chamber_words.get(form.casefold(), set()) - {qid}))


def common_noun_legislatures(snap: Snapshot, generic: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Leave out the legislatures the sources call only by a common noun ("Parliament", "Senate",
    "Congress"): no name would be theirs. Returns their QIDs; curated.yaml keeps their rows."""
    merged = snap.merged()
    words = _legislature_words(merged)
    out = sorted((q for q, m in merged.items() if m["type"] == "Legislature"
                  and is_common_chamber_word(m["label"], q, generic, words)), key=lambda q: int(q[1:]))
    for entries in snap.files.values():
        for q in out:
            entries.pop(q, None)
    return out


def _other_states_legislatures(qid: str, others: set[str], merged: dict[str, dict]) -> set[str]:
    """The legislatures among ``others`` that belong to a state other than ``qid``'s own, when
    ``qid`` is a legislature with a state: their names need not be given up, the state tells them apart."""
    m = merged[qid]
    if m["type"] != "Legislature" or not m["country"]:
        return set()
    return {o for o in others if merged[o]["type"] == "Legislature" and merged[o]["country"]
            and merged[o]["country"] != m["country"]}


def _legislature_words(merged: dict[str, dict]) -> dict[str, set[str]]:
    """Each word of a legislature's several-word names -> the legislatures whose names it is in."""
    words: dict[str, set[str]] = defaultdict(set)
    for qid, m in merged.items():
        if m["type"] == "Legislature":
            for name in m["forms"] | {m["label"].casefold()}:
                parts = re.split(r"[\s-]+", name.strip())
                if len(parts) > 1:
                    for w in parts:
                        words[w].add(qid)
    return words


def _minor_places_yield(snap: Snapshot, named: dict[str, set[str]]) -> int:
    """A minor city gives up every name another item bears, and is left out when its label is one."""
    dropped = 0
    for entries in snap.files.values():
        for qid in [q for q, e in entries.items() if e["extra"].get("minor")]:
            e = entries[qid]
            if named[e["label"].casefold()] - {qid}:
                del entries[qid]
                dropped += 1
                continue
            keep = {a for a in e["aliases"] if not named[a.casefold()] - {qid}}
            dropped += len(e["aliases"]) - len(keep)
            e["aliases"] = keep
    return dropped


def _shared(form: str, qid: str, others: set[str], merged: dict[str, dict]) -> bool:
    """Is the form also another item's, of no lower salience? 'Chinese' stays with China,
    not Taiwan, because only China's label shares its stem; 'Congolese' fits both Congos."""
    rivals = {o for o in others if merged[o]["rank"] <= merged[qid]["rank"]}
    if not rivals:
        return False
    stem = form[:4]
    fits = [q for q in rivals | {qid} if merged[q]["label"].casefold().startswith(stem)]
    return fits != [qid]
