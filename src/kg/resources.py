"""Where kg's data folders are: ``ontology/``, ``queries/``, ``data/`` and the gazetteer snapshot.

Each is looked up the same way: an environment variable naming it wins, then the source
checkout's folder at the repository root (the files being edited), then a copy packaged inside
``kg``.
"""
from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent  # src/kg
_CHECKOUT = _PACKAGE.parents[1]  # the repository root, in a source checkout


def resource_dir(name: str, *, marker: str, env: str, packaged: str | None = None) -> Path:
    """The folder ``name`` (e.g. ``"queries"``, ``"data/gazetteer"``) holding ``marker``.

    ``packaged`` is where an installed kg keeps its copy, relative to the package (default: ``name``).

    >>> (resource_dir("queries", marker="parties.rq", env="KG_QUERIES_DIR") / "parties.rq").is_file()
    True
    """
    if os.environ.get(env):
        return Path(os.environ[env])
    candidates = (_CHECKOUT / name, _PACKAGE / (packaged or name))
    for candidate in candidates:
        if (candidate / marker).exists():
            return candidate
    return candidates[0]
