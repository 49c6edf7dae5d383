"""Where kg's data folders are: ``ontology/``, ``queries/``, ``data/`` and the gazetteer snapshot.

Each is looked up the same way: an environment variable naming it wins, then a copy packaged
inside ``kg``, then the source checkout's folder at the repository root.
"""
from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent  # src/kg
_CHECKOUT = _PACKAGE.parents[1]  # the repository root, in a source checkout


def resource_dir(name: str, *, marker: str, env: str) -> Path:
    """The folder ``name`` (e.g. ``"queries"``, ``"data/gazetteer"``) holding ``marker``.

    >>> (resource_dir("queries", marker="parties.rq", env="KG_QUERIES_DIR") / "parties.rq").is_file()
    True
    """
    if os.environ.get(env):
        return Path(os.environ[env])
    candidates = (_PACKAGE / name, _CHECKOUT / name)
    for candidate in candidates:
        if (candidate / marker).exists():
            return candidate
    return candidates[-1]
