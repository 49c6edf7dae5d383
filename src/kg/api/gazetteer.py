"""Refreshing the gazetteer's states from the Wikidata Query Service (``kg gazetteer refresh``)."""
from __future__ import annotations

import os
from pathlib import Path


def refresh_gazetteer(out: str | os.PathLike[str] | None = None, *, endpoint: str | None = None) -> tuple[Path, int]:
    """Fetch the states anew from the Wikidata Query Service into OUT/wikidata-refresh.jsonl.

    ``out`` defaults to the snapshot folder, ``endpoint`` to ``Settings.wikidata_sparql``; the
    snapshot's own files are not touched. Returns the file written and how many states it holds.
    """
    from kg.link.gazetteer import default_path
    from kg.link.refresh import refresh
    from kg.link.wikidata import WikidataClient
    from kg.settings import Settings

    settings = Settings.from_mapping({"wikidata_sparql": endpoint})
    client = WikidataClient(settings.wikidata_api, settings.wikidata_sparql, cache_dir=settings.cache_dir)
    return refresh(client, Path(out) if out is not None else default_path())
