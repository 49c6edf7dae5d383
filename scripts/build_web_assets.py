#!/usr/bin/env python3
"""Vendor YASGUI's built files into ``src/kg/web/static/yasgui/`` from the pinned npm package,
and copy the ``queries/*.rq`` catalogue into ``src/kg/web/static/queries/``.

Run before installing kg (``python scripts/build_web_assets.py``). The pages never load
anything from a CDN, so the query editor's JS and CSS must sit beside the package; they are
git-ignored and rebuilt from ``package-lock.json``. The catalogue copy lets an installed kg
(no repository beside it) still offer the queries; a source checkout reads ``queries/`` itself.

Idempotent and fast: a stamp file records the lockfile's hash, so a second run with the same
lockfile and the files in place returns at once without touching npm.

    python scripts/build_web_assets.py            # build if missing or stale
    python scripts/build_web_assets.py --check    # exit 1 if missing or stale, build nothing
    python scripts/build_web_assets.py --force    # npm ci and copy again
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCKFILE = ROOT / "package-lock.json"
PACKAGE_DIR = ROOT / "node_modules" / "@zazuko" / "yasgui"
DEST = ROOT / "src" / "kg" / "web" / "static" / "yasgui"
STAMP = DEST / "VERSION.json"
# The UMD bundle carries Yasqe and Yasr inside it, so these two files are all a page needs.
FILES = ("build/yasgui.min.js", "build/yasgui.min.css")
# The query catalogue lives at the repository root; an installed kg reads its copy here.
QUERIES = ROOT / "queries"
QUERIES_DEST = ROOT / "src" / "kg" / "web" / "static" / "queries"


def lock_digest() -> str:
    """SHA-256 of package-lock.json: the stamp changes whenever the pinned tree does."""
    return hashlib.sha256(LOCKFILE.read_bytes()).hexdigest()


def locked_version() -> str:
    """The exact @zazuko/yasgui version package-lock.json pins."""
    lock = json.loads(LOCKFILE.read_text(encoding="utf-8"))
    return lock["packages"]["node_modules/@zazuko/yasgui"]["version"]


def is_current() -> bool:
    """True when every vendored file is present and was copied from the current lockfile."""
    if not STAMP.is_file() or not all((DEST / Path(f).name).is_file() for f in FILES):
        return False
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except ValueError:
        return False
    return stamp.get("lock_sha256") == lock_digest()


def installed_version() -> str | None:
    """Version of @zazuko/yasgui in node_modules, or None when it is not installed."""
    manifest = PACKAGE_DIR / "package.json"
    if not manifest.is_file():
        return None
    return json.loads(manifest.read_text(encoding="utf-8")).get("version")


def npm_ci() -> None:
    """Install exactly the locked tree; scripts are off because YASGUI ships prebuilt files."""
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("build_web_assets: npm not found; install Node.js (>= 18) to build the query editor's assets")
    cmd = [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]
    print("build_web_assets: " + " ".join(cmd[1:]), file=sys.stderr)
    subprocess.run(cmd, cwd=ROOT, check=True)


def build(*, force: bool = False) -> None:
    """Install (only if node_modules is missing or stale) and copy the files, then stamp."""
    version = locked_version()
    if force or installed_version() != version:
        npm_ci()
    DEST.mkdir(parents=True, exist_ok=True)
    for rel in FILES:
        shutil.copy2(PACKAGE_DIR / rel, DEST / Path(rel).name)
    manifest = json.loads((PACKAGE_DIR / "package.json").read_text(encoding="utf-8"))
    STAMP.write_text(
        json.dumps(
            {
                "package": "@zazuko/yasgui",
                "version": version,
                "license": manifest.get("license", ""),
                "lock_sha256": lock_digest(),
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"build_web_assets: @zazuko/yasgui {version} -> {DEST.relative_to(ROOT)}", file=sys.stderr)


def sync_queries() -> bool:
    """Mirror ``queries/*.rq`` into the package (copy new or changed files, drop removed ones).

    Returns True when the copy already matched. Cheap enough to run every time.
    """
    wanted = {p.name: p.read_bytes() for p in sorted(QUERIES.glob("*.rq"))} if QUERIES.is_dir() else {}
    have = {p.name: p.read_bytes() for p in QUERIES_DEST.glob("*.rq")} if QUERIES_DEST.is_dir() else {}
    if wanted == have:
        return True
    QUERIES_DEST.mkdir(parents=True, exist_ok=True)
    for name in have.keys() - wanted.keys():
        (QUERIES_DEST / name).unlink()
    for name, data in wanted.items():
        if have.get(name) != data:
            (QUERIES_DEST / name).write_bytes(data)
    print(f"build_web_assets: {len(wanted)} queries -> {QUERIES_DEST.relative_to(ROOT)}", file=sys.stderr)
    return False


def main(argv: list[str] | None = None) -> int:
    """Entry point; exit codes 0 ok, 1 check failed, 2 error (as kg's CLI)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the assets are current")
    parser.add_argument("--force", action="store_true", help="reinstall and copy even if current")
    args = parser.parse_args(argv)
    if args.check:
        wanted = sorted(p.name for p in QUERIES.glob("*.rq"))
        copied = sorted(p.name for p in QUERIES_DEST.glob("*.rq"))
        ok = is_current() and wanted == copied and all(
            (QUERIES / n).read_bytes() == (QUERIES_DEST / n).read_bytes() for n in wanted
        )
        print("build_web_assets: " + ("current" if ok else "missing or stale"), file=sys.stderr)
        return 0 if ok else 1
    try:
        sync_queries()
        if args.force or not is_current():
            build(force=args.force)
    except (subprocess.CalledProcessError, OSError, KeyError) as exc:
        print(f"build_web_assets: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
