#!/usr/bin/env python3
"""Build ``data/places/coordinates.tsv``, where the map puts places, from Natural Earth's files.

    python scripts/build_places.py ../shared/data/sources [--out data/places]

Reads, from the shared gazetteer sources (``SOURCES.md`` there describes them):

* ``naturalearth/ne_10m_populated_places.attributes.csv`` — every populated place with a
  Wikidata QID (capitals, cities, towns: about 7,100), at its ``LATITUDE``/``LONGITUDE``;
* ``naturalearth/ne_10m_admin_0_countries_deu.attributes.csv`` — every country at the point
  Natural Earth puts its label (``LABEL_Y``/``LABEL_X``, inside the country, unlike a centroid),
  under its ``WIKIDATAID`` and also under the QID kg's gazetteer chose for it where the two
  differ (Netherlands, Denmark, Palestine: ``scripts/build_gazetteer.py``, ``STATE_QID_CHOICE``).

Natural Earth is in the public domain; ``data/places/CREDITS.md`` says so and names the
versions. Output is sorted by QID, so a second run on the same files changes nothing.
Columns: ``qid``, ``name`` (English), ``kind`` (country, capital, city), ``lat``, ``lon``
(degrees, 4 decimals: about 10 m).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLACES = "naturalearth/ne_10m_populated_places.attributes.csv"
COUNTRIES = "naturalearth/ne_10m_admin_0_countries_deu.attributes.csv"
#: kg's gazetteer links these states to another item than Natural Earth (CREDITS.md of the gazetteer).
STATE_QID_CHOICE = {"NL": "Q29999", "DK": "Q35", "PS": "Q219060"}
CAPITALS = {"Admin-0 capital", "Admin-0 capital alt", "Admin-0 region capital"}
COLUMNS = ("qid", "name", "kind", "lat", "lon")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _qid(value: str) -> str | None:
    value = (value or "").strip()
    return value if value.startswith("Q") and value[1:].isdigit() else None


def places(src: Path) -> dict[str, dict[str, str]]:
    """Rows by QID: countries first, then populated places (a QID keeps its first row)."""
    out: dict[str, dict[str, str]] = {}
    for r in _rows(src / COUNTRIES):
        qids = [_qid(r["WIKIDATAID"])]
        iso2 = r.get("ISO_A2_EH") or r.get("ISO_A2") or ""
        if iso2 in STATE_QID_CHOICE:
            qids.append(STATE_QID_CHOICE[iso2])
        for qid in filter(None, qids):
            out.setdefault(qid, {"qid": qid, "name": r["NAME_EN"] or r["NAME"], "kind": "country",
                                 "lat": f"{float(r['LABEL_Y']):.4f}", "lon": f"{float(r['LABEL_X']):.4f}"})
    for r in _rows(src / PLACES):
        qid = _qid(r["wikidataid"])
        if qid is None:
            continue
        kind = "capital" if r["FEATURECLA"] in CAPITALS else "city"
        out.setdefault(qid, {"qid": qid, "name": r["NAME_EN"] or r["NAME"], "kind": kind,
                             "lat": f"{float(r['LATITUDE']):.4f}", "lon": f"{float(r['LONGITUDE']):.4f}"})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="the shared data/sources folder")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "places")
    args = parser.parse_args(argv)
    if not (args.sources / PLACES).is_file():
        print(f"build_places: {args.sources / PLACES} not found", file=sys.stderr)
        return 2
    rows = places(args.sources)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "coordinates.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        for qid in sorted(rows, key=lambda q: int(q[1:])):
            writer.writerow(rows[qid])
    kinds = {k: sum(1 for r in rows.values() if r["kind"] == k) for k in ("country", "capital", "city")}
    print(f"build_places: {len(rows)} places ({', '.join(f'{n} {k}' for k, n in kinds.items())}) -> "
          f"{args.out / 'coordinates.tsv'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
