"""Regenerate the CLI reference and the settings table in README.md from `kg --help` and
`kg.settings.Settings.table()` (a test keeps them in sync).

    python scripts/cli_reference.py          # rewrite README.md
    python scripts/cli_reference.py --check  # exit 1 when README.md is stale
"""
from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- cli:start -->", "<!-- cli:end -->"
SETTINGS_START, SETTINGS_END = "<!-- settings:start -->", "<!-- settings:end -->"


def reference() -> str:
    runner = CliRunner()
    parts = ["```", runner.invoke(main, ["--help"], prog_name="kg", terminal_width=100).output.rstrip(), "```"]
    for name in sorted(main.commands):
        out = runner.invoke(main, [name, "--help"], prog_name="kg", terminal_width=100).output.rstrip()
        parts += ["", f"### kg {name}", "", "```", out, "```"]
    return "\n".join(parts)


def _default(value: object) -> str:
    if value is None or value == "" or value == ():
        return "(none)"
    if isinstance(value, tuple):
        value = ",".join(value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 10_000:
        return f"`{value:,}`"
    return f"`{str(value).replace(str(Path.home()), '~')}`"  # the docs name no path of this machine


def settings_table() -> str:
    rows = ["| setting | environment | default | what it does |", "|---|---|---|---|"]
    for name, default, text in Settings.table():
        rows.append(f"| `{name}` | `KG_{name.upper()}` | {_default(default)} | {text.replace('|', '&#124;')} |")
    return "\n".join(rows)


def _between(text: str, start: str, end: str, content: str) -> str:
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{content}\n{end}{tail}"


def render(text: str) -> str:
    return _between(_between(text, START, END, reference()), SETTINGS_START, SETTINGS_END, settings_table())


if __name__ == "__main__":
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in sys.argv:
        sys.exit(0 if fresh == current else 1)
    README.write_text(fresh, encoding="utf-8")
