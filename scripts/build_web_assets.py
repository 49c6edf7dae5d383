#!/usr/bin/env python3
"""Vendor YASGUI's built files into ``src/kg/web/static/yasgui/`` from the pinned npm package.

Run before installing kg (``python scripts/build_web_assets.py``). The pages never load
anything from a CDN, so the query editor's JS and CSS must sit beside the package; they are
git-ignored and rebuilt from ``package-lock.json``.

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


def main(argv: list[str] | None = None) -> int:
    """Entry point; exit codes 0 ok, 1 check failed, 2 error (as kg's CLI)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the assets are current")
    parser.add_argument("--force", action="store_true", help="reinstall and copy even if current")
    args = parser.parse_args(argv)
    if args.check:
        ok = is_current()
        print("build_web_assets: " + ("current" if ok else "missing or stale"), file=sys.stderr)
        return 0 if ok else 1
    if not args.force and is_current():
        return 0
    try:
        build(force=args.force)
    except (subprocess.CalledProcessError, OSError, KeyError) as exc:
        print(f"build_web_assets: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
