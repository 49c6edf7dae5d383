"""The offline Wikidata gazetteer: entries loaded from the JSON Lines snapshot in data/gazetteer/.

The snapshot is split into files by licence (see data/gazetteer/CREDITS.md); an item may have a
line in several of them, and they are merged here by QID, core file first.

>>> gz = load_gazetteer()
>>> [(e.qid, kind) for e, kind in gz.lookup("Russian")]
[('Q159', 'demonym')]
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import UserInputError
from kg.resources import resource_dir
from kg.text import lookup_key, spelling_key

#: Environment variable naming the snapshot directory when kg is installed without the repo.
ENV_VAR = "KG_GAZETTEER"
#: Merge order: the first file to give a label, type or country wins.
FILE_ORDER = ("core.jsonl", "wikidata-query.jsonl", "cc-by-sa.jsonl", "odbl.jsonl")
#: A surface form's kind, strongest first, when one string reaches an entry in several ways.
KINDS = ("name", "acronym", "demonym", "alias")


def is_acronym(form: str) -> bool:
    """'NATO', 'U.S.', 'UAE': short, upper case, no spaces."""
    letters = form.replace(".", "")
    return 2 <= len(letters) <= 8 and " " not in form and letters.isupper() and letters.isalpha()


@dataclass(frozen=True)
class GazetteerEntry:
    """One Wikidata item with the English names a news article may use for it."""

    qid: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    country: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    source: str = ""

    def forms(self) -> Iterator[tuple[str, str]]:
        """Every (surface form, kind) of this entry, the label first."""
        yield self.label, "name"
        for a in self.aliases:
            yield a, "acronym" if is_acronym(a) else "alias"
        for d in self.demonyms:
            yield d, "demonym"


class Gazetteer:
    """Entries by QID, with an index of normalised surface forms."""

    def __init__(self, entries: list[GazetteerEntry]) -> None:
        self.entries: dict[str, GazetteerEntry] = {e.qid: e for e in entries}
        self._index: dict[str, dict[str, str]] = {}  # normalised form -> qid -> kind
        for e in self.entries.values():
            for form, kind in e.forms():
                key = lookup_key(form)
                if not key:
                    continue
                kinds = self._index.setdefault(key, {})
                old = kinds.get(e.qid)
                if old is None or KINDS.index(kind) < KINDS.index(old):
                    kinds[e.qid] = kind

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, qid: object) -> bool:
        return qid in self.entries

    def get(self, qid: str) -> GazetteerEntry | None:
        return self.entries.get(qid)

    def lookup(self, name: str) -> list[tuple[GazetteerEntry, str]]:
        """Entries a surface string names exactly (case- and accent-insensitive), with the kind.

        An acronym matches only when the text is upper case too: "who" is not the WHO.
        """
        hits = self._index.get(lookup_key(name), {})
        out = []
        for qid, kind in hits.items():
            if kind == "acronym" and not name.replace(".", "").isupper():
                continue
            out.append((self.entries[qid], kind))
        out.sort(key=lambda ek: (KINDS.index(ek[1]), ek[0].qid))
        return out

    def keys(self) -> Iterator[str]:
        """Every normalised form in the index (the linker's fuzzy candidates)."""
        return iter(self._index)

    def by_key(self, key: str) -> dict[str, str]:
        """QID -> kind for one normalised form."""
        return self._index.get(key, {})

    def surface_forms(self) -> Iterator[tuple[str, GazetteerEntry, str]]:
        """Every (form, entry, kind) the extractor should match in text. A continent is not matched,
        only linked where the extractor found its name: news joins it into other names ("the
        Asia-Europe Meeting", "China-Africa") and writes it for its states ("Africa signs ...")."""
        for e in self.entries.values():
            if e.extra.get("continent"):
                continue
            seen: set[str] = set()
            for form, kind in e.forms():
                if form and form not in seen:
                    seen.add(form)
                    yield form, e, kind


def default_path() -> Path:
    """The snapshot: ``$KG_GAZETTEER``, a packaged copy, or the repository's ``data/gazetteer/``."""
    path = resource_dir("data/gazetteer", marker="core.jsonl", env=ENV_VAR)
    if not path.is_dir():
        raise UserInputError(f"no gazetteer snapshot at {path}: set ${ENV_VAR} to one")
    return path


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Load (once per directory) the snapshot at path, by default the repository's."""
    return _load(Path(path).resolve() if path is not None else default_path().resolve())


@lru_cache(maxsize=8)
def _load(directory: Path) -> Gazetteer:
    if not directory.is_dir():
        raise UserInputError(f"gazetteer directory not found: {directory}")
    files = sorted(directory.glob("*.jsonl"), key=_file_rank)
    if not files:
        raise UserInputError(f"no .jsonl files in gazetteer directory {directory}")
    merged: dict[str, dict] = {}
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    _merge(merged, json.loads(line))
    entries = [
        GazetteerEntry(
            qid=qid, type=m["type"], label=m["label"], aliases=_aliases(m),
            demonyms=tuple(m["demonyms"]), country=m["country"], extra=m["extra"],
            source=";".join(m["source"]))
        for qid, m in merged.items() if m["label"]
    ]
    return Gazetteer(entries)


def _aliases(m: dict) -> tuple[str, ...]:
    """Aliases minus spellings of the label or of a demonym ("russian" beside "Russian"); a form
    with other letters stays ("Türkiye" beside "Turkiye": articles write either)."""
    taken = {spelling_key(m["label"])} | {spelling_key(d) for d in m["demonyms"]}
    demonyms = {lookup_key(d) for d in m["demonyms"]}
    out: list[str] = []
    for a in m["aliases"]:
        key = spelling_key(a)
        if key not in taken or (is_acronym(a) and lookup_key(a) not in demonyms and lookup_key(a) != lookup_key(m["label"])):
            out.append(a)
            taken.add(key)
    return tuple(out)


def _file_rank(path: Path) -> tuple[int, str]:
    name = path.name
    return (FILE_ORDER.index(name) if name in FILE_ORDER else len(FILE_ORDER), name)


def _merge(merged: dict[str, dict], row: dict) -> None:
    m = merged.get(row["qid"])
    if m is None:
        merged[row["qid"]] = {
            "type": row["type"], "label": row.get("label") or "",
            "aliases": list(row.get("aliases", ())), "demonyms": list(row.get("demonyms", ())),
            "country": row.get("country"), "extra": dict(row.get("extra") or {}),
            "source": [s for s in (row.get("source") or "").split(";") if s]}
        return
    m["label"] = m["label"] or row.get("label") or ""
    m["country"] = m["country"] or row.get("country")
    m["demonyms"] += [d for d in row.get("demonyms", ()) if d not in m["demonyms"]]
    m["aliases"] += [a for a in row.get("aliases", ()) if a not in m["aliases"]]
    for k, v in (row.get("extra") or {}).items():
        m["extra"].setdefault(k, v)
    m["source"] += [s for s in (row.get("source") or "").split(";") if s and s not in m["source"]]
