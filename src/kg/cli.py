"""The ``kg`` command: thin click commands over the API.

Exit codes: 0 ok, 1 a check failed, 2 an error (bad input, unreadable store...).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.errors import KgError
from kg.settings import Settings


def _setting_help(name: str) -> str:
    """An option's help from the settings table, so CLI, app and docs say the same."""
    for setting, default, text in Settings.table():
        if setting == name:
            return f"{text} [default: {default}]"
    raise KeyError(name)


FORMAT_CHOICES = ["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml"]


class _Group(click.Group):
    """Turns KgError into a one-line message and its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"kg: error: {exc.message}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=_Group)
@click.version_option(package_name="kg")
def main() -> None:
    """kg: a knowledge graph of international relations, built from news articles."""


class _Input(click.ParamType):
    """An article source: an existing file or folder, or an http(s) URL of a page or feed."""

    name = "input"

    def convert(self, value, param, ctx):
        from kg.fetch import is_url

        if is_url(value) or Path(value).exists():
            return value
        self.fail(f"{value!r} is neither an existing file or folder nor an http(s) URL", param, ctx)


@main.command()
@click.argument("articles", nargs=-1, required=True, type=_Input())
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the graph to this file instead of a store.")
@click.option("--store", help=f"Store to add the articles to. [default: {Settings().store}]")
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles without metadata.")
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default=None, help="Format of --output (default: from its extension, else trig).")
@click.option("--jobs", "-j", type=int, default=1, show_default=True, help="Extract in this many processes.")
@click.option("--cluster", metavar="tcp://HOST:PORT", help="Extract on the Dask cluster whose scheduler is there (instead of --jobs).")
@click.option("--since", metavar="DATE", help="Read only feed entries published on or after DATE (default: those newer than the feed's last build).")
@click.option("--force", is_flag=True, help="Rebuild articles even when unchanged (and read every feed entry).")
@click.option("--online", is_flag=True, default=None, help="Ask Wikidata for entities the offline snapshot lacks (cached; off by default).")
@click.option("--prune", is_flag=True, help="Remove from the store the articles of a folder whose file is gone (else only reported).")
def build(articles, output, store, published, fmt, jobs, cluster, since, force, online, prune) -> None:
    """Build ARTICLES into a store, or into a graph file with --output.

    ARTICLES are text files (headline on the first line), HTML pages, RSS/Atom feeds, JSON Lines
    datasets (text, title, published, url per line), folders of these, and http(s) URLs of pages
    and feeds. An article that cannot be read or built is reported and skipped, the others are
    built. Exit status: 0 all built or unchanged, 1 some reported and skipped, 2 none found or
    none could be built.
    """
    _one_blas_thread()
    from kg import api

    online = bool(online or Settings.from_mapping().online)
    if output and (cluster or since):
        raise click.UsageError("--cluster and --since build into a store: leave out --output")
    if output:
        failed: list[Exception] = []

        def skipped(error: Exception) -> None:
            failed.append(error)
            click.echo(f"kg: skipped: {error}", err=True)

        built = api.build_file(articles, output, format=fmt or _format_from_name(output), published=published,
                               online=online, on_error=skipped)
        click.echo(f"wrote {output}" + (f" ({len(failed)} failed)" if failed else ""), err=True)
        if not built:
            click.echo("kg: error: no article could be built" if failed else
                       f"kg: error: no articles in {', '.join(articles)}", err=True)
            sys.exit(2)
        sys.exit(1 if failed else 0)
    store = store or Settings.from_mapping().store
    report = api.build(articles, store=store, jobs=jobs, progress=sys.stderr.isatty(), force=force, published=published,
                       online=online, since=since, cluster=cluster, prune=prune)
    click.echo(f"{store}: {report.summary()}", err=True)
    for name, reason in report.failed:
        click.echo(f"  skipped {name}: {reason}" if name else f"  skipped: {reason}", err=True)
    for article_id in report.gone:
        done = "removed" if article_id in report.removed else "still in the store (--prune removes it)"
        click.echo(f"  gone {article_id}: its file was deleted; {done}", err=True)
    if not (report.built or report.unchanged or report.failed or report.gone):
        click.echo(f"kg: error: no articles in {', '.join(articles)}", err=True)
    elif report.exit_status == 2:
        click.echo("kg: error: no article could be built", err=True)
    sys.exit(report.exit_status)


#: The BLAS libraries' thread counts (OpenBLAS, MKL, OpenMP's default): one per process.
BLAS_THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _one_blas_thread() -> None:
    """One BLAS thread per process, as ``bench/build.py`` measures: the models' matrix products are
    small, and on a shared machine (or beside ``--jobs`` workers, which inherit the setting) a pool of
    BLAS threads per product made NER's several times slower. Set before numpy or spaCy is imported
    (the libraries read it once, when loaded); a value the user set is kept. Same results."""
    import os

    for name in BLAS_THREADS:
        os.environ.setdefault(name, "1")


@main.command()
@click.argument("article_ids", nargs=-1, required=True, metavar="ARTICLE-ID...")
@click.option("--store", help=f"Store to remove the articles from. [default: {Settings().store}]")
def remove(article_ids, store) -> None:
    """Remove articles (by id: a file's name without .txt) from a store, with what only they said."""
    from kg import api

    store = store or Settings.from_mapping().store
    removed, missing = api.remove(article_ids, store=store)
    click.echo(f"{store}: {len(removed)} removed", err=True)
    for article_id in missing:
        click.echo(f"  not in the store: {article_id}", err=True)
    sys.exit(1 if missing else 0)


def _format_from_name(name: str) -> str:
    from kg.errors import UserInputError
    from kg.export import format_for

    try:
        return format_for(name).name
    except UserInputError:
        return "trig"


@main.command()
@click.argument("query_text", metavar="QUERY|FILE.rq")
@click.argument("path", required=False)
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "json", "csv", "tsv", "xml", "turtle", "ntriples", "jsonld"]))
def query(query_text, path, fmt) -> None:
    """Run a SPARQL query over PATH (a graph file or store; default: the default store)."""
    from kg.sparql import execute, format_table
    from kg.store import open_store

    text = Path(query_text).read_text(encoding="utf-8") if query_text.endswith(".rq") and Path(query_text).exists() else query_text
    settings = Settings.from_mapping()
    accept = {"table": "application/sparql-results+json", "json": "application/sparql-results+json",
              "csv": "text/csv", "tsv": "text/tab-separated-values", "xml": "application/sparql-results+xml",
              "turtle": "text/turtle", "ntriples": "application/n-triples", "jsonld": "application/ld+json"}[fmt]
    with open_store(path or settings.store, read_only=True) as store:
        result = execute(store, text, accept=accept, settings=settings)
        if fmt == "table":
            click.echo(format_table(result))
        else:
            click.echo(result.body.decode("utf-8") if isinstance(result.body, bytes) else result.body, nl=False)


@main.command()
@click.argument("path", required=False)
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES + ["quickstatements"]), default="turtle", show_default=True)
@click.option("--graph", help="Export only this named graph (an article's graph IRI).")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, allow_dash=True), help="File to write ('-' for stdout).")
def export(path, fmt, graph, output) -> None:
    """Export PATH (a store or graph file; default: the default store) as Turtle, TriG, N-Quads, JSON-LD…"""
    from kg import api

    target = sys.stdout.buffer if output == "-" else output
    api.export(path or Settings.from_mapping().store, target, format=fmt, graph=graph)


@main.command()
@click.argument("path", required=False)
@click.option("--host", help=_setting_help("host"))
@click.option("--port", type=int, help=_setting_help("port"))
@click.option("--workers", type=int, help=_setting_help("workers"))
@click.option("--debug", is_flag=True, help="Flask's development server instead of gunicorn.")
@click.option("--check-port", is_flag=True, help="Only check that the port is free (exit 2, saying how to choose another, if not).")
def serve(path, host, port, workers, debug, check_port) -> None:
    """Serve PATH (a store or graph file; default: the default store) over HTTP: SPARQL endpoint, pages, reconciliation."""
    from kg.web.server import check_port as _check_port
    from kg.web.server import serve as _serve

    settings = Settings.from_mapping({"host": host, "port": port, "workers": workers})
    if check_port:
        _check_port(settings.host, settings.port)
        return
    _serve(settings, store_location=path or settings.store, debug=debug)


@main.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--per-article", is_flag=True, help="Also print each article's table.")
@click.option("--errors", "show_errors", is_flag=True, help="Also print each article's missed and spurious facts.")
def evaluate(directory, as_json, per_article, show_errors) -> None:
    """Score the extractor on DIRECTORY's annotated articles (NAME.txt + NAME.gold.json).

    An article the extractor fails on is reported on stderr and scored as if it found nothing;
    the exit status is then 1."""
    import json

    from kg import api

    total, articles = api.evaluate(directory)
    for name, why in total.failed:
        click.echo(f"kg: extraction failed on {name} (scored as finding nothing): {why}", err=True)
    if as_json:
        click.echo(json.dumps({"total": total.as_dict(), "articles": {k: v.as_dict() for k, v in articles.items()}}, indent=2))
        raise SystemExit(1 if total.failed else 0)
    if per_article or show_errors:
        from kg.evaluate import format_errors

        for name, score in articles.items():
            click.echo(f"== {name}")
            if per_article:
                click.echo(score.table())
            if show_errors and score.errors:
                click.echo(format_errors(score.errors))
            click.echo()
    click.echo(f"{total.articles} articles in {directory}")
    click.echo(total.table())
    if total.failed:
        raise SystemExit(1)


@main.group()
def gazetteer() -> None:
    """The offline Wikidata snapshot (data/gazetteer)."""


@gazetteer.command()
@click.option("--endpoint", help=f"SPARQL endpoint to ask. [default: {Settings().wikidata_sparql}]")
@click.option("--out", type=click.Path(file_okay=False), help="Folder to write wikidata-refresh.jsonl to. [default: the snapshot's]")
def refresh(endpoint, out) -> None:
    """Fetch the sovereign states anew from Wikidata into their own snapshot file."""
    from kg import api

    path, states = api.refresh_gazetteer(out, endpoint=endpoint)
    click.echo(f"wrote {path} ({states} states)", err=True)


if __name__ == "__main__":
    main()
