"""``kg gazetteer refresh``: the snapshot's states, fetched anew from the Wikidata Query Service.

One SPARQL query asks for every current sovereign state with its English label and aliases,
ISO 3166-1 codes, capitals and English demonyms; the rows are written in the snapshot's JSON
Lines format to their own file (:data:`FILENAME`, Wikidata's CC0 facts), which the gazetteer
loader merges after the offline files. The committed snapshot is never rewritten.

Classes and properties, each cited (nothing typed from memory):
``wd:Q3624078`` sovereign state — ontology/ALIGNMENT.md; ``P31`` instance of, ``P36`` capital,
``P297``/``P298`` ISO 3166-1 alpha-2/alpha-3 code, ``P576`` dissolved or abolished, ``P1549``
demonym — molybdenum-99/reality ``data/wikidata-predicates.yaml`` (commit 2289c16d).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from kg.link.wikidata import WikidataClient
from kg.prefixes import PREFIXES, WIKIDATA_DIRECT
from kg.text import lookup_key

FILENAME = "wikidata-refresh.jsonl"
SOURCE = "wikidata-refresh"
ENTITY = PREFIXES["wd"]
SEP = "\u001f"  # unit separator: never inside a label, unlike "|" or ","

QUERY = f"""\
PREFIX wd: <{ENTITY}>
PREFIX wdt: <{WIKIDATA_DIRECT}>
PREFIX rdfs: <{PREFIXES['rdfs']}>
PREFIX skos: <{PREFIXES['skos']}>
SELECT ?state (SAMPLE(?l) AS ?label) (SAMPLE(?i2) AS ?iso2) (SAMPLE(?i3) AS ?iso3)
       (GROUP_CONCAT(DISTINCT ?a; separator="{SEP}") AS ?aliases)
       (GROUP_CONCAT(DISTINCT ?d; separator="{SEP}") AS ?demonyms)
       (GROUP_CONCAT(DISTINCT CONCAT(STR(?cap), " ", ?capLabel); separator="{SEP}") AS ?capitals)
WHERE {{
  ?state wdt:P31 wd:Q3624078 ;
         rdfs:label ?l .
  FILTER(LANG(?l) = "en")
  FILTER NOT EXISTS {{ ?state wdt:P576 ?dissolved }}
  OPTIONAL {{ ?state skos:altLabel ?a . FILTER(LANG(?a) = "en") }}
  OPTIONAL {{ ?state wdt:P297 ?i2 }}
  OPTIONAL {{ ?state wdt:P298 ?i3 }}
  OPTIONAL {{ ?state wdt:P1549 ?d . FILTER(LANG(?d) = "en") }}
  OPTIONAL {{ ?state wdt:P36 ?cap . ?cap rdfs:label ?capLabel . FILTER(LANG(?capLabel) = "en") }}
}}
GROUP BY ?state
"""


def rows_from_results(results: dict) -> list[dict]:
    """Snapshot lines (dicts) from the query's SPARQL JSON results: states, then their capitals.

    Aliases another state also has, or that are another state's label, are dropped: the
    snapshot keeps only forms that name one item.
    """
    states: list[dict] = []
    for b in results.get("results", {}).get("bindings", []):
        qid = _qid(b.get("state", {}).get("value", ""))
        label = b.get("label", {}).get("value", "")
        if not qid or not label:
            continue
        capitals: list[tuple[str, str]] = []
        for pair in _split(b.get("capitals")):
            iri, _, cap_label = pair.partition(" ")
            cap_qid = _qid(iri)
            if cap_qid and cap_label:
                capitals.append((cap_qid, cap_label))
        states.append({
            "qid": qid, "label": label, "aliases": _split(b.get("aliases")),
            "demonyms": _split(b.get("demonyms")), "capitals": sorted(capitals),
            "iso2": b.get("iso2", {}).get("value"), "iso3": b.get("iso3", {}).get("value")})
    labels = Counter(lookup_key(s["label"]) for s in states)
    forms = Counter(lookup_key(a) for s in states for a in set(s["aliases"]))
    out: list[dict] = []
    for s in sorted(states, key=lambda s: int(s["qid"][1:])):
        own = lookup_key(s["label"])
        aliases = sorted({a for a in s["aliases"] if len(a) > 1 and lookup_key(a) != own
                          and forms[lookup_key(a)] == 1 and labels[lookup_key(a)] == 0})
        extra = {k: s[k] for k in ("iso2", "iso3") if s[k]}
        if s["capitals"]:
            extra["capital"] = s["capitals"][0][0]
        out.append({"qid": s["qid"], "type": "State", "label": s["label"], "aliases": aliases,
                    "demonyms": sorted(set(s["demonyms"])), "country": s["qid"], "extra": extra,
                    "source": SOURCE})
    capital_items: dict[str, dict] = {}
    for s in states:
        for cap, cap_label in s["capitals"]:
            capital_items.setdefault(cap, {"qid": cap, "type": "Place", "label": cap_label, "aliases": [],
                                      "demonyms": [], "country": s["qid"],
                                      "extra": {"capital_of": s["qid"]}, "source": SOURCE})
    out += [capital_items[q] for q in sorted(capital_items, key=lambda q: int(q[1:]))]
    return out


def refresh(client: WikidataClient, out_dir: str | Path, *, cached: bool = False) -> tuple[Path, int]:
    """Run :data:`QUERY` and write :data:`FILENAME` in ``out_dir``; returns (path, states written)."""
    rows = rows_from_results(client.sparql(QUERY, cached=cached))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / FILENAME
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path, sum(1 for r in rows if r["type"] == "State")


def _qid(iri: str) -> str | None:
    local = iri[len(ENTITY):] if iri.startswith(ENTITY) else ""
    return local if local[:1] == "Q" and local[1:].isdigit() else None


def _split(binding: dict | None) -> list[str]:
    value = (binding or {}).get("value", "")
    return [v for v in value.split(SEP) if v]
