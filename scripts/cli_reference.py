"""Regenerate the CLI reference in README.md from `kg --help` (a test keeps the two in sync).

    python scripts/cli_reference.py          # rewrite README.md
    python scripts/cli_reference.py --check  # exit 1 when README.md is stale
"""
from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- cli:start -->", "<!-- cli:end -->"


def reference() -> str:
    runner = CliRunner()
    parts = ["```", runner.invoke(main, ["--help"], prog_name="kg", terminal_width=100).output.rstrip(), "```"]
    for name in sorted(main.commands):
        out = runner.invoke(main, [name, "--help"], prog_name="kg", terminal_width=100).output.rstrip()
        parts += ["", f"### kg {name}", "", "```", out, "```"]
    return "\n".join(parts)


def render(text: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{reference()}\n{END}{tail}"


if __name__ == "__main__":
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in sys.argv:
        sys.exit(0 if fresh == current else 1)
    README.write_text(fresh, encoding="utf-8")
