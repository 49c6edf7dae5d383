#!/usr/bin/env python3
"""Take the README's screenshots of kg's pages from a real build, in headless Chromium.

    python scripts/screenshots.py [--out docs/screenshots] [ARTICLES...]

Builds ARTICLES (default: the shared dev corpus and seed article, else ``data/articles``) into a
fresh store, serves it on 127.0.0.1 and lets ``tests/browser/workbench.mjs`` (playwright-core on
Debian's ``/usr/bin/chromium``) visit every view, saving one PNG per view (1400 × 1000). The
same visit is what ``tests/test_browser.py`` checks, so the pictures show what the tests saw.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DRIVER = ROOT / "tests" / "browser" / "workbench.mjs"


def default_articles() -> list[Path]:
    dev, seed = SHARED / "corpus" / "dev", SHARED / "seed"
    if dev.is_dir() and seed.is_dir():
        return sorted(dev.glob("*.txt")) + sorted(seed.glob("*.txt"))
    return [ROOT / "data" / "articles"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    from werkzeug.serving import make_server

    from kg.api import build
    from kg.settings import Settings
    from kg.store import open_store
    from kg.web.app import create_app

    node = shutil.which("node")
    if node is None:
        print("screenshots: node not found", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        report = build(args.articles or default_articles(), store=str(store))
        print(f"screenshots: {report.summary()}", file=sys.stderr)
        app = create_app(Settings(query_slots=2), store=open_store(store, read_only=True))
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            done = subprocess.run([node, str(DRIVER), f"http://127.0.0.1:{server.server_port}", str(args.out)],
                                  cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
        finally:
            server.shutdown()
    if done.returncode != 0 or "failure" in json.loads(done.stdout or "{}"):
        print(f"screenshots: the browser failed: {done.stderr[-2000:] or done.stdout[-2000:]}", file=sys.stderr)
        return 2
    for png in sorted(args.out.glob("*.png")):
        print(f"screenshots: {png.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
