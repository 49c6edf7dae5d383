"""The CLI: its reference in README.md stays in sync, and its commands behave (in-process)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_readme_cli_reference_is_current():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "cli_reference.py"), "--check"], cwd=ROOT, check=False)
    assert out.returncode == 0, "README.md is stale: run python scripts/cli_reference.py"


@pytest.mark.model
def test_build_to_file_and_query(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Peru and Chile meet\nPeru and Chile signed the Andean Water Compact in Lima on Monday.\n")
    out = tmp_path / "a.trig"
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(article), "--output", str(out), "--published", "2024-05-08"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["query", str(ROOT / "queries" / "signings.rq"), str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Andean Water Compact" in result.output and "2024-05-06" in result.output


def test_bad_published_date_is_a_clear_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Headline\nBody.\n")
    result = CliRunner().invoke(main, ["build", str(article), "--output", str(tmp_path / "x.ttl"), "--published", "May 8"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_evaluate_needs_annotated_articles(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2 and "no annotated articles" in result.output


@pytest.mark.model
def test_evaluate_reports_an_article_the_extractor_fails_on_and_scores_the_rest(tmp_path, monkeypatch):
    import json

    from kg.api import reading

    gold = {"published": "2024-05-08", "entities": [
        {"id": "pe", "type": "State", "label": "Peru", "aliases": [], "wikidata": "Q419"},
        {"id": "cl", "type": "State", "label": "Chile", "aliases": [], "wikidata": "Q298"}], "facts": []}
    for name in ("good", "bad"):
        (tmp_path / f"{name}.txt").write_text("Peru and Chile meet\nPeru and Chile held talks in Lima on Monday.\n")
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold))
    real = reading.pipeline_for()

    class Failing:
        def graph(self, article):
            if article.id.startswith("bad"):
                raise KeyError("a defect")
            return real.graph(article)

    monkeypatch.setattr(reading, "pipeline_for", lambda: Failing())
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "extraction failed on bad.txt" in result.output and "KeyError" in result.output
    assert "2 articles" in result.output and "recall 0.500 (2/4)" in result.output, result.output


def test_build_sets_one_blas_thread_before_numpy_loads():
    """``kg build`` limits the BLAS libraries to one thread, as the bench measures it (a user's own
    setting kept): set in a fresh process, before numpy or spaCy is imported."""
    code = ("import os, sys; os.environ.pop('OPENBLAS_NUM_THREADS', None); os.environ['MKL_NUM_THREADS'] = '3'; "
            "os.environ.pop('OMP_NUM_THREADS', None); from kg import cli; cli._one_blas_thread(); "
            "print(os.environ['OMP_NUM_THREADS'], os.environ['OPENBLAS_NUM_THREADS'], os.environ['MKL_NUM_THREADS'], "
            "'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "1", "3", "False"]
