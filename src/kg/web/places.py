"""Where places are: ``data/places/coordinates.tsv`` (Natural Earth, by Wikidata QID); no Flask here.

The table is made by ``scripts/build_places.py`` from the gazetteer's sources and read once per
process. :meth:`Places.locate` finds an entity's point by its ``owl:sameAs`` Wikidata item,
else by its label when exactly one place in the table has that name.

>>> places = Places.load()
>>> places.by_qid["Q2868"].name, places.by_qid["Q2868"].lat, places.by_qid["Q2868"].lon
('Lima', -12.048, -77.0501)
"""
from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.rdf.namespaces import WD
from kg.resources import resource_dir
from kg.text import name_key
from kg.web.facts import Reader, values_block

WIKIDATA = str(WD)


@dataclass(frozen=True)
class Point:
    """A place of the table: its QID, English name, kind (country, capital, city) and position."""

    qid: str
    name: str
    kind: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Places:
    """The coordinates table, by QID and by name key (names that more than one place has are left out)."""

    by_qid: dict[str, Point]
    by_name: dict[str, Point]

    @classmethod
    def load(cls, path: str | Path | None = None) -> Places:
        """The table at ``path`` (default: ``data/places/coordinates.tsv``, or ``KG_PLACES_DIR``)."""
        return _load(str(path or places_file()))

    def locate(self, reader: Reader, iris: Iterable[str], labels: dict[str, str]) -> dict[str, Point]:
        """Points of the entities ``iris``: by their Wikidata items, else by a label only one place has."""
        wanted = sorted(set(iris))
        found: dict[str, Point] = {}
        for start in range(0, len(wanted), 400):
            rows = reader.select(f"SELECT DISTINCT ?e ?same WHERE {{ VALUES ?e {{ {values_block(wanted[start:start + 400])} }} "
                                 f"?e owl:sameAs ?same }}")
            for row in rows:
                same = row["same"]
                if isinstance(same, ox.NamedNode) and same.value.startswith(WIKIDATA):
                    point = self.by_qid.get(same.value[len(WIKIDATA):])
                    if point is not None:
                        found.setdefault(row["e"].value, point)
        for iri in wanted:
            if iri not in found and labels.get(iri):
                point = self.by_name.get(name_key(labels[iri]))
                if point is not None:
                    found[iri] = point
        return found


def places_file() -> Path:
    return resource_dir("data/places", marker="coordinates.tsv", env="KG_PLACES_DIR") / "coordinates.tsv"


@functools.lru_cache(maxsize=4)
def _load(path: str) -> Places:
    by_qid: dict[str, Point] = {}
    names: dict[str, list[Point]] = {}
    if Path(path).is_file():
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                point = Point(row["qid"], row["name"], row["kind"], float(row["lat"]), float(row["lon"]))
                by_qid[point.qid] = point
                names.setdefault(name_key(point.name), []).append(point)
    by_name = {key: found[0] for key, found in names.items() if len({p.qid for p in found}) == 1}
    return Places(by_qid, by_name)


def as_json(point: Point) -> dict[str, Any]:
    return {"qid": point.qid, "name": point.name, "kind": point.kind, "lat": point.lat, "lon": point.lon}
