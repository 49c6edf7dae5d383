"""The gazetteer snapshot being built: entries per output file, how names are tidied, and how
the files, the coverage table and CREDITS.md are written. Used by ``build_gazetteer.py``."""
from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import yaml

#: Output file -> licence it carries. Sources feed the file matching their licence.
OUTPUTS: dict[str, str] = {
    "core.jsonl": "CC0-1.0 / public domain / MIT / ODC-PDDL-1.0 (attribution in CREDITS.md)",
    "wikidata-query.jsonl": "Wikidata facts (CC0) from query-output files with no licence grant",
    "odbl.jsonl": "ODbL-1.0 (Open Database License; share-alike, attribution)",
    "cc-by-sa.jsonl": "CC BY-SA 4.0 (share-alike, attribution)",
}
CORE, WDQ, ODBL, BYSA = OUTPUTS

QID = re.compile(r"Q[1-9][0-9]*")
LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f\u2019]+$")  # English-usable spellings only


def qid_of(value: str | None) -> str | None:
    """The QID in a bare id or a Wikidata URL, else None."""
    m = QID.search(value or "")
    return m.group(0) if m else None


#: A form of address opening a person's label ("Sheikh", "Prince", "Dr."): a word before the name.
ADDRESS = re.compile(r"^(?:(?:His|Her) (?:Royal )?(?:Highness|Excellency|Majesty) |Sheikha? |Shaikha? |Prince |Princess "
                     r"|Dr\.? |Datuk (?:Seri )?|Dato'? (?:Seri )?|Tan Sri |Haji )+")


#: A name by descent ("A bin B") followed by the house's name ("Al C", "Al-C").
KIN_NAME = re.compile(r"(\w+ (?:bin|bint|ibn) \w+)(?: (?:bin|ibn) \w+)* Al[ -]\w+")


def clean(name: object) -> str:
    """Tidy a name: UNTERM's '(the)' and '*' marks, a leading 'the', extra spaces."""
    s = str(name or "").replace("(the)", "").replace("*", "").strip()
    s = re.sub(r"^the\s+", "", s, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", s).strip(" ,")


def usable(name: str) -> bool:
    return bool(name) and len(name) > 1 and LATIN.match(name) is not None and "Ã" not in name


class Snapshot:
    """Entries per output file, keyed by QID, plus what was skipped for want of a QID."""

    def __init__(self) -> None:
        self.files: dict[str, dict[str, dict]] = {name: {} for name in OUTPUTS}
        self.no_qid: Counter[str] = Counter()

    def add(self, out: str, qid: str | None, type_: str, label: str = "", *, aliases=(),
            demonyms=(), country: str | None = None, extra: dict | None = None,
            source: str) -> None:
        if not qid:
            self.no_qid[type_] += 1
            return
        e = self.files[out].setdefault(qid, {
            "qid": qid, "type": type_, "label": "", "aliases": set(), "demonyms": set(),
            "country": None, "extra": {}, "source": set()})
        label = clean(label)
        if type_ == "Person" and (bare := ADDRESS.sub("", label)) != label and " " in bare:
            aliases = [*aliases, label]  # "Sheikh A B C": news names the person "A B C" too
            label = bare
        if type_ == "Person" and (kin := KIN_NAME.fullmatch(label)):
            aliases = [*aliases, kin.group(1)]  # "A bin B Al C" is "A bin B" without the house's name
        if label and not e["label"]:
            e["label"] = label
        e["aliases"].update(a for a in map(clean, aliases) if usable(a))
        e["demonyms"].update(d for d in map(clean, demonyms) if usable(d))
        e["country"] = e["country"] or country
        for k, v in (extra or {}).items():
            if v not in (None, "", [], {}):
                e["extra"].setdefault(k, v)
        e["source"].add(source)

    def merged(self) -> dict[str, dict]:
        """One view over all files (first file wins for label/type), for cross-checks."""
        out: dict[str, dict] = {}
        for entries in self.files.values():
            for qid, e in entries.items():
                m = out.setdefault(qid, {"type": e["type"], "label": e["label"],
                                         "country": e["country"], "forms": set(), "rank": 9})
                m["rank"] = min(m["rank"], _rank(e))
                m["label"] = m["label"] or e["label"]
                m["country"] = m["country"] or e["country"]
                m["forms"] |= {f.casefold() for f in e["aliases"] | e["demonyms"]}
        return out


def _rank(e: dict) -> int:
    """Salience among geographic items: a state, then a capital, then a large city, then other
    places ("New York" is the city before the state of that name)."""
    if e["type"] == "State":
        return 0
    if e["type"] == "Place":
        if e["extra"].get("capital_of"):
            return 1
        return 2 if e["extra"].get("minor") is False else 3
    return 9


# --- countries --------------------------------------------------------------------------------

def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))



def write(snap: Snapshot, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, entries in snap.files.items():
        lines = []
        for qid in sorted(entries, key=lambda q: int(q[1:])):
            e = entries[qid]
            lines.append(json.dumps({
                "qid": qid, "type": e["type"], "label": e["label"], "aliases": sorted(e["aliases"]),
                "demonyms": sorted(e["demonyms"]), "country": e["country"],
                "extra": e["extra"], "source": ";".join(sorted(e["source"]))},
                ensure_ascii=False, sort_keys=False))
        (out / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def coverage(snap: Snapshot) -> str:
    """A table of entries, aliases and demonyms per entity type, and rows skipped for no QID."""
    stats: dict[str, Counter] = defaultdict(Counter)
    seen: dict[str, set[str]] = defaultdict(set)
    for entries in snap.files.values():
        for qid, e in entries.items():
            s = stats[e["type"]]
            if qid not in seen[e["type"]]:
                seen[e["type"]].add(qid)
                s["entries"] += 1
            s["aliases"] += len(e["aliases"])
            s["demonyms"] += len(e["demonyms"])
    rows = [f"{'type':<26}{'entries':>8}{'aliases':>9}{'demonyms':>10}{'with QID':>10}{'no QID':>8}"]
    for t in sorted(set(stats) | set(snap.no_qid)):
        s = stats[t]
        rows.append(f"{t:<26}{s['entries']:>8}{s['aliases']:>9}{s['demonyms']:>10}{s['entries']:>10}"
                    f"{snap.no_qid[t]:>8}")
    return "\n".join(rows)


def render_credits(meta: Path, curated: Path) -> str:
    """CREDITS.md from sources.yaml (one block per source) and the curated rows' citations."""
    doc = yaml.safe_load(meta.read_text(encoding="utf-8"))
    out = [doc["intro"].rstrip(), "", "## Output files", ""]
    out += [f"- `{name}` - {lic}" for name, lic in OUTPUTS.items()]
    out += ["", "## Sources", ""]
    for s in doc["sources"]:
        out.append(f"- **{s['name']}** (`{s['path']}`) - {s['origin']}, {s['version']}. "
                   f"Licence: {s['licence']}. Feeds `{s['output']}`. {s.get('note', '')}".rstrip())
    out += ["", doc["decisions"].rstrip(), "", "## Curated rows and their citations", ""]
    if curated.exists():
        for row in yaml.safe_load(curated.read_text(encoding="utf-8"))["entries"]:
            c = row["citation"]
            out.append(f"- {row['qid']} {row['label']} ({row['type']}) - {c['repository']} "
                       f"`{c['path']}` @ {c.get('commit', 'stored version')}")
    return "\n".join(out) + "\n"
