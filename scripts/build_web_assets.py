#!/usr/bin/env python3
"""Vendor the pages' front-end libraries from the pinned npm packages into ``src/kg/web/static/``,
and copy the ``queries/*.rq`` catalogue into ``src/kg/web/static/queries/``.

What is copied is :data:`VENDORED`: YASGUI (the query editor) into ``static/yasgui/``; the
timeline (vis-timeline with vis-data and moment), the map (Leaflet, topojson-client and
world-atlas's Natural Earth country outlines) and the graph (cytoscape.js) into
``static/vendor/<package>/``, each with its licence file. Run before installing kg
(``python scripts/build_web_assets.py``). The pages never load anything from a CDN or a tile
server, so every file must sit beside the package; they are git-ignored and rebuilt from
``package-lock.json``. The dev dependencies (playwright-core, axe-core) are for the browser tests
and are installed by the same ``npm ci`` but not copied. The catalogue copy lets an installed kg
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
MODULES = ROOT / "node_modules"
STATIC = ROOT / "src" / "kg" / "web" / "static"
STAMP = STATIC / "vendor" / "VERSION.json"
#: npm package -> (folder under static/, files to copy from the package, as paths inside it).
#: YASGUI's UMD bundle carries Yasqe and Yasr; vis-timeline's "peer" build takes vis-data and
#: moment as separate files (its standalone build injects a <style> element, which a strict
#: Content-Security-Policy refuses); Leaflet's images serve its stylesheet's controls.
VENDORED: dict[str, tuple[str, tuple[str, ...]]] = {
    "@zazuko/yasgui": ("yasgui", ("build/yasgui.min.js", "build/yasgui.min.css")),
    "vis-timeline": ("vendor/vis-timeline", ("peer/umd/vis-timeline-graph2d.min.js",
                                             "styles/vis-timeline-graph2d.min.css", "LICENSE.MIT.txt")),
    "vis-data": ("vendor/vis-data", ("standalone/umd/vis-data.min.js", "LICENSE-MIT")),
    "moment": ("vendor/moment", ("min/moment.min.js", "LICENSE")),
    "leaflet": ("vendor/leaflet", ("dist/leaflet.js", "dist/leaflet.css", "dist/images/layers.png",
                                   "dist/images/layers-2x.png", "dist/images/marker-icon.png", "LICENSE")),
    "topojson-client": ("vendor/topojson-client", ("dist/topojson-client.min.js", "LICENSE")),
    "world-atlas": ("vendor/world-atlas", ("countries-110m.json", "LICENSE")),
    "cytoscape": ("vendor/cytoscape", ("dist/cytoscape.min.js", "LICENSE")),
}
# The query catalogue lives at the repository root; an installed kg reads its copy here.
QUERIES = ROOT / "queries"
QUERIES_DEST = ROOT / "src" / "kg" / "web" / "static" / "queries"


def lock_digest() -> str:
    """SHA-256 of package-lock.json: the stamp changes whenever the pinned tree does."""
    return hashlib.sha256(LOCKFILE.read_bytes()).hexdigest()


def locked_versions() -> dict[str, str]:
    """The exact version package-lock.json pins for each vendored package."""
    lock = json.loads(LOCKFILE.read_text(encoding="utf-8"))
    return {name: lock["packages"][f"node_modules/{name}"]["version"] for name in VENDORED}


def targets() -> list[tuple[Path, Path]]:
    """(file in node_modules, its copy under static/) for every vendored file."""
    return [(MODULES / name / rel, STATIC / folder / _flat(rel)) for name, (folder, files) in VENDORED.items()
            for rel in files]


def _flat(rel: str) -> str:
    """A file's name in its folder: its own name, but images stay in images/ (stylesheets say so)."""
    path = Path(rel)
    return f"images/{path.name}" if path.parent.name == "images" else path.name


def is_current() -> bool:
    """True when every vendored file is present and was copied from the current lockfile."""
    if not STAMP.is_file() or not all(dest.is_file() for _, dest in targets()):
        return False
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except ValueError:
        return False
    return stamp.get("lock_sha256") == lock_digest()


def installed_version(name: str) -> str | None:
    """Version of package ``name`` in node_modules, or None when it is not installed."""
    manifest = MODULES / name / "package.json"
    if not manifest.is_file():
        return None
    return json.loads(manifest.read_text(encoding="utf-8")).get("version")


def npm_ci() -> None:
    """Install exactly the locked tree; scripts are off because every package ships prebuilt files."""
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("build_web_assets: npm not found; install Node.js (>= 18) to build the pages' assets")
    cmd = [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]
    print("build_web_assets: " + " ".join(cmd[1:]), file=sys.stderr)
    subprocess.run(cmd, cwd=ROOT, check=True)


def build(*, force: bool = False) -> None:
    """Install (only if node_modules is missing or stale) and copy the files, then stamp."""
    versions = locked_versions()
    if force or any(installed_version(name) != version for name, version in versions.items()):
        npm_ci()
    for source, dest in targets():
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, dest)
    licences = {name: json.loads((MODULES / name / "package.json").read_text(encoding="utf-8")).get("license", "")
                for name in VENDORED}
    STAMP.parent.mkdir(parents=True, exist_ok=True)
    STAMP.write_text(
        json.dumps(
            {
                "packages": {name: {"version": versions[name], "license": licences[name]} for name in VENDORED},
                "lock_sha256": lock_digest(),
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    for name, version in versions.items():
        print(f"build_web_assets: {name} {version} -> {(STATIC / VENDORED[name][0]).relative_to(ROOT)}", file=sys.stderr)


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
